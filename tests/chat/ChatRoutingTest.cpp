// SPDX-License-Identifier: GPL-3.0-or-later
// Routing by availability (docs/chat-protocol.md, "Routing") with a real gateway, several agent clients and
// visitors on real sockets.
#include "ChatTestSupport.h"

#include "chat/ChatTickets.h"

#include <gtest/gtest.h>

#include <QTest>

using namespace ww;
using namespace ww::chat;
using ww::test::TestPeer;

namespace {

bool waitFor(const std::function<bool()> &condition, int ms = 3000)
{
    return QTest::qWaitFor(condition, ms);
}

QUuid chatOf(const QJsonObject &frame)
{
    return QUuid::fromString(frame.value(u"chat").toString());
}

/// What an agent client was told about offers, assignments and errors.
struct Desk
{
    std::unique_ptr<ChatAgentClient> client;
    QList<ChatOffer> offers;
    QList<std::pair<QUuid, QString>> withdrawn;
    QList<QUuid> assigned;
    QStringList errors;

    Desk(test::GatewayFixture &fixture, const QString &name, std::optional<AgentState> state = std::nullopt)
    {
        client = fixture.agent(name, state); // the state goes with the hello, as from the desk
        QObject::connect(client.get(), &ChatAgentClient::offerReceived, client.get(),
                         [this](const ChatOffer &offer) { offers.append(offer); });
        QObject::connect(client.get(), &ChatAgentClient::offerWithdrawn, client.get(),
                         [this](const QUuid &chat, const QString &reason) {
                             withdrawn.append({chat, reason});
                         });
        QObject::connect(client.get(), &ChatAgentClient::chatAssigned, client.get(),
                         [this](const ChatAssignment &assignment) { assigned.append(assignment.chat); });
        QObject::connect(client.get(), &ChatAgentClient::errorReceived, client.get(),
                         [this](const QString &code, const QString &, const QString &) { errors.append(code); });
    }
    /// Sends the state and waits until the gateway has acknowledged it.
    void setState(AgentState state)
    {
        bool acknowledged = false;
        const auto connection = QObject::connect(client.get(), &ChatAgentClient::acknowledged, client.get(),
                                                 [&acknowledged](const QString &, int) { acknowledged = true; });
        client->sendState(state);
        (void)waitFor([&] { return acknowledged; });
        QObject::disconnect(connection);
    }
    bool offered(const QUuid &chat) const
    {
        return std::any_of(offers.cbegin(), offers.cend(),
                           [&chat](const ChatOffer &o) { return o.entry.chat == chat; });
    }
    bool wasWithdrawn(const QUuid &chat, const QString &reason) const
    {
        return withdrawn.contains(std::pair{chat, reason});
    }
};

/// A visitor waiting in the queue; agentsAvailable is what its last queue frame said.
struct Visitor
{
    std::unique_ptr<TestPeer> peer;
    QUuid chat;
    std::optional<bool> lastAvailable;

    explicit Visitor(quint16 port)
        : peer(std::make_unique<TestPeer>(port))
    {
        chat = chatOf(peer->helloVisitor());
    }
    /// Waits for a queue frame saying \a available.
    bool told(bool available, int ms = 3000)
    {
        return peer
                ->take(
                        u"queue"_qs,
                        [available](const QJsonObject &frame) {
                            return frame.value(u"agentsAvailable"_qs).toBool(!available) == available;
                        },
                        ms)
                .has_value();
    }
};

class ChatRoutingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ChatGatewayConfig config = test::GatewayFixture::shortConfig();
        config.maxChatsPerAgent = 2;
        config.offerTimeoutMs = 20'000; // a test that wants a timeout sets its own
        config.reofferAfterMs = 60'000;
        start(config);
    }
    void start(const ChatGatewayConfig &config) { m_fixture.start(config); }
    /// An agent on a bare socket, for frames the client would never send.
    std::unique_ptr<TestPeer> rawAgent(const QString &name)
    {
        auto peer = std::make_unique<TestPeer>(m_fixture.port());
        const QString ticket = ChatTickets(m_fixture.database()).issue(name);
        peer->send(u"hello"_qs, u"h1"_qs, {{u"role"_qs, u"agent"_qs}, {u"ticket"_qs, ticket}});
        EXPECT_TRUE(peer->take(u"welcome"_qs).has_value());
        return peer;
    }
    std::optional<AgentState> stateOf(const QString &name)
    {
        const auto agent = m_fixture.gateway().roster().agent(name);
        return agent ? std::optional(agent->state) : std::nullopt;
    }

    test::GatewayFixture m_fixture;
};

} // namespace

