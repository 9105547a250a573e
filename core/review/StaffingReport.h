// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/AgentState.h"
#include "review/CsvWriter.h"
#include "review/ReportPeriods.h"

#include <QDateTime>
#include <QIODevice>
#include <QList>

#include <array>
#include <optional>

namespace ww {

class Database;

/// One agent's day (Dutch time): the time in each state, the contacts they held by channel, and the
/// average handling (opened → contact ended) and wrap-up (contact ended → closed) times.
struct StaffingAgentDay
{
    QString agent;
    QDate day;
    std::array<qint64, 7> stateMs{}; ///< by AgentState, in milliseconds
    int phoneContacts = 0;
    int chatContacts = 0;
    qint64 handlingMsTotal = 0;
    int handlingCount = 0;
    qint64 wrapUpMsTotal = 0;
    int wrapUpCount = 0;

    qint64 seconds(AgentState state) const;
    /// Whole seconds, rounded; nothing when no contact had that part.
    std::optional<qint64> averageHandlingSeconds() const;
    std::optional<qint64> averageWrapUpSeconds() const;
};

/// One hour (Dutch time) of the chat queue, by the hour a chat was opened (the visitor started waiting).
struct StaffingHour
{
    QDate day;
    int hour = 0;
    int offered = 0;
    int answered = 0;
    int answeredWithinTarget = 0; ///< answered at most AnswerTargetSeconds after it was opened
    int abandoned = 0;            ///< ended without ever being answered
};

/// The staffing figures for a period (`wegwijzer-admin report staffing`). On PostgreSQL they are read
/// through definer functions that only supervisors and administrators may call; the figures are worked
/// out here, the same for both databases.
class StaffingReport
{
public:
    static constexpr int AnswerTargetSeconds = 60;

    struct StateChange
    {
        QString agent;
        AgentState state;
        QDateTime at;
    };
    struct Contact
    {
        QString agent;
        QString channel;
        QDateTime openedAt;
        QDateTime contactEndedAt;
        QDateTime closedAt;
    };
    struct Chat
    {
        QDateTime openedAt;
        QDateTime answeredAt;
        QDateTime endedAt;
    };

    /// Reads the period from the database; a state still running is counted up to \a now. Throws StorageError.
    static StaffingReport read(Database &database, const ReportPeriod &period, const QDateTime &now);
    /// Works the figures out from raw rows (the changes by agent and time; the last one before the period
    /// included, as the state the period starts in).
    static StaffingReport compute(const ReportPeriod &period, const QDateTime &now, QList<StateChange> changes,
                                  const QList<Contact> &contacts, const QList<Chat> &chats);

    const ReportPeriod &period() const { return m_period; }
    /// By agent, then day.
    const QList<StaffingAgentDay> &agentDays() const { return m_agentDays; }
    /// By day and hour; only hours in which chats were offered.
    const QList<StaffingHour> &hours() const { return m_hours; }

    /// One row per figure: table, day, hour, agent, measure, value (seconds for times; empty for an
    /// average without contacts).
    void writeCsv(QIODevice &device, CsvWriter::Separator separator) const;

private:
    ReportPeriod m_period;
    QList<StaffingAgentDay> m_agentDays;
    QList<StaffingHour> m_hours;
};

} // namespace ww
