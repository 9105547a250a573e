// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin as users run it: a real process, its output and its exit codes.
#include "TestContent.h"
#include "json/JsonSourceMap.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult admin(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(WW_ADMIN_BINARY), arguments);
    EXPECT_TRUE(process.waitForFinished(30000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

class AdminCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_tree = write(u"small.tree.json"_qs, ww::test::smallTreeJson());
        m_directory = write(u"small.directory.json"_qs, ww::test::smallDirectoryJson());
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    QTemporaryDir m_dir;
    QString m_tree;
    QString m_directory;
};

} // namespace

TEST_F(AdminCliTest, PrintsVersionAndHelp)
{
    const ProcessResult version = admin({u"--version"_qs});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.trimmed(), u"wegwijzer-admin " WW_VERSION ""_qs);
    const ProcessResult help = admin({u"--help"_qs});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(u"tree validate [--strict] FILE..."));
    EXPECT_TRUE(help.out.contains(u"tree walk FILE"));
}

TEST_F(AdminCliTest, UsageErrorsExitWithTwo)
{
    for (const QStringList &arguments : {QStringList{}, QStringList{u"frobnicate"_qs}, QStringList{u"tree"_qs},
                                         QStringList{u"tree"_qs, u"validate"_qs}, QStringList{u"tree"_qs, u"walk"_qs},
                                         QStringList{u"tree"_qs, u"walk"_qs, m_tree, u"--bogus"_qs},
                                         QStringList{u"tree"_qs, u"walk"_qs, m_tree, u"--lang"_qs, u"de"_qs}}) {
        const ProcessResult run = admin(arguments);
        EXPECT_EQ(run.exitCode, 2) << qPrintable(arguments.join(u' '));
        EXPECT_TRUE(run.err.contains(u"Usage:")) << qPrintable(run.err);
        EXPECT_TRUE(run.out.isEmpty());
    }
}

TEST_F(AdminCliTest, ValidateAcceptsValidTreeAndDirectoryFiles)
{
    const ProcessResult run = admin({u"tree"_qs, u"validate"_qs, m_directory, m_tree});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.err.isEmpty());
    EXPECT_TRUE(run.out.contains(u"2 file(s) valid"));
}

TEST_F(AdminCliTest, ValidateReportsEveryProblemWithFileLineAndColumn)
{
    QByteArray broken = ww::test::smallTreeJson();
    broken.replace("\"next\": \"pupil-help\"", "\"next\": \"nowhere\"");
    const QString brokenTree = write(u"broken.tree.json"_qs, broken);
    const QString badSyntax = write(u"syntax.json"_qs, "{\n  \"nodes\": [\n}");
    const ProcessResult run = admin({u"tree"_qs, u"validate"_qs, m_directory, brokenTree, badSyntax});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(brokenTree + u":15:"_qs)) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(u"error: option \"pupil\" leads to node \"nowhere\", which does not exist"));
    EXPECT_TRUE(run.err.contains(u"[at $.nodes[1].options[0].next]"));
    EXPECT_TRUE(run.err.contains(u"cannot be reached"));
    EXPECT_TRUE(run.err.contains(badSyntax + u":3:2: error: invalid JSON"_qs)) << qPrintable(run.err);
}

