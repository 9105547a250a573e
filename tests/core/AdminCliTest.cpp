// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin as users run it: a real process, its output and its exit codes.
#include "TestContent.h"
#include "json/JsonSourceMap.h"

#include <gtest/gtest.h>

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
                                         QStringList{u"tree"_qs, u"validate"_qs},
                                         QStringList{u"tree"_qs, u"walk"_qs},
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
                             "goed bij past\" [at $.nodes[6].text.nl]"_qs.arg(tree).arg(at.line).arg(at.column);

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
    const ProcessResult run = admin({u"tree"_qs, u"walk"_qs, m_tree, u"--directory"_qs, m_directory, u"--answer"_qs, u"no"_qs,
                           u"--lang"_qs, u"en"_qs, u"--json"_qs});
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
    const ProcessResult run = admin({u"tree"_qs, u"walk"_qs, m_tree, u"--directory"_qs, m_directory, u"--answer"_qs, u"no"_qs,
                           u"--answer"_qs, u"parent"_qs, u"--answer"_qs, u"bullying"_qs, u"--lang"_qs, u"en"_qs,
                           u"--json"_qs});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonObject node = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"node"_qs).toObject();
    EXPECT_EQ(node.value(u"kind"_qs).toString(), u"outcome");
    EXPECT_EQ(node.value(u"text"_qs).toString(), u"Eerst naar school."); // no English text in the file
    EXPECT_TRUE(node.value(u"options"_qs).toArray().isEmpty());
    EXPECT_EQ(node.value(u"referrals"_qs).toArray(), QJsonArray({u"school-route"_qs, u"kindertelefoon"_qs}));
}

TEST_F(AdminCliTest, WalkMarksWhiteSpots)
{
    const ProcessResult run = admin({u"tree"_qs, u"walk"_qs, m_tree, u"--directory"_qs, m_directory, u"--answer"_qs, u"no"_qs,
                           u"--answer"_qs, u"parent"_qs, u"--answer"_qs, u"other"_qs, u"--json"_qs});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonObject node = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"node"_qs).toObject();
    EXPECT_TRUE(node.value(u"whiteSpot"_qs).toBool());
}

TEST_F(AdminCliTest, WalkNamesTheOptionsWhenAnAnswerIsWrong)
{
    const ProcessResult run = admin({u"tree"_qs, u"walk"_qs, m_tree, u"--directory"_qs, m_directory, u"--answer"_qs, u"no"_qs,
                           u"--answer"_qs, u"teacher"_qs});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(u"\"teacher\" is not an option of node \"caller\"; the options are: pupil, parent"))
        << qPrintable(run.err);
}

TEST_F(AdminCliTest, WalkPastAnOutcomeFails)
{
    const ProcessResult run = admin({u"tree"_qs, u"walk"_qs, m_tree, u"--directory"_qs, m_directory, u"--answer"_qs, u"yes"_qs,
                           u"--answer"_qs, u"no"_qs});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"is an outcome and has no options"));
}

TEST_F(AdminCliTest, WalkPrintsReadableTextWithoutJson)
{
    const ProcessResult run = admin({u"tree"_qs, u"walk"_qs, m_tree, u"--directory"_qs, m_directory, u"--answer"_qs, u"no"_qs,
                           u"--answer"_qs, u"pupil"_qs});
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
    const ProcessResult run = admin({u"tree"_qs, u"walk"_qs, WW_SOURCE_DIR u"/resources/tree/wegwijzer.tree.json"_qs, u"--json"_qs});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonObject node = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"node"_qs).toObject();
    EXPECT_EQ(node.value(u"kind"_qs).toString(), u"question");
    EXPECT_FALSE(node.value(u"options"_qs).toArray().isEmpty());
}
