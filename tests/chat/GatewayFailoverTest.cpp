// SPDX-License-Identifier: GPL-3.0-or-later
// Two gateways on one PostgreSQL database (docs/operations.md, "Two gateways"): the lease that lets one
// serve, the health endpoint a load balancer asks, and the whole failover through HAProxy from Debian with
// the example configuration: the serving gateway is killed with SIGKILL, or its machine falls silent (no
// packet in or out), and visitors and agents carry on.
#include "FreePort.h"
#include "RunningProgram.h"
#include "TestDatabase.h"
#include "chat/ChatAgentClient.h"
#include "chat/ChatProtocol.h"
#include "chat/ChatTickets.h"
#include "chat/GatewayLease.h"
#include "chat/HealthEndpoint.h"
#include "storage/AsyncStorage.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <csignal>
#include <iostream>

#include <unistd.h>

using namespace ww;

namespace {

QString uniqueRole(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(10);
}

/// Everything \a socket receives until the server closes it (at most 3 s).
QByteArray readUntilClosed(QTcpSocket &socket)
{
    QByteArray answer;
    (void)QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            3000);
    return answer + socket.readAll();
}

/// What an HTTP client gets from \a port for \a request: the whole answer up to the server's close.
QByteArray httpExchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(request);
    return readUntilClosed(socket);
}

QByteArray healthOf(quint16 port)
{
    return httpExchange(port, "GET /health HTTP/1.0\r\nHost: gateway\r\n\r\n");
}

/// A gateway as deployed behind the load balancer: its own WebSocket and health ports.
struct GatewayProgram
{
    quint16 port = test::freePort();
    quint16 healthPort = test::freePort();
    test::RunningProgram program;

    void start(const QString &url)
    {
        program.start(QStringLiteral(WW_CHATD_BINARY),
                      {u"--db"_qs, url, u"--listen"_qs, u"127.0.0.1:%1"_qs.arg(port), u"--health-listen"_qs,
                       u"127.0.0.1:%1"_qs.arg(healthPort)});
    }
};

/// A website visitor that does what the widget does when the connection breaks: reconnects, resumes
/// with its token, sends again what was not acknowledged (same ids), and shows a message only when its
/// seq is higher than the highest shown.
class ResumingVisitor : public QObject
{
public:
    explicit ResumingVisitor(const QUrl &url)
        : m_url(url)
    {
        connect(&m_socket, &QWebSocket::connected, this, &ResumingVisitor::hello);
        connect(&m_socket, &QWebSocket::textMessageReceived, this, &ResumingVisitor::onText);
        connect(&m_socket, &QWebSocket::disconnected, this, [this] {
            m_welcomed = false;
            QTimer::singleShot(200, this, [this] { m_socket.open(m_url); });
        });
        m_socket.open(m_url);
    }

    void send(const QString &text)
    {
        const QString id = u"m%1"_qs.arg(++m_sent);
        m_unacked.append({id, text});
        if (m_welcomed)
            m_socket.sendTextMessage(chat::Frames::make(u"message"_qs, id, {{u"text"_qs, text}}));
    }

    bool welcomed() const { return m_welcomed; }
    int resumes() const { return m_resumes; }
    qint64 lastResumedAtMs() const { return m_lastResumedAtMs; }
    int unacked() const { return static_cast<int>(m_unacked.size()); }
    const QStringList &shown() const { return m_shown; }
    QString chat() const { return m_chat; }

private:
    void hello()
    {
        QJsonObject fields{{u"role"_qs, u"visitor"_qs}};
        if (!m_token.isEmpty()) {
            fields.insert(u"resume"_qs, m_token);
            fields.insert(u"seen"_qs, m_highestShown);
        }
        m_socket.sendTextMessage(chat::Frames::make(u"hello"_qs, u"h%1"_qs.arg(++m_hellos), fields));
    }

