// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabase.h"
#include "chat/ChatAgentClient.h"
#include "chat/ChatGateway.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTcpSocket>
#include <QWebSocket>

#include <functional>
#include <memory>
#include <optional>

namespace ww::test {

/// A bare WebSocket peer for the tests: sends any frame, hostile ones included, and records
/// every frame it gets.
class TestPeer
{
public:
    explicit TestPeer(quint16 port);
    ~TestPeer();

    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void sendText(const QString &text) { m_socket.sendTextMessage(text); }
    void send(const QString &type, const QString &id, const QJsonObject &fields = {});
    /// The first frame of \a type (and matching \a test) not taken before; waits up to \a ms.
    std::optional<QJsonObject> take(const QString &type, const std::function<bool(const QJsonObject &)> &test = {},
                                    int ms = 3000);
    int countOf(const QString &type) const;
    bool waitClosed(int ms = 3000);
    int closeCode() const { return m_socket.closeCode(); }
    QWebSocket &socket() { return m_socket; }

    /// Says hello as a visitor; returns the welcome frame (chat and resume token).
    QJsonObject helloVisitor(const QString &resume = {}, const QJsonObject &tree = {}, const QString &lang = u"nl"_qs);

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_frames;
    QList<bool> m_taken;
};

/// A TCP client that upgrades to WebSocket by hand, says hello and then never answers a ping.
class SilentPeer
{
public:
    explicit SilentPeer(quint16 port, bool upgrade = true);
    bool waitClosed(int ms);
    /// When the gateway's first ping came, in ms after the hello; -1 while none came.
    qint64 firstPingMs() const { return m_firstPingMs; }

private:
    /// Takes the frames that arrived (the gateway's are unmasked, RFC 6455 5.2) and notes the first ping.
    void readFrames();

    QTcpSocket m_socket;
    QByteArray m_received;
    QElapsedTimer m_sinceHello;
    qint64 m_firstPingMs = -1;
};

/// A gateway on a fresh database with short times, and agents that log in with real tickets.
class GatewayFixture
{
public:
    explicit GatewayFixture(Backend backend = Backend::Sqlite);
    ~GatewayFixture();

    static chat::ChatGatewayConfig shortConfig();
    /// PostgreSQL: the gateway (not the test) reaches its database through 127.0.0.1:\a port, a LagProxy.
    void routeGatewayThrough(quint16 port);
    void start(chat::ChatGatewayConfig config = shortConfig());
    void stop();
    quint16 port() const { return m_port; }
    chat::ChatGateway &gateway() { return *m_gateway; }
    Database &database() { return m_db.database(); }
    TemporaryDatabase &temporaryDatabase() { return m_db; }
    /// A ready agent client logged in as \a name; with \a state, its hello carries that state.
    std::unique_ptr<chat::ChatAgentClient> agent(const QString &name, std::optional<AgentState> state = std::nullopt);
    int count(const QString &sql);

private:
    TemporaryDatabase m_db;
    DatabaseUrl m_gatewayUrl;
    QString m_treeIdentity;
    quint16 m_port = 0;
    std::unique_ptr<chat::ChatGateway> m_gateway;
    Backend m_backend;
    QStringList m_agentRoles;
};

} // namespace ww::test
