// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"
#include "CaseUiSupport.h"
#include "FlakyCaseStore.h"
#include "StorageWaits.h"
#include "TestDatabase.h"
#include "case/CaseWorkspace.h"
#include "content/ShippedContent.h"
#include "editor/TreeEditorWindow.h"
#include "shell/CaseListModel.h"
#include "shell/HomeView.h"
#include "storage/SqlCaseStore.h"
#include "supervision/CaseLogModel.h"
#include "supervision/CaseLogView.h"
#include "supervision/CaseTimelineView.h"
#include "supervision/DashboardView.h"
#include "supervision/SupervisorWindows.h"
#include "tree/TreeWalkerPanel.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QTest>
#include <QToolBar>

using namespace ww;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const DirectoryLoadResult directory = ShippedContent::loadDirectory();
        ASSERT_TRUE(directory.ok());
        m_directory = directory.directory;
        const TreeLoadResult tree = ShippedContent::loadTree(*m_directory);
        ASSERT_TRUE(tree.ok());
        m_tree = tree.tree;
    }

    std::unique_ptr<MainWindow> window()
    {
        return std::make_unique<MainWindow>(m_tree, m_directory, m_work, u"agent-a"_qs);
    }
    static void showActive(QWidget *window)
    {
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
        QApplication::setActiveWindow(window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    }

    std::shared_ptr<const ReferralDirectory> m_directory;
    std::shared_ptr<const DecisionTree> m_tree;
    test::TemporarySettings m_settings;
    test::TemporaryDatabase m_db;
    FlakyCaseStore m_store{m_db.database()}; ///< a plain store until told to fail
    DirectCaseWork m_work{m_store};
    std::unique_ptr<AsyncStorage> m_supervisionStorage = test::storageOn(m_db);
};

} // namespace

TEST_F(MainWindowTest, OpensOnTheHomeListAndSaysTheTreeIsADraft)
{
    auto w = window();
    showActive(w.get());
    EXPECT_EQ(w->workspace(), nullptr);
    EXPECT_TRUE(w->homeView()->isVisible());
    auto *status = w->findChild<QLabel *>(u"treeStatusLabel"_qs);
    EXPECT_TRUE(status->text().contains(m_tree->version()));
    EXPECT_TRUE(status->text().contains(u"awaiting review"));
    EXPECT_EQ(status->toolTip(), m_tree->identity());
}

TEST_F(MainWindowTest, ANewCaseStartsAtTheStartOfTheTree)
{
    auto w = window();
    showActive(w.get());
    QTest::keyClick(w.get(), Qt::Key_F2);
    ASSERT_NE(w->walkerPanel(), nullptr);
    EXPECT_EQ(w->walkerPanel()->walker().current().id, m_tree->startNodeId());
}

TEST_F(MainWindowTest, EveryCaseActionHasOneKeyInTheCaseMenuAndToolbar)
{
    auto w = window();
    const QList<std::pair<QString, QKeySequence>> keys{
            {u"newPhoneCaseAction"_qs, QKeySequence(Qt::Key_F2)},
            {u"newChatCaseAction"_qs, QKeySequence(Qt::SHIFT | Qt::Key_F2)},
            {u"phoneCodeCaseAction"_qs, QKeySequence(Qt::CTRL | Qt::Key_F2)},
            {u"holdAction"_qs, QKeySequence(Qt::Key_F6)},
            {u"endContactAction"_qs, QKeySequence(Qt::Key_F8)},
            {u"closeCaseAction"_qs, QKeySequence(Qt::Key_F9)},
            {u"planFollowUpAction"_qs, QKeySequence(Qt::Key_F10)},
            {u"homeAction"_qs, QKeySequence(Qt::Key_Escape)},
    };
    auto *toolBar = w->findChild<QToolBar *>(u"caseToolBar"_qs);
    ASSERT_NE(toolBar, nullptr);
    for (const auto &[name, key] : keys) {
        auto *action = w->findChild<QAction *>(name);
        ASSERT_NE(action, nullptr) << qPrintable(name);
        EXPECT_TRUE(action->shortcuts().contains(key)) << qPrintable(name);
        EXPECT_TRUE(toolBar->actions().contains(action)) << qPrintable(name);
        EXPECT_TRUE(action->toolTip().contains(key.toString(QKeySequence::NativeText))) << qPrintable(name);
    }
    EXPECT_TRUE(w->findChild<QAction *>(u"homeAction"_qs)->shortcuts().contains(QKeySequence(Qt::Key_F4)));
}