    void onText(const QString &text)
    {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = frame.value(u"type").toString();
        if (type == u"welcome") {
            m_chat = frame.value(u"chat").toString();
            m_token = frame.value(u"resume").toString();
            m_welcomed = true;
            if (frame.value(u"resumed").toBool()) {
                ++m_resumes;
                m_lastResumedAtMs = QDateTime::currentMSecsSinceEpoch();
            }
            for (const auto &[id, body] : std::as_const(m_unacked))
                m_socket.sendTextMessage(chat::Frames::make(u"message"_qs, id, {{u"text"_qs, body}}));
        } else if (type == u"ack") {
            const QString id = frame.value(u"ack").toString();
            m_unacked.removeIf([&id](const auto &message) { return message.first == id; });
        } else if (type == u"message") {
            const int seq = frame.value(u"seq").toInt();
            if (seq > m_highestShown) {
                m_highestShown = seq;
                if (frame.value(u"from").toString() == u"agent")
                    m_shown.append(frame.value(u"text").toString());
            }
            m_socket.sendTextMessage(QString::fromUtf8(
                    QJsonDocument(
                            QJsonObject{{u"v"_qs, 1}, {u"type"_qs, u"ack"_qs}, {u"chat"_qs, m_chat}, {u"seq"_qs, seq}})
                            .toJson(QJsonDocument::Compact)));
        }
    }

    QUrl m_url;
    QWebSocket m_socket;
    QString m_chat;
    QString m_token;
    bool m_welcomed = false;
    int m_hellos = 0;
    int m_sent = 0;
    int m_resumes = 0;
    qint64 m_lastResumedAtMs = 0;
    int m_highestShown = 0;
    QList<std::pair<QString, QString>> m_unacked;
    QStringList m_shown;
};

/// The example configuration from installer/examples, with its addresses replaced by the test's own.
QString haproxyConfiguration(quint16 front, const GatewayProgram &one, const GatewayProgram &two)
{
    QFile example(QStringLiteral(WW_HAPROXY_EXAMPLE));
    if (!example.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(example.readAll());
    const QList<std::pair<QString, QString>> replacements{
            {u"bind :443"_qs, u"bind 127.0.0.1:%1"_qs.arg(front)},
            {u"10.0.0.11:8765 check port 8766"_qs, u"127.0.0.1:%1 check port %2"_qs.arg(one.port).arg(one.healthPort)},
            {u"10.0.0.12:8765 check port 8766"_qs, u"127.0.0.1:%1 check port %2"_qs.arg(two.port).arg(two.healthPort)}};
    for (const auto &[from, to] : replacements) {
        if (!text.contains(from))
            return {}; // the example changed: the test must follow it
        text.replace(from, to);
    }
    return u"global\n    maxconn 512\n\n"_qs + text;
}

int countRows(Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

// --- The lease -----------------------------------------------------------------------------------

TEST(GatewayLease, OneOfTwoServesAndTheOtherTakesOverWhenItsSessionEnds)
{
    test::TemporaryDatabase db(test::Backend::PostgreSql);
    const QString role = uniqueRole(u"lease_gw_"_qs);
    db.createRole(role, u"ww_gateway"_qs);
    AsyncStorage firstStorage([&db, role] { return db.openAs(role); });
    AsyncStorage secondStorage([&db, role] { return db.openAs(role); });
    chat::GatewayLease first(firstStorage, chat::GatewayLease::Timing{100, 100});
    chat::GatewayLease second(secondStorage, chat::GatewayLease::Timing{100, 100});
    int firstAcquired = 0;
    int secondAcquired = 0;
    QStringList firstLost;
    QObject::connect(&first, &chat::GatewayLease::acquired, [&] { ++firstAcquired; });
    QObject::connect(&second, &chat::GatewayLease::acquired, [&] { ++secondAcquired; });
    QObject::connect(&first, &chat::GatewayLease::lost, [&](const QString &why) { firstLost.append(why); });

    first.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return first.isHeld(); }, 5000));
    second.start();
    QTest::qWait(800); // eight tries
    EXPECT_FALSE(second.isHeld()) << "two gateways must never serve at once";
    EXPECT_EQ(secondAcquired, 0);

    // The first gateway's session ends as it does when its process dies: the server frees the lock.
    EXPECT_EQ(countRows(db.database(),
                        u"SELECT count(pg_terminate_backend(pid)) FROM pg_locks "
                        "WHERE locktype = 'advisory' AND classid = 2004313189 AND objid = 1 AND granted "
                        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"_qs),
              1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !firstLost.isEmpty(); }, 5000)) << "the first notices it lost it";
    EXPECT_TRUE(QTest::qWaitFor([&] { return second.isHeld() || first.isHeld(); }, 3000));
    // Whichever took it, only one holds it.
    EXPECT_NE(first.isHeld(), second.isHeld());
    EXPECT_EQ(firstAcquired + secondAcquired, 2);
}

