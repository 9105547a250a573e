// SPDX-License-Identifier: GPL-3.0-or-later
// The gateway with real sockets: visitors (bare WebSocket peers) and agents (ChatAgentClient).
#include "ChatTestSupport.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

using namespace ww;
using namespace ww::chat;
using ww::test::TestPeer;

namespace {

/// Everything an agent client reported.
struct AgentLog
{
    QList<ChatQueueEntry> queue;
    QList<ChatAssignment> assigned;
    QList<ChatIncomingMessage> messages;
    QStringList ended;
    QStringList released;
    QStringList errors;
    QList<QUuid> waitingLong;

    explicit AgentLog(ChatAgentClient &client)
    {
        QObject::connect(&client, &ChatAgentClient::queueChanged, &client, [this](const auto &q) { queue = q; });
        QObject::connect(&client, &ChatAgentClient::chatAssigned, &client,
                         [this](const auto &a) { assigned.append(a); });
        QObject::connect(&client, &ChatAgentClient::messageReceived, &client,
                         [this](const auto &m) { messages.append(m); });
        QObject::connect(&client, &ChatAgentClient::chatEnded, &client,
                         [this](const QUuid &, const QString &reason) { ended.append(reason); });
        QObject::connect(&client, &ChatAgentClient::chatReleased, &client,
                         [this](const QUuid &, const QString &reason) { released.append(reason); });
        QObject::connect(&client, &ChatAgentClient::errorReceived, &client,
                         [this](const QString &code, const QString &, const QString &) { errors.append(code); });
        QObject::connect(&client, &ChatAgentClient::waitingTooLong, &client,
                         [this](const QUuid &chat, int) { waitingLong.append(chat); });
    }
    bool queueHas(const QUuid &chat) const
    {
        return std::any_of(queue.cbegin(), queue.cend(), [&chat](const ChatQueueEntry &e) { return e.chat == chat; });
    }
    QStringList texts() const
    {
        QStringList list;
        for (const ChatIncomingMessage &m : messages)
            list.append(m.text);
        return list;
    }
};

QString unique(const QString &name)
{
    return name + u'_' + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

QUuid chatOf(const QJsonObject &frame)
{
    return QUuid::fromString(frame.value(u"chat").toString());
}

bool waitFor(const std::function<bool()> &condition, int ms = 3000)
{
    return QTest::qWaitFor(condition, ms);
}

std::function<bool(const QJsonObject &)> withText(const QString &text)
{
    return [text](const QJsonObject &frame) { return frame.value(u"text").toString() == text; };
}

/// A visitor in a chat accepted by \a agent.
struct Conversation
{
    std::unique_ptr<TestPeer> visitor;
    QUuid chat;
    QString resume;
};

Conversation startConversation(test::GatewayFixture &fixture, ChatAgentClient &agent, AgentLog &log)
{
    Conversation conversation;
    conversation.visitor = std::make_unique<TestPeer>(fixture.port());
    const QJsonObject welcome = conversation.visitor->helloVisitor();
    conversation.chat = chatOf(welcome);
    conversation.resume = welcome.value(u"resume").toString();
    const qsizetype before = log.assigned.size();
    agent.accept(conversation.chat);
    waitFor([&] { return log.assigned.size() > before; });
    conversation.visitor->take(u"joined"_qs);
    return conversation;
}

class ChatConversationTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    void SetUp() override { m_fixture.start(); }
    test::GatewayFixture m_fixture{GetParam()};
};

class ChatGatewayTest : public ::testing::Test
{
protected:
    void SetUp() override { m_fixture.start(); }
    test::GatewayFixture m_fixture;
};

} // namespace

