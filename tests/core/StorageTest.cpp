// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestContent.h"
#include "TestDatabase.h"
#include "cases/CallerNumbers.h"
#include "review/CaseLogQuery.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migrator.h"
#include "storage/RetentionJob.h"
#include "storage/SqlCaseStore.h"
#include "storage/SqlScript.h"
#include "storage/StaleCaseError.h"
#include "storage/StorageError.h"
#include "tree/TreeLoader.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ww;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 28), QTime(9, minute, 0, 250), Qt::UTC);
}

/// A case with every field set, for round trips.
Case fullCase(const QString &treeIdentity)
{
    Case c = Case::open(Channel::Chat, u"agent-a"_qs, treeIdentity, at(0));
    c.status = CaseStatus::FollowUp;
    c.contactEndedAt = at(12);
    c.holdSeconds = 42;
    c.fields = {u"parent"_qs, u"vo"_qs, {u"bullying"_qs, u"discrimination"_qs}, u"Utrecht"_qs, u"talked-to-school"_qs};
    c.fields.callerLanguage = u"ar"_qs;
    c.steps = {{u"danger"_qs, u"no"_qs, at(0)},
               {u"caller"_qs, u"parent"_qs, at(1)},
               {u"theme"_qs, u"bullying"_qs, at(2)},
               {u"bullying-help"_qs, {}, at(3)}};
    c.outcomeNodeId = u"bullying-help"_qs;
    c.referrals = {{u"school-route"_qs, ReferralOrigin::Suggested, ReferralDecision::Confirmed, {}, true, at(4)},
                   {u"kindertelefoon"_qs, ReferralOrigin::Suggested, ReferralDecision::Removed, u"Ouder belt zelf."_qs,
                    false, at(5)},
                   {u"veilig-thuis"_qs, ReferralOrigin::Added, ReferralDecision::Confirmed, u"Zorgen over thuis."_qs,
                    false, at(6)}};
    const QUuid first = QUuid::createUuid();
    c.notes = {{first, u"agent-a"_qs, at(7), u"Eerste notitie met \"quotes\", 'apostrof' en é."_qs, {}},
               {QUuid::createUuid(), u"agent-a"_qs, at(8), u"Correctie."_qs, first}};
    c.events.append({at(12), u"contact-ended"_qs, {}});
    c.events.append({at(13), u"follow-up"_qs, u"2026-12-01"_qs});
    c.followUpDate = QDate(2026, 12, 1);
    c.followUpInstruction = u"Terugbellen na het gesprek met de mentor."_qs;
    c.updatedAt = at(13);
    return c;
}

/// The same suite runs against SQLite and PostgreSQL.
class StorageTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    StorageTest()
        : m_db(GetParam())
    { }

    void SetUp() override
    {
        m_store = std::make_unique<SqlCaseStore>(m_db.database());
        m_tree = test::smallTree();
        m_store->storeTree(*m_tree);
    }

    int count(const QString &sql)
    {
        QSqlQuery query(m_db.database().connection());
        EXPECT_TRUE(query.exec(sql)) << qPrintable(query.lastError().text());
        return query.next() ? query.value(0).toInt() : -1;
    }

    test::TemporaryDatabase m_db;
    std::unique_ptr<SqlCaseStore> m_store;
    std::shared_ptr<const DecisionTree> m_tree;
};

} // namespace

TEST_P(StorageTest, MigratesAnEmptyDatabaseAndIsThenUpToDate)
{
    Migrator migrator(m_db.database());
    EXPECT_EQ(migrator.currentVersion(), migrator.latestVersion());
    EXPECT_GE(migrator.latestVersion(), 1);
    EXPECT_TRUE(migrator.pending().isEmpty());
    EXPECT_TRUE(migrator.migrate().isEmpty()); // a second run does nothing
    for (const QString &table : {u"cases"_qs, u"case_steps"_qs, u"case_notes"_qs, u"referrals"_qs, u"case_themes"_qs,
                                 u"case_events"_qs, u"note_drafts"_qs, u"trees"_qs})
        EXPECT_TRUE(m_db.database().connection().tables().contains(table)) << qPrintable(table);
}