TEST_F(AdminCliTest, ValidateWarnsAboutHardLanguageAndStrictMakesItAnError)
{
    QByteArray jargon = ww::test::smallTreeJson();
    jargon.replace("\"Hier past geen partij.\"", "\"Dit is een witte vlek.\"");
    const QString tree = write(u"jargon.tree.json"_qs, jargon);
    const qsizetype offset = jargon.indexOf("witte vlek");
    const ww::SourceLocation at = ww::JsonSourceMap::forText(jargon).locationOfOffset(offset);
    const QString expected = u"%1:%2:%3: warning: \"witte vlek\" is jargon; say \"er is geen organisatie die hier "
                             "goed bij past\" [at $.nodes[6].text.nl]"_qs.arg(tree)
                                     .arg(at.line)
                                     .arg(at.column);

    const ProcessResult lenient = admin({u"tree"_qs, u"validate"_qs, m_directory, tree});
    EXPECT_EQ(lenient.exitCode, 0) << qPrintable(lenient.err);
    EXPECT_TRUE(lenient.err.contains(expected)) << qPrintable(lenient.err);
    EXPECT_TRUE(lenient.err.contains(u"1 warning(s) about language"_qs));
    EXPECT_TRUE(lenient.out.contains(u"2 file(s) valid"_qs));

    const ProcessResult strict = admin({u"tree"_qs, u"validate"_qs, u"--strict"_qs, m_directory, tree});
    EXPECT_EQ(strict.exitCode, 1);
    const QString asError = QString(expected).replace(u": warning: "_qs, u": error: "_qs);
    EXPECT_TRUE(strict.err.contains(asError)) << qPrintable(strict.err);
    EXPECT_TRUE(strict.err.contains(u"1 problem(s) found"_qs));
    EXPECT_TRUE(strict.out.isEmpty());

    // Without warnings --strict changes nothing.
    const ProcessResult clean = admin({u"tree"_qs, u"validate"_qs, m_directory, u"--strict"_qs, m_tree});
    EXPECT_EQ(clean.exitCode, 0) << qPrintable(clean.err);
    EXPECT_TRUE(clean.err.isEmpty()) << qPrintable(clean.err);
}

TEST_F(AdminCliTest, ValidateChecksPartiesAgainstTheShippedDirectoryByDefault)
{
    QByteArray unknownParty = ww::test::smallTreeJson();
    unknownParty.replace("{\"party\": \"veilig-thuis\"", "{\"party\": \"no-such-party\"");
    const ProcessResult bad = admin({u"tree"_qs, u"validate"_qs, write(u"u.tree.json"_qs, unknownParty)});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(u"party \"no-such-party\" is not in the referral directory"));
}

TEST_F(AdminCliTest, ValidateRejectsFilesThatAreNeitherTreeNorDirectory)
{
    const ProcessResult run = admin({u"tree"_qs, u"validate"_qs, write(u"other.json"_qs, "{\"hello\": 1}")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"neither a tree"));
}

TEST_F(AdminCliTest, WalkPrintsJsonForAQuestion)
{
    const ProcessResult run = admin({u"tree"_qs, u"walk"_qs, m_tree, u"--directory"_qs, m_directory, u"--answer"_qs,
                                     u"no"_qs, u"--lang"_qs, u"en"_qs, u"--json"_qs});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(result.value(u"path"_qs).toArray(), QJsonArray({u"danger"_qs, u"caller"_qs}));
    const QJsonObject node = result.value(u"node"_qs).toObject();
    EXPECT_EQ(node.value(u"id"_qs).toString(), u"caller");
    EXPECT_EQ(node.value(u"kind"_qs).toString(), u"question");
    EXPECT_EQ(node.value(u"text"_qs).toString(), u"Who is calling?");
    const QJsonArray options = node.value(u"options"_qs).toArray();
    ASSERT_EQ(options.size(), 2);
    EXPECT_EQ(options.at(1).toObject().value(u"id"_qs).toString(), u"parent");
    EXPECT_EQ(options.at(1).toObject().value(u"label"_qs).toString(), u"Parent");
    EXPECT_TRUE(node.value(u"referrals"_qs).toArray().isEmpty());
    EXPECT_FALSE(node.value(u"whiteSpot"_qs).toBool(true));
}

TEST_F(AdminCliTest, WalkPrintsJsonForAnOutcomeAndFallsBackToDutch)
{
    const ProcessResult run = admin({u"tree"_qs, u"walk"_qs, m_tree, u"--directory"_qs, m_directory, u"--answer"_qs,
                                     u"no"_qs, u"--answer"_qs, u"parent"_qs, u"--answer"_qs, u"bullying"_qs,
                                     u"--lang"_qs, u"en"_qs, u"--json"_qs});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonObject node = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"node"_qs).toObject();
    EXPECT_EQ(node.value(u"kind"_qs).toString(), u"outcome");
    EXPECT_EQ(node.value(u"text"_qs).toString(), u"Eerst naar school."); // no English text in the file
    EXPECT_TRUE(node.value(u"options"_qs).toArray().isEmpty());
    EXPECT_EQ(node.value(u"referrals"_qs).toArray(), QJsonArray({u"school-route"_qs, u"kindertelefoon"_qs}));
}

