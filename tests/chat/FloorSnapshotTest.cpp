// SPDX-License-Identifier: GPL-3.0-or-later
// The live view's floor from plain data: times in state, waiting times and the three alerts, on a fixed clock.
#include "chat/FloorSnapshot.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>

using namespace ww;
using namespace ww::chat;

namespace {

const QDateTime now = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);

FloorAgent agent(const QString &name, AgentState state, int secondsAgo, int chats = 0, int maxChats = 3)
{
    return {name, state, now.addSecs(-secondsAgo), chats, maxChats, false};
}

FloorQueueEntry waiting(int secondsAgo, const QString &lang = u"nl"_qs)
{
    return {QUuid::createUuid(), now.addSecs(-secondsAgo), lang};
}

QStringList kinds(const FloorSnapshot &floor)
{
    QStringList list;
    for (const FloorAlert &alert : floor.alerts)
        list.append(floorAlertCode(alert.kind));
    return list;
}

} // namespace

TEST(FloorSnapshotTest, AgentsAreSortedByNameWithTheirStateAndSecondsInIt)
{
    const FloorSnapshot floor = FloorSnapshot::build(
            {agent(u"maria"_qs, AgentState::InChat, 35, 2), agent(u"joost"_qs, AgentState::Break, 600)}, {}, {}, now);
    ASSERT_EQ(floor.agents.size(), 2);
    EXPECT_EQ(floor.agents.at(0), (FloorSnapshot::Agent{u"joost"_qs, u"break"_qs, 600, 0, 3, false}));
    EXPECT_EQ(floor.agents.at(1), (FloorSnapshot::Agent{u"maria"_qs, u"in-chat"_qs, 35, 2, 3, false}));
}

TEST(FloorSnapshotTest, TheQueueIsOldestFirstWithWaitingSeconds)
{
    const FloorQueueEntry newer = waiting(10, u"en"_qs);
    const FloorQueueEntry older = waiting(80);
    const FloorSnapshot floor
            = FloorSnapshot::build({agent(u"maria"_qs, AgentState::Available, 5)}, {newer, older}, {}, now);
    ASSERT_EQ(floor.queue.size(), 2);
    EXPECT_EQ(floor.queue.at(0), (FloorSnapshot::Queued{older.chat, 80, u"nl"_qs}));
    EXPECT_EQ(floor.queue.at(1), (FloorSnapshot::Queued{newer.chat, 10, u"en"_qs}));
    EXPECT_TRUE(floor.alerts.isEmpty());
}

TEST(FloorSnapshotTest, WrapUpOverItsLimitIsAnAlertAndAtTheLimitNot)
{
    FloorThresholds limits;
    limits.wrapUpLimitSeconds = 180;
    FloorSnapshot floor = FloorSnapshot::build({agent(u"joost"_qs, AgentState::WrapUp, 240),
                                                agent(u"anna"_qs, AgentState::WrapUp, 180),
                                                agent(u"bram"_qs, AgentState::WrapUp, 500)},
                                               {}, limits, now);
    ASSERT_EQ(kinds(floor), (QStringList{u"wrap-up-over"_qs, u"wrap-up-over"_qs}));
    EXPECT_EQ(floor.alerts.at(0).agent, u"bram"_qs); // the longest over first
    EXPECT_EQ(floor.alerts.at(0).seconds, 500);
    EXPECT_EQ(floor.alerts.at(1).agent, u"joost"_qs);
    EXPECT_EQ(floor.alerts.at(1).seconds, 240);

    // The same wrap-up a second later, with a limit of 240 read from the settings meanwhile.
    limits.wrapUpLimitSeconds = 240;
    floor = FloorSnapshot::build({agent(u"joost"_qs, AgentState::WrapUp, 240)}, {}, limits, now);
    EXPECT_TRUE(floor.alerts.isEmpty());
    floor = FloorSnapshot::build({agent(u"joost"_qs, AgentState::WrapUp, 240)}, {}, limits, now.addSecs(1));
    EXPECT_EQ(kinds(floor), QStringList{u"wrap-up-over"_qs});
}