TEST(SqliteStorage, UsesWriteAheadLoggingAndForeignKeys)
{
    test::TemporaryDatabase db(test::Backend::Sqlite);
    QSqlQuery query(db.database().connection());
    ASSERT_TRUE(query.exec(u"PRAGMA journal_mode"_qs) && query.next());
    EXPECT_EQ(query.value(0).toString(), u"wal");
    ASSERT_TRUE(query.exec(u"PRAGMA foreign_keys"_qs) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    EXPECT_FALSE(query.exec(u"INSERT INTO case_themes (case_id, theme) VALUES ('no-such-case', 'bullying')"_qs));
}

TEST(SqliteStorage, TheDatabaseFilesAreReadableByTheirOwnerOnly)
{
    // The embedded database makes no multi-user promises (docs/security.md): whoever reads the file
    // reads every case, so nobody else may.
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"nieuw"_qs);
    const QString path = folder + u"/cases.db"_qs;
    {
        const std::unique_ptr<Database> db = Database::open(DatabaseUrl::sqliteFile(path));
        Migrator(*db).migrate();
        SqlCaseStore(*db).storeTree(*test::smallTree());
        const QFileDevice::Permissions others
                = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        for (const QString &file : QStringList{path, path + u"-wal"_qs})
            EXPECT_EQ(QFile::permissions(file) & others, 0) << qPrintable(file);
        EXPECT_EQ(QFile::permissions(folder) & (others | QFile::ExeGroup | QFile::ExeOther), 0);
    }
    // A file someone made readable is made private again at the next start.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    const std::unique_ptr<Database> again = Database::open(DatabaseUrl::sqliteFile(path));
    EXPECT_EQ(QFile::permissions(path) & QFile::ReadOther, 0);
}

TEST_P(StorageTest, RefusesADatabaseNewerThanTheProgram)
{
    QSqlQuery query(m_db.database().connection());
    ASSERT_TRUE(query.exec(u"INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')"_qs));
    try {
        Migrator(m_db.database()).migrate();
        FAIL() << "a newer schema must be refused";
    } catch (const StorageError &error) {
        EXPECT_TRUE(error.message().contains(u"schema version 999")) << qPrintable(error.message());
        EXPECT_TRUE(error.message().contains(u"newer program"));
    }
}

TEST_P(StorageTest, AFailedMigrationLeavesNothingHalfDone)
{
    // A database whose tables clash with the first migration: it fails and records no version.
    test::TemporaryDatabase empty(GetParam(), test::TemporaryDatabase::Schema::Empty);
    Database *db = &empty.database();
    db->execute(u"CREATE TABLE cases (x INTEGER)"_qs, u"test"_qs);
    EXPECT_THROW(Migrator(*db).migrate(), StorageError);
    EXPECT_EQ(Migrator(*db).currentVersion(), 0);
    EXPECT_FALSE(db->connection().tables().contains(u"schema_migrations"_qs));
}

TEST_P(StorageTest, RoundTripsEveryField)
{
    const Case saved = fullCase(m_tree->identity());
    m_store->saveCase(saved);
    const std::optional<Case> loaded = m_store->loadCase(saved.id);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->id, saved.id);
    EXPECT_EQ(loaded->channel, saved.channel);
    EXPECT_EQ(loaded->status, saved.status);
    EXPECT_EQ(loaded->owner, saved.owner);
    EXPECT_EQ(loaded->treeIdentity, saved.treeIdentity);
    EXPECT_EQ(loaded->openedAt, saved.openedAt);
    EXPECT_EQ(loaded->contactEndedAt, saved.contactEndedAt);
    EXPECT_FALSE(loaded->closedAt.isValid());
    EXPECT_EQ(loaded->updatedAt, saved.updatedAt);
    EXPECT_EQ(loaded->holdSeconds, 42);
    CaseFields expectedFields = saved.fields;
    std::sort(expectedFields.themes.begin(), expectedFields.themes.end());
    EXPECT_EQ(loaded->fields, expectedFields);
    EXPECT_EQ(loaded->steps, saved.steps);
    EXPECT_EQ(loaded->outcomeNodeId, saved.outcomeNodeId);
    EXPECT_EQ(loaded->referrals, saved.referrals);
    EXPECT_EQ(loaded->notes, saved.notes);
    EXPECT_EQ(loaded->events, saved.events);
    EXPECT_EQ(loaded->followUpDate, saved.followUpDate);
    EXPECT_EQ(loaded->followUpInstruction, saved.followUpInstruction);
}