TEST_F(AdminCliTest, WalkMarksWhiteSpots)
{
    const ProcessResult run
            = admin({u"tree"_qs, u"walk"_qs, m_tree, u"--directory"_qs, m_directory, u"--answer"_qs, u"no"_qs,
                     u"--answer"_qs, u"parent"_qs, u"--answer"_qs, u"other"_qs, u"--json"_qs});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonObject node = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"node"_qs).toObject();
    EXPECT_TRUE(node.value(u"whiteSpot"_qs).toBool());
}

TEST_F(AdminCliTest, WalkNamesTheOptionsWhenAnAnswerIsWrong)
{
    const ProcessResult run = admin({u"tree"_qs, u"walk"_qs, m_tree, u"--directory"_qs, m_directory, u"--answer"_qs,
                                     u"no"_qs, u"--answer"_qs, u"teacher"_qs});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(u"\"teacher\" is not an option of node \"caller\"; the options are: pupil, parent"))
            << qPrintable(run.err);
}

TEST_F(AdminCliTest, WalkPastAnOutcomeFails)
{
    const ProcessResult run = admin({u"tree"_qs, u"walk"_qs, m_tree, u"--directory"_qs, m_directory, u"--answer"_qs,
                                     u"yes"_qs, u"--answer"_qs, u"no"_qs});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"is an outcome and has no options"));
}

TEST_F(AdminCliTest, WalkPrintsReadableTextWithoutJson)
{
    const ProcessResult run = admin({u"tree"_qs, u"walk"_qs, m_tree, u"--directory"_qs, m_directory, u"--answer"_qs,
                                     u"no"_qs, u"--answer"_qs, u"pupil"_qs});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.out.contains(u"Path: danger > caller > pupil-help"));
    EXPECT_TRUE(run.out.contains(u"kindertelefoon: De Kindertelefoon"));
}

TEST_F(AdminCliTest, WalkReportsAnInvalidTree)
{
    const ProcessResult run = admin({u"tree"_qs, u"walk"_qs, write(u"empty.json"_qs, "")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"empty.json:1:1: error: the file is empty"));
}

TEST_F(AdminCliTest, WalksTheShippedTree)
{
    const ProcessResult run
            = admin({u"tree"_qs, u"walk"_qs, WW_SOURCE_DIR u"/resources/tree/wegwijzer.tree.json"_qs, u"--json"_qs});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonObject node = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"node"_qs).toObject();
    EXPECT_EQ(node.value(u"kind"_qs).toString(), u"question");
    EXPECT_FALSE(node.value(u"options"_qs).toArray().isEmpty());
}

TEST_F(AdminCliTest, ExportHtmlWritesOnePageWithTheTreeInside)
{
    const QString page = m_dir.filePath(u"page.html"_qs);
    const ProcessResult run
            = admin({u"tree"_qs, u"export-html"_qs, m_tree, u"--directory"_qs, m_directory, u"-o"_qs, page});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.out.contains(page + u" written: tree test-1@sha256:"_qs)) << qPrintable(run.out);
    EXPECT_TRUE(run.err.contains(u"warning: the tree or the directory awaits review"));
    QFile file(page);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(html.startsWith(u"<!DOCTYPE html>"_qs));
    EXPECT_TRUE(html.contains(u"\"start\":\"danger\""_qs));
    EXPECT_TRUE(html.contains(u"connect-src 'none'"_qs.toHtmlEscaped()));
}

TEST_F(AdminCliTest, ExportHtmlRefusesAnInvalidTreeOrDirectoryWithLocatedProblems)
{
    const QString page = m_dir.filePath(u"page.html"_qs);
    QByteArray broken = ww::test::smallTreeJson();
    broken.replace("\"next\": \"pupil-help\"", "\"next\": \"nowhere\"");
    const QString brokenTree = write(u"broken.tree.json"_qs, broken);
    const ProcessResult badTree
            = admin({u"tree"_qs, u"export-html"_qs, brokenTree, u"--directory"_qs, m_directory, u"-o"_qs, page});
    EXPECT_EQ(badTree.exitCode, 1);
    EXPECT_TRUE(badTree.err.contains(brokenTree + u":15:"_qs)) << qPrintable(badTree.err);
    EXPECT_TRUE(badTree.err.contains(u"[at $.nodes[1].options[0].next]"));

    const QString brokenDirectory = write(u"broken.directory.json"_qs, "{\n  \"format\": 2\n}");
    const ProcessResult badDirectory
            = admin({u"tree"_qs, u"export-html"_qs, m_tree, u"--directory"_qs, brokenDirectory, u"-o"_qs, page});
    EXPECT_EQ(badDirectory.exitCode, 1);
    EXPECT_TRUE(badDirectory.err.contains(brokenDirectory + u":2:13: error: format 2 is not supported"_qs))
            << qPrintable(badDirectory.err);
    EXPECT_FALSE(QFile::exists(page)) << "nothing is written for invalid content";
}

