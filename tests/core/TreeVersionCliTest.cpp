// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin tree publish | list | export, and content managers' accounts, as a real process.
#include "TestContent.h"
#include "TestDatabase.h"
#include "content/TreeVersions.h"
#include "directory/ReferralDirectory.h"
#include "tree/DecisionTree.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

using namespace ww;

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult admin(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(WW_ADMIN_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

class TreeVersionCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_tree = write(u"small.tree.json"_qs, test::smallTreeJson());
        m_directory = write(u"small.directory.json"_qs, test::smallDirectoryJson());
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }
    QString db() const { return m_db.url().toString(); }
    ProcessResult publish(const QString &tree, const QStringList &more = {})
    {
        return admin(QStringList{u"tree"_qs, u"publish"_qs, tree, u"--note"_qs, u"Kortere zinnen"_qs, u"--db"_qs, db()}
                     + more);
    }
    QList<TreeVersion> versions() { return TreeVersions(m_db.database()).list(); }

    QTemporaryDir m_dir;
    test::TemporaryDatabase m_db;
    QString m_tree;
    QString m_directory;
};

} // namespace

TEST_F(TreeVersionCliTest, PublishesListsAndExportsFilesThatPublishAgainToTheSameIdentity)
{
    const ProcessResult published = publish(m_tree, {u"--directory"_qs, m_directory});
    ASSERT_EQ(published.exitCode, 0) << qPrintable(published.err);
    const QString identity = test::smallTree()->identity();
    EXPECT_EQ(published.out.trimmed(), u"published version 1: tree %1"_qs.arg(identity));

    const ProcessResult listed = admin({u"tree"_qs, u"list"_qs, u"--db"_qs, db()});
    ASSERT_EQ(listed.exitCode, 0) << qPrintable(listed.err);
    const QStringList fields = listed.out.trimmed().split(u'\t');
    ASSERT_EQ(fields.size(), 5) << qPrintable(listed.out);
    EXPECT_EQ(fields.at(0), u"1"_qs);
    EXPECT_TRUE(QDateTime::fromString(fields.at(1), Qt::ISODate).isValid()) << qPrintable(fields.at(1));
    EXPECT_FALSE(fields.at(2).isEmpty());
    EXPECT_EQ(fields.at(3), identity.left(identity.indexOf(u'@') + 8 + 12));
    EXPECT_EQ(fields.at(4), u"Kortere zinnen"_qs);

    const QString treeOut = m_dir.filePath(u"out.tree.json"_qs);
    const QString directoryOut = m_dir.filePath(u"out.directory.json"_qs);
    const ProcessResult exported = admin({u"tree"_qs, u"export"_qs, u"--version"_qs, u"1"_qs, u"-o"_qs, treeOut,
                                          u"--directory-output"_qs, directoryOut, u"--db"_qs, db()});
    ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    const ProcessResult valid = admin({u"tree"_qs, u"validate"_qs, treeOut, directoryOut});
    EXPECT_EQ(valid.exitCode, 0) << qPrintable(valid.err);
    const ProcessResult again = publish(treeOut, {u"--directory"_qs, directoryOut});
    ASSERT_EQ(again.exitCode, 0) << qPrintable(again.err);
    EXPECT_EQ(again.out.trimmed(), u"published version 2: tree %1"_qs.arg(identity));
    const QList<TreeVersion> list = versions();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(1).treeIdentity, identity);
    EXPECT_EQ(list.at(1).directorySha256, list.at(0).directorySha256);
}

TEST_F(TreeVersionCliTest, WithoutDirectoryTheLastPublishedDirectoryGoesWithTheTree)
{
    ASSERT_EQ(publish(m_tree, {u"--directory"_qs, m_directory}).exitCode, 0);
    QByteArray changed = test::smallTreeJson();
    changed.replace("\"version\": \"test-1\"", "\"version\": \"test-2\"");
    const ProcessResult second = publish(write(u"second.tree.json"_qs, changed));
    ASSERT_EQ(second.exitCode, 0) << qPrintable(second.err);
    const QList<TreeVersion> list = versions();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(1).directorySha256, test::smallDirectory()->contentSha256());
    EXPECT_TRUE(list.at(1).treeIdentity.startsWith(u"test-2@"_qs));
}