TEST_P(StorageTest, RoundTripsEmptyOptionalFieldsAsEmpty)
{
    Case c = Case::open(Channel::Phone, u"agent-a"_qs, m_tree->identity(), at(0));
    m_store->saveCase(c);
    const std::optional<Case> loaded = m_store->loadCase(c.id);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->fields, CaseFields{});
    EXPECT_FALSE(loaded->followUpDate.isValid());
    EXPECT_FALSE(loaded->whiteSpot);
    EXPECT_EQ(count(u"SELECT count(*) FROM cases WHERE province IS NULL AND caller_role IS NULL"_qs), 1);
}

// Callers with little Dutch: the language they speak is noted on the case, changed and cleared like the
// other coded fields, and only codes from the list are stored.
TEST_P(StorageTest, KeepsTheCallersLanguageAndRefusesACodeOutsideTheList)
{
    Case c = Case::open(Channel::Phone, u"agent-a"_qs, m_tree->identity(), at(0));
    c.fields.callerLanguage = u"nl-limited"_qs;
    c.rowVersion = m_store->saveCase(c);
    EXPECT_EQ(m_store->loadCase(c.id)->fields.callerLanguage, u"nl-limited");
    EXPECT_EQ(count(u"SELECT count(*) FROM cases WHERE caller_language = 'nl-limited'"_qs), 1);

    c.fields.callerLanguage = u"uk"_qs;
    c.rowVersion = m_store->saveCase(c);
    EXPECT_EQ(m_store->loadCase(c.id)->fields.callerLanguage, u"uk");

    Case forged = c;
    forged.fields.callerLanguage = u"klingon"_qs;
    EXPECT_THROW(m_store->saveCase(forged), StorageError);
    EXPECT_EQ(m_store->loadCase(c.id)->fields.callerLanguage, u"uk");

    c.fields.callerLanguage.clear();
    c.rowVersion = m_store->saveCase(c);
    EXPECT_TRUE(m_store->loadCase(c.id)->fields.callerLanguage.isEmpty());
    EXPECT_EQ(count(u"SELECT count(*) FROM cases WHERE caller_language IS NULL"_qs), 1);
}

TEST_P(StorageTest, SavingTwiceDoublesNothing)
{
    Case c = fullCase(m_tree->identity());
    c.rowVersion = m_store->saveCase(c);
    c.rowVersion = m_store->saveCase(c);
    EXPECT_EQ(count(u"SELECT count(*) FROM case_notes"_qs), 2);
    EXPECT_EQ(count(u"SELECT count(*) FROM case_events"_qs), 3);
    EXPECT_EQ(count(u"SELECT count(*) FROM referrals"_qs), 3);
    EXPECT_EQ(count(u"SELECT count(*) FROM case_steps"_qs), 4);
    EXPECT_EQ(count(u"SELECT row_version FROM cases"_qs), 2);
}

