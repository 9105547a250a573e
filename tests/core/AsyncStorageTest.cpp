// SPDX-License-Identifier: GPL-3.0-or-later
// The database on a thread of its own: answers come back in order on the asking thread, that thread's
// event loop never waits, and a network that goes silent is noticed and survived.
#include "LagProxy.h"
#include "Slowdown.h"
#include "StallMeter.h"
#include "TestDatabase.h"

#include "storage/AsyncStorage.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace ww;

namespace {

using test::StallMeter;

DatabaseUrl through(const DatabaseUrl &url, quint16 port)
{
    QString error;
    return *DatabaseUrl::parse(u"postgresql://%1@127.0.0.1:%2/%3"_qs.arg(url.user()).arg(port).arg(url.databaseName()),
                               &error);
}

/// The program's own ping statement: its failures are classified as every storage failure is.
int ping(Database &database)
{
    QSqlQuery &query = database.run(u"database_ping"_qs);
    const int value = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return value;
}

int valueOf(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        throw StorageError(u"query failed"_qs, StorageError::Cause::Refused);
    return query.value(0).toInt();
}

TEST(AsyncStorage, RunsJobsOnItsOwnThreadInOrderAndAnswersOnTheAskingThread)
{
    test::TemporaryDatabase db(test::Backend::Sqlite);
    const DatabaseUrl url = db.url();
    AsyncStorage storage([url] { return Database::open(url); });
    QObject receiver;
    QList<int> answers;
    QThread *const caller = QThread::currentThread();
    for (int i = 0; i < 20; ++i) {
        storage.run<int>(
                &receiver,
                [i, caller](Database &database) {
                    EXPECT_NE(QThread::currentThread(), caller);
                    return valueOf(database, u"SELECT %1"_qs.arg(i));
                },
                [&answers, caller](StorageResult<int> result) {
                    EXPECT_EQ(QThread::currentThread(), caller);
                    answers.append(result.value.value_or(-1));
                });
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return answers.size() == 20; }, 5000));
    QList<int> expected;
    for (int i = 0; i < 20; ++i)
        expected.append(i);
    EXPECT_EQ(answers, expected);
    EXPECT_EQ(storage.pending(), 0);
}

TEST(AsyncStorage, ARefusalComesBackAsAnErrorAndTheStorageStaysOnline)
{
    test::TemporaryDatabase db(test::Backend::Sqlite);
    const DatabaseUrl url = db.url();
    AsyncStorage storage([url] { return Database::open(url); });
    QObject receiver;
    std::optional<StorageResult<int>> answer;
    storage.run<int>(
            &receiver, [](Database &database) { return valueOf(database, u"SELECT * FROM nowhere"_qs); },
            [&](StorageResult<int> result) { answer = std::move(result); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 5000));
    EXPECT_FALSE(answer->ok());
    ASSERT_TRUE(answer->error.has_value());
    EXPECT_TRUE(answer->error->isRefusal());
    EXPECT_TRUE(storage.isOnline());
}

TEST(AsyncStorage, ACancelledRequestOrAGoneReceiverGetsNoAnswer)
{
    test::TemporaryDatabase db(test::Backend::Sqlite);
    const DatabaseUrl url = db.url();
    AsyncStorage storage([url] { return Database::open(url); });
    int delivered = 0;
    auto receiver = std::make_unique<QObject>();
    StorageRequest cancelled = storage.run<int>(
            receiver.get(), [](Database &database) { return valueOf(database, u"SELECT 1"_qs); },
            [&](StorageResult<int>) { ++delivered; });
    cancelled.cancel();
    storage.run<int>(
            receiver.get(), [](Database &database) { return valueOf(database, u"SELECT 2"_qs); },
            [&](StorageResult<int>) { ++delivered; });
    receiver.reset();
    QObject other;
    bool last = false;
    storage.run<int>(
            &other, [](Database &database) { return valueOf(database, u"SELECT 3"_qs); },
            [&](StorageResult<int>) { last = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return last; }, 5000));
    EXPECT_EQ(delivered, 0);
}

// The network goes silent in the middle of a job: nothing comes back, the kernel does not notice (the
// proxy's end of the connection is alive). The storage says it is offline within its deadline, the
// asking thread never stalls, and once the network is back the work goes through.
TEST(AsyncStorage, ASilentNetworkIsNoticedWithinTheDeadlineAndFreezesNothing)
{
    test::TemporaryDatabase db(test::Backend::PostgreSql);
    test::LagProxy proxy(quint16(db.url().port()), 15);
    const DatabaseUrl url = through(db.url(), proxy.port());
    AsyncStorage::Timing timing;
    timing.deadlineMs = 2000;
    timing.idlePingMs = 500;
    AsyncStorage storage([url] { return Database::open(url); }, timing);
    QObject receiver;
    std::optional<StorageResult<int>> first;
    storage.run<int>(
            &receiver, [](Database &database) { return ping(database); },
            [&](StorageResult<int> result) { first = std::move(result); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return first.has_value(); }, 10000));
    ASSERT_TRUE(first->ok());

    StallMeter stalls;
    proxy.hold();
    QElapsedTimer silent;
    silent.start();
    std::optional<StorageResult<int>> held;
    storage.run<int>(
            &receiver, [](Database &database) { return ping(database); },
            [&](StorageResult<int> result) { held = std::move(result); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return !storage.isOnline(); }, 10000));
    const qint64 noticedAfter = silent.elapsed();
    EXPECT_LT(noticedAfter, timing.deadlineMs + 1000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return held.has_value(); }, 10000));
    EXPECT_FALSE(held->ok());
    EXPECT_FALSE(held->error->isRefusal());
    EXPECT_LT(stalls.longestMs(), 50 * test::slowdown) << "the asking thread waited on the network";

    proxy.release();
    // The ping finds the database again by itself; then work goes through.
    ASSERT_TRUE(QTest::qWaitFor([&] { return storage.isOnline(); }, 15000));
    std::optional<StorageResult<int>> after;
    storage.run<int>(
            &receiver, [](Database &database) { return ping(database); },
            [&](StorageResult<int> result) { after = std::move(result); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return after.has_value(); }, 15000));
    EXPECT_TRUE(after->ok()) << (after->error ? after->error->message().toStdString() : std::string());
    EXPECT_EQ(after->value.value_or(0), 1);
    EXPECT_LT(stalls.longestMs(), 50 * test::slowdown);
}

} // namespace
