// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AgentStateStore.h"

#include "agents/AgentStatus.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"

namespace ww {

using namespace SqlValues;

AgentStateStore::AgentStateStore(Database &database)
    : m_database(database)
{ }

void AgentStateStore::record(AgentState state, const QUuid &changeId, const QString &sqliteAgent)
{
    const QString code = agentStateCode(state);
    const QVariant id = changeId.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(uuidText(changeId));
    if (m_database.dialect() == SqlDialect::PostgreSql) {
        m_database.run(u"agent_state_record"_qs, {{u"state"_qs, code}, {u"change_id"_qs, id}}).finish();
        return;
    }
    if (code.isEmpty() || sqliteAgent.isEmpty())
        throw StorageError(tr("an agent state needs a known state and an agent"), StorageError::Cause::Refused);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Database::Transaction transaction(m_database);
    QSqlQuery &recent = m_database.run(u"agent_state_recent_count"_qs,
                                       {{u"agent"_qs, sqliteAgent}, {u"since"_qs, now.addSecs(-3600)}});
    const int changes = recent.next() ? recent.value(0).toInt() : 0;
    recent.finish();
    if (changes >= MaxChangesPerHour)
        throw StorageError(tr("%1 state changes in the last hour: no more are recorded now").arg(MaxChangesPerHour),
                           StorageError::Cause::Refused);
    m_database
            .run(u"agent_state_record"_qs,
                 {{u"agent"_qs, sqliteAgent}, {u"state"_qs, code}, {u"changed_at"_qs, now}, {u"change_id"_qs, id}})
            .finish();
    transaction.commit();
}

int AgentStateStore::wrapUpLimitSeconds()
{
    QSqlQuery &query = m_database.run(u"wrapup_limit_select"_qs);
    bool number = false;
    const int seconds = query.next() ? query.value(0).toString().toInt(&number) : 0;
    query.finish();
    if (!number || seconds < MinWrapUpLimitSeconds || seconds > MaxWrapUpLimitSeconds)
        return AgentStatus::DefaultWrapUpLimitSeconds;
    return seconds;
}

void AgentStateStore::setWrapUpLimitSeconds(int seconds)
{
    if (seconds < MinWrapUpLimitSeconds || seconds > MaxWrapUpLimitSeconds)
        throw StorageError(tr("the wrap-up maximum is %1 to %2 seconds, not %3")
                                   .arg(MinWrapUpLimitSeconds)
                                   .arg(MaxWrapUpLimitSeconds)
                                   .arg(seconds),
                           StorageError::Cause::Refused);
    const QVariant value
            = m_database.dialect() == SqlDialect::PostgreSql ? QVariant(seconds) : QVariant(QString::number(seconds));
    m_database.run(u"wrapup_limit_set"_qs, {{u"seconds"_qs, value}}).finish();
}

QList<QPair<QString, QString>> AgentStateStore::settings()
{
    QList<QPair<QString, QString>> found;
    QSqlQuery &query = m_database.run(u"settings_select"_qs);
    while (query.next())
        found.append({query.value(0).toString(), query.value(1).toString()});
    query.finish();
    return found;
}

int AgentStateStore::expire(const QDateTime &cutoff)
{
    QSqlQuery &query = m_database.run(u"agent_states_expire"_qs, {{u"cutoff"_qs, cutoff.toUTC()}});
    const int removed = m_database.dialect() == SqlDialect::PostgreSql ? (query.next() ? query.value(0).toInt() : 0)
                                                                       : query.numRowsAffected();
    query.finish();
    return removed;
}

} // namespace ww