TEST(GatewayLease, ANewConnectionOfTheServingGatewayDoesNotHoldTheLease)
{
    // After its connection broke and was made anew, a gateway must not go on as if it still served.
    test::TemporaryDatabase db(test::Backend::PostgreSql);
    const QString role = uniqueRole(u"lease_gw_"_qs);
    db.createRole(role, u"ww_gateway"_qs);
    AsyncStorage storage([&db, role] { return db.openAs(role); });
    chat::GatewayLease lease(storage, chat::GatewayLease::Timing{100, 100});
    QStringList lost;
    QObject::connect(&lease, &chat::GatewayLease::lost, [&](const QString &why) { lost.append(why); });
    lease.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return lease.isHeld(); }, 5000));
    // Another session takes the lock the moment the first one's ends, before the storage reconnects.
    std::unique_ptr<Database> rival = db.openAs(role);
    countRows(db.database(),
              u"SELECT count(pg_terminate_backend(pid)) FROM pg_locks "
              "WHERE locktype = 'advisory' AND classid = 2004313189 AND granted "
              "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"_qs);
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                QSqlQuery take(rival->connection());
                return take.exec(u"SELECT pg_try_advisory_lock(2004313189, 1)"_qs) && take.next()
                        && take.value(0).toBool();
            },
            3000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !lost.isEmpty(); }, 5000));
    QTest::qWait(500);
    EXPECT_FALSE(lease.isHeld()) << "the rival holds it; the storage's new session does not";
}

// --- The health endpoint -------------------------------------------------------------------------

TEST(HealthEndpoint, Answers200WhileServingAnd503OtherwiseWithTheReason)
{
    chat::HealthEndpoint::Status status{false, u"standby"_qs};
    chat::HealthEndpoint health([&status] { return status; });
    QString error;
    ASSERT_TRUE(health.listen(QHostAddress::LocalHost, 0, &error)) << qPrintable(error);
    QByteArray answer;
    auto ask = [&](const QByteArray &request) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, health.port());
        socket.write(request);
        answer = readUntilClosed(socket);
        return answer;
    };
    EXPECT_TRUE(ask("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").startsWith("HTTP/1.1 503 Service Unavailable\r\n"));
    EXPECT_TRUE(answer.endsWith("\r\n\r\nstandby\n")) << answer.constData();
    status = {true, u"active"_qs};
    EXPECT_TRUE(ask("GET / HTTP/1.0\r\n\r\n").startsWith("HTTP/1.1 200 OK\r\n"));
    EXPECT_TRUE(answer.contains("Content-Length: 7\r\n"));
    EXPECT_TRUE(answer.endsWith("active\n"));
    EXPECT_TRUE(ask("HEAD / HTTP/1.0\r\n\r\n").endsWith("\r\n\r\n")) << "HEAD gets no body";
    EXPECT_TRUE(ask("POST / HTTP/1.0\r\nContent-Length: 0\r\n\r\n").startsWith("HTTP/1.1 405 "));
    // A head sent in pieces is answered once it is whole, not before.
    QTcpSocket pieces;
    pieces.connectToHost(QHostAddress::LocalHost, health.port());
    pieces.write("GET / HTTP/1.1\r\n");
    QTest::qWait(200);
    EXPECT_TRUE(pieces.readAll().isEmpty());
    pieces.write("Host: x\r\n\r\n");
    answer = readUntilClosed(pieces);
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 200 OK")) << answer.constData();
}

