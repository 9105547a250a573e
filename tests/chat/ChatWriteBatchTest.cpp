// SPDX-License-Identifier: GPL-3.0-or-later
// The gateway's write batches with more than one batch out at a time, on SQLite and PostgreSQL:
// a chat's messages keep their order and get every seq once, also when a batch before them fails.
#include "chat/ChatWriteBatch.h"
#include "TestContent.h"
#include "TestDatabase.h"
#include "chat/ChatStore.h"
#include "storage/AsyncStorage.h"
#include "storage/SqlCaseStore.h"

#include <gtest/gtest.h>

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QSemaphore>

#include <memory>

using namespace ww;
using namespace ww::chat;

namespace {

class ChatWriteBatchTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    void SetUp() override
    {
        const auto tree = test::smallTree();
        SqlCaseStore(m_db.database()).storeTree(*tree);
        m_chat = openChat(tree->identity());
    }

    StoredChat openChat(const QString &treeIdentity)
    {
        StoredChat chat;
        chat.id = QUuid::createUuid();
        chat.caseId = QUuid::createUuid();
        chat.resumeHash = ChatStore::hashOf(ChatStore::randomToken());
        chat.lang = u"nl"_qs;
        chat.openedAt = QDateTime::currentDateTimeUtc();
        chat.queuedAt = chat.openedAt;
        ChatStore(m_db.database(), treeIdentity).open(chat);
        return chat;
    }

    /// A visitor's message for \a chat; its done and failed answers are written down in order.
    ChatWriteBatch::Job message(const QUuid &chat, const QString &clientId)
    {
        auto line = std::make_shared<ChatWriteBatch::Line>();
        line->chat = chat;
        line->caseId = m_chat.caseId;
        line->key = u"visitor:"_qs + clientId;
        line->line.sender = u"visitor"_qs;
        line->line.clientId = clientId;
        line->line.body = u"bericht "_qs + clientId;
        line->line.sentAt = QDateTime::currentDateTimeUtc();
        ChatWriteBatch::Job job;
        job.line = line;
        // As the gateway does: the last seq it knows to be stored, read just before the job leaves.
        job.prepare = [this, line] { line->lastSeq = m_lastStoredSeq; };
        job.done = [this, line] {
            m_answers.append(u"stored "_qs + line->line.clientId + u" as "_qs + QString::number(line->line.seq));
            m_lastStoredSeq = std::max(m_lastStoredSeq, line->line.seq);
        };
        job.failed = [this, line](const StorageError &) { m_answers.append(u"refused "_qs + line->line.clientId); };
        return job;
    }

    /// A job that holds the storage thread until the test lets it go.
    ChatWriteBatch::Job blocker(QSemaphore &go)
    {
        ChatWriteBatch::Job job;
        job.work = [&go](Database &) { go.acquire(); };
        return job;
    }

    /// Lets the batch send what was added: a batch leaves from the event loop.
    static void letLeave() { QCoreApplication::processEvents(); }

    QStringList transcript()
    {
        QStringList lines;
        for (const ChatLine &line : ChatStore(m_db.database(), {}).messagesAfter(m_chat.id, 0))
            lines.append(QString::number(line.seq) + u' ' + line.clientId);
        return lines;
    }

    test::TemporaryDatabase m_db{GetParam()};
    StoredChat m_chat;
    int m_lastStoredSeq = 0;
    QStringList m_answers;
};

} // namespace

