// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-desk started as a real process, offscreen.
#include "TestDatabase.h"
#include "content/ShippedContent.h"
#include "content/TreeVersions.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "json/JsonFileReader.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString err;
};

ProcessResult desk(const QStringList &arguments, const QString &homePath = {})
{
    QTemporaryDir temporaryHome;
    const QString home = homePath.isEmpty() ? temporaryHome.path() : homePath;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    environment.insert(u"XDG_CONFIG_HOME"_qs, home);
    environment.insert(u"XDG_DATA_HOME"_qs, home);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WW_DESK_BINARY), arguments);
    EXPECT_TRUE(process.waitForFinished(30000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST(DeskStartup, StartsOnTheShippedTreeAndQuitsWhenReady)
{
    const ProcessResult run = desk({u"--quit-when-ready"_qs});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
}

TEST(DeskStartup, StartsInEnglishToo)
{
    EXPECT_EQ(desk({u"--quit-when-ready"_qs, u"--lang"_qs, u"en"_qs}).exitCode, 0);
}

TEST(DeskStartup, RefusesAnUnknownLanguage)
{
    const ProcessResult run = desk({u"--quit-when-ready"_qs, u"--lang"_qs, u"de"_qs});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"--lang must be nl or en"));
}

TEST(DeskStartup, ReportsABrokenTreeFileWithItsLocation)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.tree.json"_qs);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"nodes\": [\n");
    file.close();
    const ProcessResult run = desk({u"--quit-when-ready"_qs, u"--lang"_qs, u"en"_qs, u"--tree"_qs, path});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(path + u":3:1: error: invalid JSON"_qs)) << qPrintable(run.err);
}

TEST(DeskStartup, OpensAndMigratesTheDatabaseGivenWithDb)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cases/desk.db"_qs);
    const ProcessResult run = desk({u"--quit-when-ready"_qs, u"--db"_qs, u"sqlite://"_qs + path});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    ASSERT_TRUE(QFileInfo::exists(path));
    const std::unique_ptr<ww::Database> database = ww::Database::open(ww::DatabaseUrl::sqliteFile(path));
    const ww::Migrator migrator(*database);
    EXPECT_GT(migrator.latestVersion(), 0);
    EXPECT_EQ(migrator.currentVersion(), migrator.latestVersion());
}

TEST(DeskStartup, WithoutDbUsesTheEmbeddedDatabaseInTheUsersDataDirectory)
{
    QTemporaryDir home;
    const ProcessResult run = desk({u"--quit-when-ready"_qs}, home.path());
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(QFileInfo::exists(home.filePath(u"Wegwijzer/Wegwijzer Desk/wegwijzer.db"_qs)))
            << qPrintable(QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u", "_qs));
}

TEST(DeskStartup, RefusesADatabaseUrlThatIsNotAbsolute)
{
    const ProcessResult run
            = desk({u"--quit-when-ready"_qs, u"--lang"_qs, u"en"_qs, u"--db"_qs, u"sqlite://cases.db"_qs});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"--db"));
    EXPECT_TRUE(run.err.contains(u"absolute path")) << qPrintable(run.err);
}

TEST(DeskStartup, RefusesAChatGatewayThatIsNotAWebSocketAddress)
{
    for (const QString &bad : {u"http://127.0.0.1:8765"_qs, u"ws://"_qs, u"127.0.0.1:8765"_qs}) {
        const ProcessResult run = desk({u"--quit-when-ready"_qs, u"--lang"_qs, u"en"_qs, u"--chat"_qs, bad});
        EXPECT_EQ(run.exitCode, 2) << qPrintable(bad);
        EXPECT_TRUE(run.err.contains(u"--chat must be ws://HOST:PORT or wss://HOST:PORT"_qs)) << qPrintable(run.err);
    }
    EXPECT_EQ(desk({u"--quit-when-ready"_qs, u"--chat"_qs, u"ws://127.0.0.1:8765"_qs}).exitCode, 0);
}

TEST(DeskStartup, SaysWhyWhenTheDatabaseIsNewerThanTheProgram)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.db"_qs);
    {
        const std::unique_ptr<ww::Database> database = ww::Database::open(ww::DatabaseUrl::sqliteFile(path));
        ww::Migrator(*database).migrate();
        database->execute(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')"_qs,
                          u"test"_qs);
    }
    const ProcessResult run
            = desk({u"--quit-when-ready"_qs, u"--lang"_qs, u"en"_qs, u"--db"_qs, u"sqlite://"_qs + path});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"999")) << qPrintable(run.err);
}

TEST(DeskStartup, SaysWhichPartFailsWhenTheSharedDatabaseCannotBeReached)
{
    const ProcessResult down = desk({u"--quit-when-ready"_qs, u"--lang"_qs, u"en"_qs, u"--db"_qs,
                                     u"postgresql://maria@127.0.0.1:1/wegwijzer"_qs});
    EXPECT_EQ(down.exitCode, 1);
    EXPECT_TRUE(down.err.contains(u"The database server at 127.0.0.1:1 does not answer")) << qPrintable(down.err);
}

