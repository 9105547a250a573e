// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin db check: silent on a database made by db migrate, and naming each weakness that
// is planted in one.
#include "PgSession.h"
#include "TestDatabase.h"

#include "storage/DatabaseCheck.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QUuid>

using namespace ww;
using namespace ww::attack;

namespace {

struct Planted
{
    const char *name;
    std::string plant;   ///< SQL run as a superuser
    std::string object;  ///< what the check must name
    std::string problem; ///< words of the problem it must give
    std::string undo;
};

class DatabaseCheckTest : public ::testing::TestWithParam<Planted>
{
protected:
    void SetUp() override
    {
        const DatabaseUrl &url = m_db.url();
        m_superuser = std::make_unique<PgSession>(conninfoFor(
                url.host().toStdString(), url.port(), url.databaseName().toStdString(), url.user().toStdString()));
    }
    static bool names(const DatabaseCheck::Result &result, const std::string &object, const std::string &problem)
    {
        for (const DatabaseCheck::Weakness &weakness : result.weaknesses) {
            if (weakness.object.toStdString().find(object) != std::string::npos
                && weakness.problem.toStdString().find(problem) != std::string::npos)
                return true;
        }
        return false;
    }
    static std::string listed(const DatabaseCheck::Result &result)
    {
        std::string text;
        for (const DatabaseCheck::Weakness &weakness : result.weaknesses)
            text += weakness.object.toStdString() + ": " + weakness.problem.toStdString() + "\n";
        return text;
    }

