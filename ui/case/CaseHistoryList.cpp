// SPDX-License-Identifier: GPL-3.0-or-later
#include "case/CaseHistoryList.h"

#include "cases/CaseSession.h"
#include "common/CaseLabels.h"

#include <QLocale>

namespace ww {

CaseHistoryList::CaseHistoryList(CaseSession &session, QWidget *parent)
    : QListWidget(parent)
    , m_session(session)
{
    setObjectName(u"caseHistoryList"_qs);
    setAccessibleName(tr("Case history"));
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    connect(&m_session, &CaseSession::changed, this, &CaseHistoryList::showEvents);
    showEvents();
}

void CaseHistoryList::showEvents()
{
    const QList<CaseEvent> &events = m_session.caseData().events;
    // Events are only ever appended.
    if (events.size() == m_shown)
        return;
    m_shown = events.size();
    clear();
    for (const CaseEvent &event : events) {
        const QString text = tr("%1  %2").arg(QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat),
                                              CaseLabels::event(event));
        auto *item = new QListWidgetItem(text, this);
        item->setData(Qt::AccessibleTextRole, text);
    }
    scrollToBottom();
}

} // namespace ww
