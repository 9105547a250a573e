// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseRepository.h"

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

    PresenceTracker(CaseRepository &repository, const QUuid &caseId, const QString &viewer,
                    QObject *parent = nullptr);
    ~PresenceTracker() override;

    QStringList others() const { return m_others; }
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Touches this person's presence and reads the others' now.
    void refresh();

signals:
    void othersChanged(const QStringList &others);

private:
    CaseRepository &m_repository;
    QUuid m_caseId;
    QString m_viewer;
    QStringList m_others;
    QTimer m_timer;
};

} // namespace ww
