// SPDX-License-Identifier: GPL-3.0-or-later
// What PostgreSQL itself enforces, proven by logging in as each role with plain SQL, not through
// the program: agents see only their own and handed-over cases, nobody rewrites notes, and the
// audit log is written by the database and cannot be touched.
#include "TestContent.h"
#include "TestDatabase.h"
#include "review/CaseReviewWriter.h"
#include "review/NetworkVignettes.h"
#include "storage/AccountAdmin.h"
#include "storage/ConnectionProblem.h"
#include "storage/ScramVerifier.h"
#include "storage/SessionRole.h"
#include "storage/SqlCaseStore.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

#include <QSqlError>
#include <QSqlQuery>

using namespace ww;

namespace {

class PostgresSecurityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
        m_agentA = u"agent_a_"_qs + suffix;
        m_agentB = u"agent_b_"_qs + suffix;
        m_supervisor = u"super_"_qs + suffix;
        Database &admin = m_db.database();
        m_db.createRole(m_agentA, u"ww_agent"_qs);
        m_db.createRole(m_agentB, u"ww_agent"_qs);
        m_db.createRole(m_supervisor, u"ww_supervisor"_qs);

        // Cases written as the schema owner, as a migration or import would.
        SqlCaseStore store(admin);
        const auto tree = test::smallTree();
        store.storeTree(*tree);
        m_caseA = makeCase(store, m_agentA, tree->identity());
        m_caseB = makeCase(store, m_agentB, tree->identity());
    }

    void TearDown() override { m_connections.clear(); }

    static QUuid makeCase(SqlCaseStore &store, const QString &owner, const QString &treeIdentity)
    {
        Case c = Case::open(Channel::Phone, owner, treeIdentity, QDateTime::currentDateTimeUtc());
        c.notes.append({QUuid::createUuid(), owner, QDateTime::currentDateTimeUtc(), u"Notitie"_qs, {}});
        store.saveCase(c);
        return c.id;
    }

    /// A plain SQL connection logged in as \a role.
    QSqlDatabase as(const QString &role)
    {
        m_connections.push_back(m_db.openAs(role));
        return m_connections.back()->connection();
    }

    /// The program's connection behind a connection made by as().
    Database &databaseOf(const QSqlDatabase &db)
    {
        for (const auto &connection : m_connections) {
            if (connection->connection().connectionName() == db.connectionName())
                return *connection;
        }
        throw std::logic_error("not a connection of this test");
    }

    static int countOf(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    static QString failureOf(QSqlDatabase db, const QString &sql)
    {
        QSqlQuery query(db);
        return query.exec(sql) ? QString() : query.lastError().text();
    }

    static QString quoted(const QUuid &id) { return u'\'' + id.toString(QUuid::WithoutBraces) + u'\''; }

    test::TemporaryDatabase m_db{test::Backend::PostgreSql};
    QString m_agentA, m_agentB, m_supervisor;
    QUuid m_caseA, m_caseB;
    std::vector<std::unique_ptr<Database>> m_connections;
};

} // namespace

TEST_F(PostgresSecurityTest, AnAgentSeesOnlyTheirOwnCases)
{
    QSqlDatabase a = as(m_agentA);
    EXPECT_EQ(countOf(a, u"SELECT count(*) FROM cases"_qs), 1);
    EXPECT_EQ(countOf(a, u"SELECT count(*) FROM cases WHERE id = "_qs + quoted(m_caseB)), 0);
    EXPECT_EQ(countOf(a, u"SELECT count(*) FROM case_notes"_qs), 1);
    EXPECT_EQ(countOf(a, u"SELECT count(*) FROM case_notes WHERE case_id = "_qs + quoted(m_caseB)), 0);
    EXPECT_EQ(countOf(a, u"SELECT count(*) FROM case_events WHERE case_id = "_qs + quoted(m_caseB)), 0);
}