TEST(FloorSnapshotTest, AChatWaitingTooLongIsAnAlert)
{
    FloorThresholds limits;
    limits.waitingTooLongSeconds = 120;
    const FloorQueueEntry old = waiting(130);
    const FloorSnapshot floor
            = FloorSnapshot::build({agent(u"maria"_qs, AgentState::Available, 5)}, {waiting(119), old}, limits, now);
    ASSERT_EQ(kinds(floor), QStringList{u"chat-waiting-long"_qs});
    EXPECT_EQ(floor.alerts.at(0).chat, old.chat);
    EXPECT_EQ(floor.alerts.at(0).seconds, 130);
}

TEST(FloorSnapshotTest, NobodyAvailableWhileChatsWaitIsAnAlertFirst)
{
    // On a call, on a break, in wrap-up, offline, or full: nobody can take a chat.
    const QList<FloorAgent> busy{agent(u"a"_qs, AgentState::OnCall, 5), agent(u"b"_qs, AgentState::Break, 5),
                                 agent(u"c"_qs, AgentState::WrapUp, 5), agent(u"d"_qs, AgentState::Offline, 5),
                                 agent(u"e"_qs, AgentState::InChat, 5, 3, 3)};
    FloorThresholds limits;
    limits.waitingTooLongSeconds = 60;
    FloorSnapshot floor = FloorSnapshot::build(busy, {waiting(90), waiting(3), waiting(2)}, limits, now);
    ASSERT_EQ(kinds(floor), (QStringList{u"nobody-available"_qs, u"chat-waiting-long"_qs}));
    EXPECT_EQ(floor.alerts.at(0).waiting, 3);
    EXPECT_EQ(floor.availableAgents(), 0);

    // No chats waiting: nobody available is no alert.
    EXPECT_TRUE(FloorSnapshot::build(busy, {}, limits, now).alerts.isEmpty());
    // One in chat with room for another: somebody is available.
    QList<FloorAgent> withRoom = busy;
    withRoom.append(agent(u"f"_qs, AgentState::InChat, 5, 2, 3));
    floor = FloorSnapshot::build(withRoom, {waiting(3)}, limits, now);
    EXPECT_TRUE(floor.alerts.isEmpty());
    EXPECT_EQ(floor.availableAgents(), 1);
}

TEST(FloorSnapshotTest, AnUnknownSinceCountsAsNow)
{
    FloorAgent fresh = agent(u"maria"_qs, AgentState::Available, 0);
    fresh.since = {};
    EXPECT_EQ(FloorSnapshot::build({fresh}, {}, {}, now).agents.at(0).sinceSeconds, 0);
}

TEST(FloorSnapshotTest, TheFrameReadsBackAsItWasBuilt)
{
    FloorAgent supervisor = agent(u"sanne"_qs, AgentState::Available, 12);
    supervisor.supervisor = true;
    FloorThresholds limits{200, 60};
    const FloorSnapshot floor = FloorSnapshot::build(
            {agent(u"joost"_qs, AgentState::WrapUp, 240), supervisor, agent(u"maria"_qs, AgentState::InChat, 35, 2)},
            {waiting(80), waiting(10, u"en"_qs)}, limits, now);
    const QJsonObject frame
            = QJsonDocument::fromJson(Frames::make(u"floor"_qs, {}, floor.toFields()).toUtf8()).object();
    EXPECT_EQ(frame.value(u"type").toString(), u"floor"_qs);
    QString error;
    const std::optional<FloorSnapshot> read = FloorSnapshot::fromFrame(frame, &error);
    ASSERT_TRUE(read) << error.toStdString();
    EXPECT_EQ(read->agents, floor.agents);
    EXPECT_EQ(read->queue, floor.queue);
    EXPECT_EQ(read->alerts, floor.alerts);
    EXPECT_EQ(read->thresholds.wrapUpLimitSeconds, 200);
    EXPECT_EQ(read->thresholds.waitingTooLongSeconds, 60);
    EXPECT_TRUE(read->sameAlerts(floor));
}