TEST_F(MainWindowTest, EveryControlIsNamedForScreenReaders)
{
    auto w = window();
    w->resize(1300, 850);
    showActive(w.get());
    const auto expectNamed = [&w](const char *where) {
        for (QWidget *widget : w->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(w.get()) || widget->focusPolicy() == Qt::NoFocus)
                continue;
            // Parts of a composite control are named through the control itself.
            if (qobject_cast<QComboBox *>(widget->parentWidget())
                || qobject_cast<QAbstractScrollArea *>(widget->parentWidget()) || widget->inherits("QSplitterHandle"))
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(widget);
            EXPECT_FALSE(widget->accessibleName().isEmpty() && !(button && !button->text().isEmpty()))
                    << where << ": " << qPrintable(widget->objectName()) << " " << widget->metaObject()->className();
        }
    };
    expectNamed("home list");
    QTest::keyClick(w.get(), Qt::Key_F2);
    ASSERT_NE(w->workspace(), nullptr);
    w->walkerPanel()->chooseOption(w->walkerPanel()->walker().current().options.size() - 1);
    expectNamed("case");
}

TEST_F(MainWindowTest, ControlL_SwitchesTheTreeTextsToEnglishAndIsRemembered)
{
    {
        auto w = window();
        showActive(w.get());
        QTest::keyClick(w.get(), Qt::Key_F2);
        const QString dutch = w->findChild<QLabel *>(u"questionLabel"_qs)->text();
        QTest::keyClick(w.get(), Qt::Key_L, Qt::ControlModifier);
        EXPECT_EQ(w->walkerPanel()->contentLanguage(), u"en");
        EXPECT_NE(w->findChild<QLabel *>(u"questionLabel"_qs)->text(), dutch);
        w->close();
    }
    auto reopened = window();
    EXPECT_EQ(reopened->contentLanguage(), u"en");
    reopened->newCase(Channel::Phone);
    EXPECT_EQ(reopened->walkerPanel()->contentLanguage(), u"en");
}

TEST_F(MainWindowTest, RemembersItsGeometry)
{
    {
        auto w = window();
        showActive(w.get());
        w->resize(900, 600);
        w->close();
    }
    auto reopened = window();
    EXPECT_EQ(reopened->size(), QSize(900, 600));
}

TEST_F(MainWindowTest, RemembersTheWorkspaceSplitter)
{
    QList<int> sizes;
    {
        auto w = window();
        w->resize(1300, 850);
        showActive(w.get());
        w->newCase(Channel::Phone);
        auto *splitter = w->findChild<QSplitter *>(u"workspaceSplitter"_qs);
        sizes = splitter->sizes();
        sizes[1] += 100;
        sizes[0] -= 100;
        splitter->setSizes(sizes);
        sizes = splitter->sizes();
        w->close();
    }
    auto reopened = window();
    reopened->resize(1300, 850);
    showActive(reopened.get());
    reopened->newCase(Channel::Phone);
    EXPECT_EQ(reopened->findChild<QSplitter *>(u"workspaceSplitter"_qs)->sizes(), sizes);
}

