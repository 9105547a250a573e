// SPDX-License-Identifier: GPL-3.0-or-later
// The agent's state machine, on a fake clock: every transition the desk causes, the states the agent
// chooses, and the wrap-up maximum.
#include "agents/AgentStatus.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

using namespace ww;
using Phone = AgentStatus::PhoneCase;

namespace {

class AgentStatusTest : public ::testing::Test
{
protected:
    QDateTime m_now = QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
    AgentStatus m_status{[this] { return m_now; }};
    QSignalSpy m_changes{&m_status, &AgentStatus::changed};

    void advance(int seconds) { m_now = m_now.addSecs(seconds); }
    AgentState lastSignalled() const { return m_changes.constLast().at(0).value<AgentState>(); }
};

} // namespace

TEST_F(AgentStatusTest, StartsAvailableAtTheClocksTime)
{
    EXPECT_EQ(m_status.state(), AgentState::Available);
    EXPECT_EQ(m_status.since(), m_now);
    advance(252);
    EXPECT_EQ(m_status.secondsInState(), 252);
}

TEST_F(AgentStatusTest, APhoneCaseIsACallItsEndWrapUpAndClosingAvailable)
{
    advance(10);
    m_status.setPhoneCase(Phone::InContact);
    EXPECT_EQ(m_status.state(), AgentState::OnCall);
    ASSERT_EQ(m_changes.size(), 1);
    EXPECT_EQ(lastSignalled(), AgentState::OnCall);
    EXPECT_EQ(m_changes.constLast().at(1).toDateTime(), m_now);
    advance(300);
    m_status.setPhoneCase(Phone::WrapUp); // F8
    EXPECT_EQ(m_status.state(), AgentState::WrapUp);
    EXPECT_EQ(m_status.since(), m_now);
    advance(60);
    m_status.setPhoneCase(Phone::None); // F9, or back to the list
    EXPECT_EQ(m_status.state(), AgentState::Available);
    EXPECT_EQ(m_changes.size(), 3);
}

TEST_F(AgentStatusTest, TheSameStateAgainIsNoChange)
{
    m_status.setPhoneCase(Phone::InContact);
    advance(5);
    m_status.setPhoneCase(Phone::InContact); // the case saved, its status the same
    m_status.setOpenChats(0);
    EXPECT_EQ(m_changes.size(), 1);
    EXPECT_EQ(m_status.secondsInState(), 5);
}

TEST_F(AgentStatusTest, ChatsAreInChatAndNoneLeftIsAvailable)
{
    m_status.setOpenChats(1);
    EXPECT_EQ(m_status.state(), AgentState::InChat);
    m_status.setOpenChats(3);
    EXPECT_EQ(m_changes.size(), 1);
    m_status.setOpenChats(0);
    EXPECT_EQ(m_status.state(), AgentState::Available);
    m_status.setOpenChats(-2); // nonsense from a caller counts as none
    EXPECT_EQ(m_status.openChats(), 0);
    EXPECT_EQ(m_status.state(), AgentState::Available);
}

TEST_F(AgentStatusTest, ACallOrWrapUpWinsOverChatsAndClosingReturnsToChat)
{
    m_status.setOpenChats(2);
    m_status.setPhoneCase(Phone::InContact);
    EXPECT_EQ(m_status.state(), AgentState::OnCall);
    m_status.setPhoneCase(Phone::WrapUp);
    EXPECT_EQ(m_status.state(), AgentState::WrapUp);
    m_status.setOpenChats(0);
    EXPECT_EQ(m_status.state(), AgentState::WrapUp); // no chats left: still wrap-up
    m_status.setOpenChats(1);
    m_status.setPhoneCase(Phone::None);
    EXPECT_EQ(m_status.state(), AgentState::InChat);
}