    test::TemporaryDatabase m_db{test::Backend::PostgreSql};
    std::unique_ptr<PgSession> m_superuser;
};

TEST_F(DatabaseCheckTest, FindsNoWeaknessInADatabaseMadeByMigrate)
{
    const DatabaseCheck::Result result = DatabaseCheck::run(m_db.database());
    EXPECT_TRUE(result.weaknesses.isEmpty()) << listed(result);
    EXPECT_GE(result.checksRun, 10);
    EXPECT_FALSE(result.superusers.isEmpty());
}

TEST_P(DatabaseCheckTest, NamesAPlantedWeakness)
{
    const Planted &planted = GetParam();
    std::string plant = planted.plant;
    for (size_t at = plant.find("{db}"); at != std::string::npos; at = plant.find("{db}"))
        plant.replace(at, 4, m_db.url().databaseName().toStdString());
    m_superuser->must(plant);
    const DatabaseCheck::Result result = DatabaseCheck::run(m_db.database());
    EXPECT_TRUE(names(result, planted.object, planted.problem))
            << "expected " << planted.object << ": " << planted.problem << "\ngot:\n"
            << listed(result);
    if (!planted.undo.empty())
        m_superuser->exec(planted.undo);
}

INSTANTIATE_TEST_SUITE_P(
        Weaknesses, DatabaseCheckTest,
        ::testing::Values(
                Planted{"DefinerWithoutPinnedPath",
                        "ALTER FUNCTION ww_save_case(jsonb) SET search_path = public, pg_temp", "ww_save_case(jsonb)",
                        "search_path", ""},
                Planted{"DefinerWithTemporarySchemaFirst",
                        "ALTER FUNCTION ww_hand_over(uuid, text, text) RESET search_path",
                        "ww_hand_over(uuid,text,text)", "search_path", ""},
                Planted{"DefinerOwnedByASuperuser", "ALTER FUNCTION ww_may_read_case(uuid) OWNER TO CURRENT_USER",
                        "ww_may_read_case(uuid)", "a superuser", ""},
                Planted{"ExecuteForPublic",
                        "GRANT EXECUTE ON FUNCTION ww_apply_retention(timestamptz, text, boolean) TO PUBLIC",
                        "ww_apply_retention", "PUBLIC may execute", ""},
                Planted{"TemporaryForPublic", "GRANT TEMPORARY ON DATABASE {db} TO PUBLIC", "database",
                        "PUBLIC may TEMPORARY", ""},
                Planted{"TemporaryForAGroup", "GRANT TEMPORARY ON DATABASE {db} TO ww_agent", "role ww_agent",
                        "may TEMPORARY", ""},
                Planted{"CreateOnTheSchemaForPublic", "GRANT CREATE ON SCHEMA public TO PUBLIC", "schema public",
                        "PUBLIC may CREATE", ""},
                Planted{"CreateOnTheSchemaForAGroup", "GRANT CREATE ON SCHEMA public TO ww_gateway", "role ww_gateway",
                        "may CREATE in schema public", ""},
                Planted{"LoginWithCreateRole", "CREATE ROLE dbcheck_creator LOGIN CREATEROLE", "role dbcheck_creator",
                        "may create roles", "DROP ROLE dbcheck_creator"},
                Planted{"LoginBypassingRowSecurity", "CREATE ROLE dbcheck_bypass LOGIN BYPASSRLS",
                        "role dbcheck_bypass", "bypasses row-level security", "DROP ROLE dbcheck_bypass"},
                Planted{"LoginThroughTheAccountRole", "CREATE ROLE dbcheck_member LOGIN IN ROLE ww_accounts",
                        "role dbcheck_member", "act as ww_accounts", "DROP ROLE dbcheck_member"},
                Planted{"RowSecurityNotForced", "ALTER TABLE case_notes NO FORCE ROW LEVEL SECURITY",
                        "table case_notes", "not forced", ""},
                Planted{"RowSecurityOff", "ALTER TABLE referrals DISABLE ROW LEVEL SECURITY", "table referrals",
                        "not enabled", ""},
                Planted{"ANewTableWithoutRowSecurity",
                        "CREATE TABLE public.case_extras (case_id uuid REFERENCES cases (id))", "table case_extras",
                        "not enabled", ""},
                Planted{"StatisticsOnNotes", "ALTER TABLE case_notes ALTER COLUMN body SET STATISTICS 100",
                        "column case_notes.body", "planner statistics", ""},
                Planted{"StatisticsOnANewFreeTextColumn", "ALTER TABLE cases ADD COLUMN caller_story text",
                        "column cases.caller_story", "planner statistics", ""},
                Planted{"StatisticsOnTheFullTextIndex",
                        "ALTER INDEX case_notes_body_fts ALTER COLUMN 1 SET STATISTICS 100",
                        "index case_notes_body_fts", "planner statistics", ""},
                Planted{"WriteGrantForAGroup", "GRANT UPDATE ON cases TO ww_agent", "table cases",
                        "ww_agent may UPDATE", ""},
                Planted{"SequenceForAGroup", "GRANT USAGE ON SEQUENCE case_reviews_id_seq TO ww_supervisor",
                        "sequence case_reviews_id_seq", "ww_supervisor may USAGE", ""},
                Planted{"TableForPublic", "GRANT SELECT ON case_reviews TO PUBLIC", "table case_reviews",
                        "PUBLIC may SELECT", ""},
                Planted{"TableOwnedByASuperuser", "ALTER TABLE settings OWNER TO CURRENT_USER", "table settings",
                        "owned by", ""},
                // The export of cases for the expertise network (schema version 10).
                Planted{"NetworkExportWithoutPinnedPath",
                        "ALTER FUNCTION ww_network_vignettes(bigint, timestamptz, timestamptz) SET search_path = "
                        "public",
                        "ww_network_vignettes(bigint,timestamp with time zone,timestamp with time zone)", "search_path",
                        ""},
                Planted{"NetworkExportForPublic",
                        "GRANT EXECUTE ON FUNCTION ww_record_network_export(timestamptz, timestamptz) TO PUBLIC",
                        "ww_record_network_export", "PUBLIC may execute", ""},
                Planted{"StatisticsOnTheNetworkSummary",
                        "ALTER TABLE case_reviews ALTER COLUMN network_summary SET STATISTICS 100",
                        "column case_reviews.network_summary", "planner statistics", ""},
                Planted{"WriteGrantOnReasonCategories", "GRANT UPDATE (reason_category) ON referrals TO ww_agent",
                        "column referrals.reason_category", "ww_agent may UPDATE", ""}),
        [](const ::testing::TestParamInfo<Planted> &param) { return std::string(param.param.name); });

TEST(DatabaseCheckSqlite, SaysTheEmbeddedDatabaseMakesNoMultiUserPromises)
{
    test::TemporaryDatabase db(test::Backend::Sqlite);
    try {
        DatabaseCheck::run(db.database());
        FAIL() << "db check ran on SQLite";
    } catch (const StorageError &error) {
        EXPECT_TRUE(error.message().contains(u"no multi-user promises"_qs)) << error.message().toStdString();
    }
}

TEST(DatabaseCheckCli, ExitsZeroOnAMigratedDatabaseAndOneNamingAWeakness)
{
    test::TemporaryDatabase db(test::Backend::PostgreSql);
    QProcess admin;
    admin.start(QString::fromUtf8(WW_ADMIN_BINARY), {u"db"_qs, u"check"_qs, u"--db"_qs, db.url().toString()});
    ASSERT_TRUE(admin.waitForFinished(60000));
    EXPECT_EQ(admin.exitCode(), 0) << admin.readAllStandardOutput().toStdString()
                                   << admin.readAllStandardError().toStdString();
    db.database().execute(u"GRANT TEMPORARY ON DATABASE %1 TO PUBLIC"_qs.arg(db.url().databaseName()), u"test"_qs);
    admin.start(QString::fromUtf8(WW_ADMIN_BINARY), {u"db"_qs, u"check"_qs, u"--db"_qs, db.url().toString()});
    ASSERT_TRUE(admin.waitForFinished(60000));
    EXPECT_EQ(admin.exitCode(), 1);
    const QByteArray expected = QByteArray("weakness: database ") + db.url().databaseName().toUtf8()
            + QByteArray(": PUBLIC may TEMPORARY");
    EXPECT_TRUE(admin.readAllStandardOutput().contains(expected));
}

TEST(DatabaseInstallCli, InstallsOnceAsSuperuserAndLeavesAnAdministratorWhoNeedsNoSuperuser)
{
    test::TemporaryDatabase db(test::Backend::PostgreSql, test::TemporaryDatabase::Schema::Empty);
    const QString admin = u"inst_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(10);
    db.adoptRole(admin);
    auto run = [](const QStringList &arguments, const QByteArray &input = {}) {
        QProcess process;
        process.start(QString::fromUtf8(WW_ADMIN_BINARY), arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        return std::make_pair(process.exitCode(),
                              QByteArray(process.readAllStandardOutput() + process.readAllStandardError()));
    };
    const auto [installed, installOutput] = run(
            {u"db"_qs, u"install"_qs, u"--db"_qs, db.url().toString(), u"--admin"_qs, admin}, "een-lang-wachtwoord\n");
    ASSERT_EQ(installed, 0) << installOutput.toStdString();
    EXPECT_TRUE(installOutput.contains(QByteArray("account " + admin.toUtf8() + " added as admin")))
            << installOutput.toStdString();

    // The administrator (trusted on the test server) adds an agent; db check finds nothing.
    const QString asAdmin = db.urlAs(admin).toString();
    const QString agent = u"inst_agent_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(8);
    db.adoptRole(agent);
    const auto [added, addOutput] = run({u"user"_qs, u"add"_qs, agent, u"--role"_qs, u"agent"_qs, u"--db"_qs, asAdmin},
                                        "een-lang-wachtwoord\n");
    EXPECT_EQ(added, 0) << addOutput.toStdString();
    const auto [checked, checkOutput] = run({u"db"_qs, u"check"_qs, u"--db"_qs, asAdmin});
    EXPECT_EQ(checked, 0) << checkOutput.toStdString();
    // Installing again changes nothing and asks for no password.
    const auto [again, againOutput]
            = run({u"db"_qs, u"install"_qs, u"--db"_qs, db.url().toString(), u"--admin"_qs, admin});
    EXPECT_EQ(again, 0) << againOutput.toStdString();
    EXPECT_TRUE(againOutput.contains("already exists")) << againOutput.toStdString();
    // Only a superuser installs: the administrator is refused on a database not yet installed.
    test::TemporaryDatabase fresh(test::Backend::PostgreSql, test::TemporaryDatabase::Schema::Empty);
    const QString freshAsAdmin = fresh.urlAs(admin).toString();
    const auto [refused, refusedOutput]
            = run({u"db"_qs, u"install"_qs, u"--db"_qs, freshAsAdmin, u"--admin"_qs, u"inst_other"_qs},
                  "een-lang-wachtwoord\n");
    EXPECT_EQ(refused, 1) << refusedOutput.toStdString();
    EXPECT_TRUE(refusedOutput.contains("superuser")) << refusedOutput.toStdString();
}

} // namespace
