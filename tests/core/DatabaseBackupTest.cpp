// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin db backup: a consistent copy of an embedded database while a desk keeps saving, readable
// by its owner only; and what the command refuses.
#include "TestContent.h"
#include "TestDatabase.h"
#include "storage/DemoSeeder.h"
#include "storage/SqlCaseStore.h"
#include "storage/SqliteBackup.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sys/stat.h>
#include <thread>

using namespace ww;

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// The file's permission bits, as `ls -l` and chmod speak of them.
unsigned modeOf(const QString &path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 07777 : 0;
}

ProcessResult admin(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(WW_ADMIN_BINARY), arguments);
    EXPECT_TRUE(process.waitForFinished(60'000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

/// Opens \a path with a plain connection of its own, not through the program's code.
class PlainSqlite
{
public:
    explicit PlainSqlite(const QString &path)
        : m_name(u"backup-check-"_qs + QString::number(QRandomGenerator::global()->generate64()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_qs);
        m_open = db.open();
    }
    ~PlainSqlite() { QSqlDatabase::removeDatabase(m_name); }

    bool isOpen() const { return m_open; }
    QStringList column(const QString &sql) const
    {
        QStringList values;
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql))
            return {u"error: "_qs + sql};
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }

private:
    QString m_name;
    bool m_open = false;
};

/// A desk that keeps saving new cases from a thread of its own, with its own connection, and records
/// which cases are committed.
class SavingDesk
{
public:
    SavingDesk(const DatabaseUrl &url, const QString &treeIdentity)
        : m_thread([this, url, treeIdentity] { save(url, treeIdentity); })
    { }
    ~SavingDesk() { stop(); }

    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    QSet<QString> committed() const
    {
        QMutexLocker lock(&m_mutex);
        return m_committed;
    }
    qsizetype committedCount() const { return committed().size(); }
    QString failure() const
    {
        QMutexLocker lock(&m_mutex);
        return m_failure;
    }

private:
    void save(const DatabaseUrl &url, const QString &treeIdentity)
    {
        try {
            const std::unique_ptr<Database> database = Database::open(url);
            SqlCaseStore store(*database);
            for (int minute = 0; !m_stop; ++minute) {
                Case c = Case::open(Channel::Phone, u"desk-b"_qs, treeIdentity,
                                    QDateTime::currentDateTimeUtc().addSecs(-60 * (minute % 600)));
                c.notes.append({QUuid::createUuid(), u"desk-b"_qs, c.openedAt, u"Gesprek over pesten."_qs, {}});
                store.saveCase(c); // one transaction: once it returns, the case is committed
                QMutexLocker lock(&m_mutex);
                m_committed.insert(c.id.toString(QUuid::WithoutBraces));
            }
        } catch (const StorageError &error) {
            QMutexLocker lock(&m_mutex);
            m_failure = error.message();
        }
    }

    std::atomic<bool> m_stop = false;
    mutable QMutex m_mutex;
    QSet<QString> m_committed;
    QString m_failure;
    std::thread m_thread;
};

class DatabaseBackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_out.isValid());
        m_tree = test::smallTree();
        SqlCaseStore(m_source.database()).storeTree(*m_tree);
    }

    QString sourceUrl() const { return m_source.url().toString(); }

    test::TemporaryDatabase m_source;
    QTemporaryDir m_out;
    std::shared_ptr<const DecisionTree> m_tree;
};

} // namespace