TEST_P(ChatConversationTest, AVisitorAndAnAgentTalkAndTheTranscriptIsStoredWithTheChatCase)
{
    const QString name = unique(u"maria"_qs);
    auto agent = m_fixture.agent(name);
    ASSERT_TRUE(agent->isReady());
    EXPECT_EQ(agent->agentName(), name);
    AgentLog log(*agent);

    TestPeer visitor(m_fixture.port());
    const QJsonObject tree{{u"identity"_qs, u"website-tree-7"_qs},
                           {u"path"_qs, QJsonArray{u"start"_qs, u"who"_qs, u"theme"_qs}}};
    const QJsonObject welcome = visitor.helloVisitor({}, tree);
    const QUuid chat = chatOf(welcome);
    ASSERT_FALSE(chat.isNull());
    EXPECT_GE(welcome.value(u"resume").toString().size(), 40);
    EXPECT_EQ(welcome.value(u"state").toString(), u"queued");
    EXPECT_EQ(visitor.take(u"queue"_qs).value_or(QJsonObject()).value(u"position").toInt(), 1);

    // The agent sees the chat waiting, with the path the visitor took on the website.
    ASSERT_TRUE(waitFor([&] { return log.queueHas(chat); }));
    EXPECT_EQ(log.queue.at(0).treeIdentity, u"website-tree-7");
    agent->accept(chat);
    ASSERT_TRUE(waitFor([&] { return !log.assigned.isEmpty(); }));
    const ChatAssignment assignment = log.assigned.at(0);
    EXPECT_EQ(assignment.chat, chat);
    EXPECT_EQ(assignment.treePath, (QStringList{u"start"_qs, u"who"_qs, u"theme"_qs}));
    EXPECT_EQ(assignment.treeIdentity, u"website-tree-7");
    EXPECT_TRUE(visitor.take(u"joined"_qs).has_value());
    EXPECT_TRUE(waitFor([&] { return log.queue.isEmpty(); }));

    visitor.send(u"message"_qs, u"v1"_qs, {{u"text"_qs, u"Ik word gepest op school"_qs}});
    const auto ack = visitor.take(u"ack"_qs, [](const QJsonObject &f) { return f.value(u"ack").toString() == u"v1"; });
    ASSERT_TRUE(ack);
    EXPECT_EQ(ack->value(u"seq").toInt(), 1);
    ASSERT_TRUE(waitFor([&] { return !log.messages.isEmpty(); }));
    EXPECT_EQ(log.messages.at(0).text, u"Ik word gepest op school");
    EXPECT_EQ(log.messages.at(0).from, u"visitor");

    visitor.send(u"typing"_qs, u"t1"_qs, {{u"typing"_qs, true}});
    agent->sendMessage(chat, u"Wat vervelend. Sinds wanneer?"_qs);
    const auto reply = visitor.take(u"message"_qs, withText(u"Wat vervelend. Sinds wanneer?"_qs));
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->value(u"from").toString(), u"agent");
    EXPECT_EQ(reply->value(u"seq").toInt(), 2);
    EXPECT_TRUE(waitFor([&] { return agent->unacknowledgedCount() == 0; }));

    visitor.send(u"end"_qs, u"e1"_qs);
    ASSERT_TRUE(waitFor([&] { return !log.ended.isEmpty(); }));
    EXPECT_EQ(log.ended.at(0), u"visitor-ended");
    EXPECT_TRUE(visitor.take(u"ended"_qs).has_value());

    const QString caseOf = u"(SELECT case_id FROM chats WHERE id = '%1')"_qs.arg(chat.toString(QUuid::WithoutBraces));
    EXPECT_EQ(m_fixture.count(u"SELECT count(*) FROM cases WHERE channel = 'chat' AND owner = '%1' AND id = %2"_qs.arg(
                      name, caseOf)),
              1);
    EXPECT_EQ(m_fixture.count(u"SELECT count(*) FROM chat_messages WHERE case_id = "_qs + caseOf), 2);
    // The end is stored after the visitor heard it (their "end" is acknowledged once it is).
    EXPECT_TRUE(waitFor([&] { return m_fixture.count(u"SELECT count(*) FROM chats WHERE state = 'ended'"_qs) == 1; }));
}

