// SPDX-License-Identifier: GPL-3.0-or-later
// Chats, transcripts and agent tickets in the database, on SQLite and PostgreSQL.
#include "chat/ChatStore.h"
#include "TestContent.h"
#include "TestDatabase.h"
#include "chat/ChatTickets.h"
#include "storage/RetentionJob.h"
#include "storage/SqlCaseStore.h"

#include <gtest/gtest.h>

#include <QSqlQuery>

using namespace ww;
using namespace ww::chat;

namespace {

class ChatStoreTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    void SetUp() override
    {
        const auto tree = test::smallTree();
        SqlCaseStore(m_db.database()).storeTree(*tree);
        m_treeIdentity = tree->identity();
    }

    static StoredChat newChat()
    {
        StoredChat chat;
        chat.id = QUuid::createUuid();
        chat.caseId = QUuid::createUuid();
        chat.resumeHash = ChatStore::hashOf(ChatStore::randomToken());
        chat.lang = u"nl"_qs;
        chat.visitorTree = u"website-tree"_qs;
        chat.visitorPath = {u"start"_qs, u"who"_qs};
        chat.openedAt = QDateTime::currentDateTimeUtc();
        chat.queuedAt = chat.openedAt;
        return chat;
    }

    /// An agent who can log in: on PostgreSQL a real login role (the gateway's functions check), with
    /// a name of this test's own (roles are cluster-wide).
    QString agent(const QString &name)
    {
        if (GetParam() == test::Backend::Sqlite)
            return name;
        const QString role = name + u'_' + QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_db.createRole(role, u"ww_agent"_qs);
        return role;
    }

    int count(const QString &sql)
    {
        QSqlQuery query(m_db.database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    test::TemporaryDatabase m_db{GetParam()};
    QString m_treeIdentity;
};

} // namespace

TEST_P(ChatStoreTest, AChatOpensAChatCaseAndComesBackWithItsTreePath)
{
    ChatStore store(m_db.database(), m_treeIdentity);
    const StoredChat chat = newChat();
    store.open(chat);

    const std::optional<Case> opened = SqlCaseStore(m_db.database()).loadCase(chat.caseId);
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->channel, Channel::Chat);
    EXPECT_EQ(opened->status, CaseStatus::Active);
    EXPECT_EQ(opened->treeIdentity, m_treeIdentity);
    ASSERT_EQ(opened->events.size(), 1);
    EXPECT_EQ(opened->events.at(0).kind, u"opened");

    const QList<StoredChat> open = store.openChats();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.at(0).caseId, chat.caseId);
    EXPECT_EQ(open.at(0).visitorTree, u"website-tree");
    EXPECT_EQ(open.at(0).visitorPath, (QStringList{u"start"_qs, u"who"_qs}));
    EXPECT_EQ(open.at(0).state, ChatState::Queued);
}

TEST_P(ChatStoreTest, KeepsTheTranscriptInOrderAndFindsResentMessages)
{
    ChatStore store(m_db.database(), m_treeIdentity);
    StoredChat chat = newChat();
    store.open(chat);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString maria = agent(u"maria"_qs);
    store.append(chat, {1, u"visitor"_qs, {}, u"v-1"_qs, u"Hoi"_qs, now});
    store.append(chat, {2, u"agent"_qs, maria, u"a-1"_qs, u"Hallo, waar gaat het over?"_qs, now});
    store.append(chat, {3, u"visitor"_qs, {}, u"v-2"_qs, u"Pesten"_qs, now});

    EXPECT_EQ(store.findMessage(chat.id, u"visitor"_qs, u"v-2"_qs), 3);
    EXPECT_EQ(store.findMessage(chat.id, u"agent"_qs, u"v-2"_qs), std::nullopt); // ids are per sender
    const QList<ChatLine> after = store.messagesAfter(chat.id, 1);
    ASSERT_EQ(after.size(), 2);
    EXPECT_EQ(after.at(0).body, u"Hallo, waar gaat het over?");
    EXPECT_EQ(after.at(0).author, maria);
    EXPECT_EQ(after.at(1).seq, 3);
    EXPECT_EQ(store.openChats().at(0).lastSeq, 3);
    // The same message id twice is refused by the database too.
    EXPECT_ANY_THROW(store.append(chat, {4, u"visitor"_qs, {}, u"v-1"_qs, u"Hoi"_qs, now}));
}

TEST_P(ChatStoreTest, AssigningGivesTheCaseToTheAgentAndATransferLeavesAHandOver)
{
    ChatStore store(m_db.database(), m_treeIdentity);
    StoredChat chat = newChat();
    store.open(chat);
    const QString maria = agent(u"maria"_qs);
    const QString joost = agent(u"joost"_qs);
    store.assignCase(chat, maria);
    EXPECT_EQ(SqlCaseStore(m_db.database()).loadCase(chat.caseId)->owner, maria);
    store.assignCase(chat, joost, u"Vraagt naar de vertrouwenspersoon"_qs);
    EXPECT_EQ(SqlCaseStore(m_db.database()).loadCase(chat.caseId)->owner, joost);
    EXPECT_EQ(count(u"SELECT count(*) FROM case_handovers WHERE from_role = '%1' AND to_role = '%2' "
                    "AND note = 'Vraagt naar de vertrouwenspersoon'"_qs.arg(maria, joost)),
              1);

    chat.state = ChatState::Ended;
    store.saveState(chat);
    EXPECT_TRUE(store.openChats().isEmpty());
}