TEST_F(ChatRoutingTest, OnlyAnAvailableAgentGetsTheOfferNeverOneOnBreakOnACallOrInWrapUp)
{
    Desk onBreak(m_fixture, u"bas"_qs, AgentState::Break);
    Desk onCall(m_fixture, u"cor"_qs, AgentState::OnCall);
    Desk wrapping(m_fixture, u"dirk"_qs, AgentState::WrapUp);
    Desk otherWork(m_fixture, u"els"_qs, AgentState::OtherWork);
    Desk available(m_fixture, u"anna"_qs, AgentState::Available);

    Visitor visitor(m_fixture.port());
    ASSERT_TRUE(waitFor([&] { return available.offered(visitor.chat); }));
    const ChatOffer offer = available.offers.at(0);
    EXPECT_EQ(offer.expiresSeconds, 20);
    EXPECT_EQ(offer.entry.lang, u"nl");
    EXPECT_TRUE(offer.entry.visitorConnected);

    // Accepting by hand is refused for those whose state does not allow chats, with its own error.
    for (Desk *desk : {&onBreak, &onCall, &wrapping, &otherWork}) {
        desk->client->accept(visitor.chat);
        ASSERT_TRUE(waitFor([&] { return desk->errors.contains(u"not-available"_qs); }))
                << desk->client->agentName().toStdString();
        EXPECT_TRUE(desk->assigned.isEmpty());
    }
    available.client->accept(visitor.chat);
    ASSERT_TRUE(waitFor([&] { return available.assigned.contains(visitor.chat); }));
    QTest::qWait(100);
    for (Desk *desk : {&onBreak, &onCall, &wrapping, &otherWork})
        EXPECT_TRUE(desk->offers.isEmpty()) << desk->client->agentName().toStdString();
    EXPECT_TRUE(available.withdrawn.isEmpty()); // the accepted offer is not "withdrawn"
}

TEST_F(ChatRoutingTest, TheOfferGoesToTheAgentWithFewestChatsThenTheLongestInTheirState)
{
    Desk anna(m_fixture, u"anna"_qs, AgentState::Available);
    Visitor first(m_fixture.port());
    ASSERT_TRUE(waitFor([&] { return anna.offered(first.chat); }));
    anna.client->accept(first.chat);
    ASSERT_TRUE(waitFor([&] { return anna.assigned.contains(first.chat); }));
    anna.setState(AgentState::InChat);

    // Bob has no chat yet: he is first, although Anna has been in her state longer and has room.
    Desk bob(m_fixture, u"bob"_qs, AgentState::Available);
    Visitor second(m_fixture.port());
    ASSERT_TRUE(waitFor([&] { return bob.offered(second.chat); }));
    EXPECT_FALSE(anna.offered(second.chat));
    bob.client->accept(second.chat);
    ASSERT_TRUE(waitFor([&] { return bob.assigned.contains(second.chat); }));

    // Both have one chat now: Anna, in chat since before Bob's change to "in-chat", is first.
    QTest::qWait(20);
    bob.setState(AgentState::InChat);
    Visitor third(m_fixture.port());
    ASSERT_TRUE(waitFor([&] { return anna.offered(third.chat); }));
    EXPECT_FALSE(bob.offered(third.chat));
}

TEST_F(ChatRoutingTest, AnAgentAtTheChatLimitGetsNoOfferAndAnotherChatWaits)
{
    Desk anna(m_fixture, u"anna"_qs, AgentState::Available);
    std::vector<Visitor> talking; // stay connected to the end of the test
    for (int i = 0; i < 2; ++i) {
        Visitor &visitor = talking.emplace_back(m_fixture.port());
        ASSERT_TRUE(waitFor([&] { return anna.offered(visitor.chat); }));
        anna.client->accept(visitor.chat);
        ASSERT_TRUE(waitFor([&] { return anna.assigned.contains(visitor.chat); }));
    }
    anna.setState(AgentState::InChat);
    ASSERT_EQ(m_fixture.gateway().roster().agent(u"anna"_qs)->openChats, 2);

    Visitor waiting(m_fixture.port());
    EXPECT_TRUE(waiting.told(false)); // Anna has no room, and she is the only one
    QTest::qWait(200);
    EXPECT_FALSE(anna.offered(waiting.chat));
    anna.client->accept(waiting.chat);
    ASSERT_TRUE(waitFor([&] { return anna.errors.contains(u"chat-limit"_qs); }));
}