TEST_F(PostgresSecurityTest, AnAgentCannotChangeAnotherAgentsCaseOrWriteCasesInTheirName)
{
    // Nobody writes tables directly: every change goes through the database's functions.
    QSqlDatabase a = as(m_agentA);
    const QString update = failureOf(a, u"UPDATE cases SET status = 'closed' WHERE id = "_qs + quoted(m_caseB));
    EXPECT_TRUE(update.contains(u"permission denied")) << qPrintable(update);
    const QString insert = failureOf(a,
                                     u"INSERT INTO cases (id, channel, status, owner, tree_identity, opened_at, "
                                     "updated_at) SELECT gen_random_uuid(), 'phone', 'active', '%1', "
                                     "tree_identity, now(), now() FROM cases LIMIT 1"_qs.arg(m_agentB));
    EXPECT_TRUE(insert.contains(u"permission denied")) << qPrintable(insert);
    const QString note = failureOf(a,
                                   u"INSERT INTO case_notes (id, case_id, seq, author, created_at, body) VALUES "
                                   "(gen_random_uuid(), %1, 9, 'x', now(), 'x')"_qs.arg(quoted(m_caseB)));
    EXPECT_TRUE(note.contains(u"permission denied")) << qPrintable(note);
    const QString save = failureOf(a,
                                   u"SELECT ww_save_case('{\"id\": \"%1\", \"row_version\": 1, "
                                   "\"status\": \"closed\"}')"_qs.arg(m_caseB.toString(QUuid::WithoutBraces)));
    EXPECT_TRUE(save.contains(u"no access")) << qPrintable(save);
}

TEST_F(PostgresSecurityTest, NobodyUpdatesOrDeletesNotes)
{
    for (const QString &role : {m_agentA, m_supervisor}) {
        QSqlDatabase db = as(role);
        EXPECT_FALSE(failureOf(db, u"UPDATE case_notes SET body = 'changed'"_qs).isEmpty()) << qPrintable(role);
        EXPECT_FALSE(failureOf(db, u"DELETE FROM case_notes"_qs).isEmpty()) << qPrintable(role);
    }
    // Not even the schema owner, outside the retention job.
    EXPECT_TRUE(failureOf(m_db.database().connection(), u"UPDATE case_notes SET body = 'changed'"_qs)
                        .contains(u"append-only"));
    EXPECT_EQ(countOf(m_db.database().connection(), u"SELECT count(*) FROM case_notes WHERE body = 'Notitie'"_qs), 2);
}

TEST_F(PostgresSecurityTest, TheAuditLogIsWrittenByTheDatabaseAndCannotBeTouched)
{
    QSqlDatabase a = as(m_agentA);
    QSqlQuery open(a);
    ASSERT_TRUE(open.exec(u"SELECT ww_record_case_access(%1, 'opened')"_qs.arg(quoted(m_caseA))))
            << qPrintable(open.lastError().text());
    EXPECT_TRUE(
            failureOf(a, u"SELECT ww_record_case_access(%1, 'opened')"_qs.arg(quoted(m_caseB))).contains(u"no access"));
    EXPECT_FALSE(failureOf(a, u"INSERT INTO audit_log (action) VALUES ('forged')"_qs).isEmpty());
    EXPECT_FALSE(failureOf(a, u"SELECT count(*) FROM audit_log"_qs).isEmpty()); // agents do not read it

    QSqlDatabase s = as(m_supervisor);
    EXPECT_EQ(countOf(s, u"SELECT count(*) FROM audit_log WHERE action = 'opened' AND actor = '%1'"_qs.arg(m_agentA)),
              1);
    EXPECT_EQ(countOf(s, u"SELECT count(*) FROM audit_log WHERE action = 'created'"_qs), 2);
    EXPECT_FALSE(failureOf(s, u"UPDATE audit_log SET actor = 'someone'"_qs).isEmpty());
    EXPECT_FALSE(failureOf(s, u"DELETE FROM audit_log"_qs).isEmpty());
    EXPECT_TRUE(failureOf(m_db.database().connection(), u"DELETE FROM audit_log"_qs).contains(u"cannot be changed"));
}