TEST_P(ChatConversationTest, ARestartedGatewayResumesChatsFromTheDatabase)
{
    const QString name = unique(u"maria"_qs);
    auto agent = m_fixture.agent(name);
    AgentLog log(*agent);
    Conversation talk = startConversation(m_fixture, *agent, log);
    talk.visitor->send(u"message"_qs, u"v1"_qs, {{u"text"_qs, u"Eerste"_qs}});
    ASSERT_TRUE(waitFor([&] { return log.messages.size() == 1; }));

    m_fixture.stop();
    talk.visitor->waitClosed(1000);
    m_fixture.start();

    TestPeer back(m_fixture.port());
    const QJsonObject welcome = back.helloVisitor(talk.resume);
    EXPECT_EQ(chatOf(welcome), talk.chat);
    EXPECT_TRUE(welcome.value(u"resumed").toBool());
    EXPECT_EQ(welcome.value(u"state").toString(), u"active");
    // The agent client reconnects by itself with a new ticket and gets its chat back.
    ASSERT_TRUE(waitFor([&] { return log.assigned.size() == 2; }, 5000));
    EXPECT_EQ(log.assigned.at(1).chat, talk.chat);
    back.send(u"message"_qs, u"v2"_qs, {{u"text"_qs, u"Tweede"_qs}});
    ASSERT_TRUE(waitFor([&] { return log.messages.size() == 2; }));
    EXPECT_EQ(log.texts(), (QStringList{u"Eerste"_qs, u"Tweede"_qs}));
    EXPECT_EQ(log.messages.at(1).seq, 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, ChatConversationTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql),
                         [](const auto &param) { return test::backendName(param.param); });

TEST_F(ChatGatewayTest, MessagesAreAcknowledgedResentAfterAReconnectAndShownOnceInOrder)
{
    auto agent = m_fixture.agent(u"maria"_qs);
    AgentLog log(*agent);
    Conversation talk = startConversation(m_fixture, *agent, log);

    // The same visitor message twice (its ack was lost): acknowledged twice, stored and shown once.
    talk.visitor->send(u"message"_qs, u"v1"_qs, {{u"text"_qs, u"Hallo"_qs}});
    talk.visitor->send(u"message"_qs, u"v1"_qs, {{u"text"_qs, u"Hallo"_qs}});
    ASSERT_TRUE(talk.visitor->take(u"ack"_qs, [](const QJsonObject &f) { return f.value(u"seq").toInt() == 1; }));
    ASSERT_TRUE(talk.visitor->take(u"ack"_qs, [](const QJsonObject &f) { return f.value(u"seq").toInt() == 1; }));
    QTest::qWait(100);
    EXPECT_EQ(log.texts(), QStringList{u"Hallo"_qs});

    // The agent's connection breaks; what it sends meanwhile waits and goes out after the reconnect.
    agent->socket().abort();
    ASSERT_FALSE(agent->isReady());
    agent->sendMessage(talk.chat, u"een"_qs);
    agent->sendMessage(talk.chat, u"twee"_qs);
    agent->sendMessage(talk.chat, u"drie"_qs);
    EXPECT_EQ(agent->unacknowledgedCount(), 3);
    talk.visitor->send(u"message"_qs, u"v2"_qs, {{u"text"_qs, u"Ben je er nog?"_qs}});
    ASSERT_TRUE(waitFor([&] { return agent->isReady() && agent->unacknowledgedCount() == 0; }));
    ASSERT_TRUE(waitFor([&] { return talk.visitor->countOf(u"message"_qs) == 3; }));
    QStringList seen;
    QList<int> seqs;
    while (auto message = talk.visitor->take(u"message"_qs, {}, 10)) {
        seen.append(message->value(u"text").toString());
        seqs.append(message->value(u"seq").toInt());
    }
    EXPECT_EQ(seen, (QStringList{u"een"_qs, u"twee"_qs, u"drie"_qs}));
    EXPECT_EQ(seqs, (QList<int>{3, 4, 5}));
    // The agent got the visitor's message sent while it was away, and the first one not again.
    EXPECT_TRUE(waitFor([&] { return log.messages.size() == 2; }));
    QTest::qWait(100);
    EXPECT_EQ(log.texts(), (QStringList{u"Hallo"_qs, u"Ben je er nog?"_qs}));
    EXPECT_EQ(log.messages.at(1).seq, 2);
    EXPECT_EQ(m_fixture.count(u"SELECT count(*) FROM chat_messages"_qs), 5);
}

