// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatTestSupport.h"

#include "TestContent.h"
#include "chat/ChatProtocol.h"
#include "chat/ChatStore.h"
#include "chat/ChatTickets.h"
#include "storage/SqlCaseStore.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <stdexcept>

namespace ww::test {

TestPeer::TestPeer(quint16 port)
{
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &text) {
        m_frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        m_taken.append(false);
    });
    m_socket.open(QUrl(u"ws://127.0.0.1:%1/"_qs.arg(port)));
    (void)QTest::qWaitFor([this] { return isOpen(); }, 3000);
}

TestPeer::~TestPeer()
{
    m_socket.abort();
}

void TestPeer::send(const QString &type, const QString &id, const QJsonObject &fields)
{
    m_socket.sendTextMessage(chat::Frames::make(type, id, fields));
}

std::optional<QJsonObject> TestPeer::take(const QString &type, const std::function<bool(const QJsonObject &)> &test,
                                          int ms)
{
    std::optional<QJsonObject> found;
    (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = 0; i < m_frames.size(); ++i) {
                    const QJsonObject &frame = m_frames.at(i);
                    if (!m_taken.at(i) && frame.value(u"type").toString() == type && (!test || test(frame))) {
                        m_taken[i] = true;
                        found = frame;
                        return true;
                    }
                }
                return false;
            },
            ms);
    return found;
}

int TestPeer::countOf(const QString &type) const
{
    return static_cast<int>(std::count_if(m_frames.cbegin(), m_frames.cend(), [&type](const QJsonObject &frame) {
        return frame.value(u"type").toString() == type;
    }));
}

bool TestPeer::waitClosed(int ms)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, ms);
}

QJsonObject TestPeer::helloVisitor(const QString &resume, const QJsonObject &tree, const QString &lang)
{
    QJsonObject fields{{u"role"_qs, u"visitor"_qs}, {u"lang"_qs, lang}};
    if (!resume.isEmpty())
        fields.insert(u"resume"_qs, resume);
    if (!tree.isEmpty())
        fields.insert(u"tree"_qs, tree);
    send(u"hello"_qs, QUuid::createUuid().toString(QUuid::Id128), fields);
    return take(u"welcome"_qs).value_or(QJsonObject());
}

SilentPeer::SilentPeer(quint16 port, bool upgrade)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    if (!m_socket.waitForConnected(3000) || !upgrade)
        return;
    m_socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QByteArray answer;
    (void)QTest::qWaitFor(
            [&] {
                answer += m_socket.readAll();
                return answer.contains("\r\n\r\n");
            },
            3000);
    if (const qsizetype end = answer.indexOf("\r\n\r\n"); end >= 0)
        m_received = answer.mid(end + 4); // frames that came with the answer
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { readFrames(); });
    // One masked text frame (RFC 6455, 5.2): the hello; then silence, pings included.
    const QByteArray payload = chat::Frames::make(u"hello"_qs, u"h1"_qs, {{u"role"_qs, u"visitor"_qs}}).toUtf8();
    QByteArray frame;
    frame.append(char(0x81));
    frame.append(char(0x80 | payload.size()));
    const char mask[4] = {0x12, 0x34, 0x56, 0x78};
    frame.append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ mask[i % 4]));
    m_socket.write(frame);
    m_socket.flush();
    m_sinceHello.start();
}

void SilentPeer::readFrames()
{
    m_received += m_socket.readAll();
    if (!m_sinceHello.isValid()) {
        m_received.clear(); // never upgraded: what comes back is no WebSocket frame
        return;
    }
    for (;;) {
        if (m_received.size() < 2)
            return;
        const int opcode = m_received.at(0) & 0x0F;
        qint64 length = m_received.at(1) & 0x7F;
        qsizetype header = 2;
        if (length == 126 || length == 127) {
            const qsizetype bytes = length == 126 ? 2 : 8;
            if (m_received.size() < 2 + bytes)
                return;
            length = 0;
            for (qsizetype i = 0; i < bytes; ++i)
                length = (length << 8) | static_cast<quint8>(m_received.at(2 + i));
            header += bytes;
        }
        if (m_received.size() < header + length)
            return;
        if (opcode == 0x9 && m_firstPingMs < 0)
            m_firstPingMs = m_sinceHello.elapsed();
        m_received.remove(0, header + length);
    }
}