TEST_P(StorageTest, AStaleSaveIsRefusedButItsNotesAreKept)
{
    Case c = fullCase(m_tree->identity());
    c.rowVersion = m_store->saveCase(c);
    Case first = c; // two desktops read the case at the same version
    Case second = c;
    first.fields.callerRole = u"parent"_qs;
    EXPECT_EQ(m_store->saveCase(first), c.rowVersion + 1);

    second.fields.callerRole = u"pupil"_qs;
    second.notes.append({QUuid::createUuid(), u"agent-b"_qs, at(9), u"Note from the second desktop"_qs, {}});
    EXPECT_THROW(m_store->saveCase(second), StaleCaseError);
    const Case stored = *m_store->loadCase(c.id);
    EXPECT_EQ(stored.fields.callerRole, u"parent"); // the first save was not overwritten
    EXPECT_EQ(stored.rowVersion, c.rowVersion + 1);
    ASSERT_EQ(stored.notes.size(), 3); // notes never conflict
    EXPECT_EQ(stored.notes.last().body, u"Note from the second desktop");

    // A new case whose insert reached the database already is stale too, not doubled.
    Case fresh = Case::open(Channel::Chat, u"agent-a"_qs, m_tree->identity(), at(0));
    EXPECT_EQ(m_store->saveCase(fresh), 1);
    EXPECT_THROW(m_store->saveCase(fresh), StaleCaseError);
    EXPECT_EQ(count(u"SELECT count(*) FROM cases"_qs), 2);
}

TEST_P(StorageTest, ASavedNoteIsNeverChanged)
{
    Case c = fullCase(m_tree->identity());
    c.rowVersion = m_store->saveCase(c);
    c.notes.first().body = u"Rewritten"_qs; // saving a changed note must not change the stored one
    m_store->saveCase(c);
    EXPECT_EQ(m_store->loadCase(c.id)->notes.first().body, u"Eerste notitie met \"quotes\", 'apostrof' en é."_qs);
    QSqlQuery query(m_db.database().connection());
    EXPECT_FALSE(query.exec(u"UPDATE case_notes SET body = 'x'"_qs));
    EXPECT_TRUE(query.lastError().text().contains(u"append-only")) << qPrintable(query.lastError().text());
    EXPECT_FALSE(query.exec(u"DELETE FROM case_notes"_qs));
    EXPECT_EQ(count(u"SELECT count(*) FROM case_notes"_qs), 2);
}

TEST_P(StorageTest, ARemovedOrAddedReferralNeedsAReasonInTheDatabaseToo)
{
    Case c = Case::open(Channel::Phone, u"agent-a"_qs, m_tree->identity(), at(0));
    c.referrals = {{u"kindertelefoon"_qs, ReferralOrigin::Added, ReferralDecision::Confirmed, {}, false, at(1)}};
    EXPECT_THROW(m_store->saveCase(c), StorageError);
    EXPECT_FALSE(m_store->loadCase(c.id).has_value()); // the failed save left nothing behind
}

TEST_P(StorageTest, KeepsTheTreeEachCaseWasWalkedIn)
{
    const QByteArray content = m_store->treeContent(m_tree->identity());
    EXPECT_EQ(content, m_tree->canonicalContent());
    const TreeLoadResult reloaded = TreeLoader::loadArchived(content, m_tree->identity());
    ASSERT_TRUE(reloaded.ok());
    EXPECT_EQ(reloaded.tree->identity(), m_tree->identity());
    EXPECT_TRUE(m_store->treeContent(u"unknown@sha256:00"_qs).isEmpty());
}

TEST_P(StorageTest, DraftsAreKeptUntilCleared)
{
    Case c = Case::open(Channel::Phone, u"agent-a"_qs, m_tree->identity(), at(0));
    m_store->saveCase(c);
    m_store->saveDraft(c.id, u"Half getypt"_qs, at(1));
    m_store->saveDraft(c.id, u"Half getypte zin"_qs, at(2));
    EXPECT_EQ(m_store->draft(c.id), u"Half getypte zin");
    m_store->clearDraft(c.id);
    EXPECT_TRUE(m_store->draft(c.id).isEmpty());
}