TEST(HealthEndpoint, RefusesWhatALoadBalancerNeverSends)
{
    chat::HealthEndpoint::Limits limits;
    limits.readMs = 300;
    limits.connections = 4;
    chat::HealthEndpoint health([] { return chat::HealthEndpoint::Status{true, u"active"_qs}; }, limits);
    QString error;
    ASSERT_TRUE(health.listen(QHostAddress::LocalHost, 0, &error));

    // An endless head: 431, and the connection closes.
    QTcpSocket endless;
    endless.connectToHost(QHostAddress::LocalHost, health.port());
    endless.write("GET / HTTP/1.1\r\nX-Filler: " + QByteArray(4000, 'a'));
    QByteArray answer = readUntilClosed(endless);
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 431 ")) << answer.left(40).constData();

    // Silent connections are closed after readMs, and no more than the limit are held open.
    QList<std::shared_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 6; ++i) {
        silent.append(std::make_shared<QTcpSocket>());
        silent.last()->connectToHost(QHostAddress::LocalHost, health.port());
    }
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return std::all_of(silent.cbegin(), silent.cend(), [](const auto &socket) {
                    return socket->state() == QAbstractSocket::UnconnectedState;
                });
            },
            3000));
    EXPECT_LT(clock.elapsed(), 2000);
    // And the endpoint still answers.
    QTcpSocket later;
    later.connectToHost(QHostAddress::LocalHost, health.port());
    later.write("GET / HTTP/1.0\r\n\r\n");
    answer = readUntilClosed(later);
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 200 OK")) << answer.constData();
}

// --- The program -----------------------------------------------------------------------------------

/// A gateway login role on a database of its own, and one gateway of that role that serves.
class ServingGateway : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.createRole(role, u"ww_gateway"_qs);
        serving.start(db.urlAs(role).toString());
        ASSERT_TRUE(serving.program.waitFor("listening on")) << serving.program.log().constData();
    }

    test::TemporaryDatabase db{test::Backend::PostgreSql};
    const QString role = uniqueRole(u"standby_gw_"_qs);
    GatewayProgram serving;
};

TEST_F(ServingGateway, ASecondGatewayOnTheSameDatabaseWaitsAndDoesNotListen)
{
    GatewayProgram standby;
    standby.start(db.urlAs(role).toString());
    ASSERT_TRUE(standby.program.waitFor("standby")) << standby.program.log().constData();
    QTest::qWait(1500);
    EXPECT_FALSE(standby.program.log().contains("listening on")) << standby.program.log().constData();
    EXPECT_TRUE(healthOf(serving.healthPort).startsWith("HTTP/1.1 200 OK")) << healthOf(serving.healthPort).constData();
    EXPECT_TRUE(healthOf(standby.healthPort).startsWith("HTTP/1.1 503")) << healthOf(standby.healthPort).constData();
    QTcpSocket refused;
    refused.connectToHost(QHostAddress::LocalHost, standby.port);
    EXPECT_FALSE(refused.waitForConnected(1000)) << "a standby takes no visitors";

    // A standby stops cleanly; the serving one goes on.
    standby.program.signal(SIGTERM);
    ASSERT_TRUE(standby.program.process().waitForFinished(5000));
    EXPECT_EQ(standby.program.process().exitCode(), 0);
    EXPECT_TRUE(standby.program.log().contains("it was on standby")) << standby.program.log().constData();
    EXPECT_TRUE(healthOf(serving.healthPort).startsWith("HTTP/1.1 200 OK"));
}

