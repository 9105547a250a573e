// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseWork.h"

#include <QObject>
#include <QTimer>

namespace ww {

/// Tells the database that this person has a case open, and finds out who else has it open.
/// A desktop that disappears without saying goodbye drops out after StaleAfterSeconds.
class PresenceTracker : public QObject
{
    Q_OBJECT

public:
    static constexpr int IntervalMs = 15000;
    static constexpr int StaleAfterSeconds = 45;

    PresenceTracker(CaseWork &work, const QUuid &caseId, const QString &viewer, QObject *parent = nullptr);
    ~PresenceTracker() override;

    QStringList others() const { return m_others; }
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Touches this person's presence and reads the others' (the answer comes later).
    void refresh();

signals:
    void othersChanged(const QStringList &others);

private:
    CaseWork &m_work;
    StorageRequest m_request;
    bool m_waiting = false;
    QUuid m_caseId;
    QString m_viewer;
    QStringList m_others;
    QTimer m_timer;
};

} // namespace ww
