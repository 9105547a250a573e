// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenceTracker.h"

namespace ww {

PresenceTracker::PresenceTracker(CaseWork &work, const QUuid &caseId, const QString &viewer, QObject *parent)
    : QObject(parent)
    , m_work(work)
    , m_caseId(caseId)
    , m_viewer(viewer)
{
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PresenceTracker::refresh);
    m_timer.start();
    refresh();
}

PresenceTracker::~PresenceTracker()
{
    // Said on the way out; nobody waits for the answer. Offline, the row ages out by itself.
    m_request.cancel();
    m_work.run(nullptr,
               [caseId = m_caseId, viewer = m_viewer](CaseRepository &repository) {
                   repository.leavePresence(caseId, viewer);
               },
               {});
}

void PresenceTracker::refresh()
{
    if (m_waiting)
        return; // the last refresh has not come back yet (a slow network): one at a time
    m_waiting = true;
    auto others = std::make_shared<QStringList>();
    m_request = m_work.run(
            this,
            [caseId = m_caseId, viewer = m_viewer, others](CaseRepository &repository) {
                repository.touchPresence(caseId, viewer);
                *others = repository.othersViewing(caseId, viewer, StaleAfterSeconds);
            },
            [this, others](const std::optional<StorageError> &error) {
                m_waiting = false;
                // Presence is a courtesy; the case session reports a lost connection itself.
                if (error || *others == m_others)
                    return;
                m_others = *others;
                emit othersChanged(m_others);
            });
}

} // namespace ww
