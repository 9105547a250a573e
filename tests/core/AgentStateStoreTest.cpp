// SPDX-License-Identifier: GPL-3.0-or-later
// Agent states and the wrap-up maximum in the database, on SQLite and PostgreSQL, and the desk's queue of
// changes that waits while the database is down and stores each change once.
#include "storage/AgentStateStore.h"
#include "TestDatabase.h"
#include "agents/AgentStateRecorder.h"
#include "agents/AgentStatus.h"
#include "storage/AsyncStorage.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <atomic>

using namespace ww;

namespace {

class AgentStateStoreTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    void SetUp() override
    {
        if (!sqlite()) {
            const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
            m_agentName = u"as_a_"_qs + suffix;
            m_adminName = u"as_adm_"_qs + suffix;
            m_db.createRole(m_agentName, u"ww_agent"_qs);
            m_db.createRole(m_adminName, u"ww_admin"_qs);
            m_agent = Database::open(urlFor(m_agentName));
            m_admin = Database::open(urlFor(m_adminName));
        }
    }

    DatabaseUrl urlFor(const QString &role) const { return m_db.urlAs(role); }

    bool sqlite() const { return GetParam() == test::Backend::Sqlite; }
    Database &agent() { return sqlite() ? m_db.database() : *m_agent; }
    Database &admin() { return sqlite() ? m_db.database() : *m_admin; }
    /// The stored rows as "agent:state", oldest first (read by the test's own connection).
    QStringList rows()
    {
        QSqlQuery query(m_db.database().connection());
        EXPECT_TRUE(query.exec(u"SELECT agent, state FROM agent_state_changes ORDER BY id"_qs));
        QStringList found;
        while (query.next())
            found << query.value(0).toString() + u':' + query.value(1).toString();
        return found;
    }

    test::TemporaryDatabase m_db{GetParam()};
    QString m_agentName = u"anna"_qs;
    QString m_adminName;
    std::unique_ptr<Database> m_agent;
    std::unique_ptr<Database> m_admin;
};

} // namespace

TEST_P(AgentStateStoreTest, RecordsTheAgentsStatesInOrderAndAChangeSentAgainOnce)
{
    AgentStateStore store(agent());
    const QUuid first = QUuid::createUuid();
    store.record(AgentState::Available, first, m_agentName);
    store.record(AgentState::OnCall, QUuid::createUuid(), m_agentName);
    store.record(AgentState::Available, first, m_agentName); // its answer was lost; sent again
    store.record(AgentState::WrapUp, QUuid::createUuid(), m_agentName);
    EXPECT_EQ(
            rows(),
            (QStringList{m_agentName + u":available"_qs, m_agentName + u":on-call"_qs, m_agentName + u":wrap-up"_qs}));
    QSqlQuery times(m_db.database().connection());
    ASSERT_TRUE(times.exec(u"SELECT changed_at FROM agent_state_changes"_qs));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (times.next()) {
        QDateTime at = times.value(0).toDateTime();
        if (!at.isValid())
            at = QDateTime::fromString(times.value(0).toString(), Qt::ISODateWithMs);
        EXPECT_LT(std::abs(at.secsTo(now)), 60) << times.value(0).toString().toStdString();
    }
}

TEST_P(AgentStateStoreTest, TheWrapUpMaximumIs180UntilAnAdministratorSetsIt)
{
    EXPECT_EQ(AgentStateStore(agent()).wrapUpLimitSeconds(), 180);
    AgentStateStore(admin()).setWrapUpLimitSeconds(240);
    EXPECT_EQ(AgentStateStore(agent()).wrapUpLimitSeconds(), 240);
    for (int wrong : {0, 29, 3601, -5})
        EXPECT_THROW(AgentStateStore(admin()).setWrapUpLimitSeconds(wrong), StorageError) << wrong;
    EXPECT_EQ(AgentStateStore(agent()).wrapUpLimitSeconds(), 240);
    if (!sqlite()) {
        EXPECT_THROW(AgentStateStore(agent()).setWrapUpLimitSeconds(60), StorageError) << "an agent";
        EXPECT_EQ(AgentStateStore(agent()).wrapUpLimitSeconds(), 240);
    }
    QSqlQuery broken(m_db.database().connection());
    ASSERT_TRUE(broken.exec(u"UPDATE settings SET value = 'lots' WHERE key = 'wrapup_limit_seconds'"_qs));
    EXPECT_EQ(AgentStateStore(agent()).wrapUpLimitSeconds(), 180);
}

