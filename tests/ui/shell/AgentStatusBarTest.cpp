// SPDX-License-Identifier: GPL-3.0-or-later
// The agent's state in the desk's status bar: always shown with the time in it, following the phone case
// (F2 on a call, F8 wrap-up, leaving it available), Break on F12, Other work from the control's menu, wrap-up
// running over its maximum, and an accessible name that changes with the state only.
#include "CaseUiSupport.h"
#include "StorageWaits.h"
#include "agents/AgentStatus.h"
#include "content/ShippedContent.h"
#include "shell/AgentStatusButton.h"
#include "shell/MainWindow.h"
#include "storage/AgentStateStore.h"
#include "storage/SqlCaseStore.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QMenu>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>

using namespace ww;

namespace {

class AgentStatusBarTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const DirectoryLoadResult directory = ShippedContent::loadDirectory();
        ASSERT_TRUE(directory.ok());
        m_directory = directory.directory;
        const TreeLoadResult tree = ShippedContent::loadTree(*m_directory);
        ASSERT_TRUE(tree.ok());
        m_window = std::make_unique<MainWindow>(tree.tree, m_directory, m_work, u"agent-a"_qs);
        m_window->setClock(m_clock.clock());
        m_window->resize(1300, 850);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    AgentStatusButton *button() const { return m_window->agentStatusButton(); }
    AgentState state() const { return m_window->agentStatus()->state(); }
    void key(Qt::Key key) { QTest::keyClick(m_window.get(), key); }

    std::shared_ptr<const ReferralDirectory> m_directory;
    test::TemporarySettings m_settings;
    test::TemporaryDatabase m_db;
    SqlCaseStore m_store{m_db.database()};
    DirectCaseWork m_work{m_store};
    test::FakeClock m_clock;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(AgentStatusBarTest, TheStateIsAKeyboardReachableNamedControlInTheStatusBar)
{
    ASSERT_NE(button(), nullptr);
    EXPECT_EQ(button()->parentWidget(), m_window->statusBar());
    EXPECT_TRUE(button()->isVisible());
    EXPECT_NE(button()->focusPolicy() & Qt::TabFocus, 0);
    EXPECT_EQ(button()->accessibleName(), u"Status: Available"_qs);
    EXPECT_TRUE(button()->text().startsWith(u"Available "_qs)) << qPrintable(button()->text());
    EXPECT_EQ(button()->menu()->actions().size(), 3);
}

TEST_F(AgentStatusBarTest, APhoneCaseIsACallF8StartsWrapUpAndLeavingMakesAvailable)
{
    key(Qt::Key_F2);
    ASSERT_NE(m_window->workspace(), nullptr);
    EXPECT_EQ(state(), AgentState::OnCall);
    EXPECT_EQ(button()->accessibleName(), u"Status: On a call"_qs);
    m_clock.advance(125);
    button()->refresh();
    EXPECT_EQ(button()->text(), u"On a call 02:05"_qs);
    EXPECT_EQ(button()->accessibleName(), u"Status: On a call"_qs); // the time is not in the name
    key(Qt::Key_F8);
    EXPECT_EQ(state(), AgentState::WrapUp);
    key(Qt::Key_Escape);
    EXPECT_EQ(state(), AgentState::Available);
}

TEST_F(AgentStatusBarTest, WrapUpOverItsMaximumShowsInTheTextTheNameAndTheStatusBar)
{
    m_window->agentStatus()->setWrapUpLimitSeconds(120);
    key(Qt::Key_F2);
    key(Qt::Key_F8);
    m_clock.advance(119);
    m_window->agentStatus()->check();
    EXPECT_FALSE(m_window->agentStatus()->isWrapUpOver());
    m_clock.advance(1);
    m_window->agentStatus()->check();
    EXPECT_TRUE(m_window->agentStatus()->isWrapUpOver());
    EXPECT_EQ(button()->accessibleName(), u"Status: Wrap-up, over time"_qs);
    EXPECT_TRUE(button()->text().contains(u"(over time)"_qs)) << qPrintable(button()->text());
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"Wrap-up runs over its maximum of 02:00"_qs))
            << qPrintable(m_window->statusBar()->currentMessage());
    key(Qt::Key_F9); // refused (nothing filled in), so still wrap-up
    EXPECT_EQ(state(), AgentState::WrapUp);
}

TEST_F(AgentStatusBarTest, F12TogglesBreakOtherWorkIsInTheMenuAndNeitherDuringACall)
{
    key(Qt::Key_F12);
    EXPECT_EQ(state(), AgentState::Break);
    EXPECT_EQ(button()->accessibleName(), u"Status: Break"_qs);
    EXPECT_TRUE(button()->breakAction()->isChecked());
    key(Qt::Key_F12);
    EXPECT_EQ(state(), AgentState::Available);
    button()->otherWorkAction()->trigger();
    EXPECT_EQ(state(), AgentState::OtherWork);
    button()->availableAction()->trigger();
    EXPECT_EQ(state(), AgentState::Available);

    key(Qt::Key_F2);
    key(Qt::Key_F12);
    EXPECT_EQ(state(), AgentState::OnCall);
    EXPECT_FALSE(button()->breakAction()->isChecked());
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"on a call"_qs));
}

TEST_F(AgentStatusBarTest, OpenChatsMakeInChat)
{
    m_window->agentStatus()->setOpenChats(2);
    EXPECT_EQ(button()->accessibleName(), u"Status: In chat"_qs);
    m_window->agentStatus()->setOpenChats(0);
    EXPECT_EQ(state(), AgentState::Available);
}

TEST_F(AgentStatusBarTest, EveryChangeIsRecordedInTheDatabase)
{
    std::unique_ptr<AsyncStorage> storage = test::storageOn(m_db);
    m_window->enableAgentStates(*storage);
    key(Qt::Key_F12);
    key(Qt::Key_F12);
    ASSERT_TRUE(test::settle(*storage));
    QSqlQuery query(m_db.database().connection());
    ASSERT_TRUE(query.exec(u"SELECT agent, state FROM agent_state_changes ORDER BY id"_qs));
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString() + u':' + query.value(1).toString();
    EXPECT_EQ(rows, (QStringList{u"agent-a:available"_qs, u"agent-a:break"_qs, u"agent-a:available"_qs}));
    m_window.reset(); // its recorder goes before the storage it uses
}