bool SilentPeer::waitClosed(int ms)
{
    return QTest::qWaitFor(
            [this] {
                readFrames(); // read the pings, answer none
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            ms);
}

GatewayFixture::GatewayFixture(Backend backend)
    : m_db(backend)
    , m_backend(backend)
{
    const auto tree = smallTree();
    SqlCaseStore(m_db.database()).storeTree(*tree);
    m_treeIdentity = tree->identity();
    if (backend == Backend::PostgreSql) {
        // The gateway logs in as its own least-privileged role, as in production.
        const QString role = u"gw_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(12);
        m_db.createRole(role, u"ww_gateway"_qs);
        m_gatewayUrl = m_db.urlAs(role);
    } else {
        m_gatewayUrl = m_db.url();
    }
}

GatewayFixture::~GatewayFixture()
{
    m_gateway.reset();
}

chat::ChatGatewayConfig GatewayFixture::shortConfig()
{
    chat::ChatGatewayConfig config;
    config.peer.helloTimeoutMs = 400;
    config.peer.pingIntervalMs = 150;
    config.peer.pongTimeoutMs = 300;
    config.peer.rateBurst = 40;
    config.peer.ratePerSecond = 40;
    config.peer.maxRefusedFrames = 50;
    config.upgradeTimeoutMs = 400;
    config.resumeGraceMs = 700;
    config.agentGraceMs = 300;
    config.waitingTooLongMs = 60'000;
    config.sweepIntervalMs = 50;
    config.queueUpdateMs = 10;
    config.maxChatsPerAgent = 2;
    return config;
}

void GatewayFixture::routeGatewayThrough(quint16 port)
{
    QString error;
    m_gatewayUrl = *DatabaseUrl::parse(
            u"postgresql://%1@127.0.0.1:%2/%3"_qs.arg(m_gatewayUrl.user()).arg(port).arg(m_gatewayUrl.databaseName()),
            &error);
}

void GatewayFixture::start(chat::ChatGatewayConfig config)
{
    m_gateway = std::make_unique<chat::ChatGateway>(m_gatewayUrl, m_treeIdentity, std::move(config));
    QString error;
    if (!m_gateway->listen(QHostAddress::LocalHost, m_port, &error))
        throw std::runtime_error(error.toStdString());
    m_port = m_gateway->port();
    // The open chats are read on the storage thread; a test starts once they are.
    if (!QTest::qWaitFor([this] { return m_gateway->isLoaded(); }, 10000))
        throw std::runtime_error("the gateway did not load its chats within 10 s");
}

void GatewayFixture::stop()
{
    m_gateway.reset();
    QTest::qWait(20);
}

std::unique_ptr<chat::ChatAgentClient> GatewayFixture::agent(const QString &name, std::optional<AgentState> state)
{
    QString role = name;
    std::function<QString()> tickets;
    if (m_backend == Backend::PostgreSql) {
        // The ticket comes from the agent's own database login, as on the desktop.
        if (!m_agentRoles.contains(name)) {
            m_db.createRole(name, u"ww_agent"_qs);
            m_agentRoles.append(name);
        }
        auto connection = std::shared_ptr<Database>(m_db.openAs(name));
        tickets = [connection] { return chat::ChatTickets(*connection).issue(); };
    } else {
        Database *db = &m_db.database();
        tickets = [db, name] { return chat::ChatTickets(*db).issue(name); };
    }
    auto client = std::make_unique<chat::ChatAgentClient>(QUrl(u"ws://127.0.0.1:%1/"_qs.arg(m_port)), tickets);
    client->setReconnectDelay(50);
    if (state)
        client->sendState(*state);
    client->open();
    (void)QTest::qWaitFor([&client] { return client->isReady(); }, 3000);
    return client;
}

int GatewayFixture::count(const QString &sql)
{
    QSqlQuery query(m_db.database().connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace ww::test