TEST_F(PostgresSecurityTest, ACaseLogExportIsRecordedInTheLoginsNameWithCodesOnly)
{
    QSqlDatabase a = as(m_agentA);
    QSqlQuery record(a);
    ASSERT_TRUE(record.exec(u"SELECT ww_record_case_log_export(4, 'theme=bullying text=yes')"_qs))
            << qPrintable(record.lastError().text());
    // Free text, a made-up row count or a forged entry are refused.
    EXPECT_TRUE(
            failureOf(a, u"SELECT ww_record_case_log_export(4, 'text=gepest in de kantine')"_qs).contains(u"coded"));
    EXPECT_TRUE(failureOf(a, u"SELECT ww_record_case_log_export(-1, '')"_qs).contains(u"0 or more"));
    EXPECT_FALSE(failureOf(a, u"INSERT INTO audit_log (action, detail) VALUES ('case-log-exported', 'rows=1')"_qs)
                         .isEmpty());
    EXPECT_FALSE(failureOf(a, u"SELECT count(*) FROM audit_log"_qs).isEmpty()); // agents do not read it

    QSqlDatabase s = as(m_supervisor);
    EXPECT_EQ(countOf(s,
                      u"SELECT count(*) FROM audit_log WHERE action = 'case-log-exported' AND case_id IS NULL "
                      "AND actor = '%1' AND detail = 'rows=4 theme=bullying text=yes'"_qs.arg(m_agentA)),
              1);
    EXPECT_EQ(countOf(s, u"SELECT count(*) FROM audit_log WHERE action = 'case-log-exported'"_qs), 1);
}

TEST_F(PostgresSecurityTest, ASupervisorReadsAllCasesAndAddsReviewsButCannotRewriteThem)
{
    QSqlDatabase s = as(m_supervisor);
    EXPECT_EQ(countOf(s, u"SELECT count(*) FROM cases"_qs), 2);
    QSqlQuery review(s);
    EXPECT_TRUE(review.exec(u"SELECT ww_add_review(%1, 'Goed doorverwezen.', 4, 0)"_qs.arg(quoted(m_caseA))))
            << qPrintable(review.lastError().text());
    EXPECT_EQ(countOf(s, u"SELECT count(*) FROM case_reviews WHERE reviewer = '%1'"_qs.arg(m_supervisor)), 1);
    EXPECT_FALSE(failureOf(s, u"UPDATE cases SET caller_role = 'staff' WHERE id = "_qs + quoted(m_caseA)).isEmpty());
    EXPECT_FALSE(failureOf(s, u"INSERT INTO case_reviews (case_id, comment) VALUES (%1, 'x')"_qs.arg(quoted(m_caseA)))
                         .isEmpty());
    EXPECT_FALSE(failureOf(as(m_agentA), u"SELECT ww_add_review(%1, 'x', 5, 0)"_qs.arg(quoted(m_caseA))).isEmpty());
}

TEST_F(PostgresSecurityTest, AHandOverGivesTheReceiverTheCaseAndIsAudited)
{
    QSqlDatabase a = as(m_agentA);
    QSqlQuery handover(a);
    ASSERT_TRUE(handover.exec(u"SELECT ww_hand_over(%1, '%2', 'Jij belt terug.')"_qs.arg(quoted(m_caseA), m_agentB)))
            << qPrintable(handover.lastError().text());
    QSqlDatabase b = as(m_agentB);
    EXPECT_EQ(countOf(b, u"SELECT count(*) FROM cases"_qs), 2);
    EXPECT_EQ(countOf(b, u"SELECT count(*) FROM case_notes WHERE case_id = "_qs + quoted(m_caseA)), 1);
    // A cannot hand over B's case, nor, any longer, the one A handed on.
    EXPECT_FALSE(failureOf(a, u"SELECT ww_hand_over(%1, '%2', 'x')"_qs.arg(quoted(m_caseB), m_agentA)).isEmpty());
    EXPECT_FALSE(failureOf(a, u"SELECT ww_hand_over(%1, '%2', 'x')"_qs.arg(quoted(m_caseA), m_supervisor)).isEmpty());
    EXPECT_EQ(countOf(as(m_supervisor), u"SELECT count(*) FROM audit_log WHERE action = 'handed-over'"_qs), 1);
}

TEST_F(PostgresSecurityTest, AccountsGetTheScramVerifierPostgresqlItselfWouldStore)
{
    // Let the server hash a password, then make the verifier ourselves with the same salt.
    Database &admin = m_db.database();
    admin.execute(u"SET password_encryption = 'scram-sha-256'"_qs, u"test"_qs);
    admin.execute(u"ALTER ROLE %1 PASSWORD 'zon-en-maan-2026'"_qs.arg(m_agentA), u"test"_qs);
    QSqlQuery query(admin.connection());
    ASSERT_TRUE(query.exec(u"SELECT rolpassword FROM pg_authid WHERE rolname = '%1'"_qs.arg(m_agentA)) && query.next());
    const QString serverVerifier = query.value(0).toString();
    // SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>
    const QStringList parts = serverVerifier.split(u'$');
    ASSERT_EQ(parts.size(), 3) << qPrintable(serverVerifier);
    const QStringList iterationsAndSalt = parts.at(1).split(u':');
    const QString ours
            = ScramVerifier::make(u"zon-en-maan-2026"_qs, QByteArray::fromBase64(iterationsAndSalt.at(1).toLatin1()),
                                  iterationsAndSalt.at(0).toInt());
    EXPECT_EQ(ours, serverVerifier);
}