TEST_P(ChatWriteBatchTest, MessagesInBatchesThatAreOutTogetherGetTheNextSeqsInOrder)
{
    AsyncStorage storage([url = m_db.url()] { return Database::open(url); });
    ChatWriteBatch batch(storage, 8, 500, 20'000, 3);
    QSemaphore go;
    batch.add(blocker(go));
    letLeave();
    // Each message leaves in a batch of its own while the ones before are still out: none of them
    // knows from the event loop what the others stored.
    for (const QString &id : {u"a"_qs, u"b"_qs}) {
        batch.add(message(m_chat.id, id));
        letLeave();
    }
    go.release();
    ASSERT_TRUE(batch.drain(10'000));

    EXPECT_EQ(m_answers, (QStringList{u"stored a as 1"_qs, u"stored b as 2"_qs}));
    EXPECT_EQ(transcript(), (QStringList{u"1 a"_qs, u"2 b"_qs}));
}

TEST_P(ChatWriteBatchTest, BatchesGivenAfterARefusedOneWaitAndKeepTheChatsOrder)
{
    AsyncStorage storage([url = m_db.url()] { return Database::open(url); });
    ChatWriteBatch batch(storage, 8, 500, 20'000, 3);
    QSemaphore go;
    batch.add(blocker(go));
    letLeave();
    // The second batch holds a message for a chat that does not exist: the database refuses the
    // whole statement, and its good message goes again alone. The third batch is out already; its
    // message must not overtake the first one.
    batch.add(message(m_chat.id, u"first"_qs));
    batch.add(message(QUuid::createUuid(), u"nowhere"_qs));
    letLeave();
    batch.add(message(m_chat.id, u"second"_qs));
    letLeave();
    go.release();
    ASSERT_TRUE(batch.drain(10'000));

    EXPECT_EQ(m_answers, (QStringList{u"stored first as 1"_qs, u"refused nowhere"_qs, u"stored second as 2"_qs}));
    EXPECT_EQ(transcript(), (QStringList{u"1 first"_qs, u"2 second"_qs}));
}

TEST_P(ChatWriteBatchTest, AJobThatFailsLetsNothingGivenAfterItRunBeforeItsAnswer)
{
    AsyncStorage storage([url = m_db.url()] { return Database::open(url); });
    ChatWriteBatch batch(storage, 8, 500, 20'000, 3);
    QSemaphore go;
    batch.add(blocker(go));
    letLeave();
    ChatWriteBatch::Job failing;
    failing.work = [](Database &) { throw StorageError(u"refused for the test"_qs, StorageError::Cause::Refused); };
    failing.failed = [this](const StorageError &) { m_answers.append(u"refused job"_qs); };
    batch.add(std::move(failing));
    letLeave();
    batch.add(message(m_chat.id, u"after"_qs));
    letLeave();
    go.release();
    ASSERT_TRUE(batch.drain(10'000));

    EXPECT_EQ(m_answers, (QStringList{u"refused job"_qs, u"stored after as 1"_qs}));
    EXPECT_EQ(transcript(), (QStringList{u"1 after"_qs}));
}

// With 1,000 sockets a pass of the event loop costs about as much as a message: what one pass gave
// leaves together when the pass ends, before the loop waits, not one more pass (or a timer) later.
TEST_P(ChatWriteBatchTest, WhatAPassGaveLeavesTogetherAtItsEnd)
{
    AsyncStorage storage([url = m_db.url()] { return Database::open(url); });
    ChatWriteBatch batch(storage);
    batch.add(message(m_chat.id, u"a"_qs));
    batch.add(message(m_chat.id, u"b"_qs));
    EXPECT_EQ(storage.pending(), 0) << "nothing leaves while the pass still runs";
    emit QAbstractEventDispatcher::instance()->aboutToBlock(); // the pass ends; the loop would wait now
    EXPECT_EQ(storage.pending(), 1) << "both messages left, as one job, before the loop waited";
    ASSERT_TRUE(batch.drain(10'000));

    EXPECT_EQ(m_answers, (QStringList{u"stored a as 1"_qs, u"stored b as 2"_qs}));
    EXPECT_EQ(transcript(), (QStringList{u"1 a"_qs, u"2 b"_qs}));
}

INSTANTIATE_TEST_SUITE_P(Backends, ChatWriteBatchTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql),
                         [](const auto &param) { return test::backendName(param.param); });