TEST_F(AdminCliTest, ExportHtmlSaysWhenTheOutputCannotBeWritten)
{
    const QString unwritable = m_dir.filePath(u"no-such-dir/page.html"_qs);
    const ProcessResult run
            = admin({u"tree"_qs, u"export-html"_qs, m_tree, u"--directory"_qs, m_directory, u"-o"_qs, unwritable});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"cannot write "_qs + unwritable)) << qPrintable(run.err);
}

TEST_F(AdminCliTest, ExportHtmlUsageErrors)
{
    const QString page = m_dir.filePath(u"page.html"_qs);
    const QList<std::pair<QStringList, QString>> cases{
            {{m_tree}, u"needs -o FILE"_qs},
            {{u"-o"_qs, page}, u"needs exactly one FILE"_qs},
            {{m_tree, u"-o"_qs, page, u"--chat"_qs, u"ws://chat.example/"_qs},
             u"--chat \"ws://chat.example/\": must start with wss://"_qs},
            {{m_tree, u"-o"_qs, page, u"--exit-url"_qs, u"javascript:alert(1)"_qs}, u"--exit-url"_qs},
            {{m_tree, u"-o"_qs, page, u"--phone"_qs, u"0800 1234"_qs}, u"--phone needs --chat"_qs},
            {{m_tree, u"-o"_qs, page, u"--chat"_qs, u"wss://chat.example/"_qs, u"--phone"_qs, u"bel ons"_qs},
             u"--phone \"bel ons\": a phone number is"_qs},
            {{m_tree, u"-o"_qs, m_tree}, u"would overwrite an input file"_qs},
            {{m_tree, u"--directory"_qs, m_directory, u"-o"_qs, m_directory}, u"would overwrite an input file"_qs},
    };
    for (const auto &[arguments, message] : cases) {
        const ProcessResult run = admin(QStringList{u"tree"_qs, u"export-html"_qs} + arguments);
        EXPECT_EQ(run.exitCode, 2) << qPrintable(arguments.join(u' '));
        EXPECT_TRUE(run.err.contains(message)) << qPrintable(run.err);
    }
    EXPECT_FALSE(QFile::exists(page));
    EXPECT_EQ(QFileInfo(m_tree).size(), ww::test::smallTreeJson().size()) << "the tree file is untouched";
}

TEST_F(AdminCliTest, ExportHtmlWithAChatRefusesAnIdentityTooLongForTheChatProtocol)
{
    QByteArray longVersion = ww::test::smallTreeJson();
    longVersion.replace("\"version\": \"test-1\"", QByteArray("\"version\": \"" + QByteArray(64, 'v') + "\""));
    const QString tree = write(u"long.tree.json"_qs, longVersion);
    const QString page = m_dir.filePath(u"page.html"_qs);
    const QStringList base{u"tree"_qs, u"export-html"_qs, tree, u"--directory"_qs, m_directory, u"-o"_qs, page};
    const ProcessResult withChat = admin(base + QStringList{u"--chat"_qs, u"wss://chat.example/"_qs});
    EXPECT_EQ(withChat.exitCode, 1);
    EXPECT_TRUE(withChat.err.contains(u"has 136 characters and a chat carries at most 128"_qs))
            << qPrintable(withChat.err);
    EXPECT_EQ(admin(base).exitCode, 0) << "without a chat the identity is not sent anywhere";
}

