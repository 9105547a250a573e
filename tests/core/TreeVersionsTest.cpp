// SPDX-License-Identifier: GPL-3.0-or-later
// Published versions of the tree and directory: the same on SQLite and PostgreSQL, ids that increase,
// content that loads back to the same identity, and rows nobody changes or removes.
#include "content/TreeVersions.h"
#include "TestContent.h"
#include "TestDatabase.h"
#include "storage/StorageError.h"
#include "tree/TreeLoader.h"
#include "json/JsonFileReader.h"

#include <gtest/gtest.h>

#include <QSqlError>
#include <QSqlQuery>

using namespace ww;

namespace {

std::shared_ptr<const DecisionTree> treeWithVersion(const QString &version)
{
    QByteArray json = test::smallTreeJson();
    json.replace("\"version\": \"test-1\"", QStringLiteral("\"version\": \"%1\"").arg(version).toUtf8());
    const TreeLoadResult loaded
            = TreeLoader::load(JsonFileReader::readBytes(json, u"tree.json"_qs), *test::smallDirectory());
    if (!loaded.ok())
        throw std::runtime_error(qPrintable(loaded.diagnostics.constFirst().toString()));
    return loaded.tree;
}

class TreeVersionsTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    TreeVersionsTest()
        : m_db(GetParam())
        , m_versions(m_db.database(), u"redactie"_qs)
    { }

    bool statementFails(const QString &sql)
    {
        QSqlQuery query(m_db.database().connection());
        return !query.exec(sql);
    }

    test::TemporaryDatabase m_db;
    TreeVersions m_versions;
};

} // namespace

TEST_P(TreeVersionsTest, NothingPublishedAtFirst)
{
    EXPECT_EQ(m_versions.newestId(), 0);
    EXPECT_FALSE(m_versions.newest().has_value());
    EXPECT_TRUE(m_versions.list().isEmpty());
    EXPECT_FALSE(m_versions.load(1).has_value());
}

TEST_P(TreeVersionsTest, PublishesVersionsThatLoadBackWithIncreasingIds)
{
    const auto first = treeWithVersion(u"redactie-1"_qs);
    const auto second = treeWithVersion(u"redactie-2"_qs);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    const qint64 firstId = m_versions.publish(*first, *test::smallDirectory(), u"  Eerste versie  "_qs);
    const qint64 secondId = m_versions.publish(*second, *test::smallDirectory(), u"Tekst over pesten korter"_qs);
    EXPECT_GT(firstId, 0);
    EXPECT_GT(secondId, firstId);
    EXPECT_EQ(m_versions.newestId(), secondId);

    const QList<TreeVersion> list = m_versions.list();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).id, firstId);
    EXPECT_EQ(list.at(0).treeIdentity, first->identity());
    EXPECT_EQ(list.at(0).note, u"Eerste versie"_qs);
    EXPECT_EQ(list.at(0).directorySha256, test::smallDirectory()->contentSha256());
    EXPECT_FALSE(list.at(0).publishedBy.isEmpty());
    EXPECT_GE(list.at(0).publishedAt, before);
    EXPECT_LE(list.at(0).publishedAt, QDateTime::currentDateTimeUtc().addSecs(5));
    if (GetParam() == test::Backend::Sqlite)
        EXPECT_EQ(list.at(0).publishedBy, u"redactie"_qs);
    else // the login, whatever name the program was given
        EXPECT_EQ(list.at(0).publishedBy, m_db.url().user());

    const std::optional<TreeVersionContent> newest = m_versions.newest();
    ASSERT_TRUE(newest.has_value());
    EXPECT_EQ(newest->version.id, secondId);
    EXPECT_EQ(newest->tree->identity(), second->identity());
    EXPECT_EQ(newest->directory->contentSha256(), test::smallDirectory()->contentSha256());
    EXPECT_EQ(newest->directory->parties().size(), test::smallDirectory()->parties().size());

    const std::optional<TreeVersionContent> older = m_versions.load(firstId);
    ASSERT_TRUE(older.has_value());
    EXPECT_EQ(older->tree->identity(), first->identity());
    EXPECT_EQ(older->version.note, u"Eerste versie"_qs);
}

TEST_P(TreeVersionsTest, TheSameTreeMayBePublishedAgain)
{
    const auto tree = test::smallTree();
    const qint64 a = m_versions.publish(*tree, *test::smallDirectory(), u"eerst"_qs);
    const qint64 b = m_versions.publish(*tree, *test::smallDirectory(), u"terug naar deze versie"_qs);
    EXPECT_GT(b, a);
    EXPECT_EQ(m_versions.load(b)->tree->identity(), tree->identity());
}

TEST_P(TreeVersionsTest, RefusesBadNotes)
{
    const auto tree = test::smallTree();
    for (const QString &note :
         {QString(), u"   "_qs, QString(TreeVersions::MaxNoteLength + 1, u'x'), u"twee\nregels"_qs}) {
        EXPECT_FALSE(TreeVersions::checkNote(note).isEmpty()) << note.toStdString();
        EXPECT_THROW(m_versions.publish(*tree, *test::smallDirectory(), note), StorageError);
    }
    EXPECT_TRUE(TreeVersions::checkNote(QString(TreeVersions::MaxNoteLength, u'x')).isEmpty());
    EXPECT_EQ(m_versions.newestId(), 0);
}

TEST_P(TreeVersionsTest, VersionsAreNeverChangedOrRemoved)
{
    const qint64 id = m_versions.publish(*test::smallTree(), *test::smallDirectory(), u"eerst"_qs);
    EXPECT_TRUE(statementFails(QStringLiteral("UPDATE tree_versions SET note = 'anders' WHERE id = %1").arg(id)));
    EXPECT_TRUE(statementFails(QStringLiteral("DELETE FROM tree_versions WHERE id = %1").arg(id)));
    EXPECT_EQ(m_versions.load(id)->version.note, u"eerst"_qs);
}

INSTANTIATE_TEST_SUITE_P(Backends, TreeVersionsTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql),
                         [](const auto &param) { return test::backendName(param.param); });
