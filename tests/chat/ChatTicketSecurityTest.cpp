// SPDX-License-Identifier: GPL-3.0-or-later
// What PostgreSQL enforces for chat, proven by logging in as each role: tickets go only to the role
// that asks, only the gateway redeems them, once and in time, and the gateway sees no other case data.
#include "TestContent.h"
#include "TestDatabase.h"
#include "chat/ChatStore.h"
#include "chat/ChatTickets.h"
#include "storage/SqlCaseStore.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

#include <QSqlError>
#include <QSqlQuery>

using namespace ww;
using namespace ww::chat;

namespace {

class ChatTicketSecurityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
        m_agentA = u"chat_a_"_qs + suffix;
        m_agentB = u"chat_b_"_qs + suffix;
        m_gateway = u"chat_gw_"_qs + suffix;
        m_db.createRole(m_agentA, u"ww_agent"_qs);
        m_db.createRole(m_agentB, u"ww_agent"_qs);
        m_db.createRole(m_gateway, u"ww_gateway"_qs);
        const auto tree = test::smallTree();
        SqlCaseStore store(m_db.database());
        store.storeTree(*tree);
        m_treeIdentity = tree->identity();
        Case phone = Case::open(Channel::Phone, m_agentA, m_treeIdentity, QDateTime::currentDateTimeUtc());
        phone.notes.append({QUuid::createUuid(), m_agentA, QDateTime::currentDateTimeUtc(), u"Notitie"_qs, {}});
        store.saveCase(phone);
    }

    Database &as(const QString &role)
    {
        m_connections.push_back(m_db.openAs(role));
        return *m_connections.back();
    }

    static QString failureOf(Database &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        return query.exec(sql) ? QString() : query.lastError().text();
    }

    test::TemporaryDatabase m_db{test::Backend::PostgreSql};
    QString m_agentA, m_agentB, m_gateway, m_treeIdentity;
    std::vector<std::unique_ptr<Database>> m_connections;
};

} // namespace

TEST_F(ChatTicketSecurityTest, TheGatewayRedeemsATicketOnceForTheRoleThatAskedForIt)
{
    const QString ticket = ChatTickets(as(m_agentA)).issue(u"ignored-on-postgresql"_qs);
    ASSERT_GE(ticket.size(), 32);
    ChatTickets gateway(as(m_gateway));
    EXPECT_EQ(gateway.redeem(ticket), m_agentA);
    EXPECT_EQ(gateway.redeem(ticket), std::nullopt) << "a ticket works once";
    EXPECT_EQ(gateway.redeem(u"guessed"_qs), std::nullopt);
}

TEST_F(ChatTicketSecurityTest, AnExpiredTicketIsRefused)
{
    const QString ticket = ChatTickets(as(m_agentA)).issue();
    m_db.database().execute(u"UPDATE chat_tickets SET expires_at = now() - interval '1 second'"_qs, u"test"_qs);
    EXPECT_EQ(ChatTickets(as(m_gateway)).redeem(ticket), std::nullopt);
}

TEST_F(ChatTicketSecurityTest, OneAgentCannotRedeemOrGetATicketAsAnother)
{
    const QString ticketA = ChatTickets(as(m_agentA)).issue();
    Database &b = as(m_agentB);
    // Agents cannot redeem (not even their own), read the tickets, or write one in another's name.
    EXPECT_THROW(ChatTickets(b).redeem(ticketA), StorageError);
    EXPECT_FALSE(failureOf(b, u"SELECT count(*) FROM chat_tickets"_qs).isEmpty());
    EXPECT_FALSE(
            failureOf(b, u"INSERT INTO chat_tickets VALUES ('x', '%1', now() + interval '1 hour')"_qs.arg(m_agentA))
                    .isEmpty());
    // B's own ticket names B, whatever B asks for.
    const QString ticketB = ChatTickets(b).issue(m_agentA);
    ChatTickets gateway(as(m_gateway));
    EXPECT_EQ(gateway.redeem(ticketB), m_agentB);
    EXPECT_EQ(gateway.redeem(ticketA), m_agentA) << "B's failed attempt did not use up A's ticket";
    // The gateway itself gets no tickets: it cannot act as an agent.
    EXPECT_THROW(ChatTickets(as(m_gateway)).issue(), StorageError);
}

TEST_F(ChatTicketSecurityTest, TheGatewaySeesNoOtherCaseDataButWritesChatCases)
{
    Database &gateway = as(m_gateway);
    for (const QString &table : {u"cases"_qs, u"case_notes"_qs, u"case_steps"_qs, u"referrals"_qs, u"audit_log"_qs,
                                 u"case_handovers"_qs, u"chat_tickets"_qs}) {
        EXPECT_TRUE(failureOf(gateway, u"SELECT count(*) FROM "_qs + table).contains(u"permission denied"))
                << qPrintable(table);
    }
    ChatStore store(gateway, m_treeIdentity);
    StoredChat chat;
    chat.id = QUuid::createUuid();
    chat.caseId = QUuid::createUuid();
    chat.resumeHash = ChatStore::hashOf(ChatStore::randomToken());
    chat.lang = u"nl"_qs;
    chat.openedAt = chat.queuedAt = QDateTime::currentDateTimeUtc();
    store.open(chat);
    store.append(chat, {1, u"visitor"_qs, {}, u"v1"_qs, u"Hoi"_qs, QDateTime::currentDateTimeUtc()});
    store.assignCase(chat, m_agentB);

    // The agent who got the chat reads its case and transcript; another agent does not.
    QSqlQuery b(as(m_agentB).connection());
    ASSERT_TRUE(b.exec(u"SELECT count(*) FROM chat_messages"_qs) && b.next());
    EXPECT_EQ(b.value(0).toInt(), 1);
    QSqlQuery a(as(m_agentA).connection());
    ASSERT_TRUE(a.exec(u"SELECT count(*) FROM chat_messages"_qs) && a.next());
    EXPECT_EQ(a.value(0).toInt(), 0);
    // Agents cannot forge transcript lines or open chat cases.
    EXPECT_FALSE(
            failureOf(
                    as(m_agentA),
                    u"SELECT ww_open_chat(gen_random_uuid(), gen_random_uuid(), repeat('a', 64), 'nl', NULL, NULL, '%1', now())"_qs
                            .arg(m_treeIdentity))
                    .isEmpty());
}
