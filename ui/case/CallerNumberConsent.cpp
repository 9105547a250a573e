// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/CallerNumberConsent.h"

#include "cases/CaseSession.h"

namespace ww {

CallerNumberConsent::CallerNumberConsent(CaseSession &session, QWidget *parent)
    : QCheckBox(parent)
    , m_session(session)
{
    setObjectName(u"callerNumberConsentBox"_qs);
    setAccessibleDescription(tr("Tick only when the caller agrees that the helpline keeps their phone number. "
                                "Without a tick the number is not stored."));
    connect(this, &QCheckBox::toggled, this, [this](bool consent) {
        m_session.setCallerNumberConsent(consent);
        showState();
    });
    connect(&m_session, &CaseSession::changed, this, &CallerNumberConsent::showState);
    showState();
}

void CallerNumberConsent::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    showState();
}

void CallerNumberConsent::showState()
{
    const QString number = m_session.callerNumberOnOffer();
    const QSignalBlocker blocker(this);
    setChecked(!m_session.keptCallerNumber().isEmpty());
    setEnabled(!m_readOnly && !number.isEmpty());
    setText(number.isEmpty() ? tr("&Keep the caller's number (no number came with this call)")
                             : tr("&Keep the caller's number %1: the caller agrees").arg(number));
    setAccessibleName(number.isEmpty() ? tr("Keep the caller's number: no number came with this call")
                                       : tr("Keep the caller's number %1: the caller agrees").arg(number));
}

} // namespace ww
