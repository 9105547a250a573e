// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatTickets.h"

#include "chat/ChatStore.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

namespace ww::chat {

using namespace SqlValues;

ChatTickets::ChatTickets(Database &database)
    : m_database(database)
{ }

QString ChatTickets::issue(const QString &sqliteRole, int validSeconds)
{
    if (m_database.dialect() == SqlDialect::PostgreSql) {
        QSqlQuery &query = m_database.run(u"chat_ticket_issue"_qs);
        const QString ticket = query.next() ? query.value(0).toString() : QString();
        query.finish();
        return ticket;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString ticket = ChatStore::randomToken();
    m_database.run(u"chat_tickets_expire"_qs, {{u"now"_qs, now}});
    m_database.run(u"chat_ticket_insert"_qs,
                   {{u"hash"_qs, ChatStore::hashOf(ticket)},
                    {u"role"_qs, sqliteRole},
                    {u"expires_at"_qs, now.addSecs(validSeconds)}});
    return ticket;
}

std::optional<QString> ChatTickets::redeem(const QString &ticket)
{
    if (ticket.isEmpty())
        return std::nullopt;
    if (m_database.dialect() == SqlDialect::PostgreSql) {
        QSqlQuery &query = m_database.run(u"chat_ticket_redeem"_qs, {{u"ticket"_qs, ticket}});
        std::optional<QString> role;
        if (query.next() && !query.value(0).isNull())
            role = query.value(0).toString();
        query.finish();
        return role;
    }
    QSqlQuery &query = m_database.run(u"chat_ticket_take"_qs, {{u"hash"_qs, ChatStore::hashOf(ticket)}});
    std::optional<QString> role;
    if (query.next() && timeFrom(query.value(1)) >= QDateTime::currentDateTimeUtc())
        role = query.value(0).toString();
    query.finish();
    return role;
}

bool ChatTickets::isSupervisor(const QString &role)
{
    QSqlQuery &query = m_database.run(u"chat_role_is_supervisor"_qs, {{u"role"_qs, role}});
    const bool supervisor = query.next() && query.value(0).toBool();
    query.finish();
    return supervisor;
}

} // namespace ww::chat