TEST_F(ChatRoutingTest, ADeclinedOfferGoesToTheNextAgentAndNotBackSoon)
{
    Desk anna(m_fixture, u"anna"_qs, AgentState::Available);
    Visitor visitor(m_fixture.port());
    ASSERT_TRUE(waitFor([&] { return anna.offered(visitor.chat); }));
    Desk bob(m_fixture, u"bob"_qs, AgentState::Available);
    QTest::qWait(100);
    EXPECT_FALSE(bob.offered(visitor.chat)); // one agent at a time

    anna.client->decline(visitor.chat);
    ASSERT_TRUE(waitFor([&] { return bob.offered(visitor.chat); }));
    bob.client->decline(visitor.chat);
    QTest::qWait(300);
    EXPECT_EQ(anna.offers.size(), 1); // not offered to Anna again for a while
    EXPECT_EQ(bob.offers.size(), 1);
    EXPECT_EQ(m_fixture.gateway().router().openOffers(), 0);

    // Still in the queue: either may take it by hand.
    bob.client->accept(visitor.chat);
    ASSERT_TRUE(waitFor([&] { return bob.assigned.contains(visitor.chat); }));
}

TEST_F(ChatRoutingTest, AnOfferNotAnsweredInTimeGoesToTheNextAgent)
{
    m_fixture.stop();
    ChatGatewayConfig config = test::GatewayFixture::shortConfig();
    config.offerTimeoutMs = 400;
    start(config);
    Desk anna(m_fixture, u"anna"_qs, AgentState::Available);
    Visitor visitor(m_fixture.port());
    ASSERT_TRUE(waitFor([&] { return anna.offered(visitor.chat); }));
    EXPECT_EQ(anna.offers.at(0).expiresSeconds, 1);
    Desk bob(m_fixture, u"bob"_qs, AgentState::Available);

    ASSERT_TRUE(waitFor([&] { return anna.wasWithdrawn(visitor.chat, u"expired"_qs); }));
    ASSERT_TRUE(waitFor([&] { return bob.offered(visitor.chat); }));
    bob.client->accept(visitor.chat);
    ASSERT_TRUE(waitFor([&] { return bob.assigned.contains(visitor.chat); }));
    EXPECT_TRUE(bob.withdrawn.isEmpty());
}

TEST_F(ChatRoutingTest, ChangingStateAwayFromAvailableWithdrawsTheOffer)
{
    Desk anna(m_fixture, u"anna"_qs, AgentState::Available);
    Visitor visitor(m_fixture.port());
    ASSERT_TRUE(waitFor([&] { return anna.offered(visitor.chat); }));
    Desk bob(m_fixture, u"bob"_qs, AgentState::OnCall);

    anna.setState(AgentState::Break);
    ASSERT_TRUE(waitFor([&] { return anna.wasWithdrawn(visitor.chat, u"not-available"_qs); }));
    EXPECT_TRUE(visitor.told(false));  // nobody may take it now
    anna.client->accept(visitor.chat); // an accept of the withdrawn offer is refused too
    ASSERT_TRUE(waitFor([&] { return anna.errors.contains(u"not-available"_qs); }));

    bob.setState(AgentState::Available); // his call ended
    ASSERT_TRUE(waitFor([&] { return bob.offered(visitor.chat); }));
    EXPECT_TRUE(visitor.told(true));
}

TEST_F(ChatRoutingTest, AnOfferTakenByHandByAColleagueIsWithdrawn)
{
    Desk anna(m_fixture, u"anna"_qs, AgentState::Available);
    Visitor visitor(m_fixture.port());
    ASSERT_TRUE(waitFor([&] { return anna.offered(visitor.chat); }));
    Desk bob(m_fixture, u"bob"_qs); // an older desk: sends no state, counts as available
    bob.client->accept(visitor.chat);
    ASSERT_TRUE(waitFor([&] { return bob.assigned.contains(visitor.chat); }));
    ASSERT_TRUE(waitFor([&] { return anna.wasWithdrawn(visitor.chat, u"taken"_qs); }));
    EXPECT_EQ(m_fixture.gateway().router().openOffers(), 0);
}