TEST_P(StorageTest, HomeListShowsDueFollowUpsFirstThenOpenThenRecent)
{
    const QDate today(2026, 11, 28);
    auto make = [&](CaseStatus status, QDate followUp, int minute, const QString &owner = u"agent-a"_qs) {
        Case c = Case::open(Channel::Phone, owner, m_tree->identity(), at(minute));
        c.status = status;
        c.followUpDate = followUp;
        c.updatedAt = at(minute);
        if (status == CaseStatus::FollowUp)
            c.followUpInstruction = u"Bel terug"_qs;
        m_store->saveCase(c);
        return c.id;
    };
    const QUuid closedOld = make(CaseStatus::Closed, {}, 1);
    const QUuid laterFollowUp = make(CaseStatus::FollowUp, today.addDays(3), 2);
    const QUuid active = make(CaseStatus::Active, {}, 3);
    const QUuid dueFollowUp = make(CaseStatus::FollowUp, today.addDays(-1), 4);
    const QUuid closedNew = make(CaseStatus::Closed, {}, 5);
    make(CaseStatus::Active, {}, 6, u"someone-else"_qs);

    const QList<CaseSummary> list = m_store->homeList(u"agent-a"_qs, today, 10);
    QList<QUuid> ids;
    for (const CaseSummary &summary : list)
        ids.append(summary.id);
    EXPECT_EQ(ids, (QList<QUuid>{dueFollowUp, active, laterFollowUp, closedNew, closedOld}));
    EXPECT_TRUE(list.first().followUpDue(today));
    EXPECT_FALSE(list.at(2).followUpDue(today));
    EXPECT_EQ(m_store->homeList(u"agent-a"_qs, today, 1).size(), 4);
}

INSTANTIATE_TEST_SUITE_P(Backends, StorageTest, ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql),
                         [](const auto &param) { return test::backendName(param.param); });

TEST(DatabaseUrl, ParsesSqliteAndPostgresqlUrls)
{
    QString error;
    const auto sqlite = DatabaseUrl::parse(u"sqlite:///home/agent/wegwijzer.db"_qs, &error);
    ASSERT_TRUE(sqlite.has_value()) << qPrintable(error);
    EXPECT_EQ(sqlite->dialect(), SqlDialect::Sqlite);
    EXPECT_EQ(sqlite->sqlitePath(), u"/home/agent/wegwijzer.db");
    const auto pg = DatabaseUrl::parse(u"postgresql://agent@db.example:5433/wegwijzer?sslmode=require"_qs, &error);
    ASSERT_TRUE(pg.has_value()) << qPrintable(error);
    EXPECT_EQ(pg->dialect(), SqlDialect::PostgreSql);
    EXPECT_EQ(pg->host(), u"db.example");
    EXPECT_EQ(pg->port(), 5433);
    EXPECT_EQ(pg->user(), u"agent");
    EXPECT_EQ(pg->databaseName(), u"wegwijzer");
    EXPECT_EQ(pg->connectOptions(), u"sslmode=require");
}

TEST(DatabaseUrl, BoundsEveryWaitUnlessTheUrlSaysOtherwise)
{
    QString error;
    const DatabaseUrl url
            = *DatabaseUrl::parse(u"postgresql://anna@db.example/wegwijzer?tcp_user_timeout=3000"_qs, &error);
    EXPECT_EQ(url.option(u"tcp_user_timeout"_qs), u"3000");
    const DatabaseUrl bounded = url.withDefaultOption(u"tcp_user_timeout"_qs, u"8000"_qs)
                                        .withDefaultOption(u"connect_timeout"_qs, u"5"_qs);
    EXPECT_EQ(bounded.option(u"tcp_user_timeout"_qs), u"3000"); // the URL's own value stays
    EXPECT_EQ(bounded.option(u"connect_timeout"_qs), u"5");
    EXPECT_TRUE(DatabaseUrl::sqliteFile(u"/tmp/x.db"_qs)
                        .withDefaultOption(u"connect_timeout"_qs, u"5"_qs)
                        .connectOptions()
                        .isEmpty());
}