TEST_F(AgentStatusTest, BreakAndOtherWorkAreChosenAndLeavingThemIsAvailable)
{
    EXPECT_TRUE(m_status.toggleBreak());
    EXPECT_EQ(m_status.state(), AgentState::Break);
    EXPECT_TRUE(m_status.toggleBreak());
    EXPECT_EQ(m_status.state(), AgentState::Available);
    EXPECT_TRUE(m_status.choose(AgentState::OtherWork));
    EXPECT_EQ(m_status.state(), AgentState::OtherWork);
    EXPECT_TRUE(m_status.toggleBreak()); // from other work straight to a break
    EXPECT_EQ(m_status.state(), AgentState::Break);
    EXPECT_TRUE(m_status.choose(AgentState::Available));
    EXPECT_EQ(m_status.state(), AgentState::Available);
    EXPECT_EQ(m_changes.size(), 5);
}

TEST_F(AgentStatusTest, ABreakWinsOverChatsAndWrapUpButNotOverACall)
{
    m_status.setOpenChats(1);
    EXPECT_TRUE(m_status.toggleBreak());
    EXPECT_EQ(m_status.state(), AgentState::Break); // the chats still open do not end the break
    m_status.setOpenChats(2);
    EXPECT_EQ(m_status.state(), AgentState::Break);
    EXPECT_TRUE(m_status.toggleBreak());
    EXPECT_EQ(m_status.state(), AgentState::InChat);

    m_status.setPhoneCase(Phone::InContact);
    EXPECT_FALSE(m_status.toggleBreak());
    EXPECT_FALSE(m_status.choose(AgentState::OtherWork));
    EXPECT_EQ(m_status.state(), AgentState::OnCall);
    m_status.setPhoneCase(Phone::WrapUp);
    EXPECT_TRUE(m_status.choose(AgentState::OtherWork));
    EXPECT_EQ(m_status.state(), AgentState::OtherWork);
}

TEST_F(AgentStatusTest, TakingACallEndsABreak)
{
    m_status.toggleBreak();
    m_status.setPhoneCase(Phone::InContact);
    EXPECT_EQ(m_status.state(), AgentState::OnCall);
    m_status.setPhoneCase(Phone::None);
    EXPECT_EQ(m_status.state(), AgentState::Available);
}

TEST_F(AgentStatusTest, OfflineWinsOverEverythingAndComingBackRestores)
{
    m_status.setPhoneCase(Phone::WrapUp);
    m_status.setOffline(true);
    EXPECT_EQ(m_status.state(), AgentState::Offline);
    m_status.setOffline(false);
    EXPECT_EQ(m_status.state(), AgentState::WrapUp);
}

TEST_F(AgentStatusTest, WrapUpRunsOverAfterItsMaximumOnce)
{
    QSignalSpy overruns(&m_status, &AgentStatus::wrapUpOverrun);
    EXPECT_EQ(m_status.wrapUpLimitSeconds(), 180);
    m_status.setPhoneCase(Phone::InContact);
    advance(600);
    m_status.check(); // a long call is no wrap-up
    EXPECT_EQ(overruns.size(), 0);
    m_status.setPhoneCase(Phone::WrapUp);
    advance(179);
    m_status.check();
    EXPECT_EQ(overruns.size(), 0);
    EXPECT_FALSE(m_status.isWrapUpOver());
    advance(1);
    m_status.check();
    EXPECT_EQ(overruns.size(), 1);
    EXPECT_TRUE(m_status.isWrapUpOver());
    advance(30);
    m_status.check();
    EXPECT_EQ(overruns.size(), 1); // said once
    m_status.setPhoneCase(Phone::None);
    EXPECT_FALSE(m_status.isWrapUpOver());
}

TEST_F(AgentStatusTest, TheMaximumComesFromTheDatabaseAndANewOneAppliesAtOnce)
{
    QSignalSpy overruns(&m_status, &AgentStatus::wrapUpOverrun);
    m_status.setPhoneCase(Phone::WrapUp);
    advance(90);
    m_status.check();
    EXPECT_EQ(overruns.size(), 0);
    m_status.setWrapUpLimitSeconds(60);
    EXPECT_EQ(overruns.size(), 1);
    m_status.setWrapUpLimitSeconds(0); // nonsense: the default
    EXPECT_EQ(m_status.wrapUpLimitSeconds(), 180);
}

TEST_F(AgentStatusTest, AClockGoingBackShowsNoNegativeTime)
{
    m_status.toggleBreak();
    advance(-30);
    EXPECT_EQ(m_status.secondsInState(), 0);
}
