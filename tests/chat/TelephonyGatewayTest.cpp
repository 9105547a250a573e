// SPDX-License-Identifier: GPL-3.0-or-later
// The phone system's side of the gateway (docs/telephony.md): it logs in with a secret, announces calls to a
// connected agent's desk, and may send nothing else; nobody else may send its frames.
#include "ChatTestSupport.h"
#include "TestContent.h"
#include "chat/TelephonyFrames.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace ww;
using namespace ww::chat;
using ww::test::TestPeer;

namespace {

const QByteArray secret = "correct horse battery staple, 32+ characters long";

QString nowText(qint64 offsetSeconds = 0)
{
    return QDateTime::currentDateTimeUtc().addSecs(offsetSeconds).toString(Qt::ISODateWithMs);
}

auto answering(const QString &id)
{
    return [id](const QJsonObject &frame) {
        return frame.value(u"ack").toString() == id || frame.value(u"ref").toString() == id;
    };
}

/// Collects what the gateway logs while a test runs.
class LogCapture
{
public:
    LogCapture() { s_lines.clear(), m_previous = qInstallMessageHandler(&LogCapture::handle); }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    QString text() const { return s_lines.join(u'\n'); }

private:
    static void handle(QtMsgType, const QMessageLogContext &, const QString &message) { s_lines.append(message); }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

class TelephonyGatewayTest : public ::testing::Test
{
protected:
    void SetUp() override { m_fixture.start(config()); }

    virtual ChatGatewayConfig config() const
    {
        ChatGatewayConfig config = test::GatewayFixture::shortConfig();
        config.peer.helloTimeoutMs = 5000;
        config.telephony.secret = secret;
        config.telephony.refusalBurst = 3;
        config.telephony.refusalsPerMinute = 0.5;
        return config;
    }

    /// A telephony peer logged in with the right secret.
    std::unique_ptr<TestPeer> phoneSystem()
    {
        auto peer = std::make_unique<TestPeer>(m_fixture.port());
        peer->send(u"hello"_qs, u"t-hello"_qs,
                   {{u"role"_qs, u"telephony"_qs}, {u"secret"_qs, QString::fromUtf8(secret)}});
        EXPECT_TRUE(peer->take(u"ack"_qs, answering(u"t-hello"_qs)));
        EXPECT_TRUE(peer->take(u"welcome"_qs));
        return peer;
    }

    /// Sends \a frame and returns the answer: an ack, or the error's code.
    QString answer(TestPeer &peer, const QString &type, const QString &id, const QJsonObject &fields)
    {
        peer.send(type, id, fields);
        for (int i = 0; i < 300; ++i) {
            if (peer.take(u"ack"_qs, answering(id), 10))
                return u"ack"_qs;
            if (const auto error = peer.take(u"error"_qs, answering(id), 10))
                return error->value(u"code").toString();
        }
        return u"(no answer)"_qs;
    }

    static QJsonObject offer(const QString &call = u"c-1"_qs, const QString &agent = u"agent-a"_qs)
    {
        return {{u"call"_qs, call},     {u"queue"_qs, u"helpline"_qs}, {u"menu"_qs, QJsonArray{u"2"_qs, u"9"_qs}},
                {u"lang"_qs, u"en"_qs}, {u"agent"_qs, agent},          {u"callerNumber"_qs, u"+31612345678"_qs}};
    }

