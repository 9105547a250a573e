// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/AgentState.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUuid>

namespace ww {

class Database;

/// Agent states and the wrap-up maximum in the shared database (docs/security.md, "Agent states"). On
/// PostgreSQL definer functions keep the rules; on SQLite this class keeps the same ones: the state is
/// one of the list, the agent and the time are the program's, a change sent again is stored once, and
/// at most MaxChangesPerHour changes an hour are taken per agent.
class AgentStateStore
{
    Q_DECLARE_TR_FUNCTIONS(ww::AgentStateStore)

public:
    static constexpr int MinWrapUpLimitSeconds = 30;
    static constexpr int MaxWrapUpLimitSeconds = 3600;
    static constexpr int MaxChangesPerHour = 600;

    explicit AgentStateStore(Database &database);

    /// Records the caller's new state. \a changeId makes a change sent again count once. \a sqliteAgent
    /// names the agent on SQLite; PostgreSQL takes the session's role. Throws StorageError.
    void record(AgentState state, const QUuid &changeId, const QString &sqliteAgent = {});
    /// The wrap-up maximum in seconds: the settings row wrapup_limit_seconds, or 180 when it is absent
    /// or not a number in range.
    int wrapUpLimitSeconds();
    /// Administrators only on PostgreSQL; \a seconds from 30 to 3600. Throws StorageError.
    void setWrapUpLimitSeconds(int seconds);
    /// Every setting, by key.
    QList<QPair<QString, QString>> settings();
    /// Removes state rows older than \a cutoff (retention); returns how many.
    int expire(const QDateTime &cutoff);

private:
    Database &m_database;
};

} // namespace ww