TEST_F(MainWindowTest, TheSupervisionMenuOpensTheCaseLogATimelineAndTheDashboard)
{
    auto w = window();
    w->enableSupervision(*m_supervisionStorage);
    showActive(w.get());
    ASSERT_TRUE(w->newCase(Channel::Phone));
    const QUuid id = w->workspace()->session().caseData().id;
    w->showHome();

    QAction *caseLogAction = w->findChild<QAction *>(u"caseLogAction"_qs);
    ASSERT_TRUE(caseLogAction);
    EXPECT_EQ(caseLogAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    caseLogAction->trigger();
    CaseLogView *log = w->supervision()->showCaseLog();
    ASSERT_TRUE(log);
    EXPECT_TRUE(log->isWindow());
    EXPECT_TRUE(QTest::qWaitFor([&] { return log->model()->rowCount() == 1; }, 3000));

    emit log->openRequested(id); // Enter or a double click on the row
    const auto timelines = w->findChildren<CaseTimelineView *>();
    ASSERT_EQ(timelines.size(), 1);
    EXPECT_EQ(timelines.first()->caseId(), id);

    w->findChild<QAction *>(u"dashboardAction"_qs)->trigger();
    EXPECT_EQ(w->findChildren<DashboardView *>().size(), 1);
    w->findChild<QAction *>(u"dashboardAction"_qs)->trigger(); // a second time raises the same window
    EXPECT_EQ(w->findChildren<DashboardView *>().size(), 1);
}

TEST_F(MainWindowTest, TheSupervisorWindowsFollowTheContentLanguage)
{
    auto w = window();
    w->enableSupervision(*m_supervisionStorage);
    EXPECT_EQ(w->supervision()->contentLanguage(), u"nl");
    w->findChild<QAction *>(u"englishContentAction"_qs)->trigger();
    EXPECT_EQ(w->supervision()->contentLanguage(), u"en");
    w->findChild<QAction *>(u"englishContentAction"_qs)->trigger();
    EXPECT_EQ(w->supervision()->contentLanguage(), u"nl");

    // A desk that starts in English opens its supervisor windows in English.
    QSettings().setValue(u"content/language"_qs, u"en"_qs);
    auto english = window();
    english->enableSupervision(*m_supervisionStorage);
    EXPECT_EQ(english->supervision()->contentLanguage(), u"en");
}

TEST_F(MainWindowTest, ControlShiftE_OpensTheTreeEditorOnTheTreeInUse)
{
    auto w = window();
    showActive(w.get());
    EXPECT_EQ(w->findChild<QAction *>(u"treeEditorAction"_qs), nullptr); // not for agents
    w->enableTreeEditor(nullptr);
    QTest::keyClick(w.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    const auto editors = w->findChildren<TreeEditorWindow *>();
    ASSERT_EQ(editors.size(), 1);
    TreeEditorWindow *editor = editors.first();
    EXPECT_TRUE(editor->isWindow());
    EXPECT_EQ(editor->selectedNodeId(), m_tree->startNodeId());
    // The draft is the tree in use: unchanged, it has the same identity.
    ASSERT_TRUE(editor->validation().tree);
    EXPECT_EQ(editor->validation().tree->identity(), m_tree->identity());
    EXPECT_EQ(editor->validation().errorCount(), 0);
    EXPECT_EQ(w->showTreeEditor(), editor); // a second time raises the same window
    EXPECT_EQ(w->findChildren<TreeEditorWindow *>().size(), 1);
}

TEST_F(MainWindowTest, AHomeListThatCannotBeReadSaysWhatToDoAndIsReadAgainOnceTheDatabaseAnswers)
{
    CaseSession::start(m_work, m_tree, Channel::Phone, u"agent-a"_qs); // one case of this agent's
    auto main = window();
    showActive(main.get());
    HomeView *home = main->homeView();
    ASSERT_EQ(home->model()->rowCount(), 1);

    m_store.failing = true;
    home->reload();
    auto *error = home->findChild<QLabel *>(u"homeErrorLabel"_qs);
    ASSERT_TRUE(error->isVisibleTo(home));
    EXPECT_TRUE(home->hasFailed());
    const std::string text = error->text().toStdString();
    EXPECT_NE(text.find("The case list cannot be read."), std::string::npos) << text;
    EXPECT_NE(text.find("Check the network connection"), std::string::npos) << text;
    EXPECT_NE(text.find("read again as soon as the database answers"), std::string::npos) << text;

    // The database answers again (the desk's storage notices on its next job or ping): the list comes back.
    m_store.failing = false;
    m_work.run(nullptr, [](CaseRepository &) {}, {});
    EXPECT_FALSE(home->hasFailed());
    EXPECT_FALSE(error->isVisibleTo(home));
    EXPECT_EQ(home->model()->rowCount(), 1);
}