TEST(DatabaseUrl, RejectsBadUrlsWithAReason)
{
    struct Case
    {
        QString url;
        QString fragment;
    };
    for (const Case &bad :
         {Case{u"sqlite://relative.db"_qs, u"absolute path"_qs}, Case{u"sqlite:///tmp/"_qs, u"directory"_qs},
          Case{u"mysql://x/y"_qs, u"not a database URL"_qs},
          Case{u"postgresql://agent:secret@h/db"_qs, u"must not contain a password"_qs},
          Case{u"postgresql://h"_qs, u"expected postgresql://"_qs},
          Case{u"postgresql://h/db?options=-c%20x"_qs, u"unknown database URL option"_qs},
          Case{u"postgresql://h/db?tcp_user_timeout=soon"_qs, u"must be a whole number"_qs},
          Case{u"postgresql://h/db?statement_timeout=-1"_qs, u"must be a whole number"_qs},
          Case{u"sqlite:///"_qs + QString(3000, u'a'), u"longer than 2048"_qs}}) {
        QString error;
        EXPECT_FALSE(DatabaseUrl::parse(bad.url, &error).has_value()) << qPrintable(bad.url);
        EXPECT_TRUE(error.contains(bad.fragment)) << qPrintable(error);
    }
}

TEST(SqlScript, SplitsStatementsButNotTriggerBodiesStringsOrDollarQuotes)
{
    const QStringList statements = SqlScript::split(
            u"-- comment; with semicolon\n"
            "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
            "CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n  SELECT RAISE(ABORT, 'no; really');\nEND;\n"
            "CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RETURN NULL; END; $$ LANGUAGE plpgsql;\n"
            "SELECT 1"_qs);
    ASSERT_EQ(statements.size(), 4) << qPrintable(statements.join(u"\n---\n"_qs));
    EXPECT_TRUE(statements.at(0).endsWith(u"DEFAULT 'a;b')"));
    EXPECT_TRUE(statements.at(1).endsWith(u"END"));
    EXPECT_TRUE(statements.at(2).contains(u"RETURN NULL; END; $$"));
    EXPECT_EQ(statements.at(3), u"SELECT 1");
}

// A database written by each earlier schema version, with data, migrates to the current one
// and reads back as it was written. tests/data/golden/vN.sql are dumps made by that version.
TEST(StorageMigration, GoldenDatabasesOfEveryVersionMigrateAndReadBack)
{
    const QDir golden(QStringLiteral(WW_TEST_DATA_DIR) + u"/golden"_qs);
    const QStringList dumps = golden.entryList({u"v*.sql"_qs}, QDir::Files, QDir::Name);
    ASSERT_FALSE(dumps.isEmpty());
    for (const QString &dump : dumps) {
        SCOPED_TRACE(dump.toStdString());
        QTemporaryDir dir;
        auto db = Database::open(DatabaseUrl::sqliteFile(dir.filePath(u"golden.db"_qs)));
        QFile file(golden.filePath(dump));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        for (const QString &statement : SqlScript::split(QString::fromUtf8(file.readAll())))
            db->execute(statement, dump);
        Migrator migrator(*db);
        migrator.migrate();
        EXPECT_EQ(migrator.currentVersion(), migrator.latestVersion());

        SqlCaseStore store(*db);
        const std::optional<Case> c = store.loadCase(QUuid::fromString(u"255c344b-c192-40a9-b62c-0b6693852b47"_qs));
        ASSERT_TRUE(c.has_value());
        EXPECT_EQ(c->status, CaseStatus::Closed);
        EXPECT_EQ(c->owner, u"agent-golden");
        EXPECT_EQ(c->fields.callerRole, u"parent");
        EXPECT_EQ(c->fields.themes, QStringList{u"bullying"_qs});
        EXPECT_EQ(c->outcomeNodeId, u"bullying-help");
        EXPECT_EQ(c->steps.size(), 4);
        ASSERT_EQ(c->referrals.size(), 2);
        EXPECT_EQ(c->referrals.at(0).decision, ReferralDecision::Removed);
        EXPECT_FALSE(c->referrals.at(0).reason.isEmpty());
        ASSERT_EQ(c->notes.size(), 1);
        EXPECT_FALSE(c->notes.first().body.isEmpty());
        const TreeLoadResult tree = TreeLoader::loadArchived(store.treeContent(c->treeIdentity), c->treeIdentity);
        ASSERT_TRUE(tree.ok());
        EXPECT_NE(tree.tree->node(c->outcomeNodeId), nullptr);
        EXPECT_EQ(store.homeList(u"agent-golden"_qs, QDate(2026, 11, 28), 10).size(), 3);

        // Migration 006 filled the case log's keys of cases written before it.
        CaseLogFilter bullying;
        bullying.theme = u"bullying"_qs;
        const QList<CaseLogRow> themed = CaseLogQuery(*db, bullying).page({}, 10).rows;
        ASSERT_EQ(themed.size(), 1);
        EXPECT_EQ(themed.first().id, c->id);
        EXPECT_EQ(themed.first().themes, QStringList{u"bullying"_qs});
        EXPECT_TRUE(themed.first().referredParties.isEmpty()); // both suggestions were removed
        CaseLogFilter veiligThuis;
        veiligThuis.referredParty = u"veilig-thuis"_qs;
        const QList<CaseLogRow> referred = CaseLogQuery(*db, veiligThuis).page({}, 10).rows;
        ASSERT_EQ(referred.size(), 1);
        EXPECT_EQ(referred.first().referredParties, QStringList{u"veilig-thuis"_qs});
        const QList<CaseLogRow> byThemes = CaseLogQuery(*db, {}, {CaseLogColumn::Themes, false}).page({}, 10).rows;
        ASSERT_EQ(byThemes.size(), 3);
        EXPECT_TRUE(byThemes.at(0).themes.isEmpty());
        EXPECT_EQ(byThemes.at(1).themes, QStringList{u"bullying"_qs});
        EXPECT_EQ(byThemes.at(2).themes, QStringList{u"other"_qs});
    }
}

