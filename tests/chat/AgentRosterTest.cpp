// SPDX-License-Identifier: GPL-3.0-or-later
// The gateway's roster of agents: states, time in state, eligibility and the order chats go in.
#include "chat/AgentRoster.h"

#include <gtest/gtest.h>

using namespace ww;
using namespace ww::chat;

namespace {

const QDateTime t0 = QDateTime::fromString(u"2026-12-02T09:00:00Z"_qs, Qt::ISODate);

QStringList namesOf(const QList<AgentRoster::Agent> &agents)
{
    QStringList names;
    for (const AgentRoster::Agent &agent : agents)
        names.append(agent.name);
    return names;
}

} // namespace

TEST(AgentRoster, ANewAgentIsAvailableAndTheTimeInAStateRunsOnWhenItIsToldAgain)
{
    AgentRoster roster;
    roster.connectAgent(u"anna"_qs, 2, t0);
    EXPECT_EQ(roster.agent(u"anna"_qs)->state, AgentState::Available);
    EXPECT_EQ(roster.agent(u"anna"_qs)->since, t0);
    EXPECT_TRUE(roster.setState(u"anna"_qs, AgentState::Break, t0.addSecs(10)));
    EXPECT_FALSE(roster.setState(u"anna"_qs, AgentState::Break, t0.addSecs(20)));
    EXPECT_EQ(roster.agent(u"anna"_qs)->since, t0.addSecs(10));
    EXPECT_FALSE(roster.setState(u"nobody"_qs, AgentState::Available, t0)); // not connected: ignored
    EXPECT_FALSE(roster.agent(u"nobody"_qs));
}

TEST(AgentRoster, AnAgentWhoLeavesIsOfflineAndComesBackInTheStateTheyChose)
{
    AgentRoster roster;
    roster.connectAgent(u"anna"_qs, 2, t0);
    roster.setState(u"anna"_qs, AgentState::OtherWork, t0);
    roster.disconnectAgent(u"anna"_qs, t0.addSecs(5));
    EXPECT_EQ(roster.agent(u"anna"_qs)->state, AgentState::Offline);
    EXPECT_FALSE(roster.allowsChats(u"anna"_qs));
    EXPECT_FALSE(roster.setState(u"anna"_qs, AgentState::Available, t0.addSecs(6)));
    roster.connectAgent(u"anna"_qs, 2, t0.addSecs(9));
    EXPECT_EQ(roster.agent(u"anna"_qs)->state, AgentState::OtherWork);
    EXPECT_EQ(roster.agent(u"anna"_qs)->since, t0.addSecs(9));
}

TEST(AgentRoster, OnlyAvailableOrInChatAgentsBelowTheirLimitAreEligibleFewestChatsThenLongestFirst)
{
    AgentRoster roster;
    const QList<std::pair<QString, AgentState>> agents{
            {u"onCall"_qs, AgentState::OnCall},   {u"wrapUp"_qs, AgentState::WrapUp},
            {u"break"_qs, AgentState::Break},     {u"other"_qs, AgentState::OtherWork},
            {u"offline"_qs, AgentState::Offline}, {u"late"_qs, AgentState::Available},
            {u"early"_qs, AgentState::Available}, {u"chatting"_qs, AgentState::InChat},
            {u"full"_qs, AgentState::InChat},
    };
    int second = 0;
    for (const auto &[name, state] : agents) {
        roster.connectAgent(name, 2, t0);
        roster.setState(name, state, t0.addSecs(++second));
    }
    roster.setState(u"early"_qs, AgentState::InChat, t0);
    roster.setState(u"early"_qs, AgentState::Available, t0); // back to available before "late" was
    roster.setOpenChats({{u"chatting"_qs, 1}, {u"full"_qs, 2}});
    EXPECT_EQ(namesOf(roster.eligibleInOrder()), (QStringList{u"early"_qs, u"late"_qs, u"chatting"_qs}));
    EXPECT_TRUE(roster.anyEligible());
    EXPECT_TRUE(roster.allowsChats(u"full"_qs)); // its state allows chats; the limit is checked apart
    EXPECT_FALSE(roster.allowsChats(u"wrapUp"_qs));

    for (const QString &name : {u"early"_qs, u"late"_qs, u"chatting"_qs})
        roster.setState(name, AgentState::Break, t0.addSecs(60));
    EXPECT_FALSE(roster.anyEligible());
}