TEST_F(ChatGatewayTest, AVisitorResumesWithTheTokenWithinTheGraceAndNotAfter)
{
    auto agent = m_fixture.agent(u"maria"_qs);
    AgentLog log(*agent);
    Conversation talk = startConversation(m_fixture, *agent, log);
    talk.visitor->send(u"message"_qs, u"v1"_qs, {{u"text"_qs, u"Hoi"_qs}});
    ASSERT_TRUE(talk.visitor->take(u"ack"_qs, [](const QJsonObject &f) { return f.value(u"seq").toInt() == 1; }));
    talk.visitor->send(u"ack"_qs, {}, {{u"seq"_qs, 1}});
    // Frames are handled in order: once the typing frame is acknowledged, so is the message.
    talk.visitor->send(u"typing"_qs, u"t2"_qs, {{u"typing"_qs, false}});
    ASSERT_TRUE(
            talk.visitor->take(u"ack"_qs, [](const QJsonObject &f) { return f.value(u"ack").toString() == u"t2"; }));
    talk.visitor->socket().abort();
    agent->sendMessage(talk.chat, u"Ben je er nog?"_qs);
    ASSERT_TRUE(waitFor([&] { return agent->unacknowledgedCount() == 0; }));

    TestPeer back(m_fixture.port());
    const QJsonObject welcome = back.helloVisitor(talk.resume);
    EXPECT_EQ(chatOf(welcome), talk.chat);
    EXPECT_TRUE(back.take(u"joined"_qs).has_value());
    // Only what the visitor had not acknowledged comes again.
    ASSERT_TRUE(back.take(u"message"_qs, withText(u"Ben je er nog?"_qs)));
    QTest::qWait(50);
    EXPECT_EQ(back.countOf(u"message"_qs), 1);

    back.send(u"ack"_qs, {}, {{u"seq"_qs, 2}});
    back.socket().abort();
    // A reloaded page asks for the whole transcript again.
    TestPeer reloaded(m_fixture.port());
    reloaded.send(u"hello"_qs, u"h3"_qs, {{u"role"_qs, u"visitor"_qs}, {u"resume"_qs, talk.resume}, {u"seen"_qs, 0}});
    ASSERT_TRUE(reloaded.take(u"message"_qs, withText(u"Ben je er nog?"_qs)));
    EXPECT_EQ(reloaded.countOf(u"message"_qs), 2);

    reloaded.socket().abort();
    ASSERT_TRUE(waitFor([&] { return log.ended.contains(u"visitor-gone"_qs); }, 3000)) << "grace passed";
    TestPeer late(m_fixture.port());
    late.send(u"hello"_qs, u"h2"_qs, {{u"role"_qs, u"visitor"_qs}, {u"resume"_qs, talk.resume}});
    const auto refused = late.take(u"error"_qs);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->value(u"code").toString(), u"resume-refused");
    EXPECT_EQ(late.countOf(u"welcome"_qs), 0);
}

TEST_F(ChatGatewayTest, ATransferCarriesTheNoteTheCaseAndTheTranscript)
{
    auto maria = m_fixture.agent(u"maria"_qs);
    auto joost = m_fixture.agent(u"joost"_qs);
    AgentLog mariaLog(*maria);
    AgentLog joostLog(*joost);
    Conversation talk = startConversation(m_fixture, *maria, mariaLog);
    talk.visitor->send(u"message"_qs, u"v1"_qs, {{u"text"_qs, u"Het gaat om mijn docent"_qs}});
    ASSERT_TRUE(waitFor([&] { return mariaLog.messages.size() == 1; }));

    maria->transfer(talk.chat, u"nobody-here"_qs, u"x"_qs);
    ASSERT_TRUE(waitFor([&] { return mariaLog.errors.contains(u"target-unavailable"_qs); }));

    maria->transfer(talk.chat, u"joost"_qs, u"Leerling wil een klacht over een docent indienen"_qs);
    ASSERT_TRUE(waitFor([&] { return !joostLog.assigned.isEmpty(); }));
    EXPECT_EQ(mariaLog.released, QStringList{u"transferred"_qs});
    const ChatAssignment received = joostLog.assigned.at(0);
    EXPECT_EQ(received.transferFrom, u"maria");
    EXPECT_EQ(received.transferNote, u"Leerling wil een klacht over een docent indienen");
    EXPECT_EQ(received.caseId, mariaLog.assigned.at(0).caseId);
    ASSERT_TRUE(waitFor([&] { return joostLog.messages.size() == 1; }));
    EXPECT_EQ(joostLog.messages.at(0).text, u"Het gaat om mijn docent");

    // Maria can no longer write in it; Joost can.
    maria->sendMessage(talk.chat, u"nog iets"_qs);
    ASSERT_TRUE(waitFor([&] { return mariaLog.errors.contains(u"not-allowed"_qs); }));
    joost->sendMessage(talk.chat, u"Ik help je verder"_qs);
    EXPECT_TRUE(talk.visitor->take(u"message"_qs, withText(u"Ik help je verder"_qs)));
    EXPECT_EQ(
            m_fixture.count(u"SELECT count(*) FROM case_handovers WHERE from_role = 'maria' AND to_role = 'joost'"_qs),
            1);
}