    test::GatewayFixture m_fixture;
};

class TelephonyWithoutSecretTest : public TelephonyGatewayTest
{
protected:
    ChatGatewayConfig config() const override { return test::GatewayFixture::shortConfig(); }
};

} // namespace

TEST_F(TelephonyGatewayTest, AForgedOrMissingSecretIsRefusedAndTheConnectionClosed)
{
    for (const QJsonObject &hello : {QJsonObject{{u"role"_qs, u"telephony"_qs}, {u"secret"_qs, u"guess"_qs}},
                                     QJsonObject{{u"role"_qs, u"telephony"_qs}},
                                     QJsonObject{{u"role"_qs, u"telephony"_qs},
                                                 {u"secret"_qs, QString::fromUtf8(secret.left(secret.size() - 1))}}}) {
        TestPeer peer(m_fixture.port());
        peer.send(u"hello"_qs, u"h1"_qs, hello);
        const auto error = peer.take(u"error"_qs);
        ASSERT_TRUE(error);
        EXPECT_EQ(error->value(u"code").toString(), u"telephony-refused");
        EXPECT_TRUE(peer.waitClosed());
        EXPECT_EQ(peer.closeCode(), 1008);
        EXPECT_EQ(peer.countOf(u"welcome"_qs), 0);
    }
}

TEST_F(TelephonyGatewayTest, RefusedLoginsFromOneAddressAreCutOffEvenWithTheRightSecret)
{
    for (int i = 0; i < 3; ++i) {
        TestPeer peer(m_fixture.port());
        peer.send(u"hello"_qs, u"h1"_qs, {{u"role"_qs, u"telephony"_qs}, {u"secret"_qs, u"guess-%1"_qs.arg(i)}});
        ASSERT_TRUE(peer.take(u"error"_qs));
    }
    TestPeer late(m_fixture.port());
    late.send(u"hello"_qs, u"h1"_qs, {{u"role"_qs, u"telephony"_qs}, {u"secret"_qs, QString::fromUtf8(secret)}});
    const auto error = late.take(u"error"_qs);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->value(u"code").toString(), u"rate-limited");
    EXPECT_TRUE(late.waitClosed());
}

TEST_F(TelephonyWithoutSecretTest, AGatewayWithoutASecretTakesNoPhoneSystem)
{
    TestPeer peer(m_fixture.port());
    peer.send(u"hello"_qs, u"h1"_qs, {{u"role"_qs, u"telephony"_qs}, {u"secret"_qs, u""_qs}});
    const auto error = peer.take(u"error"_qs);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->value(u"code").toString(), u"telephony-refused");
    EXPECT_TRUE(peer.waitClosed());
}