TEST_F(TreeVersionCliTest, ValidatesFirstWithTheSameMessagesAsValidate)
{
    QByteArray broken = test::smallTreeJson();
    broken.replace("\"next\": \"pupil-help\"", "\"next\": \"nowhere\"");
    const QString brokenTree = write(u"broken.tree.json"_qs, broken);
    const ProcessResult refused = publish(brokenTree, {u"--directory"_qs, m_directory});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.out.isEmpty()) << qPrintable(refused.out);
    EXPECT_TRUE(refused.err.contains(brokenTree + u":15:"_qs)) << qPrintable(refused.err);
    EXPECT_TRUE(refused.err.contains(u"error: option \"pupil\" leads to node \"nowhere\", which does not exist"));
    EXPECT_EQ(refused.err, admin({u"tree"_qs, u"validate"_qs, brokenTree, m_directory}).err);

    const QString syntax = write(u"syntax.tree.json"_qs, "{\n  \"nodes\": [\n}");
    const ProcessResult bad = publish(syntax, {u"--directory"_qs, m_directory});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(syntax + u":3:2: error: invalid JSON"_qs)) << qPrintable(bad.err);

    // A directory is no tree, and a tree no directory, even when they validate.
    EXPECT_EQ(publish(m_directory, {u"--directory"_qs, m_directory}).exitCode, 1);
    const ProcessResult treeAsDirectory = publish(m_tree, {u"--directory"_qs, m_tree});
    EXPECT_EQ(treeAsDirectory.exitCode, 1);
    EXPECT_TRUE(treeAsDirectory.err.contains(m_tree + u":"_qs)) << qPrintable(treeAsDirectory.err);
    EXPECT_TRUE(versions().isEmpty());
}

TEST_F(TreeVersionCliTest, LanguageWarningsBlockOnlyWithStrict)
{
    QByteArray jargon = test::smallTreeJson();
    jargon.replace("\"Hier past geen partij.\"", "\"Dit is een witte vlek.\"");
    const QString tree = write(u"jargon.tree.json"_qs, jargon);
    const ProcessResult strict = publish(tree, {u"--directory"_qs, m_directory, u"--strict"_qs});
    EXPECT_EQ(strict.exitCode, 1);
    EXPECT_TRUE(strict.err.contains(u": error: \"witte vlek\" is jargon"_qs)) << qPrintable(strict.err);
    EXPECT_TRUE(versions().isEmpty());
    const ProcessResult lenient = publish(tree, {u"--directory"_qs, m_directory});
    EXPECT_EQ(lenient.exitCode, 0) << qPrintable(lenient.err);
    EXPECT_TRUE(lenient.err.contains(u": warning: \"witte vlek\" is jargon"_qs)) << qPrintable(lenient.err);
    EXPECT_EQ(versions().size(), 1);
}

TEST_F(TreeVersionCliTest, RefusesHostileInputClearly)
{
    const QString missing = m_dir.filePath(u"missing.tree.json"_qs);
    const ProcessResult noFile = publish(missing);
    EXPECT_EQ(noFile.exitCode, 2);
    EXPECT_TRUE(noFile.err.contains(missing + u": no such file"_qs)) << qPrintable(noFile.err);

    const QString huge = write(u"huge.tree.json"_qs, "{\"nodes\": \"" + QByteArray(9 * 1024 * 1024, 'x') + "\"}");
    const ProcessResult tooBig = publish(huge, {u"--directory"_qs, m_directory});
    EXPECT_EQ(tooBig.exitCode, 1);
    EXPECT_TRUE(tooBig.err.contains(huge + u":0:0: error: the file is larger than the limit of 8388608 bytes"_qs))
            << qPrintable(tooBig.err.left(300));

    for (const QString &note : {QString(), u"  "_qs, QString(501, u'x'), u"twee\nregels"_qs}) {
        const ProcessResult bad = admin({u"tree"_qs, u"publish"_qs, m_tree, u"--note"_qs, note, u"--db"_qs, db()});
        EXPECT_EQ(bad.exitCode, 2) << qPrintable(note);
        EXPECT_TRUE(bad.err.contains(u"note"_qs)) << qPrintable(bad.err);
    }
    EXPECT_EQ(admin({u"tree"_qs, u"publish"_qs, m_tree, u"--db"_qs, db()}).exitCode, 2);
    EXPECT_EQ(admin({u"tree"_qs, u"publish"_qs, m_tree, u"--note"_qs, u"x"_qs}).exitCode, 2);
    EXPECT_TRUE(versions().isEmpty());

    ASSERT_EQ(publish(m_tree, {u"--directory"_qs, m_directory}).exitCode, 0);
    const QString out = m_dir.filePath(u"out.json"_qs);
    const ProcessResult unknown
            = admin({u"tree"_qs, u"export"_qs, u"--version"_qs, u"7"_qs, u"-o"_qs, out, u"--db"_qs, db()});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains(u"there is no published version 7"_qs)) << qPrintable(unknown.err);
    EXPECT_FALSE(QFile::exists(out));
    for (const QString &id : {u"abc"_qs, u"0"_qs, u"-1"_qs, u"1.5"_qs}) {
        const ProcessResult bad
                = admin({u"tree"_qs, u"export"_qs, u"--version"_qs, id, u"-o"_qs, out, u"--db"_qs, db()});
        EXPECT_EQ(bad.exitCode, 2) << qPrintable(id);
    }
    const ProcessResult overDatabase = admin(
            {u"tree"_qs, u"export"_qs, u"--version"_qs, u"1"_qs, u"-o"_qs, m_db.url().sqlitePath(), u"--db"_qs, db()});
    EXPECT_EQ(overDatabase.exitCode, 2);
    EXPECT_TRUE(overDatabase.err.contains(u"would overwrite the database"_qs)) << qPrintable(overDatabase.err);
    const ProcessResult sameTwice = admin({u"tree"_qs, u"export"_qs, u"--version"_qs, u"1"_qs, u"-o"_qs, out,
                                           u"--directory-output"_qs, out, u"--db"_qs, db()});
    EXPECT_EQ(sameTwice.exitCode, 2);
    EXPECT_EQ(versions().size(), 1);
}