TEST_F(ChatGatewayTest, AChatGoesBackToTheQueueWhenItsAgentGoesAway)
{
    auto maria = m_fixture.agent(u"maria"_qs);
    auto joost = m_fixture.agent(u"joost"_qs);
    AgentLog mariaLog(*maria);
    AgentLog joostLog(*joost);
    Conversation talk = startConversation(m_fixture, *maria, mariaLog);
    ASSERT_TRUE(waitFor([&] { return !joostLog.queueHas(talk.chat); }));

    maria->close();
    ASSERT_TRUE(waitFor([&] { return joostLog.queueHas(talk.chat); }, 3000));
    const auto position = talk.visitor->take(u"queue"_qs);
    ASSERT_TRUE(position);
    EXPECT_EQ(position->value(u"position").toInt(), 1);
    joost->accept(talk.chat);
    ASSERT_TRUE(waitFor([&] { return !joostLog.assigned.isEmpty(); }));
}

TEST_F(ChatGatewayTest, AgentsHaveALimitAndCannotTakeAnothersChat)
{
    auto maria = m_fixture.agent(u"maria"_qs);
    auto joost = m_fixture.agent(u"joost"_qs);
    AgentLog mariaLog(*maria);
    AgentLog joostLog(*joost);
    Conversation one = startConversation(m_fixture, *maria, mariaLog);
    Conversation two = startConversation(m_fixture, *maria, mariaLog);
    TestPeer third(m_fixture.port());
    const QUuid thirdChat = chatOf(third.helloVisitor());
    maria->accept(thirdChat);
    ASSERT_TRUE(waitFor([&] { return mariaLog.errors.contains(u"chat-limit"_qs); }));
    joost->accept(one.chat);
    ASSERT_TRUE(waitFor([&] { return joostLog.errors.contains(u"chat-taken"_qs); }));
    EXPECT_EQ(mariaLog.assigned.size(), 2);
}

TEST_F(ChatGatewayTest, AChatWaitingTooLongIsSignalledToAgents)
{
    m_fixture.stop();
    auto config = test::GatewayFixture::shortConfig();
    config.waitingTooLongMs = 200;
    m_fixture.start(config);
    auto agent = m_fixture.agent(u"maria"_qs);
    AgentLog log(*agent);
    TestPeer visitor(m_fixture.port());
    const QUuid chat = chatOf(visitor.helloVisitor());
    ASSERT_TRUE(waitFor([&] { return log.waitingLong.contains(chat); }));
    QTest::qWait(150);
    EXPECT_EQ(log.waitingLong.size(), 1) << "signalled once";
}

// Hostile and faulty peers: each gets an error or is closed, and a chat next to it carries on.
class HostilePeerTest : public ChatGatewayTest
{
protected:
    void SetUp() override
    {
        ChatGatewayTest::SetUp();
        m_agent = m_fixture.agent(u"maria"_qs);
        m_log = std::make_unique<AgentLog>(*m_agent);
        m_talk = startConversation(m_fixture, *m_agent, *m_log);
    }

    /// The conversation next to the hostile peer still works both ways.
    void expectOthersUnaffected()
    {
        const QString text = u"nog steeds hier "_qs + QString::number(++m_round);
        m_talk.visitor->send(u"message"_qs, u"ok"_qs + QString::number(m_round), {{u"text"_qs, text}});
        EXPECT_TRUE(waitFor([&] { return m_log->texts().contains(text); }));
        m_agent->sendMessage(m_talk.chat, text + u" (agent)"_qs);
        EXPECT_TRUE(m_talk.visitor->take(u"message"_qs, withText(text + u" (agent)"_qs)));
    }