TEST_F(ChatRoutingTest, VisitorsAreToldWhenNobodyIsAvailableAndWhenSomeoneIs)
{
    Visitor visitor(m_fixture.port());
    EXPECT_TRUE(visitor.told(false)); // no agent connected

    Desk anna(m_fixture, u"anna"_qs, AgentState::Break);
    QTest::qWait(100);
    EXPECT_FALSE(visitor.told(true, 100)); // connected, on a break: still nobody
    anna.setState(AgentState::Available);
    EXPECT_TRUE(visitor.told(true));
    ASSERT_TRUE(waitFor([&] { return anna.offered(visitor.chat); }));

    anna.setState(AgentState::WrapUp);
    EXPECT_TRUE(visitor.told(false));
    anna.client->close();
    ASSERT_TRUE(waitFor([&] { return stateOf(u"anna"_qs) == AgentState::Offline; }));
    anna.client->sendState(AgentState::Available); // not connected: nothing changes
    QTest::qWait(100);
    EXPECT_FALSE(visitor.told(true, 100));
    EXPECT_EQ(stateOf(u"anna"_qs), AgentState::Offline);
}

TEST_F(ChatRoutingTest, StateFramesAreCheckedAndOnlyEverSetTheSendersOwnState)
{
    Desk anna(m_fixture, u"anna"_qs, AgentState::Break);
    ASSERT_EQ(stateOf(u"anna"_qs), AgentState::Break);

    // A visitor, or a connection without hello, cannot set anyone's state.
    TestPeer stranger(m_fixture.port());
    stranger.send(u"state"_qs, u"s1"_qs, {{u"state"_qs, u"available"_qs}, {u"agent"_qs, u"anna"_qs}});
    EXPECT_EQ(stranger.take(u"error"_qs).value_or(QJsonObject()).value(u"code").toString(), u"not-allowed");
    Visitor visitor(m_fixture.port());
    visitor.peer->send(u"state"_qs, u"s2"_qs, {{u"state"_qs, u"available"_qs}, {u"agent"_qs, u"anna"_qs}});
    EXPECT_EQ(visitor.peer->take(u"error"_qs).value_or(QJsonObject()).value(u"code").toString(), u"not-allowed");
    visitor.peer->send(u"decline"_qs, u"d1"_qs, {{u"chat"_qs, visitor.chat.toString(QUuid::WithoutBraces)}});
    EXPECT_EQ(visitor.peer->take(u"error"_qs).value_or(QJsonObject()).value(u"code").toString(), u"not-allowed");

    // Another agent naming Anna sets only their own state.
    auto bob = rawAgent(u"bob"_qs);
    bob->send(u"state"_qs, u"s3"_qs, {{u"state"_qs, u"available"_qs}, {u"agent"_qs, u"anna"_qs}});
    EXPECT_TRUE(bob->take(u"ack"_qs, [](const QJsonObject &f) {
                       return f.value(u"ack"_qs).toString() == u"s3";
                   }).has_value());
    EXPECT_EQ(stateOf(u"anna"_qs), AgentState::Break);
    EXPECT_EQ(stateOf(u"bob"_qs), AgentState::Available);

    // Unknown codes, wrong types and missing states are bad fields, and change nothing.
    for (const QJsonValue &bad : {QJsonValue(u"lunch"_qs), QJsonValue(u"Available"_qs), QJsonValue(3), QJsonValue(true),
                                  QJsonValue(QJsonValue::Null), QJsonValue(u""_qs)}) {
        bob->send(u"state"_qs, u"s4"_qs, {{u"state"_qs, bad}});
        const auto error = bob->take(u"error"_qs);
        ASSERT_TRUE(error);
        EXPECT_EQ(error->value(u"code").toString(), u"bad-field");
        EXPECT_EQ(error->value(u"ref").toString(), u"s4");
    }
    EXPECT_EQ(stateOf(u"bob"_qs), AgentState::Available);
    // A decline of a chat that does not exist.
    bob->send(u"decline"_qs, u"d2"_qs, {{u"chat"_qs, QUuid::createUuid().toString(QUuid::WithoutBraces)}});
    EXPECT_EQ(bob->take(u"error"_qs).value_or(QJsonObject()).value(u"code").toString(), u"unknown-chat");
}