// The phone system's caller number (docs/telephony.md): kept only with the caller's consent, only in its form.
TEST_P(StorageTest, KeepsTheCallersNumberOnlyWithConsentAndInItsForm)
{
    CallerNumbers &numbers = CallerNumbers::instance();
    Case c = Case::open(Channel::Phone, u"agent-a"_qs, m_tree->identity(), at(0));
    c.rowVersion = m_store->saveCase(c);
    numbers.set(c.id, {u"+31612345678"_qs, false});
    EXPECT_THROW(m_store->saveCase(c), StorageError) << "no consent";
    for (const QString &bad : {u"06-12345678"_qs, u"+"_qs, u"+123456789012345678901"_qs, u"12345678901234567890"_qs}) {
        numbers.set(c.id, {bad, true});
        EXPECT_THROW(m_store->saveCase(c), StorageError) << qPrintable(bad);
    }
    EXPECT_EQ(count(u"SELECT count(*) FROM cases WHERE caller_number IS NOT NULL"_qs), 0);

    numbers.set(c.id, {u"+31612345678"_qs, true});
    c.rowVersion = m_store->saveCase(c);
    EXPECT_EQ(count(u"SELECT count(*) FROM cases WHERE caller_number = '+31612345678'"_qs), 1);
    numbers.forget(c.id);
    ASSERT_TRUE(m_store->loadCase(c.id));
    EXPECT_EQ(numbers.get(c.id), (CallerNumbers::Entry{u"+31612345678"_qs, true})) << "read with the case";
    // A desk that does not hold the number (an older one, or a journal restored) leaves it as stored.
    numbers.forget(c.id);
    c.rowVersion = m_store->saveCase(c);
    EXPECT_EQ(count(u"SELECT count(*) FROM cases WHERE caller_number = '+31612345678'"_qs), 1);

    numbers.set(c.id, {QString(), false});
    c.rowVersion = m_store->saveCase(c);
    EXPECT_EQ(count(u"SELECT count(*) FROM cases WHERE caller_number IS NULL AND NOT caller_number_consent"_qs), 1);
    numbers.forget(c.id);
}