TEST_F(PostgresSecurityTest, AccountAdminAddsListsAndDisablesAccounts)
{
    AccountAdmin accounts(m_db.database());
    const QString name = u"acc_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(12);
    accounts.add(name, u"supervisor"_qs, u"een-lang-wachtwoord"_qs);
    m_db.adoptRole(name);
    auto find = [&] {
        for (const AccountAdmin::Account &account : accounts.list()) {
            if (account.name == name)
                return std::optional<AccountAdmin::Account>(account);
        }
        return std::optional<AccountAdmin::Account>();
    };
    ASSERT_TRUE(find().has_value());
    EXPECT_EQ(find()->role, u"supervisor");
    EXPECT_TRUE(find()->canLogIn);
    EXPECT_EQ(countOf(as(name), u"SELECT count(*) FROM cases"_qs), 2); // supervisors read every case
    accounts.disable(name);
    EXPECT_FALSE(find()->canLogIn);
    EXPECT_THROW(accounts.add(name, u"agent"_qs, u"een-lang-wachtwoord"_qs), StorageError);
    EXPECT_THROW(accounts.add(u"x; DROP TABLE cases"_qs, u"agent"_qs, u"een-lang-wachtwoord"_qs), StorageError);
    EXPECT_THROW(accounts.add(u"kort_ww"_qs, u"agent"_qs, u"kort"_qs), StorageError);
    EXPECT_THROW(accounts.add(u"rol_onbekend"_qs, u"root"_qs, u"een-lang-wachtwoord"_qs), StorageError);
    EXPECT_THROW(accounts.disable(u"niemand_hier"_qs), StorageError);
}

TEST_F(PostgresSecurityTest, AnAdministratorManagesAccountsWithoutAnyRolePowersOfTheirOwn)
{
    // The first administrator, as db install makes one; from then on no superuser is needed.
    const QString admin = u"adm_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(12);
    AccountAdmin(m_db.database()).add(admin, u"admin"_qs, u"een-lang-wachtwoord"_qs);
    m_db.adoptRole(admin);
    EXPECT_EQ(
            countOf(m_db.database().connection(),
                    u"SELECT count(*) FROM pg_roles WHERE rolname = '%1' AND NOT rolcreaterole AND NOT rolsuper"_qs.arg(
                            admin)),
            1);
    AccountAdmin accounts(databaseOf(as(admin)));
    const QString agent = u"agt_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(12);
    accounts.add(agent, u"agent"_qs, u"een-lang-wachtwoord"_qs);
    m_db.adoptRole(agent);
    EXPECT_EQ(countOf(as(agent), u"SELECT count(*) FROM cases"_qs), 0);
    accounts.disable(agent);
    EXPECT_EQ(countOf(m_db.database().connection(),
                      u"SELECT count(*) FROM pg_roles WHERE rolname = '%1' AND NOT rolcanlogin"_qs.arg(agent)),
              1);
    // An agent cannot do the same.
    EXPECT_THROW(AccountAdmin(databaseOf(as(m_agentA))).add(u"nog_een"_qs, u"agent"_qs, u"een-lang-wachtwoord"_qs),
                 StorageError);
}

TEST_F(PostgresSecurityTest, TheChatGatewayGetsAnAccountOfItsOwnThatReadsNoCases)
{
    AccountAdmin accounts(m_db.database());
    const QString name = u"gw_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(12);
    accounts.add(name, u"gateway"_qs, u"een-lang-wachtwoord"_qs);
    m_db.adoptRole(name);
    bool listed = false;
    for (const AccountAdmin::Account &account : accounts.list())
        listed = listed || (account.name == name && account.role == u"gateway");
    EXPECT_TRUE(listed);
    EXPECT_EQ(countOf(as(name),
                      u"SELECT count(*) FROM pg_roles WHERE rolname = session_user "
                      "AND pg_has_role(session_user, 'ww_gateway', 'MEMBER')"_qs),
              1);
    EXPECT_FALSE(failureOf(as(name), u"SELECT count(*) FROM cases"_qs).isEmpty()) << "the gateway reads no cases";
}

