// SPDX-License-Identifier: GPL-3.0-or-later
// The desk and published versions of the tree: the newest is loaded at login, a newer one is offered
// in a bar while the desk runs, and switching changes what new cases use, never a case in progress.
#include "CaseUiSupport.h"
#include "StorageWaits.h"
#include "TestDatabase.h"
#include "case/CaseWorkspace.h"
#include "content/TreeVersionWatch.h"
#include "content/TreeVersions.h"
#include "shell/MainWindow.h"
#include "shell/TreeVersionBar.h"
#include "storage/DeskDatabase.h"
#include "tree/TreeLoader.h"
#include "json/JsonFileReader.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QPushButton>
#include <QStatusBar>

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

class TreeVersionSwitchTest : public test::CaseUiTest
{
protected:
    std::unique_ptr<MainWindow> window()
    {
        auto w = std::make_unique<MainWindow>(m_tree, m_directory, m_work, u"agent-a"_qs);
        w->setClock(m_clock.clock());
        // An hour: only the test asks.
        w->watchTreeVersions(*m_storage, 3600 * 1000);
        return w;
    }
    qint64 publish(const QString &version, const QString &note)
    {
        return TreeVersions(m_db.database(), u"redactie"_qs).publish(*treeWithVersion(version), *m_directory, note);
    }
    /// One look for a newer version, answered.
    void look(MainWindow &w)
    {
        w.treeVersionWatch()->checkNow();
        ASSERT_TRUE(test::settle(*m_storage));
    }
    static QString shownTreeIdentity(MainWindow &w) { return child<QLabel>(&w, u"treeStatusLabel"_qs)->toolTip(); }

    std::unique_ptr<AsyncStorage> m_storage = test::storageOn(m_db);
};

} // namespace

TEST_F(TreeVersionSwitchTest, OffersANewerVersionInABarThatTheKeyboardReaches)
{
    auto w = window();
    showActive(w.get());
    TreeVersionBar *bar = w->treeVersionBar();
    look(*w);
    EXPECT_FALSE(bar->isVisible()) << "nothing published yet";

    const qint64 id = publish(u"redactie-2"_qs, u"Kortere zinnen bij pesten"_qs);
    look(*w);
    ASSERT_TRUE(bar->isVisible());
    const QString text = child<QLabel>(bar, u"treeVersionText"_qs)->text();
    EXPECT_TRUE(text.contains(QString::number(id))) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"Kortere zinnen bij pesten"_qs)) << qPrintable(text);
    EXPECT_EQ(w->publishedVersion(), 0) << "nothing changes before the agent says so";
    EXPECT_EQ(shownTreeIdentity(*w), m_tree->identity());

    auto *switchButton = child<QPushButton>(bar, u"treeVersionSwitchButton"_qs);
    auto *laterButton = child<QPushButton>(bar, u"treeVersionLaterButton"_qs);
    for (QPushButton *button : {switchButton, laterButton}) {
        EXPECT_TRUE(button->focusPolicy() & Qt::TabFocus);
        EXPECT_FALSE(button->accessibleName().isEmpty());
        EXPECT_FALSE(button->isDefault());
    }
    EXPECT_FALSE(bar->accessibleName().isEmpty());
    // The bar takes no focus from the agent's work.
    EXPECT_FALSE(bar->isAncestorOf(QApplication::focusWidget()));

    // By keyboard: Tab to the button, then Space.
    bool reached = false;
    for (int i = 0; i < 60 && !reached; ++i) {
        press(Qt::Key_Tab);
        reached = QApplication::focusWidget() == switchButton;
    }
    ASSERT_TRUE(reached) << "Tab never reached the Switch button";
    press(Qt::Key_Space);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_EQ(w->publishedVersion(), id);
    EXPECT_EQ(shownTreeIdentity(*w), treeWithVersion(u"redactie-2"_qs)->identity());
    EXPECT_TRUE(child<QLabel>(w.get(), u"treeStatusLabel"_qs)->text().contains(QString::number(id)));

    // The same version is not offered again.
    look(*w);
    EXPECT_FALSE(bar->isVisible());
}