TEST_F(TelephonyGatewayTest, CallsReachTheRingingAgentsDeskAndTheNumberIsNeverLogged)
{
    LogCapture log;
    auto agent = m_fixture.agent(u"agent-a"_qs);
    QSignalSpy frames(agent.get(), &ChatAgentClient::callFrameReceived);
    auto phone = phoneSystem();

    EXPECT_EQ(answer(*phone, u"call-offered"_qs, u"f1"_qs, offer()), u"ack");
    ASSERT_TRUE(QTest::qWaitFor([&] { return frames.size() == 1; }, 3000));
    const auto offered
            = TelephonyFrames::parseForDesk(frames.at(0).at(0).toJsonObject(), QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(offered);
    EXPECT_EQ(offered->kind, CallEvent::Kind::Offered);
    EXPECT_EQ(offered->offer.call, u"c-1");
    EXPECT_EQ(offered->offer.queue, u"helpline");
    EXPECT_EQ(offered->offer.menu, (QStringList{u"2"_qs, u"9"_qs}));
    EXPECT_EQ(offered->offer.lang, u"en");
    EXPECT_EQ(offered->offer.callerNumber, u"+31612345678");

    const QString answeredAt = nowText(-3);
    EXPECT_EQ(answer(*phone, u"call-answered"_qs, u"f2"_qs, {{u"call"_qs, u"c-1"_qs}, {u"at"_qs, answeredAt}}), u"ack");
    EXPECT_EQ(answer(*phone, u"call-ended"_qs, u"f3"_qs, {{u"call"_qs, u"c-1"_qs}, {u"at"_qs, nowText()}}), u"ack");
    ASSERT_TRUE(QTest::qWaitFor([&] { return frames.size() == 3; }, 3000));
    const auto answered
            = TelephonyFrames::parseForDesk(frames.at(1).at(0).toJsonObject(), QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(answered);
    EXPECT_EQ(answered->kind, CallEvent::Kind::Answered);
    EXPECT_EQ(answered->at, QDateTime::fromString(answeredAt, Qt::ISODateWithMs));
    const auto ended
            = TelephonyFrames::parseForDesk(frames.at(2).at(0).toJsonObject(), QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(ended);
    EXPECT_EQ(ended->kind, CallEvent::Kind::Ended);

    // Ended: the gateway forgot the call.
    EXPECT_EQ(answer(*phone, u"call-ended"_qs, u"f4"_qs, {{u"call"_qs, u"c-1"_qs}, {u"at"_qs, nowText()}}),
              u"unknown-call");
    EXPECT_FALSE(log.text().contains(u"612345678")) << qPrintable(log.text());
    EXPECT_TRUE(log.text().contains(u"call-offered")) << "the log says what happened";
}

TEST_F(TelephonyGatewayTest, ACallForAnAgentWhoIsNotConnectedIsAnsweredAgentUnavailable)
{
    auto phone = phoneSystem();
    EXPECT_EQ(answer(*phone, u"call-offered"_qs, u"f1"_qs, offer(u"c-1"_qs, u"nobody"_qs)), u"agent-unavailable");
    EXPECT_EQ(answer(*phone, u"call-answered"_qs, u"f2"_qs, {{u"call"_qs, u"never-offered"_qs}, {u"at"_qs, nowText()}}),
              u"unknown-call");
}

TEST_F(TelephonyGatewayTest, FramesWithBadFieldsAreRefusedAndNotPassedOn)
{
    auto agent = m_fixture.agent(u"agent-a"_qs);
    QSignalSpy frames(agent.get(), &ChatAgentClient::callFrameReceived);
    auto phone = phoneSystem();
    const auto with = [](const QString &field, const QJsonValue &value) {
        QJsonObject fields = offer();
        if (value.isUndefined())
            fields.remove(field);
        else
            fields.insert(field, value);
        return fields;
    };
    const QList<std::pair<QJsonObject, QString>> hostile{
            {with(u"call"_qs, u"has space"_qs), u"bad-field"_qs},
            {with(u"call"_qs, QJsonValue()), u"bad-field"_qs},
            {with(u"call"_qs, 7), u"bad-field"_qs},
            {with(u"queue"_qs, u"<script>"_qs), u"bad-field"_qs},
            {with(u"queue"_qs, QString(65, u'q')), u"too-long"_qs},
            {with(u"lang"_qs, u"NEDERLANDS"_qs), u"bad-field"_qs},
            {with(u"agent"_qs, u"agent a"_qs), u"bad-field"_qs},
            {with(u"menu"_qs, u"2"_qs), u"bad-field"_qs},
            {with(u"menu"_qs, QJsonArray{2}), u"bad-field"_qs},
            {with(u"menu"_qs, QJsonArray{u"2; DROP"_qs}), u"bad-field"_qs},
            {with(u"menu"_qs,
                  QJsonArray{u"1"_qs, u"1"_qs, u"1"_qs, u"1"_qs, u"1"_qs, u"1"_qs, u"1"_qs, u"1"_qs, u"1"_qs, u"1"_qs,
                             u"1"_qs}),
             u"bad-field"_qs},
            {with(u"callerNumber"_qs, u"06-12345678"_qs), u"bad-field"_qs},
            {with(u"callerNumber"_qs, u"+"_qs), u"bad-field"_qs},
            {with(u"callerNumber"_qs, u"+12345678901234567890"_qs), u"too-long"_qs},
            {with(u"callerNumber"_qs, 31612345678.0), u"bad-field"_qs},
    };
    int id = 0;
    for (const auto &[fields, code] : hostile)
        EXPECT_EQ(answer(*phone, u"call-offered"_qs, u"b%1"_qs.arg(++id), fields), code)
                << QJsonDocument(fields).toJson(QJsonDocument::Compact).constData();

    ASSERT_EQ(answer(*phone, u"call-offered"_qs, u"ok"_qs, offer()), u"ack");
    for (const QString &at : {u"yesterday"_qs, u"2026-12-02 10:00:00"_qs, u"2026-12-02T10:00:00"_qs /* no offset */,
                              nowText(-3 * 24 * 3600), nowText(2 * 24 * 3600)})
        EXPECT_EQ(answer(*phone, u"call-answered"_qs, u"b%1"_qs.arg(++id), {{u"call"_qs, u"c-1"_qs}, {u"at"_qs, at}}),
                  u"bad-field")
                << qPrintable(at);
    QTest::qWait(100);
    EXPECT_EQ(frames.size(), 1) << "only the good offer reached the desk";
}

TEST_F(TelephonyGatewayTest, ThePhoneSystemSendsNoChatFramesAndNobodyElseSendsCallFrames)
{
    auto phone = phoneSystem();
    EXPECT_EQ(answer(*phone, u"message"_qs, u"m1"_qs,
                     {{u"chat"_qs, QUuid::createUuid().toString()}, {u"text"_qs, u"hi"_qs}}),
              u"not-allowed");
    EXPECT_EQ(answer(*phone, u"accept"_qs, u"a1"_qs, {{u"chat"_qs, QUuid::createUuid().toString()}}), u"not-allowed");
    EXPECT_EQ(answer(*phone, u"hello"_qs, u"h2"_qs, {{u"role"_qs, u"agent"_qs}, {u"ticket"_qs, u"x"_qs}}),
              u"not-allowed");
    const QJsonObject tree{{u"identity"_qs, test::smallTree()->identity()}, {u"path"_qs, QJsonArray{u"danger"_qs}}};
    EXPECT_EQ(answer(*phone, u"phone-code"_qs, u"p1"_qs, {{u"tree"_qs, tree}}), u"not-allowed");

    // An agent (logged in with a ticket) may not announce calls, not even to themselves.
    auto agent = m_fixture.agent(u"agent-a"_qs);
    QSignalSpy frames(agent.get(), &ChatAgentClient::callFrameReceived);
    QSignalSpy errors(agent.get(), &ChatAgentClient::errorReceived);
    agent->socket().sendTextMessage(
            TelephonyFrames::offered(u"x1"_qs, {u"c-9"_qs, u"helpline"_qs, {}, u"nl"_qs, u"agent-a"_qs, {}}));
    ASSERT_TRUE(QTest::qWaitFor([&] { return errors.size() == 1; }, 3000));
    EXPECT_EQ(errors.at(0).at(0).toString(), u"not-allowed");
    EXPECT_EQ(frames.size(), 0);

    // A visitor neither; and before any hello the frame is refused as ever.
    TestPeer visitor(m_fixture.port());
    ASSERT_FALSE(visitor.helloVisitor().isEmpty());
    EXPECT_EQ(answer(visitor, u"call-offered"_qs, u"v1"_qs, offer()), u"not-allowed");
    TestPeer stranger(m_fixture.port());
    EXPECT_EQ(answer(stranger, u"call-offered"_qs, u"s1"_qs, offer()), u"not-allowed");
}

TEST_F(TelephonyGatewayTest, ACallRingingAtSeveralDesksGoesToWhoAnsweredAndStopsAtTheOthers)
{
    auto maria = m_fixture.agent(u"agent-a"_qs);
    auto joost = m_fixture.agent(u"agent-b"_qs);
    QSignalSpy atMaria(maria.get(), &ChatAgentClient::callFrameReceived);
    QSignalSpy atJoost(joost.get(), &ChatAgentClient::callFrameReceived);
    auto phone = phoneSystem();
    ASSERT_EQ(answer(*phone, u"call-offered"_qs, u"f1"_qs, offer(u"c-1"_qs, u"agent-a"_qs)), u"ack");
    ASSERT_EQ(answer(*phone, u"call-offered"_qs, u"f2"_qs, offer(u"c-1"_qs, u"agent-b"_qs)), u"ack");
    EXPECT_EQ(answer(*phone, u"call-answered"_qs, u"f3"_qs,
                     {{u"call"_qs, u"c-1"_qs}, {u"at"_qs, nowText()}, {u"agent"_qs, u"someone-else"_qs}}),
              u"unknown-call")
            << "only an agent it rang at answers it";
    ASSERT_EQ(answer(*phone, u"call-answered"_qs, u"f4"_qs,
                     {{u"call"_qs, u"c-1"_qs}, {u"at"_qs, nowText()}, {u"agent"_qs, u"agent-b"_qs}}),
              u"ack");
    ASSERT_TRUE(QTest::qWaitFor([&] { return atMaria.size() == 2 && atJoost.size() == 2; }, 3000));
    EXPECT_EQ(atMaria.at(1).at(0).toJsonObject().value(u"type").toString(), u"call-ended");
    EXPECT_EQ(atJoost.at(1).at(0).toJsonObject().value(u"type").toString(), u"call-answered");
    ASSERT_EQ(answer(*phone, u"call-ended"_qs, u"f5"_qs, {{u"call"_qs, u"c-1"_qs}, {u"at"_qs, nowText()}}), u"ack");
    ASSERT_TRUE(QTest::qWaitFor([&] { return atJoost.size() == 3; }, 3000));
    QTest::qWait(50);
    EXPECT_EQ(atMaria.size(), 2);
}
