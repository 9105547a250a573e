// SPDX-License-Identifier: GPL-3.0-or-later
// The gateway with a slow or silent network between it and PostgreSQL (a LagProxy): its event loop
// keeps turning, nothing is acknowledged before it is stored, and after the network comes back every
// message is stored and acknowledged exactly once. Needs WW_TEST_POSTGRES_URL; without it these fail.
#include "ChatTestSupport.h"
#include "LagProxy.h"
#include "Slowdown.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <iostream>

using namespace ww;
using namespace ww::chat;

namespace {

/// The longest time this thread's event loop (the gateway's) went without running a 5 ms timer.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_longest = std::max(m_longest, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

/// A visitor as docs/chat-protocol.md asks: every message is kept until acknowledged and sent again,
/// with the same id, when the gateway answers "unavailable".
class PatientVisitor
{
public:
    PatientVisitor(quint16 port, QString name)
        : m_name(std::move(name))
    {
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                         [this](const QString &text) { onText(QJsonDocument::fromJson(text.toUtf8()).object()); });
        m_socket.open(QUrl(u"ws://127.0.0.1:%1/"_qs.arg(port)));
        (void)QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 3000);
        m_socket.sendTextMessage(Frames::make(u"hello"_qs, m_name + u"-hello"_qs,
                                              {{u"role"_qs, u"visitor"_qs}, {u"lang"_qs, u"nl"_qs}}));
    }

    bool welcomed() const { return !m_chat.isEmpty(); }
    QString chat() const { return m_chat; }
    void sendNext()
    {
        const QString id = u"%1-m%2"_qs.arg(m_name).arg(++m_count);
        m_unacked.insert(id);
        m_sent.append(id);
        send(id);
    }
    int sentCount() const { return static_cast<int>(m_sent.size()); }
    int unackedCount() const { return static_cast<int>(m_unacked.size()); }
    const QHash<QString, int> &acks() const { return m_acks; }
    const QStringList &sent() const { return m_sent; }
    int acksSince(qint64 ms) const
    {
        return static_cast<int>(
                std::count_if(m_ackTimes.cbegin(), m_ackTimes.cend(), [ms](qint64 at) { return at >= ms; }));
    }
    int refusals() const { return m_refusals; }
    /// Milliseconds from sending each message until its ack.
    const QList<qint64> &ackLatencies() const { return m_latencies; }
    static QElapsedTimer &clock()
    {
        static QElapsedTimer timer;
        if (!timer.isValid())
            timer.start();
        return timer;
    }

private:
    void send(const QString &id)
    {
        m_sentAt.insert(id, clock().elapsed());
        m_socket.sendTextMessage(Frames::make(u"message"_qs, id, {{u"text"_qs, QString(u"Bericht "_qs + id)}}));
    }
    void onText(const QJsonObject &frame)
    {
        const QString type = frame.value(u"type").toString();
        if (type == u"welcome") {
            m_chat = frame.value(u"chat").toString();
        } else if (type == u"ack") {
            const QString id = frame.value(u"ack").toString();
            if (!m_sent.contains(id))
                return;
            ++m_acks[id];
            m_ackTimes.append(clock().elapsed());
            m_latencies.append(clock().elapsed() - m_sentAt.value(id));
            m_unacked.remove(id);
        } else if (type == u"error" && frame.value(u"code").toString() == u"unavailable") {
            const QString id = frame.value(u"ref").toString();
            ++m_refusals;
            if (m_unacked.contains(id))
                QTimer::singleShot(500, &m_socket, [this, id] {
                    if (m_unacked.contains(id))
                        send(id);
                });
        }
    }

    QWebSocket m_socket;
    QString m_name;
    QString m_chat;
    int m_count = 0;
    int m_refusals = 0;
    QStringList m_sent;
    QSet<QString> m_unacked;
    QHash<QString, int> m_acks;
    QHash<QString, qint64> m_sentAt;
    QList<qint64> m_ackTimes;
    QList<qint64> m_latencies;
};

class ChatGatewayLagTest : public ::testing::Test
{
protected:
    test::GatewayFixture m_fixture{test::Backend::PostgreSql};

    /// Each message id of \a visitors stored how many times.
    QHash<QString, int> storedCounts()
    {
        QHash<QString, int> counts;
        QSqlQuery query(m_fixture.database().connection());
        if (query.exec(u"SELECT client_id, count(*) FROM chat_messages GROUP BY client_id"_qs)) {
            while (query.next())
                counts.insert(query.value(0).toString(), query.value(1).toInt());
        }
        return counts;
    }
};

} // namespace