TEST_F(TreeVersionSwitchTest, LaterKeepsTheTreeAndANewerVersionIsOfferedAgain)
{
    auto w = window();
    showActive(w.get());
    publish(u"redactie-2"_qs, u"eerste"_qs);
    look(*w);
    ASSERT_TRUE(w->treeVersionBar()->isVisible());
    click(child<QPushButton>(w->treeVersionBar(), u"treeVersionLaterButton"_qs));
    EXPECT_FALSE(w->treeVersionBar()->isVisible());
    EXPECT_EQ(shownTreeIdentity(*w), m_tree->identity());
    look(*w);
    EXPECT_FALSE(w->treeVersionBar()->isVisible()) << "once declined, the same version is not offered again";

    const qint64 newer = publish(u"redactie-3"_qs, u"tweede"_qs);
    look(*w);
    ASSERT_TRUE(w->treeVersionBar()->isVisible());
    click(child<QPushButton>(w->treeVersionBar(), u"treeVersionSwitchButton"_qs));
    EXPECT_EQ(w->publishedVersion(), newer);
    EXPECT_EQ(shownTreeIdentity(*w), treeWithVersion(u"redactie-3"_qs)->identity());
}

TEST_F(TreeVersionSwitchTest, ACaseInProgressKeepsTheTreeItStartedWith)
{
    auto w = window();
    showActive(w.get());
    ASSERT_TRUE(w->newCase(Channel::Phone));
    CaseWorkspace *open = w->workspace();
    ASSERT_NE(open, nullptr);
    const QUuid caseId = open->session().caseData().id;
    EXPECT_EQ(open->session().tree()->identity(), m_tree->identity());

    const qint64 id = publish(u"redactie-2"_qs, u"nieuw"_qs);
    look(*w);
    click(child<QPushButton>(w->treeVersionBar(), u"treeVersionSwitchButton"_qs));
    ASSERT_EQ(w->publishedVersion(), id);

    // The open case: the same session, its tree and the identity it records unchanged.
    ASSERT_EQ(w->workspace(), open);
    EXPECT_EQ(open->session().tree()->identity(), m_tree->identity());
    EXPECT_EQ(open->session().caseData().treeIdentity, m_tree->identity());
    EXPECT_TRUE(w->statusBar()->currentMessage().contains(u"open case keeps"_qs))
            << qPrintable(w->statusBar()->currentMessage());

    // The next case starts in the new version.
    w->showHome();
    ASSERT_TRUE(w->newCase(Channel::Phone));
    ASSERT_NE(w->workspace()->session().caseData().id, caseId);
    EXPECT_EQ(w->workspace()->session().tree()->identity(), treeWithVersion(u"redactie-2"_qs)->identity());
}

// --- At login ----------------------------------------------------------------------------------------------

class DeskLoginVersionTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    /// What the desk's login prepares, waited for.
    std::unique_ptr<DeskDatabase> prepared()
    {
        auto database = std::make_unique<DeskDatabase>(m_db.url(), QString());
        std::optional<std::optional<StorageError>> answer;
        QObject receiver;
        database->prepare(&receiver, [&](const std::optional<StorageError> &error) { answer = error; });
        EXPECT_TRUE(QTest::qWaitFor([&] { return answer.has_value(); }, 20000));
        EXPECT_FALSE(answer && answer->has_value()) << (answer && *answer ? qPrintable((*answer)->message()) : "");
        return database;
    }

    test::TemporaryDatabase m_db{GetParam()};
};

TEST_P(DeskLoginVersionTest, WithoutAPublishedVersionTheShippedContentStays)
{
    EXPECT_FALSE(prepared()->publishedContent().has_value());
}

TEST_P(DeskLoginVersionTest, LoadsTheNewestPublishedVersion)
{
    TreeVersions versions(m_db.database(), u"redactie"_qs);
    versions.publish(*treeWithVersion(u"redactie-2"_qs), *test::smallDirectory(), u"oud"_qs);
    const qint64 newest = versions.publish(*treeWithVersion(u"redactie-3"_qs), *test::smallDirectory(), u"nieuw"_qs);
    const std::unique_ptr<DeskDatabase> database = prepared();
    ASSERT_TRUE(database->publishedContent().has_value());
    EXPECT_EQ(database->publishedContent()->version.id, newest);
    EXPECT_EQ(database->publishedContent()->tree->identity(), treeWithVersion(u"redactie-3"_qs)->identity());
    EXPECT_EQ(database->publishedContent()->directory->contentSha256(), test::smallDirectory()->contentSha256());
}

INSTANTIATE_TEST_SUITE_P(Backends, DeskLoginVersionTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql),
                         [](const auto &param) { return test::backendName(param.param); });