    static QString codeOf(const std::optional<QJsonObject> &error)
    {
        return error ? error->value(u"code").toString() : u"(no error)"_qs;
    }

    std::unique_ptr<ChatAgentClient> m_agent;
    std::unique_ptr<AgentLog> m_log;
    Conversation m_talk;
    int m_round = 0;
};

TEST_F(HostilePeerTest, MalformedJsonAndUnknownTypesGetAnError)
{
    TestPeer peer(m_fixture.port());
    peer.sendText(u"{\"v\":1,\"type\":"_qs);
    EXPECT_EQ(codeOf(peer.take(u"error"_qs)), u"bad-json");
    peer.send(u"self-destruct"_qs, u"x1"_qs);
    const auto unknown = peer.take(u"error"_qs);
    EXPECT_EQ(codeOf(unknown), u"unknown-type");
    EXPECT_EQ(unknown->value(u"ref").toString(), u"x1");
    peer.sendText(uR"({"v":1,"type":"message","id":"m1","text":42})"_qs);
    EXPECT_EQ(codeOf(peer.take(u"error"_qs)), u"bad-field");
    peer.send(u"message"_qs, u"m2"_qs, {{u"text"_qs, u"before hello"_qs}});
    EXPECT_EQ(codeOf(peer.take(u"error"_qs)), u"not-allowed");
    EXPECT_TRUE(peer.isOpen());
    // A visitor cannot act as an agent.
    peer.helloVisitor();
    peer.send(u"accept"_qs, u"a1"_qs, {{u"chat"_qs, m_talk.chat.toString(QUuid::WithoutBraces)}});
    EXPECT_EQ(codeOf(peer.take(u"error"_qs)), u"not-allowed");
    expectOthersUnaffected();
}

TEST_F(HostilePeerTest, ABinaryFrameClosesTheConnection)
{
    TestPeer peer(m_fixture.port());
    peer.helloVisitor();
    peer.socket().sendBinaryMessage(QByteArray("\x00\x01\x02", 3));
    EXPECT_EQ(codeOf(peer.take(u"error"_qs)), u"binary-frame");
    EXPECT_TRUE(peer.waitClosed());
    EXPECT_EQ(peer.closeCode(), QWebSocketProtocol::CloseCodeDatatypeNotSupported);
    expectOthersUnaffected();
}