TEST_P(ChatStoreTest, ChangesGivenTogetherOpenAssignAndMoveChatsInTheirOrder)
{
    ChatStore store(m_db.database(), {});
    const QString maria = agent(u"maria"_qs);
    StoredChat first = newChat();
    StoredChat second = newChat();
    second.visitorPath.clear();
    second.visitorTree.clear();
    StoredChat accepted = first;
    accepted.state = ChatState::Active;
    accepted.agent = maria;
    store.applyAll({{ChatChange::Kind::Open, first, m_treeIdentity, {}, {}},
                    {ChatChange::Kind::Open, second, m_treeIdentity, {}, {}},
                    {ChatChange::Kind::Assign, first, {}, maria, {}},
                    {ChatChange::Kind::State, accepted, {}, {}, {}}});

    EXPECT_EQ(SqlCaseStore(m_db.database()).loadCase(first.caseId)->owner, maria);
    QList<StoredChat> open = store.openChats();
    std::sort(open.begin(), open.end(), [&first](const StoredChat &a, const StoredChat &) { return a.id == first.id; });
    ASSERT_EQ(open.size(), 2);
    EXPECT_EQ(open.at(0).state, ChatState::Active);
    EXPECT_EQ(open.at(0).agent, maria);
    EXPECT_EQ(open.at(0).visitorPath, first.visitorPath);
    EXPECT_EQ(open.at(1).state, ChatState::Queued);
    EXPECT_TRUE(open.at(1).visitorPath.isEmpty());
    EXPECT_EQ(SqlCaseStore(m_db.database()).loadCase(second.caseId)->treeIdentity, m_treeIdentity);
}

TEST_P(ChatStoreTest, ARefusedChangeInAListKeepsNoneOfItOnPostgresql)
{
    ChatStore store(m_db.database(), {});
    const StoredChat chat = newChat();
    // The same chat opened twice: the second is refused on both.
    EXPECT_ANY_THROW(store.applyAll({{ChatChange::Kind::Open, chat, m_treeIdentity, {}, {}},
                                     {ChatChange::Kind::Open, chat, m_treeIdentity, {}, {}}}));
    // On PostgreSQL the list is one statement; on SQLite each change is its own transaction.
    EXPECT_EQ(store.openChats().size(), GetParam() == test::Backend::PostgreSql ? 0 : 1);
}

TEST_P(ChatStoreTest, TokensAreRandomAndStoredOnlyAsHashes)
{
    const QString a = ChatStore::randomToken();
    EXPECT_GE(a.size(), 40);
    EXPECT_NE(a, ChatStore::randomToken());
    EXPECT_EQ(ChatStore::hashOf(a).size(), 64);
    EXPECT_NE(ChatStore::hashOf(a), a);
}

TEST_P(ChatStoreTest, RetentionErasesTheTranscriptWithTheCase)
{
    ChatStore store(m_db.database(), m_treeIdentity);
    StoredChat chat = newChat();
    store.open(chat);
    store.append(chat,
                 {1,
                  u"visitor"_qs,
                  {},
                  u"v-1"_qs,
                  u"Mijn naam is Sanne en ik zit op De Klimop"_qs,
                  QDateTime::currentDateTimeUtc()});
    SqlCaseStore cases(m_db.database());
    Case closed = *cases.loadCase(chat.caseId);
    closed.status = CaseStatus::Closed;
    closed.closedAt = QDateTime::currentDateTimeUtc().addYears(-2);
    cases.saveCase(closed);

    RetentionJob(m_db.database())
            .apply(*RetentionPeriod::parse(u"12m"_qs, nullptr), QDateTime::currentDateTimeUtc(), false, u"beheer"_qs);
    const QList<ChatLine> lines = store.messagesAfter(chat.id, 0);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_TRUE(lines.at(0).body.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, ChatStoreTest, ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql),
                         [](const auto &param) { return test::backendName(param.param); });

// SQLite: the same tickets, issued by the program on the one workstation.
TEST(ChatTicketsSqlite, ATicketWorksOnceAndNotAfterItExpires)
{
    test::TemporaryDatabase db(test::Backend::Sqlite);
    ChatTickets tickets(db.database());
    const QString ticket = tickets.issue(u"maria"_qs);
    EXPECT_EQ(tickets.redeem(ticket), u"maria"_qs);
    EXPECT_EQ(tickets.redeem(ticket), std::nullopt) << "used twice";
    EXPECT_EQ(tickets.redeem(u"made-up"_qs), std::nullopt);
    EXPECT_EQ(tickets.redeem(QString()), std::nullopt);
    const QString expired = tickets.issue(u"maria"_qs, -1);
    EXPECT_EQ(tickets.redeem(expired), std::nullopt) << "expired";
    QSqlQuery plain(db.database().connection());
    ASSERT_TRUE(plain.exec(u"SELECT count(*) FROM chat_tickets WHERE hash = '%1'"_qs.arg(ticket)) && plain.next());
    EXPECT_EQ(plain.value(0).toInt(), 0) << "the ticket itself is never stored";
}
