// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenceTracker.h"

#include "storage/StorageError.h"

namespace ww {

PresenceTracker::PresenceTracker(CaseRepository &repository, const QUuid &caseId, const QString &viewer,
                                 QObject *parent)
    : QObject(parent)
    , m_repository(repository)
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
    try {
        m_repository.leavePresence(m_caseId, m_viewer);
    } catch (const StorageError &) {
        // Offline: the row ages out by itself.
    }
}

void PresenceTracker::refresh()
{
    QStringList others;
    try {
        m_repository.touchPresence(m_caseId, m_viewer);
        others = m_repository.othersViewing(m_caseId, m_viewer, StaleAfterSeconds);
    } catch (const StorageError &) {
        // Presence is a courtesy; the case session reports a lost connection itself.
        return;
    }
    if (others != m_others) {
        m_others = others;
        emit othersChanged(m_others);
    }
}

} // namespace ww