TEST_F(HostilePeerTest, TooLongTextGetsAnErrorAndAnOversizedFrameClosesTheConnection)
{
    TestPeer peer(m_fixture.port());
    peer.helloVisitor();
    peer.send(u"message"_qs, u"m1"_qs, {{u"text"_qs, QString(5000, u'x')}});
    EXPECT_EQ(codeOf(peer.take(u"error"_qs)), u"too-long");
    EXPECT_TRUE(peer.isOpen());
    peer.sendText(QString(200'000, u'x'));
    EXPECT_TRUE(peer.waitClosed());
    EXPECT_EQ(peer.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    expectOthersUnaffected();
}

TEST_F(HostilePeerTest, AFloodIsRateLimitedAndThenClosed)
{
    TestPeer peer(m_fixture.port());
    peer.helloVisitor();
    for (int i = 0; i < 200; ++i)
        peer.send(u"typing"_qs, u"t"_qs + QString::number(i), {{u"typing"_qs, true}});
    EXPECT_EQ(codeOf(peer.take(u"error"_qs)), u"rate-limited");
    EXPECT_TRUE(peer.waitClosed());
    EXPECT_EQ(peer.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    EXPECT_LT(peer.countOf(u"error"_qs), 20) << "a flood is not answered with a flood";
    expectOthersUnaffected();
}

// A reloaded page acknowledges a long transcript at once: acks are not the frames the rate limit is for.
// They have a bucket of their own, so a flood of acks is still closed.
TEST_F(HostilePeerTest, AcknowledgementsHaveARateLimitOfTheirOwn)
{
    TestPeer peer(m_fixture.port());
    peer.helloVisitor();
    for (int i = 0; i < 250; ++i)
        peer.sendText(uR"({"v":1,"type":"ack","seq":0})"_qs);
    peer.send(u"message"_qs, u"after-acks"_qs, {{u"text"_qs, u"nog hier"_qs}});
    EXPECT_TRUE(
            peer.take(u"ack"_qs, [](const QJsonObject &ack) { return ack.value(u"ack").toString() == u"after-acks"; }));
    EXPECT_EQ(peer.countOf(u"error"_qs), 0) << "250 acks are not 250 frames over the limit";
    EXPECT_TRUE(peer.isOpen());

    for (int i = 0; i < 2000; ++i)
        peer.sendText(uR"({"v":1,"type":"ack","seq":0})"_qs);
    EXPECT_EQ(codeOf(peer.take(u"error"_qs)), u"rate-limited");
    EXPECT_TRUE(peer.waitClosed());
    expectOthersUnaffected();
}

// Text the database could not hold exactly is refused with the frame's ref, and nothing is stored.
TEST_F(HostilePeerTest, ALoneSurrogateIsRefusedNotStoredAsSomethingElse)
{
    m_talk.visitor->sendText(uR"({"v":1,"type":"message","id":"lone-1","text":"hoi\ud800daar"})"_qs);
    const auto error = m_talk.visitor->take(u"error"_qs);
    ASSERT_TRUE(error);
    EXPECT_EQ(codeOf(error), u"bad-field");
    EXPECT_EQ(error->value(u"ref").toString(), u"lone-1");
    EXPECT_TRUE(m_talk.visitor->isOpen());
    // An emoji (a surrogate pair) is one character and goes through as sent.
    const QString smile = u"hoi "_qs + QString::fromUcs4(U"\U0001F600");
    m_talk.visitor->send(u"message"_qs, u"pair-1"_qs, {{u"text"_qs, smile}});
    EXPECT_TRUE(waitFor([&] { return m_log->texts().contains(smile); }));
    EXPECT_FALSE(m_log->texts().join(u'|').contains(u"daar"));
    expectOthersUnaffected();
}

TEST_F(HostilePeerTest, APeerThatNeverSaysHelloIsClosed)
{
    TestPeer peer(m_fixture.port());
    EXPECT_EQ(codeOf(peer.take(u"error"_qs)), u"handshake-timeout");
    EXPECT_TRUE(peer.waitClosed());
    test::SilentPeer neverUpgrades(m_fixture.port(), false);
    EXPECT_TRUE(neverUpgrades.waitClosed(3000));
    expectOthersUnaffected();
}

TEST_F(HostilePeerTest, PeersThatArriveTogetherArePingedAtMomentsOfTheirOwn)
{
    std::vector<std::unique_ptr<test::SilentPeer>> peers;
    for (int i = 0; i < 20; ++i)
        peers.push_back(std::make_unique<test::SilentPeer>(m_fixture.port()));
    const auto pinged = [&peers] {
        return std::all_of(peers.cbegin(), peers.cend(), [](const auto &peer) { return peer->firstPingMs() >= 0; });
    };
    ASSERT_TRUE(QTest::qWaitFor(pinged, 3000));
    qint64 earliest = std::numeric_limits<qint64>::max();
    qint64 latest = 0;
    for (const auto &peer : peers) {
        earliest = std::min(earliest, peer->firstPingMs());
        latest = std::max(latest, peer->firstPingMs());
    }
    // Pinged an interval after their arrival, all 20 would be within a few ms of each other; each
    // first ping comes at a random moment in the second half of the interval instead.
    const int interval = test::GatewayFixture::shortConfig().peer.pingIntervalMs;
    EXPECT_GE(latest - earliest, interval / 4) << "first pings from " << earliest << " to " << latest << " ms";
    expectOthersUnaffected();
}

TEST_F(HostilePeerTest, APeerThatStopsAnsweringPingsIsClosed)
{
    test::SilentPeer silent(m_fixture.port());
    EXPECT_TRUE(silent.waitClosed(3000));
    EXPECT_EQ(m_fixture.gateway().connectionCount(), 2) << "the agent and the visitor";
    expectOthersUnaffected();
}