TEST_F(ServingGateway, AGatewayThatLosesItsLeaseStopsServingAndServesAgainOnceItHasItBack)
{
    // A database restarted, or an administrator ending the session: the gateway must not go on serving
    // without the lease, and must not need a restart to serve again.
    GatewayProgram &gateway = serving;
    QString token;
    {
        ResumingVisitor visitor(QUrl(u"ws://127.0.0.1:%1/"_qs.arg(gateway.port)));
        ASSERT_TRUE(QTest::qWaitFor([&] { return visitor.welcomed(); }, 5000));
        visitor.send(u"voor het verlies"_qs);
        ASSERT_TRUE(QTest::qWaitFor([&] { return visitor.unacked() == 0; }, 5000));

        EXPECT_EQ(countRows(db.database(),
                            u"SELECT count(pg_terminate_backend(pid)) FROM pg_locks "
                            "WHERE locktype = 'advisory' AND classid = 2004313189 AND objid = 1 AND granted "
                            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"_qs),
                  1);
        ASSERT_TRUE(gateway.program.waitFor("lost the lease", 5000)) << gateway.program.log().constData();
        EXPECT_TRUE(QTest::qWaitFor([&] { return !visitor.welcomed(); }, 3000)) << "its connections are closed";
        // Nobody else holds the lease: the same gateway takes it again and the visitor resumes the chat.
        ASSERT_TRUE(QTest::qWaitFor([&] { return gateway.program.log().count("listening on") == 2; }, 10'000))
                << gateway.program.log().constData();
        ASSERT_TRUE(QTest::qWaitFor([&] { return visitor.resumes() == 1 && visitor.welcomed(); }, 10'000));
        visitor.send(u"na het verlies"_qs);
        ASSERT_TRUE(QTest::qWaitFor([&] { return visitor.unacked() == 0; }, 5000));
    }
    EXPECT_EQ(gateway.program.process().state(), QProcess::Running);
    EXPECT_TRUE(healthOf(gateway.healthPort).startsWith("HTTP/1.1 200 OK"));
    EXPECT_EQ(countRows(db.database(), u"SELECT count(*) FROM chat_messages"_qs), 2);
    EXPECT_EQ(countRows(db.database(), u"SELECT count(*) FROM chats"_qs), 1);
}

TEST(GatewayStandby, AnAgentWhoTakesTheLeaseWithPlainSqlIsNamedAndTheGatewayServesOnceItIsLetGo)
{
    // Any account may take an advisory lock: an agent with psql can keep every gateway on standby. That
    // cannot be prevented without a superuser's grants; it must not go unnoticed.
    test::TemporaryDatabase db(test::Backend::PostgreSql);
    const QString gatewayRole = uniqueRole(u"victim_gw_"_qs);
    const QString agentRole = uniqueRole(u"squat_agent_"_qs);
    db.createRole(gatewayRole, u"ww_gateway"_qs);
    db.createRole(agentRole, u"ww_agent"_qs);
    std::unique_ptr<Database> agentLogin = db.openAs(agentRole);
    QSqlQuery lock(agentLogin->connection());
    ASSERT_TRUE(lock.exec(u"SELECT pg_advisory_lock(2004313189, 1)"_qs)) << "an agent may take it";
    lock.finish();

    GatewayProgram gateway;
    gateway.start(db.urlAs(gatewayRole).toString());
    ASSERT_TRUE(gateway.program.waitFor("which is not a gateway")) << gateway.program.log().constData();
    EXPECT_TRUE(gateway.program.log().contains(agentRole.toUtf8())) << "the log names the account";
    EXPECT_FALSE(gateway.program.log().contains("listening on"));
    const QByteArray health = healthOf(gateway.healthPort);
    EXPECT_TRUE(health.startsWith("HTTP/1.1 503")) << health.constData();
    EXPECT_TRUE(health.contains(agentRole.toUtf8())) << health.constData();

    // The agent's session ends (an administrator ended it, or the agent logged off): the gateway serves.
    agentLogin.reset();
    EXPECT_TRUE(gateway.program.waitFor("listening on", 5000)) << gateway.program.log().constData();
    EXPECT_TRUE(QTest::qWaitFor([&] { return healthOf(gateway.healthPort).startsWith("HTTP/1.1 200 OK"); }, 5000));
}

TEST(GatewayStandby, RefusesAHealthPortThatIsTheChatPort)
{
    QProcess process;
    process.start(QStringLiteral(WW_CHATD_BINARY),
                  {u"--db"_qs, u"sqlite:///tmp/none.db"_qs, u"--listen"_qs, u"127.0.0.1:9000"_qs, u"--health-listen"_qs,
                   u"0.0.0.0:9000"_qs});
    ASSERT_TRUE(process.waitForFinished(5000));
    EXPECT_EQ(process.exitCode(), 2);
    EXPECT_TRUE(process.readAllStandardError().contains("--health-listen needs another port"));
    process.start(QStringLiteral(WW_CHATD_BINARY),
                  {u"--db"_qs, u"sqlite:///tmp/none.db"_qs, u"--health-listen"_qs, u"health.example:80"_qs});
    ASSERT_TRUE(process.waitForFinished(5000));
    EXPECT_EQ(process.exitCode(), 2);
}

// --- The whole failover ------------------------------------------------------------------------------

namespace {

/// The local TCP ports of every socket \a pid holds: its listening ports and the client ends of its
/// connections (from /proc/PID/fd and /proc/net/tcp{,6}).
QList<quint16> localTcpPortsOf(qint64 pid)
{
    QSet<QString> inodes;
    const QDir fds(u"/proc/%1/fd"_qs.arg(pid));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = fd.symLinkTarget().section(u'/', -1); // "socket:[12345]"
        if (target.startsWith(u"socket:["))
            inodes.insert(target.mid(8).chopped(1));
    }
    QList<quint16> ports;
    for (const QString &table : {u"/proc/net/tcp"_qs, u"/proc/net/tcp6"_qs}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // the header
        while (!file.atEnd()) {
            const QStringList fields = QString::fromLatin1(file.readLine()).simplified().split(u' ');
            if (fields.size() > 9 && inodes.contains(fields.at(9))) {
                const quint16 port = fields.at(1).section(u':', -1).toUShort(nullptr, 16);
                if (!ports.contains(port))
                    ports.append(port);
            }
        }
    }
    return ports;
}

/// A machine that stops without a word, as one does that loses its power or its network: the process is
/// frozen (SIGSTOP) and every packet to or from its TCP ports is dropped (an nftables table of its own),
/// so nothing closes its connections: the database server and the load balancer only learn of it from
/// their own timeouts. The table goes when this object does.
class SilencedMachine
{
public:
    /// Empty when this machine can silence another; else why not.
    static QString whyNot()
    {
        if (::geteuid() != 0)
            return u"dropping packets with nftables needs root (the README's test command runs as root)"_qs;
        if (!QFile::exists(u"/usr/sbin/nft"_qs))
            return u"nftables (Debian package nftables) is needed to drop packets"_qs;
        return {};
    }

    explicit SilencedMachine(qint64 pid)
        : m_table(u"ww_silent_machine_%1"_qs.arg(pid))
    {
        ::kill(static_cast<pid_t>(pid), SIGSTOP);
        QStringList ports;
        for (const quint16 port : localTcpPortsOf(pid))
            ports.append(QString::number(port));
        m_ports = ports.size();
        const QString set = ports.join(u", "_qs);
        m_error = nft(u"table inet %1 {\n"
                      "  chain out {\n"
                      "    type filter hook output priority 0; policy accept;\n"
                      "    tcp sport { %2 } drop\n"
                      "    tcp dport { %2 } drop\n"
                      "  }\n"
                      "}\n"_qs.arg(m_table, set));
    }
    ~SilencedMachine() { (void)nft(u"delete table inet %1\n"_qs.arg(m_table)); }
    SilencedMachine(const SilencedMachine &) = delete;
    SilencedMachine &operator=(const SilencedMachine &) = delete;

    /// Empty when the packets are dropped; else what nft said.
    QString error() const { return m_error; }
    qsizetype ports() const { return m_ports; }

private:
    static QString nft(const QString &script)
    {
        QProcess process;
        process.start(u"/usr/sbin/nft"_qs, {u"-f"_qs, u"-"_qs});
        process.write(script.toUtf8());
        process.closeWriteChannel();
        if (!process.waitForFinished(10'000) || process.exitCode() != 0)
            return QString::fromUtf8(process.readAllStandardError()) + script;
        return {};
    }

    QString m_table;
    QString m_error;
    qsizetype m_ports = 0;
};

/// How the serving gateway goes down.
enum class Death {
    ProcessKilled,      ///< SIGKILL: the kernel closes its connections, the server frees the lease at once
    MachineFallsSilent, ///< no packet in or out: only keepalives and health checks tell
};

/// Two gateways behind HAProxy with the example configuration, an agent and a visitor in a chat through
/// it; the serving gateway goes down as \a death says while the visitor goes on typing. Everyone must be
/// back within 10 s with nothing lost or shown twice, on both screens and in the database.
void failOver(Death death)
{
    ASSERT_TRUE(QFile::exists(u"/usr/sbin/haproxy"_qs)) << "HAProxy (Debian package haproxy) is needed";
    if (death == Death::MachineFallsSilent) {
        ASSERT_EQ(SilencedMachine::whyNot(), QString());
    }
    test::TemporaryDatabase db(test::Backend::PostgreSql);
    const QString gatewayRole = uniqueRole(u"failover_gw_"_qs);
    const QString agentRole = uniqueRole(u"failover_agent_"_qs);
    db.createRole(gatewayRole, u"ww_gateway"_qs);
    db.createRole(agentRole, u"ww_agent"_qs);

    GatewayProgram one;
    GatewayProgram two;
    one.start(db.urlAs(gatewayRole).toString());
    ASSERT_TRUE(one.program.waitFor("listening on")) << one.program.log().constData();
    two.start(db.urlAs(gatewayRole).toString());
    ASSERT_TRUE(two.program.waitFor("standby")) << two.program.log().constData();

    QTemporaryDir dir;
    const quint16 front = test::freePort();
    const QString configuration = haproxyConfiguration(front, one, two);
    ASSERT_FALSE(configuration.isEmpty()) << "installer/examples/haproxy-wegwijzer-chat.cfg changed";
    QFile config(dir.filePath(u"haproxy.cfg"_qs));
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write(configuration.toUtf8());
    config.close();
    test::RunningProgram haproxy;
    haproxy.start(u"/usr/sbin/haproxy"_qs, {u"-db"_qs, u"-f"_qs, config.fileName()});
    // HAProxy has seen the serving gateway's health once it lets a connection through.
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                QWebSocket probe;
                probe.open(QUrl(u"ws://127.0.0.1:%1/"_qs.arg(front)));
                return QTest::qWaitFor([&] { return probe.state() == QAbstractSocket::ConnectedState; }, 300);
            },
            10'000))
            << haproxy.log().constData();

    // An agent at a desk and a visitor, both through the load balancer.
    std::shared_ptr<Database> agentLogin = db.openAs(agentRole);
    chat::ChatAgentClient agent(QUrl(u"ws://127.0.0.1:%1/"_qs.arg(front)),
                                [agentLogin] { return chat::ChatTickets(*agentLogin).issue(); });
    agent.setReconnectDelay(200);
    QList<qint64> agentReadyAtMs;
    QStringList agentSaw;
    QObject::connect(&agent, &chat::ChatAgentClient::ready,
                     [&] { agentReadyAtMs.append(QDateTime::currentMSecsSinceEpoch()); });
    QObject::connect(&agent, &chat::ChatAgentClient::queueChanged, [&](const QList<chat::ChatQueueEntry> &queue) {
        if (!queue.isEmpty())
            agent.accept(queue.first().chat);
    });
    QObject::connect(&agent, &chat::ChatAgentClient::messageReceived, [&](const chat::ChatIncomingMessage &message) {
        if (message.from != u"visitor")
            return;
        agentSaw.append(message.text);
        agent.sendMessage(message.chat, u"Ontvangen: "_qs + message.text);
    });
    agent.open();
    ASSERT_TRUE(QTest::qWaitFor([&] { return agent.isReady(); }, 10'000));

    ResumingVisitor visitor(QUrl(u"ws://127.0.0.1:%1/"_qs.arg(front)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return visitor.welcomed(); }, 10'000));
    constexpr int before = 10;
    constexpr int after = 10;
    for (int i = 1; i <= before; ++i)
        visitor.send(u"bericht %1"_qs.arg(i));
    ASSERT_TRUE(QTest::qWaitFor([&] { return visitor.shown().size() == before; }, 10'000))
            << visitor.shown().join(u'|').toStdString();

    // The serving gateway goes down at once.
    const qint64 diedAtMs = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<SilencedMachine> silenced;
    if (death == Death::ProcessKilled) {
        one.program.signal(SIGKILL);
    } else {
        silenced = std::make_unique<SilencedMachine>(one.program.process().processId());
        ASSERT_EQ(silenced->error(), QString());
        ASSERT_GE(silenced->ports(), 4) << "its chat and health ports and its database connections";
    }
    for (int i = before + 1; i <= before + after; ++i) {
        visitor.send(u"bericht %1"_qs.arg(i));
        QTest::qWait(100);
    }
    ASSERT_TRUE(
            QTest::qWaitFor([&] { return visitor.shown().size() >= before + after && visitor.unacked() == 0; }, 20'000))
            << "shown " << visitor.shown().size() << ", unacknowledged " << visitor.unacked() << "\n"
            << two.program.log().constData() << haproxy.log().constData();
    QTest::qWait(500); // anything shown twice would come now

    ASSERT_GE(visitor.resumes(), 1) << "the visitor resumed its chat with its token";
    ASSERT_GE(agentReadyAtMs.size(), 2) << "the agent logged in again";
    const qint64 visitorBackMs = visitor.lastResumedAtMs() - diedAtMs;
    const qint64 agentBackMs = agentReadyAtMs.last() - diedAtMs;
    std::cout << (death == Death::ProcessKilled ? "process killed" : "machine silent") << ": visitor resumed after "
              << visitorBackMs << " ms, agent back after " << agentBackMs << " ms" << std::endl;
    EXPECT_LT(visitorBackMs, 10'000);
    EXPECT_LT(agentBackMs, 10'000);
    EXPECT_TRUE(two.program.log().contains("took the lease")) << two.program.log().constData();

    // Nothing lost, nothing twice: on both screens and in the database.
    QStringList expectedVisitor;
    QStringList expectedReplies;
    for (int i = 1; i <= before + after; ++i) {
        expectedVisitor.append(u"bericht %1"_qs.arg(i));
        expectedReplies.append(u"Ontvangen: bericht %1"_qs.arg(i));
    }
    EXPECT_EQ(agentSaw, expectedVisitor);
    EXPECT_EQ(visitor.shown(), expectedReplies);
    EXPECT_EQ(countRows(db.database(), u"SELECT count(*) FROM chat_messages WHERE sender = 'visitor'"_qs),
              before + after);
    EXPECT_EQ(countRows(db.database(), u"SELECT count(DISTINCT body) FROM chat_messages WHERE sender = 'visitor'"_qs),
              before + after);
    EXPECT_EQ(countRows(db.database(), u"SELECT count(*) FROM chat_messages WHERE sender = 'agent'"_qs),
              before + after);
    EXPECT_EQ(countRows(db.database(), u"SELECT count(*) FROM chats"_qs), 1) << "the same chat, not a new one";
    EXPECT_TRUE(healthOf(two.healthPort).startsWith("HTTP/1.1 200 OK"));
}

} // namespace

TEST(GatewayFailover, KillingTheServingGatewayLosesNothingAndEveryoneIsBackWithinTenSeconds)
{
    failOver(Death::ProcessKilled);
}

// A machine that dies takes no connection down with it: the server frees its lease only when the lease
// session's own keepalives find it silent (gateway_lease_take.sql), and HAProxy closes its clients'
// connections to it once two health checks have failed.
TEST(GatewayFailover, AServingMachineThatFallsSilentLosesNothingAndEveryoneIsBackWithinTenSeconds)
{
    failOver(Death::MachineFallsSilent);
}