TEST_F(ChatRoutingTest, ATransferGoesOnlyToAColleagueWhoseStateAllowsChats)
{
    Desk anna(m_fixture, u"anna"_qs, AgentState::Available);
    Desk bob(m_fixture, u"bob"_qs, AgentState::Break);
    Visitor visitor(m_fixture.port());
    ASSERT_TRUE(waitFor([&] { return anna.offered(visitor.chat); }));
    anna.client->accept(visitor.chat);
    ASSERT_TRUE(waitFor([&] { return anna.assigned.contains(visitor.chat); }));

    anna.client->transfer(visitor.chat, u"bob"_qs, u"Vraag over de klas"_qs);
    ASSERT_TRUE(waitFor([&] { return anna.errors.contains(u"target-unavailable"_qs); }));
    bob.setState(AgentState::Available);
    anna.client->transfer(visitor.chat, u"bob"_qs, u"Vraag over de klas"_qs);
    ASSERT_TRUE(waitFor([&] { return bob.assigned.contains(visitor.chat); }));
}

TEST_F(ChatRoutingTest, TheClientTellsItsStateAgainAfterEveryReconnect)
{
    Desk anna(m_fixture, u"anna"_qs, AgentState::Break);
    // A restarted gateway knows nothing of Anna: her desk tells it again, before she could get an offer.
    m_fixture.stop();
    start(test::GatewayFixture::shortConfig());
    Visitor visitor(m_fixture.port());
    ASSERT_TRUE(waitFor([&] { return anna.client->isReady(); }, 5000));
    ASSERT_TRUE(waitFor([&] { return stateOf(u"anna"_qs) == AgentState::Break; }));
    QTest::qWait(200);
    EXPECT_TRUE(anna.offers.isEmpty());
    EXPECT_EQ(anna.client->state(), AgentState::Break);
}

TEST(ChatRoutingProtocol, StateAndDeclineFramesAreCheckedLikeEveryOther)
{
    const FrameParser parser;
    const auto parse = [&parser](const QString &text) { return parser.parse(text); };
    const auto codeOf = [&parse](const QString &text) {
        const auto result = parse(text);
        return std::holds_alternative<ProtocolError>(result) ? errorCodeText(std::get<ProtocolError>(result).code)
                                                             : QString();
    };
    for (const QString &code :
         {u"available"_qs, u"on-call"_qs, u"in-chat"_qs, u"wrap-up"_qs, u"break"_qs, u"other-work"_qs, u"offline"_qs}) {
        EXPECT_EQ(codeOf(uR"({"v":1,"type":"state","id":"s","state":"%1"})"_qs.arg(code)), QString())
                << qPrintable(code);
        EXPECT_EQ(codeOf(uR"({"v":1,"type":"hello","id":"h","role":"agent","ticket":"t","state":"%1"})"_qs.arg(code)),
                  QString());
    }
    EXPECT_EQ(codeOf(uR"({"v":1,"type":"state","id":"s","state":"lunch"})"_qs), u"bad-field");
    EXPECT_EQ(codeOf(uR"({"v":1,"type":"state","id":"s","state":["break"]})"_qs), u"bad-field");
    EXPECT_EQ(codeOf(uR"({"v":1,"type":"state","id":"s"})"_qs), u"bad-field");
    EXPECT_EQ(codeOf(uR"({"v":1,"type":"state","state":"break"})"_qs), u"bad-field"); // no id
    EXPECT_EQ(codeOf(uR"({"v":1,"type":"hello","id":"h","role":"agent","ticket":"t","state":"busy"})"_qs),
              u"bad-field");
    EXPECT_EQ(codeOf(uR"({"v":1,"type":"decline","id":"d"})"_qs), u"bad-field");
    EXPECT_EQ(codeOf(uR"({"v":1,"type":"decline","id":"d","chat":"%1"})"_qs.arg(QString(65, u'c'))), u"too-long");
    EXPECT_EQ(codeOf(uR"({"v":1,"type":"decline","id":"d","chat":"c"})"_qs), QString());
    EXPECT_EQ(errorCodeText(ErrorCode::NotAvailable), u"not-available");
    EXPECT_EQ(errorCodeFromText(u"not-available"_qs), ErrorCode::NotAvailable);
}