TEST_F(ChatGatewayLagTest, ASlowNetworkToTheDatabaseNeverStallsTheGatewaysEventLoop)
{
    test::LagProxy proxy(quint16(m_fixture.temporaryDatabase().url().port()), 100);
    m_fixture.routeGatewayThrough(proxy.port());
    auto config = test::GatewayFixture::shortConfig();
    config.maxChatsPerAgent = 10;
    m_fixture.start(config);
    auto agent = m_fixture.agent(u"lag_maria"_qs);
    ASSERT_TRUE(agent->isReady());
    QStringList delivered;
    QObject::connect(agent.get(), &ChatAgentClient::messageReceived, agent.get(),
                     [&delivered](const ChatIncomingMessage &message) { delivered.append(message.id); });

    std::vector<std::unique_ptr<PatientVisitor>> visitors;
    for (int i = 0; i < 10; ++i)
        visitors.push_back(std::make_unique<PatientVisitor>(m_fixture.port(), u"v%1"_qs.arg(i)));
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return std::all_of(visitors.cbegin(), visitors.cend(), [](const auto &v) { return v->welcomed(); });
            },
            10000));
    int assigned = 0;
    QObject::connect(agent.get(), &ChatAgentClient::chatAssigned, agent.get(), [&assigned] { ++assigned; });
    for (const auto &visitor : visitors)
        agent->accept(QUuid::fromString(visitor->chat()));
    // Each accept is two statements (holder and state together, then the transcript), each 200 ms away.
    ASSERT_TRUE(QTest::qWaitFor([&] { return assigned == 10; }, 20000));

    // Ten visitors, ten messages a second each, for three seconds; the database is 200 ms away.
    StallProbe probe;
    QTimer sender;
    sender.setInterval(100);
    QObject::connect(&sender, &QTimer::timeout, &sender, [&visitors] {
        for (const auto &visitor : visitors)
            visitor->sendNext();
    });
    sender.start();
    QTest::qWait(3000);
    sender.stop();
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return std::all_of(visitors.cbegin(), visitors.cend(),
                                   [](const auto &v) { return v->unackedCount() == 0; });
            },
            15000))
            << "not every message was acknowledged";
    EXPECT_LT(probe.longestMs(), 50 * test::slowdown) << "the gateway's event loop stalled";

    int sent = 0;
    QList<qint64> latencies;
    for (const auto &visitor : visitors) {
        sent += visitor->sentCount();
        latencies += visitor->ackLatencies();
        for (const QString &id : visitor->sent())
            EXPECT_EQ(visitor->acks().value(id), 1) << id.toStdString();
    }
    std::sort(latencies.begin(), latencies.end());
    // An ack needs the database: at least one round trip of 200 ms.
    EXPECT_GE(latencies.first(), 200);
    const QHash<QString, int> stored = storedCounts();
    EXPECT_EQ(stored.size(), sent);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        EXPECT_EQ(it.value(), 1) << it.key().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return delivered.size() >= sent; }, 5000));
    EXPECT_EQ(QSet<QString>(delivered.cbegin(), delivered.cend()).size(), sent) << "the agent got each message once";
    std::cout << "ack latency at 200 ms round trip: median " << latencies.at(latencies.size() / 2)
              << " ms, longest stall " << probe.longestMs() << " ms, " << sent << " messages\n";
}

TEST_F(ChatGatewayLagTest, ManyVisitorsAtOnceAreWelcomedAndAcceptedInAFewRoundTripsNotOneEach)
{
    // 200 ms round trip: sixty new chats, then sixty accepts (holder and state each), at one statement
    // apiece, would take 12 s and 24 s.
    test::LagProxy proxy(quint16(m_fixture.temporaryDatabase().url().port()), 100);
    m_fixture.routeGatewayThrough(proxy.port());
    auto config = test::GatewayFixture::shortConfig();
    config.maxChatsPerAgent = 60;
    config.peer.rateBurst = 100; // the agent accepts sixty chats at once
    m_fixture.start(config);
    auto agent = m_fixture.agent(u"lag_joost"_qs);
    ASSERT_TRUE(agent->isReady());

    std::vector<std::unique_ptr<PatientVisitor>> visitors;
    for (int i = 0; i < 60; ++i)
        visitors.push_back(std::make_unique<PatientVisitor>(m_fixture.port(), u"w%1"_qs.arg(i)));
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return std::all_of(visitors.cbegin(), visitors.cend(), [](const auto &v) { return v->welcomed(); });
            },
            30000));
    const qint64 welcomedAfter = clock.elapsed();

    // The gateway assigns at once; what counts is when the database has it.
    const auto activeInDatabase = [this, &agent] {
        QSqlQuery query(m_fixture.database().connection());
        return query.exec(u"SELECT count(*) FROM chats c JOIN cases k ON k.id = c.case_id "
                          "WHERE c.state = 'active' AND c.agent = '%1' AND k.owner = '%1'"_qs.arg(agent->agentName()))
                        && query.next()
                ? query.value(0).toInt()
                : -1;
    };
    clock.restart();
    for (const auto &visitor : visitors)
        agent->accept(QUuid::fromString(visitor->chat()));
    ASSERT_TRUE(QTest::qWaitFor([&] { return activeInDatabase() == 60; }, 60000)) << activeInDatabase() << " stored";
    const qint64 storedAfter = clock.elapsed();
    std::cout << "60 chats at 200 ms round trip: the last welcomed " << welcomedAfter
              << " ms after the last hello, every accept stored after " << storedAfter << " ms\n";
    EXPECT_LT(welcomedAfter, 3000);
    EXPECT_LT(storedAfter, 4000);
}