TEST(AccountAdmin, RefusesSqlite)
{
    test::TemporaryDatabase db(test::Backend::Sqlite);
    EXPECT_THROW(AccountAdmin{db.database()}, StorageError);
}

TEST_F(PostgresSecurityTest, AnAgentSavesAndReopensTheirOwnCasesThroughTheProgram)
{
    const std::unique_ptr<Database> db = m_db.openAs(m_agentA);
    SqlCaseStore store(*db);
    const auto tree = test::smallTree();
    Case c = Case::open(Channel::Phone, m_agentA, tree->identity(), QDateTime::currentDateTimeUtc());
    c.fields.themes = {u"bullying"_qs};
    c.notes.append({QUuid::createUuid(), m_agentA, QDateTime::currentDateTimeUtc(), u"Eerste notitie"_qs, {}});
    c.rowVersion = store.saveCase(c); // a new case: an insert that row-level security must allow
    c.status = CaseStatus::WrapUp;
    store.saveCase(c); // and the update of it
    store.saveDraft(c.id, u"Half"_qs, QDateTime::currentDateTimeUtc());
    const std::optional<Case> reloaded = store.loadCase(c.id);
    ASSERT_TRUE(reloaded.has_value());
    EXPECT_EQ(reloaded->status, CaseStatus::WrapUp);
    EXPECT_EQ(reloaded->notes.size(), 1);
    EXPECT_EQ(store.draft(c.id), u"Half");
    EXPECT_FALSE(store.loadCase(m_caseB).has_value()); // another agent's case stays invisible
    // Not in someone else's name: the database makes whoever saves a new case its holder.
    const Case forged = Case::open(Channel::Phone, m_agentB, tree->identity(), QDateTime::currentDateTimeUtc());
    store.saveCase(forged);
    EXPECT_EQ(store.loadCase(forged.id)->owner, m_agentA);
}

TEST_F(PostgresSecurityTest, HandOverFromTheDesktopReachesTheReceiverAndCannotBeForged)
{
    SqlCaseStore storeA(databaseOf(as(m_agentA)));
    SqlCaseStore storeB(databaseOf(as(m_agentB)));
    const QStringList receivers = storeA.handoverReceivers(m_agentA);
    EXPECT_TRUE(receivers.contains(m_agentB));
    EXPECT_TRUE(receivers.contains(m_supervisor));
    EXPECT_FALSE(receivers.contains(m_agentA));

    // Agent B cannot hand over A's case in A's name, nor their own case in A's name.
    EXPECT_THROW(storeB.handOver(m_caseA, {m_agentA, m_agentB, u"vervalst"_qs, QDateTime::currentDateTimeUtc()}),
                 StorageError);
    EXPECT_THROW(storeB.handOver(m_caseB, {m_agentA, m_agentB, u"vervalst"_qs, QDateTime::currentDateTimeUtc()}),
                 StorageError);
    EXPECT_FALSE(storeB.loadCase(m_caseA).has_value());

    storeA.handOver(m_caseA, {m_agentA, m_agentB, u"Belt om 15 uur terug"_qs, QDateTime::currentDateTimeUtc()});
    const QDate today = QDate::currentDate();
    const QList<CaseSummary> listB = storeB.homeList(m_agentB, today, 20);
    const auto received
            = std::find_if(listB.cbegin(), listB.cend(), [&](const CaseSummary &s) { return s.id == m_caseA; });
    ASSERT_NE(received, listB.cend());
    EXPECT_EQ(received->handedOverBy, m_agentA);
    const QList<CaseSummary> listA = storeA.homeList(m_agentA, today, 20);
    EXPECT_TRUE(std::none_of(listA.cbegin(), listA.cend(), [&](const CaseSummary &s) { return s.id == m_caseA; }));

    // The receiver works on it through the program, at the stored row version.
    std::optional<Case> caseA = storeB.loadCase(m_caseA);
    ASSERT_TRUE(caseA.has_value());
    caseA->notes.append({QUuid::createUuid(), m_agentB, QDateTime::currentDateTimeUtc(), u"Teruggebeld"_qs, {}});
    EXPECT_GT(storeB.saveCase(*caseA), caseA->rowVersion);
    storeB.recordAccess(m_caseA, m_agentB, CaseAccess::Opened);
    EXPECT_EQ(countOf(as(m_supervisor),
                      u"SELECT count(*) FROM audit_log WHERE action = 'opened' AND actor = '%1'"_qs.arg(m_agentB)),
              1);
}

