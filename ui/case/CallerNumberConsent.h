// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCheckBox>

namespace ww {

class CaseSession;

/// The caller's consent to keep their phone number (docs/telephony.md): off by default, enabled only
/// when the phone system gave a number with the call (or the case holds one). Ticked, the number is kept
/// on the case until retention erases it; unticked, the case holds no number.
class CallerNumberConsent : public QCheckBox
{
    Q_OBJECT

public:
    explicit CallerNumberConsent(CaseSession &session, QWidget *parent = nullptr);
    void setReadOnly(bool readOnly);

private:
    void showState();

    CaseSession &m_session;
    bool m_readOnly = false;
};

} // namespace ww