TEST_F(ChatGatewayLagTest, ASilentDatabaseIsReportedAndAfterwardsEveryMessageIsStoredAndAcknowledgedOnce)
{
    test::LagProxy proxy(quint16(m_fixture.temporaryDatabase().url().port()), 15);
    m_fixture.routeGatewayThrough(proxy.port());
    auto config = test::GatewayFixture::shortConfig();
    config.resumeGraceMs = 60'000;
    config.databaseDeadlineMs = 6'000; // the production deadline
    // Every unacknowledged message is sent again after each refusal: more frames than the rate limit allows.
    config.peer.rateBurst = 1000;
    config.peer.ratePerSecond = 1000;
    m_fixture.start(config);
    bool reportedOffline = false;
    QObject::connect(&m_fixture.gateway(), &ChatGateway::databaseOnlineChanged, &m_fixture.gateway(),
                     [&reportedOffline](bool online) { reportedOffline = reportedOffline || !online; });

    std::vector<std::unique_ptr<PatientVisitor>> visitors;
    for (int i = 0; i < 5; ++i)
        visitors.push_back(std::make_unique<PatientVisitor>(m_fixture.port(), u"b%1"_qs.arg(i)));
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return std::all_of(visitors.cbegin(), visitors.cend(), [](const auto &v) { return v->welcomed(); });
            },
            10000));

    StallProbe probe;
    QTimer sender;
    sender.setInterval(100);
    QObject::connect(&sender, &QTimer::timeout, &sender, [&visitors] {
        for (const auto &visitor : visitors)
            visitor->sendNext();
    });
    sender.start();
    QTest::qWait(1000);

    // The network goes silent: the connection stays open, nothing passes.
    proxy.hold();
    const qint64 heldAt = PatientVisitor::clock().elapsed();
    QElapsedTimer silent;
    silent.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return reportedOffline; }, 10000)) << "the database was not reported offline";
    const qint64 noticedAfter = silent.elapsed();
    EXPECT_LT(noticedAfter, 10000);
    EXPECT_FALSE(m_fixture.gateway().isDatabaseOnline());
    QTest::qWait(2000); // visitors keep sending into the silence
    int acksWhileSilent = 0;
    for (const auto &visitor : visitors)
        acksWhileSilent += visitor->acksSince(heldAt + 100);
    EXPECT_EQ(acksWhileSilent, 0) << "a message was acknowledged that could not have been stored";

    proxy.release();
    QTest::qWait(2000);
    sender.stop();
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return std::all_of(visitors.cbegin(), visitors.cend(),
                                   [](const auto &v) { return v->unackedCount() == 0; });
            },
            30000))
            << "not every message was stored after the network came back";
    EXPECT_TRUE(m_fixture.gateway().isDatabaseOnline());
    EXPECT_LT(probe.longestMs(), 50 * test::slowdown) << "the gateway's event loop stalled";

    int sent = 0;
    int refusals = 0;
    for (const auto &visitor : visitors) {
        sent += visitor->sentCount();
        refusals += visitor->refusals();
        for (const QString &id : visitor->sent())
            EXPECT_EQ(visitor->acks().value(id), 1) << id.toStdString() << " acknowledged once";
    }
    EXPECT_GT(refusals, 0) << "visitors were told to send again while the database was away";
    const QHash<QString, int> stored = storedCounts();
    EXPECT_EQ(stored.size(), sent);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        EXPECT_EQ(it.value(), 1) << it.key().toStdString() << " stored once";
    // Every transcript is 1, 2, 3, … without a gap: the order each visitor's messages were stored in.
    EXPECT_EQ(m_fixture.count(u"SELECT count(*) FROM (SELECT chat_id FROM chat_messages GROUP BY chat_id "
                              "HAVING max(seq) <> count(*)) gaps"_qs),
              0);
    std::cout << "offline reported after " << noticedAfter << " ms; " << sent << " messages, " << refusals
              << " refusals to send again; longest stall " << probe.longestMs() << " ms\n";
}