TEST_F(AdminCliTest, DiffShowsWhatChangedPerNodeAndExitsWithZero)
{
    QByteArray changed = ww::test::smallTreeJson();
    changed.replace("\"Wie belt er?\"", "\"Wie belt u?\"");
    const QString newTree = write(u"new.tree.json"_qs, changed);
    const ProcessResult run
            = admin({u"tree"_qs, u"diff"_qs, m_tree, newTree, u"--directory"_qs, m_directory, m_directory});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_EQ(run.out, u"node caller:\n  ~ text.nl: \"Wie belt er?\"\n      → \"Wie belt u?\"\n"_qs);

    const ProcessResult same
            = admin({u"tree"_qs, u"diff"_qs, m_tree, m_tree, u"--directory"_qs, m_directory, m_directory});
    EXPECT_EQ(same.exitCode, 0);
    EXPECT_EQ(same.out, u"no differences\n"_qs);

    const ProcessResult shipped
            = admin({u"tree"_qs, u"diff"_qs, WW_SOURCE_DIR u"/resources/tree/wegwijzer.tree.json"_qs,
                     WW_SOURCE_DIR u"/resources/tree/wegwijzer.tree.json"_qs});
    EXPECT_EQ(shipped.exitCode, 0) << qPrintable(shipped.err);
    EXPECT_EQ(shipped.out, u"no differences\n"_qs);
}

TEST_F(AdminCliTest, DiffRefusesInvalidFilesWithLocatedProblems)
{
    QByteArray broken = ww::test::smallTreeJson();
    broken.replace("\"next\": \"pupil-help\"", "\"next\": \"nowhere\"");
    const QString brokenTree = write(u"broken.tree.json"_qs, broken);
    const ProcessResult run
            = admin({u"tree"_qs, u"diff"_qs, m_tree, brokenTree, u"--directory"_qs, m_directory, m_directory});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(brokenTree + u":15:"_qs)) << qPrintable(run.err);

    const QString brokenDirectory = write(u"broken.directory.json"_qs, "{\n  \"format\": 2\n}");
    const ProcessResult badDirectory
            = admin({u"tree"_qs, u"diff"_qs, m_tree, m_tree, u"--directory"_qs, m_directory, brokenDirectory});
    EXPECT_EQ(badDirectory.exitCode, 1);
    EXPECT_TRUE(badDirectory.err.contains(brokenDirectory + u":2:13: error:"_qs)) << qPrintable(badDirectory.err);

    EXPECT_EQ(admin({u"tree"_qs, u"diff"_qs, m_tree}).exitCode, 2);
    EXPECT_EQ(admin({u"tree"_qs, u"diff"_qs, m_tree, m_tree, u"--directory"_qs, m_directory}).exitCode, 2);
    EXPECT_EQ(admin({u"tree"_qs, u"diff"_qs, m_tree, m_tree, u"--fast"_qs}).exitCode, 2);
}

TEST_F(AdminCliTest, DiffComparesTwoPublishedVersionsWithTheirDirectories)
{
    const QString db = u"sqlite:///"_qs + m_dir.filePath(u"versions.db"_qs).mid(1);
    QByteArray changed = ww::test::smallTreeJson();
    changed.replace("\"version\": \"test-1\"", "\"version\": \"test-2\"");
    changed.replace("\"Bel nu 112.\"", "\"Bel nu 112 of de huisarts.\"");
    const QString newTree = write(u"new.tree.json"_qs, changed);
    ASSERT_EQ(admin({u"db"_qs, u"migrate"_qs, u"--db"_qs, db}).exitCode, 0);
    for (const QString &tree : {m_tree, newTree}) {
        const ProcessResult publish = admin({u"tree"_qs, u"publish"_qs, tree, u"--directory"_qs, m_directory,
                                             u"--note"_qs, u"Test"_qs, u"--db"_qs, db});
        ASSERT_EQ(publish.exitCode, 0) << qPrintable(publish.err);
    }
    const ProcessResult run = admin({u"tree"_qs, u"diff"_qs, u"1"_qs, u"2"_qs, u"--db"_qs, db});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_EQ(run.out,
              u"tree:\n  ~ version: \"test-1\"\n      → \"test-2\"\n"
              "node urgent-help:\n  ~ text.nl: \"Bel nu 112.\"\n      → \"Bel nu 112 of de huisarts.\"\n"_qs);

    const ProcessResult missing = admin({u"tree"_qs, u"diff"_qs, u"1"_qs, u"3"_qs, u"--db"_qs, db});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(u"there is no published version 3"_qs)) << qPrintable(missing.err);
    EXPECT_EQ(admin({u"tree"_qs, u"diff"_qs, u"1"_qs, u"two"_qs, u"--db"_qs, db}).exitCode, 2);
}