TEST(DeskStartup, OpensTheSharedDatabaseAsTheLoggedInAgent)
{
    const QString admin = qEnvironmentVariable("WW_TEST_POSTGRES_URL");
    ASSERT_FALSE(admin.isEmpty()) << "WW_TEST_POSTGRES_URL is not set";
    ww::test::TemporaryDatabase shared(ww::test::Backend::PostgreSql);
    QTemporaryDir home;
    const ProcessResult run = desk({u"--quit-when-ready"_qs, u"--db"_qs, shared.url().toString()}, home.path());
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    // The shared database is remembered: the next start without --db opens it again, not an embedded one.
    const ProcessResult again = desk({u"--quit-when-ready"_qs}, home.path());
    EXPECT_EQ(again.exitCode, 0) << qPrintable(again.err);
    EXPECT_FALSE(QFileInfo::exists(home.filePath(u"Wegwijzer/Wegwijzer Desk/wegwijzer.db"_qs)));
    QFile settings(home.filePath(u"Wegwijzer/Wegwijzer Desk.conf"_qs));
    ASSERT_TRUE(settings.open(QIODevice::ReadOnly));
    const QString remembered = QString::fromUtf8(settings.readAll());
    EXPECT_TRUE(remembered.contains(shared.url().databaseName())) << qPrintable(remembered);
    EXPECT_FALSE(remembered.contains(u"password"_qs, Qt::CaseInsensitive));
    const ProcessResult missing = desk(
            {u"--quit-when-ready"_qs, u"--lang"_qs, u"en"_qs, u"--db"_qs, shared.url().toString() + u"_missing"_qs});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(u"does not exist")) << qPrintable(missing.err);
}

TEST(DeskStartup, UsesTheNewestPublishedVersionOfTheTreeUnlessATreeFileIsGiven)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"published.db"_qs);
    const ww::DirectoryLoadResult directory = ww::ShippedContent::loadDirectory();
    ASSERT_TRUE(directory.ok());
    QFile shipped(ww::ShippedContent::treePath());
    ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
    QByteArray json = shipped.readAll();
    const qsizetype at = json.indexOf("\"version\": \"");
    ASSERT_GE(at, 0);
    json.insert(json.indexOf('"', at + 12), "-redactie");
    const ww::TreeLoadResult tree
            = ww::TreeLoader::load(ww::JsonFileReader::readBytes(json, u"tree"_qs), *directory.directory);
    ASSERT_TRUE(tree.ok()) << qPrintable(tree.diagnostics.constFirst().toString());
    {
        const std::unique_ptr<ww::Database> database = ww::Database::open(ww::DatabaseUrl::sqliteFile(path));
        ww::Migrator(*database).migrate();
        ww::TreeVersions versions(*database, u"redactie"_qs);
        versions.publish(*tree.tree, *directory.directory, u"eerste"_qs);
        versions.publish(*tree.tree, *directory.directory, u"tweede"_qs);
    }
    const ProcessResult run = desk({u"--quit-when-ready"_qs, u"--db"_qs, u"sqlite://"_qs + path});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(u"using published version 2 of the tree (%1)"_qs.arg(tree.tree->identity())))
            << qPrintable(run.err);
    // A tree file given on the command line is tried instead.
    const ProcessResult withFile = desk({u"--quit-when-ready"_qs, u"--db"_qs, u"sqlite://"_qs + path, u"--tree"_qs,
                                         ww::ShippedContent::treePath()});
    ASSERT_EQ(withFile.exitCode, 0) << qPrintable(withFile.err);
    EXPECT_FALSE(withFile.err.contains(u"using published version"_qs)) << qPrintable(withFile.err);
}

TEST(DeskStartup, PrintsVersionAndHelpWithoutADisplay)
{
    // The man page is made from these while building, where there may be no display: with the xcb
    // platform and no X server, starting the GUI would abort.
    for (const QString &option : {u"--version"_qs, u"--help"_qs}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_qs, u"xcb"_qs);
        environment.remove(u"DISPLAY"_qs);
        environment.remove(u"WAYLAND_DISPLAY"_qs);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WW_DESK_BINARY), {option});
        ASSERT_TRUE(process.waitForFinished(30000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << qPrintable(option);
        EXPECT_EQ(process.exitCode(), 0) << qPrintable(QString::fromUtf8(process.readAllStandardError()));
        if (option == u"--version")
            EXPECT_EQ(out.trimmed(), u"wegwijzer-desk " WW_VERSION ""_qs) << "as the other two programs say it";
        else
            EXPECT_TRUE(out.contains(u"--db <URL>") && out.contains(u"postgresql://")) << qPrintable(out);
    }
}