TEST_F(PostgresSecurityTest, PresenceShowsColleaguesOnTheSameCaseAndCannotBeForged)
{
    SqlCaseStore storeA(databaseOf(as(m_agentA)));
    QSqlDatabase plainB = as(m_agentB);
    SqlCaseStore storeB(databaseOf(plainB));
    storeA.handOver(m_caseA, {m_agentA, m_agentB, u"Kijk even mee"_qs, QDateTime::currentDateTimeUtc()});

    storeA.touchPresence(m_caseA, m_agentA);
    storeB.touchPresence(m_caseA, m_agentB);
    EXPECT_EQ(storeB.othersViewing(m_caseA, m_agentB, 45), QStringList{m_agentA});
    EXPECT_EQ(storeA.othersViewing(m_caseA, m_agentA, 45), QStringList{m_agentB});
    // Not in someone else's name, and not on a case one cannot read.
    EXPECT_FALSE(failureOf(plainB,
                           u"INSERT INTO case_presence (case_id, viewer) VALUES (%1, '%2')"_qs.arg(quoted(m_caseA),
                                                                                                   m_agentA))
                         .isEmpty());
    EXPECT_THROW(storeA.touchPresence(m_caseB, m_agentA), StorageError);
    storeA.leavePresence(m_caseA, m_agentA);
    EXPECT_TRUE(storeB.othersViewing(m_caseA, m_agentB, 45).isEmpty());
}

TEST_F(PostgresSecurityTest, OnlySupervisorsAreGivenTheSupervisorViews)
{
    as(m_agentA);
    EXPECT_FALSE(SessionRole::isSupervisor(*m_connections.back()));
    as(m_supervisor);
    EXPECT_TRUE(SessionRole::isSupervisor(*m_connections.back()));
}

TEST(PostgresConnection, SaysWhatFailedWhenTheServerIsDownTheDatabaseMissingOrTheAccountUnknown)
{
    const QString admin = qEnvironmentVariable("WW_TEST_POSTGRES_URL");
    ASSERT_FALSE(admin.isEmpty()) << "WW_TEST_POSTGRES_URL is not set";
    QString error;
    const DatabaseUrl server = *DatabaseUrl::parse(admin, &error);
    const auto attempt = [](const QString &text) {
        QString parseError;
        try {
            Database::open(*DatabaseUrl::parse(text, &parseError));
        } catch (const StorageError &failure) {
            return failure.message();
        }
        return QString();
    };
    const QString base = u"postgresql://%1@%2:%3/"_qs.arg(server.user(), server.host()).arg(server.port());
    // Each says what is wrong and, where the reader can act, what to do next.
    const QString noDatabase = attempt(base + u"ww_no_such_database"_qs);
    EXPECT_TRUE(noDatabase.contains(u"The database ww_no_such_database does not exist"));
    EXPECT_TRUE(noDatabase.contains(u"wegwijzer-admin db install")) << qPrintable(noDatabase);
    const QString noAccount
            = attempt(u"postgresql://ww_nobody_here@%1:%2/postgres"_qs.arg(server.host()).arg(server.port()));
    EXPECT_TRUE(noAccount.contains(u"There is no account ww_nobody_here"));
    EXPECT_TRUE(noAccount.contains(u"ask an administrator to make the account")) << qPrintable(noAccount);
    // The desk adds its own next step to this one (StorageProblem): check the network.
    EXPECT_TRUE(attempt(u"postgresql://x@127.0.0.1:1/postgres"_qs).contains(u"does not answer"));
}