TEST_F(DatabaseBackupTest, CopiesEveryCommittedCaseWhileADeskKeepsSaving)
{
    // Enough cases that the copy takes a while, so that saves happen during it.
    DemoSeeder seeder(m_source.database(), m_tree, test::smallDirectory());
    DemoSeeder::Options options;
    options.cases = 3'000;
    options.owners = {u"agent-a"_qs};
    options.now = QDateTime::currentDateTimeUtc();
    seeder.seed(options);

    SavingDesk desk(m_source.url(), m_tree->identity());
    ASSERT_TRUE(QTest::qWaitFor([&] { return desk.committedCount() >= 20 || !desk.failure().isEmpty(); }, 10'000));
    const QSet<QString> committedBefore = desk.committed();
    const QString copy = m_out.filePath(u"backup.db"_qs);
    const SqliteBackup::Result result = SqliteBackup::copy(m_source.url(), copy);
    const qsizetype committedAfter = desk.committedCount();
    desk.stop();
    ASSERT_TRUE(desk.failure().isEmpty()) << qPrintable(desk.failure());
    EXPECT_GT(committedAfter, committedBefore.size()) << "the desk went on saving while the copy was made";

    EXPECT_EQ(modeOf(copy), 0600u) << "the copy holds case data: readable by its owner only";
    EXPECT_EQ(result.bytes, QFileInfo(copy).size());
    PlainSqlite backup(copy);
    ASSERT_TRUE(backup.isOpen());
    EXPECT_EQ(backup.column(u"PRAGMA integrity_check"_qs), QStringList{u"ok"_qs});
    const QStringList ids = backup.column(u"SELECT id FROM cases"_qs);
    const QSet<QString> inCopy(ids.cbegin(), ids.cend());
    EXPECT_GE(inCopy.size(), 3'000 + committedBefore.size());
    for (const QString &id : committedBefore)
        EXPECT_TRUE(inCopy.contains(id)) << "committed before the backup began, missing from it: " << qPrintable(id);
    // Cases saved during the copy are in it whole or not at all: every saved case in the copy has its note.
    EXPECT_EQ(backup.column(u"SELECT count(*) FROM cases c WHERE c.owner = 'desk-b' AND NOT EXISTS "
                            "(SELECT 1 FROM case_notes n WHERE n.case_id = c.id)"_qs),
              QStringList{u"0"_qs});
}

TEST_F(DatabaseBackupTest, TheCommandWritesACheckedCopyOnlyItsOwnerCanRead)
{
    const QString copy = m_out.filePath(u"cases-backup.db"_qs);
    const ProcessResult run = admin({u"db"_qs, u"backup"_qs, u"--db"_qs, sourceUrl(), u"-o"_qs, copy});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.out.contains(u"copied to "_qs + copy)) << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains(u"passed its integrity check"_qs)) << qPrintable(run.out);
    EXPECT_EQ(modeOf(copy), 0600u);
    // Nothing but the copy is left behind next to it.
    EXPECT_EQ(QDir(m_out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{u"cases-backup.db"_qs});
    PlainSqlite backup(copy);
    EXPECT_EQ(backup.column(u"SELECT count(*) FROM trees"_qs), QStringList{u"1"_qs});
}

TEST_F(DatabaseBackupTest, ReplacesAnOlderBackupOnlyWithACompleteOne)
{
    const QString copy = m_out.filePath(u"nightly.db"_qs);
    ASSERT_EQ(admin({u"db"_qs, u"backup"_qs, u"--db"_qs, sourceUrl(), u"-o"_qs, copy}).exitCode, 0);
    Case c = Case::open(Channel::Phone, u"agent-a"_qs, m_tree->identity(), QDateTime::currentDateTimeUtc());
    SqlCaseStore(m_source.database()).saveCase(c);
    ASSERT_EQ(admin({u"db"_qs, u"backup"_qs, u"--db"_qs, sourceUrl(), u"-o"_qs, copy}).exitCode, 0);
    EXPECT_EQ(PlainSqlite(copy).column(u"SELECT count(*) FROM cases"_qs), QStringList{u"1"_qs});
}

TEST_F(DatabaseBackupTest, RefusesPostgresqlAndNamesPgDump)
{
    const ProcessResult run
            = admin({u"db"_qs, u"backup"_qs, u"--db"_qs, u"postgresql://beheer@db.example:5432/wegwijzer"_qs, u"-o"_qs,
                     m_out.filePath(u"x.db"_qs)});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"pg_dump")) << qPrintable(run.err);
    EXPECT_FALSE(QFileInfo::exists(m_out.filePath(u"x.db"_qs)));
}

TEST_F(DatabaseBackupTest, RefusesWhatIsNotABackupOfAnExistingDatabase)
{
    const auto failure = [&](const QStringList &arguments, int exitCode, const QString &says) {
        const ProcessResult run = admin(QStringList{u"db"_qs, u"backup"_qs} + arguments);
        EXPECT_EQ(run.exitCode, exitCode) << qPrintable(arguments.join(u' '));
        EXPECT_TRUE(run.err.contains(says)) << qPrintable(run.err);
    };
    failure({u"--db"_qs, sourceUrl()}, 2, u"needs --db URL and -o FILE"_qs);
    failure({u"-o"_qs, m_out.filePath(u"x.db"_qs)}, 2, u"needs --db URL and -o FILE"_qs);
    failure({u"--db"_qs, u"sqlite://relative.db"_qs, u"-o"_qs, m_out.filePath(u"x.db"_qs)}, 2, u"absolute path"_qs);
    failure({u"--db"_qs, u"sqlite://"_qs + m_out.filePath(u"none.db"_qs), u"-o"_qs, m_out.filePath(u"x.db"_qs)}, 1,
            u"there is no database file at "_qs + m_out.filePath(u"none.db"_qs));
    failure({u"--db"_qs, sourceUrl(), u"-o"_qs, m_source.url().sqlitePath()}, 1, u"is the database itself"_qs);
    failure({u"--db"_qs, sourceUrl(), u"-o"_qs, m_out.path()}, 1, u"is a directory"_qs);
    failure({u"--db"_qs, sourceUrl(), u"-o"_qs, m_out.filePath(u"missing/x.db"_qs)}, 1,
            u"the directory "_qs + m_out.filePath(u"missing"_qs) + u" does not exist"_qs);
    EXPECT_FALSE(QFileInfo::exists(m_out.filePath(u"x.db"_qs)));
}