TEST_P(StorageTest, RetentionErasesFreeTextOfOldClosedCasesAndKeepsCodedFields)
{
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    auto closedCase = [&](int daysAgo) {
        Case c = fullCase(m_tree->identity());
        c.id = QUuid::createUuid();
        for (CaseNote &note : c.notes)
            note.id = QUuid::createUuid();
        c.notes.last().correctsNoteId = c.notes.first().id;
        c.whiteSpotReason = u"Geen partij bevoegd."_qs;
        CallerNumbers::instance().set(c.id, {u"+31612345678"_qs, true}); // the caller agreed (docs/telephony.md)
        c.rowVersion = m_store->saveCase(c);
        m_store->saveDraft(c.id, u"Half getypt"_qs, now); // left behind while the case was open
        c.status = CaseStatus::Closed;
        c.closedAt = now.addDays(-daysAgo);
        m_store->saveCase(c);
        return c.id;
    };
    const QUuid old = closedCase(400);
    const QUuid recent = closedCase(10);
    const std::optional<RetentionPeriod> year = RetentionPeriod::parse(u"12m"_qs, nullptr);
    ASSERT_TRUE(year.has_value());

    RetentionJob job(m_db.database());
    EXPECT_EQ(job.apply(*year, now, /*dryRun*/ true, u"beheer"_qs), 1);
    EXPECT_FALSE(m_store->loadCase(old)->notes.first().body.isEmpty()); // a dry run changes nothing

    EXPECT_EQ(job.apply(*year, now, false, u"beheer"_qs), 1);
    const Case anonymised = *m_store->loadCase(old);
    for (const CaseNote &note : anonymised.notes)
        EXPECT_TRUE(note.body.isEmpty());
    EXPECT_EQ(anonymised.notes.size(), 2);
    EXPECT_TRUE(anonymised.followUpInstruction.isEmpty());
    EXPECT_TRUE(anonymised.whiteSpotReason.isEmpty());
    EXPECT_TRUE(anonymised.referral(u"kindertelefoon"_qs)->reason.isEmpty());
    EXPECT_TRUE(m_store->draft(old).isEmpty());
    EXPECT_EQ(CallerNumbers::instance().get(old)->number, QString()); // free text to retention
    EXPECT_EQ(count(u"SELECT count(*) FROM cases WHERE caller_number LIKE '%612345678%'"_qs), 1) << "the recent one";
    EXPECT_EQ(anonymised.fields.callerRole, u"parent"); // statistics stay
    EXPECT_EQ(anonymised.fields.callerLanguage, u"ar"); // a code, never free text
    EXPECT_EQ(anonymised.fields.themes.size(), 2);
    EXPECT_EQ(anonymised.outcomeNodeId, u"bullying-help");

    const Case kept = *m_store->loadCase(recent);
    EXPECT_FALSE(kept.notes.first().body.isEmpty());
    EXPECT_EQ(m_store->draft(recent), u"Half getypt");

    EXPECT_EQ(count(u"SELECT count(*) FROM audit_log WHERE action = 'retention-applied'"_qs), 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM settings WHERE key = 'retention_period' AND value = '12m'"_qs), 1);
    EXPECT_EQ(job.apply(*year, now, false, u"beheer"_qs), 0); // already anonymised
    // Outside the retention job notes are still append-only.
    QSqlQuery query(m_db.database().connection());
    EXPECT_FALSE(query.exec(u"UPDATE case_notes SET body = 'x'"_qs));
}

TEST(RetentionPeriod, ParsesDaysWeeksMonthsAndYearsAndRejectsTheRest)
{
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    QString error;
    EXPECT_EQ(RetentionPeriod::parse(u"90d"_qs, &error)->cutoff(now), now.addDays(-90));
    EXPECT_EQ(RetentionPeriod::parse(u"2w"_qs, &error)->cutoff(now), now.addDays(-14));
    EXPECT_EQ(RetentionPeriod::parse(u"18m"_qs, &error)->cutoff(now), now.addMonths(-18));
    EXPECT_EQ(RetentionPeriod::parse(u"2y"_qs, &error)->cutoff(now), now.addYears(-2));
    for (const QString &bad : {u""_qs, u"0d"_qs, u"12"_qs, u"1.5y"_qs, u"-3m"_qs, u"12months"_qs, u"9999y"_qs}) {
        EXPECT_FALSE(RetentionPeriod::parse(bad, &error).has_value()) << qPrintable(bad);
        EXPECT_FALSE(error.isEmpty());
    }
}