TEST(PostgresConnection, RecognisesPasswordProblems)
{
    QString error;
    const DatabaseUrl url = *DatabaseUrl::parse(u"postgresql://maria@db.example:5432/wegwijzer"_qs, &error);
    const ConnectionProblem missing
            = ConnectionProblem::classify(url, u"connection to server failed: fe_sendauth: no password supplied"_qs);
    EXPECT_EQ(missing.kind(), ConnectionProblem::Kind::PasswordNeeded);
    EXPECT_TRUE(missing.needsPassword());
    const ConnectionProblem wrong
            = ConnectionProblem::classify(url, u"FATAL:  password authentication failed for user \"maria\""_qs);
    EXPECT_EQ(wrong.kind(), ConnectionProblem::Kind::WrongPassword);
    EXPECT_EQ(wrong.message(), u"The user name or password is wrong.");
    EXPECT_EQ(ConnectionProblem::classify(url, u"FATAL:  role \"maria\" is not permitted to log in"_qs).kind(),
              ConnectionProblem::Kind::AccountDisabled);
    EXPECT_EQ(ConnectionProblem::classify(url, u"could not translate host name \"db.example\" to address"_qs).kind(),
              ConnectionProblem::Kind::HostNotFound);
}

TEST_F(PostgresSecurityTest, OnlySupervisorsAndAdministratorsExportCasesForTheNetworkAndEachExportIsAudited)
{
    const QString admin = u"admin_"_qs + m_agentA.section(u'_', -1);
    m_db.createRole(admin, u"ww_admin"_qs);
    QSqlDatabase s = as(m_supervisor);
    CaseReviewWriter(databaseOf(s))
            .add(m_caseA, u"Goed gedaan"_qs, 4, true, {}, QDateTime::currentDateTimeUtc(),
                 u"Een ouder vond geen commissie voor de school."_qs);
    const QDate today = QDateTime::currentDateTime().date();
    const ReportPeriod period{today.addDays(-1), today.addDays(1)};
    const QString call = u"SELECT ww_record_network_export(date_trunc('day', now() AT TIME ZONE 'Europe/Amsterdam') "
                         "AT TIME ZONE 'Europe/Amsterdam', date_trunc('day', now() AT TIME ZONE 'Europe/Amsterdam') "
                         "AT TIME ZONE 'Europe/Amsterdam' + interval '1 day')"_qs;

    // An agent may not call the export, nor read the reviews or their summaries, in plain SQL or through
    // the program.
    QSqlDatabase a = as(m_agentA);
    EXPECT_TRUE(failureOf(a, call).contains(u"permission denied")) << qPrintable(failureOf(a, call));
    EXPECT_TRUE(failureOf(a, u"SELECT network_summary FROM case_reviews"_qs).contains(u"permission denied"));
    EXPECT_THROW(NetworkVignettes::exportFor(databaseOf(a), period, m_agentA, QDateTime::currentDateTimeUtc()),
                 StorageError);
    // Nor can an agent write the audit entry themselves.
    EXPECT_FALSE(failureOf(a, u"INSERT INTO audit_log (action, detail) VALUES ('network-cases-exported', 'cases=0')"_qs)
                         .isEmpty());

    const QList<Vignette> bySupervisor
            = NetworkVignettes::exportFor(databaseOf(s), period, u"forged-name"_qs, QDateTime::currentDateTimeUtc());
    ASSERT_EQ(bySupervisor.size(), 1);
    EXPECT_EQ(bySupervisor.first().summary, u"Een ouder vond geen commissie voor de school.");
    // An administrator gets the vignettes only: no access to the cases themselves.
    QSqlDatabase ad = as(admin);
    EXPECT_EQ(NetworkVignettes::exportFor(databaseOf(ad), period, admin, QDateTime::currentDateTimeUtc()).size(), 1);
    EXPECT_TRUE(failureOf(ad, u"SELECT count(*) FROM cases"_qs).contains(u"permission denied"));

    const QString detail
            = u"cases=1 from=%1 to=%2"_qs.arg(period.first.toString(Qt::ISODate), period.last.toString(Qt::ISODate));
    for (const QString &who : {m_supervisor, admin}) {
        EXPECT_EQ(countOf(s,
                          u"SELECT count(*) FROM audit_log WHERE action = 'network-cases-exported' AND case_id IS NULL "
                          "AND actor = '%1' AND detail = '%2'"_qs.arg(who, detail)),
                  1)
                << qPrintable(who);
    }
    EXPECT_EQ(countOf(s, u"SELECT count(*) FROM audit_log WHERE action = 'network-cases-exported'"_qs), 2)
            << "the agent's refused attempts left no entry";
}