TEST_P(AgentStateStoreTest, RetentionRemovesStatesOlderThanItsCutOff)
{
    AgentStateStore(agent()).record(AgentState::Break, QUuid::createUuid(), m_agentName);
    QSqlQuery old(m_db.database().connection());
    ASSERT_TRUE(old.exec(sqlite() ? u"INSERT INTO agent_state_changes (agent, state, changed_at) "
                                    "VALUES ('bram', 'available', '2020-01-01T08:00:00.000Z')"_qs
                                  : u"INSERT INTO agent_state_changes (agent, state, changed_at) "
                                    "VALUES ('bram', 'available', '2020-01-01T08:00:00Z')"_qs));
    EXPECT_EQ(AgentStateStore(admin()).expire(QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC)), 1);
    EXPECT_EQ(rows(), QStringList{m_agentName + u":break"_qs});
    if (!sqlite()) {
        EXPECT_THROW(AgentStateStore(agent()).expire(QDateTime::currentDateTimeUtc().addDays(-1)), StorageError);
    }
}

TEST_P(AgentStateStoreTest, TheDesksQueueWaitsWhileTheDatabaseIsDownAndStoresEachChangeOnce)
{
    auto down = std::make_shared<std::atomic_bool>(true);
    const DatabaseUrl url = sqlite() ? m_db.url() : urlFor(m_agentName);
    AsyncStorage storage([url, down] {
        if (down->load())
            throw StorageError(u"the database cannot be reached (test)"_qs, StorageError::Cause::Unavailable);
        return Database::open(url);
    });
    QDateTime now = QDateTime::currentDateTimeUtc();
    AgentStatus status([&now] { return now; });
    AgentStateRecorder recorder(storage, m_agentName);
    recorder.setRetryInterval(100);
    QSignalSpy stored(&recorder, &AgentStateRecorder::stored);
    recorder.follow(status); // available
    status.setPhoneCase(AgentStatus::PhoneCase::InContact);
    status.setPhoneCase(AgentStatus::PhoneCase::WrapUp);
    QTest::qWait(400); // a few retries fail
    EXPECT_EQ(recorder.waiting(), 3);
    EXPECT_TRUE(rows().isEmpty());
    down->store(false);
    ASSERT_TRUE(QTest::qWaitFor([&] { return recorder.waiting() == 0 && !stored.isEmpty(); }, 10000));
    status.toggleBreak();
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored.size() >= 2; }, 10000));
    EXPECT_EQ(rows(),
              (QStringList{m_agentName + u":available"_qs, m_agentName + u":on-call"_qs, m_agentName + u":wrap-up"_qs,
                           m_agentName + u":break"_qs}));
    EXPECT_FALSE(recorder.isRefused());
}

// An administrator changes the maximum while desks run: each desk has it by its next wrap-up.
TEST_P(AgentStateStoreTest, ARunningDeskTakesANewWrapUpMaximumAtItsNextWrapUp)
{
    const DatabaseUrl url = sqlite() ? m_db.url() : urlFor(m_agentName);
    AsyncStorage storage([url] { return Database::open(url); });
    AgentStatus status;
    AgentStateRecorder recorder(storage, m_agentName);
    AgentStateStore(admin()).setWrapUpLimitSeconds(240);
    recorder.follow(status);
    ASSERT_TRUE(QTest::qWaitFor([&] { return status.wrapUpLimitSeconds() == 240; }, 10000));

    AgentStateStore(admin()).setWrapUpLimitSeconds(90);
    status.setPhoneCase(AgentStatus::PhoneCase::InContact);
    QTest::qWait(200);
    EXPECT_EQ(status.wrapUpLimitSeconds(), 240) << "read at the start of a wrap-up, not on every change";
    status.setPhoneCase(AgentStatus::PhoneCase::WrapUp);
    EXPECT_TRUE(QTest::qWaitFor([&] { return status.wrapUpLimitSeconds() == 90; }, 10000));
}

INSTANTIATE_TEST_SUITE_P(Backends, AgentStateStoreTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql));

// Accounts that record no state (an administrator using the desk): refused once, then nothing more is sent.
TEST(AgentStateRecorderTest, ARefusalStopsTheQueue)
{
    test::TemporaryDatabase db(test::Backend::PostgreSql);
    const QString admin = u"as_r_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(10);
    db.createRole(admin, u"ww_admin"_qs);
    const DatabaseUrl url = db.urlAs(admin);
    AsyncStorage storage([url] { return Database::open(url); });
    AgentStateRecorder recorder(storage, admin);
    QSignalSpy refused(&recorder, &AgentStateRecorder::refused);
    recorder.record(AgentState::Available);
    ASSERT_TRUE(refused.wait(10000));
    EXPECT_TRUE(recorder.isRefused());
    recorder.record(AgentState::Break);
    EXPECT_EQ(recorder.waiting(), 0);
}
