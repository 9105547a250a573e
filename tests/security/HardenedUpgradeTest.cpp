// SPDX-License-Identifier: GPL-3.0-or-later
// A database of schema version 7, with a helpdesk's data in it, migrates to the hardened schema in
// place: nothing is lost, a handed-over case moves to its receiver, and the result passes db check.
#include "TestDatabase.h"

#include "cases/Case.h"
#include "storage/DatabaseCheck.h"
#include "storage/Migrator.h"
#include "storage/SqlCaseStore.h"
#include "storage/StaleCaseError.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSqlQuery>
#include <QUuid>

using namespace ww;

namespace {

const QUuid handedOver = QUuid::fromString(u"aaaaaaaa-0000-0000-0000-000000000001"_qs);
const QUuid closedCase = QUuid::fromString(u"aaaaaaaa-0000-0000-0000-000000000002"_qs);

class HardenedUpgradeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_agentA = u"upg_a_"_qs + suffix;
        m_agentB = u"upg_b_"_qs + suffix;
        m_supervisor = u"upg_s_"_qs + suffix;
        Migrator(m_db.database()).migrate(7);
        m_db.createRole(m_agentA, u"ww_agent"_qs);
        m_db.createRole(m_agentB, u"ww_agent"_qs);
        m_db.createRole(m_supervisor, u"ww_supervisor"_qs);
        QFile file(QStringLiteral(WW_TEST_DATA_DIR "/upgrade/v7-helpdesk.sql"));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QString sql = QString::fromUtf8(file.readAll());
        sql.replace(u"{agent_a}"_qs, m_agentA)
                .replace(u"{agent_b}"_qs, m_agentB)
                .replace(u"{supervisor}"_qs, m_supervisor);
        m_db.database().execute(sql, u"version 7 data"_qs);
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery query(m_db.database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    std::unique_ptr<Database> as(const QString &role) { return m_db.openAs(role); }

    test::TemporaryDatabase m_db{test::Backend::PostgreSql, test::TemporaryDatabase::Schema::Empty};
    QString m_agentA, m_agentB, m_supervisor;
};

TEST_F(HardenedUpgradeTest, KeepsEveryRowAndMovesHandedOverCasesToTheirReceiver)
{
    const QStringList tables{u"cases"_qs,         u"case_notes"_qs,     u"case_steps"_qs,   u"referrals"_qs,
                             u"case_events"_qs,   u"case_handovers"_qs, u"case_reviews"_qs, u"chats"_qs,
                             u"chat_messages"_qs, u"note_drafts"_qs,    u"case_themes"_qs,  u"trees"_qs};
    QMap<QString, qint64> before;
    for (const QString &table : tables)
        before[table] = count(u"SELECT count(*) FROM "_qs + table);
    const qint64 auditBefore = count(u"SELECT count(*) FROM audit_log"_qs);

    const QList<Migrator::Migration> applied = Migrator(m_db.database()).migrate();
    ASSERT_FALSE(applied.isEmpty());
    EXPECT_EQ(applied.constFirst().version, 8);

    for (const QString &table : tables)
        EXPECT_EQ(count(u"SELECT count(*) FROM "_qs + table), before[table]) << table.toStdString();
    EXPECT_GE(count(u"SELECT count(*) FROM audit_log"_qs), auditBefore);
    EXPECT_EQ(count(u"SELECT count(*) FROM cases WHERE id = '%1' AND owner = '%2'"_qs.arg(
                      handedOver.toString(QUuid::WithoutBraces), m_agentB)),
              1);
    EXPECT_EQ(count(u"SELECT count(*) FROM case_notes WHERE body = 'Correctie: groep 7.'"_qs), 1);

    const DatabaseCheck::Result check = DatabaseCheck::run(m_db.database());
    for (const DatabaseCheck::Weakness &weakness : check.weaknesses)
        ADD_FAILURE() << weakness.object.toStdString() << ": " << weakness.problem.toStdString();
}

TEST_F(HardenedUpgradeTest, TheReceiverWorksOnTheUpgradedCaseAndTheGiverOnlyReadsIt)
{
    Migrator(m_db.database()).migrate();
    const std::unique_ptr<Database> receiverDb = as(m_agentB);
    SqlCaseStore receiver(*receiverDb);
    std::optional<Case> received = receiver.loadCase(handedOver);
    ASSERT_TRUE(received.has_value());
    EXPECT_EQ(received->notes.size(), 2);
    EXPECT_EQ(received->steps.size(), 3);
    ASSERT_EQ(received->referrals.size(), 2);
    EXPECT_EQ(received->referrals.at(1).reason, u"Eerst met de school praten."_qs);
    EXPECT_EQ(receiver.draft(handedOver), u"Terugbellen na het gesprek"_qs);
    received->status = CaseStatus::Closed;
    received->fields.themes.append(u"discriminatie"_qs);
    EXPECT_EQ(receiver.saveCase(*received), received->rowVersion + 1);

    const std::unique_ptr<Database> giverDb = as(m_agentA);
    SqlCaseStore giver(*giverDb);
    const std::optional<Case> seen = giver.loadCase(handedOver);
    ASSERT_TRUE(seen.has_value());
    EXPECT_EQ(seen->status, CaseStatus::Closed);
    Case changed = *seen;
    changed.fields.callerRole = u"pupil"_qs;
    EXPECT_THROW(giver.saveCase(changed), StorageError);
    // Agent A never held the closed case: it does not exist for them.
    EXPECT_FALSE(giver.loadCase(closedCase).has_value());
}

TEST_F(HardenedUpgradeTest, VersionsAfterEightAreAppliedByAMemberOfTheOwnerRoleWithoutSuperuserPowers)
{
    // Version 8 itself must come from a superuser; what follows runs as a member of ww_owner, and
    // whatever it creates belongs to ww_owner (db check would name anything else).
    Migrator(m_db.database()).migrate(8);
    const QString upgrader = u"upg_owner_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_db.createRole(upgrader, u"ww_owner"_qs);
    const std::unique_ptr<Database> owner = as(upgrader);
    Migrator migrator(*owner);
    migrator.migrate();
    EXPECT_EQ(migrator.currentVersion(), migrator.latestVersion());
    const DatabaseCheck::Result check = DatabaseCheck::run(m_db.database());
    for (const DatabaseCheck::Weakness &weakness : check.weaknesses)
        ADD_FAILURE() << weakness.object.toStdString() << ": " << weakness.problem.toStdString();
}

TEST_F(HardenedUpgradeTest, VersionEightRefusesALoginThatIsNoSuperuser)
{
    const std::unique_ptr<Database> agent = as(m_agentA);
    try {
        Migrator(*agent).migrate();
        FAIL() << "an agent installed version 8";
    } catch (const StorageError &error) {
        EXPECT_TRUE(error.message().contains(u"superuser"_qs)) << error.message().toStdString();
    }
    EXPECT_EQ(count(u"SELECT max(version) FROM schema_migrations"_qs), 7);
}

} // namespace