TEST_F(TreeVersionCliTest, ListSaysWhenNothingIsPublished)
{
    const ProcessResult listed = admin({u"tree"_qs, u"list"_qs, u"--db"_qs, db()});
    EXPECT_EQ(listed.exitCode, 0);
    EXPECT_TRUE(listed.out.isEmpty());
    EXPECT_TRUE(listed.err.contains(u"no version of the tree has been published"_qs)) << qPrintable(listed.err);
}

// --- On the shared database: content managers' accounts --------------------------------------------------

TEST(TreeVersionCliOnPostgres, AnEditorAccountPublishesInItsOwnNameAndAnAgentIsRefused)
{
    test::TemporaryDatabase db(test::Backend::PostgreSql);
    QTemporaryDir dir;
    const auto file = [&](const QString &name, const QByteArray &content) {
        QFile out(dir.filePath(name));
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(content);
        return out.fileName();
    };
    const QString tree = file(u"t.tree.json"_qs, test::smallTreeJson());
    const QString directory = file(u"d.directory.json"_qs, test::smallDirectoryJson());
    const auto as = [&](const QString &role) { return db.urlAs(role).toString(); };

    // An administrator (here the test server's superuser) adds a content manager.
    const QString editor = u"redactie_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(8);
    db.adoptRole(editor);
    const ProcessResult added
            = admin({u"user"_qs, u"add"_qs, editor, u"--role"_qs, u"editor"_qs, u"--db"_qs, db.url().toString()},
                    "een-lang-wachtwoord\n");
    ASSERT_EQ(added.exitCode, 0) << qPrintable(added.err);
    EXPECT_TRUE(added.out.contains(u"account %1 added as editor"_qs.arg(editor))) << qPrintable(added.out);
    const ProcessResult users = admin({u"user"_qs, u"list"_qs, u"--db"_qs, db.url().toString()});
    EXPECT_TRUE(users.out.contains(editor + u"\teditor\tactive"_qs)) << qPrintable(users.out);

    const QString agent = u"agent_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(8);
    db.createRole(agent, u"ww_agent"_qs);
    const ProcessResult byAgent = admin({u"tree"_qs, u"publish"_qs, tree, u"--directory"_qs, directory, u"--note"_qs,
                                         u"poging"_qs, u"--db"_qs, as(agent)});
    EXPECT_EQ(byAgent.exitCode, 1);
    EXPECT_TRUE(byAgent.err.contains(u"permission denied"_qs)) << qPrintable(byAgent.err);

    const ProcessResult byEditor = admin({u"tree"_qs, u"publish"_qs, tree, u"--directory"_qs, directory, u"--note"_qs,
                                          u"Eerste versie"_qs, u"--db"_qs, as(editor)});
    ASSERT_EQ(byEditor.exitCode, 0) << qPrintable(byEditor.err);
    const ProcessResult listed = admin({u"tree"_qs, u"list"_qs, u"--db"_qs, as(agent)});
    ASSERT_EQ(listed.exitCode, 0) << qPrintable(listed.err);
    EXPECT_EQ(listed.out.trimmed().split(u'\t').value(2), editor) << qPrintable(listed.out);

    const ProcessResult exported = admin({u"tree"_qs, u"export"_qs, u"--version"_qs, u"1"_qs, u"-o"_qs,
                                          dir.filePath(u"e.tree.json"_qs), u"--db"_qs, as(editor)});
    EXPECT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    const ProcessResult checked = admin({u"db"_qs, u"check"_qs, u"--db"_qs, db.url().toString()});
    EXPECT_EQ(checked.exitCode, 0) << qPrintable(checked.out + checked.err);
}