TEST(FloorSnapshotTest, AHostileFrameIsRefusedWithWhereItIsWrong)
{
    const auto refused = [](const QByteArray &json) {
        QString error;
        const bool read = FloorSnapshot::fromFrame(QJsonDocument::fromJson(json).object(), &error).has_value();
        return read ? std::string("read") : error.toStdString();
    };
    EXPECT_NE(refused(R"({"agents":{},"queue":[],"alerts":[]})").find("\"agents\""), std::string::npos);
    EXPECT_NE(refused(R"({"agents":[],"alerts":[]})").find("\"queue\""), std::string::npos);
    EXPECT_NE(refused(R"({"agents":[{"agent":"m","state":"available","sinceSeconds":-4,"chats":0,"maxChats":3}],)"
                      R"("queue":[],"alerts":[]})")
                      .find("agents[0]"),
              std::string::npos);
    EXPECT_NE(refused(R"({"agents":[],"queue":[{"chat":"not-a-uuid","waitingSeconds":3,"lang":"nl"}],"alerts":[]})")
                      .find("queue[0]"),
              std::string::npos);
    EXPECT_NE(refused(R"({"agents":[],"queue":[],"alerts":[{"kind":"wrap-up-over","seconds":3}]})").find("alerts[0]"),
              std::string::npos);
    QJsonArray many;
    for (int i = 0; i < 2001; ++i)
        many.append(QJsonObject{{u"agent"_qs, u"a%1"_qs.arg(i)},
                                {u"state"_qs, u"available"_qs},
                                {u"sinceSeconds"_qs, 1},
                                {u"chats"_qs, 0},
                                {u"maxChats"_qs, 3}});
    QString error;
    EXPECT_FALSE(FloorSnapshot::fromFrame(
            {{u"agents"_qs, many}, {u"queue"_qs, QJsonArray()}, {u"alerts"_qs, QJsonArray()}}, &error));
    // An alert of a later version is left out, not refused.
    EXPECT_EQ(refused(R"({"agents":[],"queue":[],"alerts":[{"kind":"fire","seconds":3}]})"), "read");
}

TEST(FloorSnapshotTest, WatchAndMoveFramesAreCheckedLikeEveryOther)
{
    const FrameParser parser;
    const auto parse = [&parser](const QString &text) { return parser.parse(text); };
    EXPECT_TRUE(std::holds_alternative<Frame>(parse(u"{\"v\":1,\"type\":\"watch\",\"id\":\"w1\"}"_qs)));
    EXPECT_TRUE(std::holds_alternative<Frame>(
            parse(u"{\"v\":1,\"type\":\"move\",\"id\":\"m1\",\"chat\":\"6f9e\",\"to\":\"joost\"}"_qs)));
    const auto noTarget = parse(u"{\"v\":1,\"type\":\"move\",\"id\":\"m2\",\"chat\":\"6f9e\"}"_qs);
    ASSERT_TRUE(std::holds_alternative<ProtocolError>(noTarget));
    EXPECT_EQ(std::get<ProtocolError>(noTarget).code, ErrorCode::BadField);
    EXPECT_TRUE(std::get<ProtocolError>(noTarget).message.contains(u"\"to\""_qs));
    const QString longNote = QString(2001, u'x');
    const auto tooLong = parse(
            u"{\"v\":1,\"type\":\"move\",\"id\":\"m3\",\"chat\":\"6f9e\",\"to\":\"joost\",\"note\":\"%1\"}"_qs.arg(
                    longNote));
    ASSERT_TRUE(std::holds_alternative<ProtocolError>(tooLong));
    EXPECT_EQ(std::get<ProtocolError>(tooLong).code, ErrorCode::TooLong);
    const auto noId = parse(u"{\"v\":1,\"type\":\"watch\"}"_qs);
    ASSERT_TRUE(std::holds_alternative<ProtocolError>(noId));
    EXPECT_EQ(std::get<ProtocolError>(noId).code, ErrorCode::BadField);
}
