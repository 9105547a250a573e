// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing from the tree editor: off the caller's thread into TreeVersions, and who may edit content.
#include "StorageWaits.h"
#include "TestContent.h"
#include "TestDatabase.h"
#include "content/TreeVersions.h"
#include "editor/StorageDraftHeat.h"
#include "editor/StorageDraftPublisher.h"
#include "storage/SessionRole.h"
#include "storage/SqlCaseStore.h"
#include "tree/DecisionTree.h"

#include <gtest/gtest.h>

#include <QThread>
#include <QUuid>

using namespace ww;

namespace {

class DraftPublishingTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    DraftPublishingTest()
        : m_db(GetParam())
    { }

    std::unique_ptr<Database> as(const QString &role) { return m_db.openAs(role); }

    test::TemporaryDatabase m_db;
};

} // namespace

TEST_P(DraftPublishingTest, PublishesOnTheStorageThreadAsANewVersion)
{
    const std::unique_ptr<AsyncStorage> storage = test::storageOn(m_db);
    StorageDraftPublisher publisher(*storage, u"redactie"_qs);
    EXPECT_FALSE(publisher.checkNote(QString()).isEmpty());
    EXPECT_TRUE(publisher.checkNote(u"Tekst bij pesten verbeterd"_qs).isEmpty());

    std::optional<DraftPublisher::Result> answer;
    QObject receiver;
    const QThread *caller = QThread::currentThread();
    const QThread *answeredOn = nullptr;
    publisher.publish(test::smallTree(), test::smallDirectory(), u"Tekst bij pesten verbeterd"_qs, &receiver,
                      [&](DraftPublisher::Result result) {
                          answer = result;
                          answeredOn = QThread::currentThread();
                      });
    EXPECT_FALSE(answer); // nothing waited for the database
    ASSERT_TRUE(test::settle(*storage));
    ASSERT_TRUE(answer);
    EXPECT_EQ(answeredOn, caller);
    ASSERT_GT(answer->versionId, 0) << qPrintable(answer->error);
    const QList<TreeVersion> versions = TreeVersions(m_db.database()).list();
    ASSERT_EQ(versions.size(), 1);
    EXPECT_EQ(versions[0].id, answer->versionId);
    EXPECT_EQ(versions[0].note, u"Tekst bij pesten verbeterd"_qs);
    EXPECT_EQ(versions[0].treeIdentity, test::smallTree()->identity());

    // A note the database refuses comes back as the reason, not as a version.
    answer.reset();
    publisher.publish(test::smallTree(), test::smallDirectory(), QString(), &receiver,
                      [&](DraftPublisher::Result result) { answer = result; });
    ASSERT_TRUE(test::settle(*storage));
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->versionId, 0);
    EXPECT_FALSE(answer->error.isEmpty());
}

TEST_P(DraftPublishingTest, ContentManagersAndAdministratorsMayEditContent)
{
    if (GetParam() == test::Backend::Sqlite) {
        EXPECT_TRUE(SessionRole::mayEditContent(m_db.database())); // one workstation, no accounts
        return;
    }
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString editor = u"red_"_qs + suffix;
    const QString admin = u"adm_"_qs + suffix;
    const QString agent = u"agt_"_qs + suffix;
    const QString supervisor = u"sup_"_qs + suffix;
    m_db.createRole(editor, u"ww_editor"_qs);
    m_db.createRole(admin, u"ww_admin"_qs);
    m_db.createRole(agent, u"ww_agent"_qs);
    m_db.createRole(supervisor, u"ww_supervisor"_qs);
    EXPECT_TRUE(SessionRole::mayEditContent(*as(editor)));
    EXPECT_TRUE(SessionRole::mayEditContent(*as(admin)));
    EXPECT_FALSE(SessionRole::mayEditContent(*as(agent)));
    EXPECT_FALSE(SessionRole::mayEditContent(*as(supervisor)));
}

TEST_P(DraftPublishingTest, TheBusyNodesComeFromTheTreeAnalyticsForThoseWhoMayReadThem)
{
    const auto tree = test::smallTree();
    SqlCaseStore(m_db.database()).storeTree(*tree);
    const ReportPeriod period{QDate(2026, 11, 1), QDate(2026, 11, 30)};
    const auto heatAs = [&](const std::unique_ptr<AsyncStorage> &storage) {
        StorageDraftHeat heat(*storage);
        std::optional<DraftHeatSource::Result> answer;
        QObject receiver;
        heat.load(tree, period, &receiver, [&](DraftHeatSource::Result result) { answer = result; });
        EXPECT_FALSE(answer); // nothing waited for the database
        EXPECT_TRUE(test::settle(*storage));
        return answer;
    };
    if (GetParam() == test::Backend::Sqlite) {
        // One person's file: no roles to tell apart. No contacts in the period: nothing to colour, no error.
        const auto local = heatAs(test::storageOn(m_db));
        ASSERT_TRUE(local);
        EXPECT_TRUE(local->error.isEmpty()) << qPrintable(local->error);
        EXPECT_TRUE(local->heat.isEmpty());
        return;
    }
    const QString editor = u"heat_editor_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString agent = u"heat_agent_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_db.createRole(editor, u"ww_editor"_qs);
    m_db.createRole(agent, u"ww_agent"_qs);
    const auto storageAs
            = [this](const QString &role) { return std::make_unique<AsyncStorage>([this, role] { return as(role); }); };
    const auto forEditor = heatAs(storageAs(editor));
    ASSERT_TRUE(forEditor);
    EXPECT_TRUE(forEditor->error.isEmpty()) << qPrintable(forEditor->error);
    EXPECT_TRUE(forEditor->heat.isEmpty());
    // Agents read no tree analytics: the window says the figures cannot be read.
    const auto forAgent = heatAs(storageAs(agent));
    ASSERT_TRUE(forAgent);
    EXPECT_FALSE(forAgent->error.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, DraftPublishingTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql),
                         [](const auto &param) { return test::backendName(param.param); });
