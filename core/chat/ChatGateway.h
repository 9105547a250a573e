// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ChatPeer.h"
#include "chat/ChatStore.h"
#include "chat/ChatTickets.h"
#include "chat/ChatWriteBatch.h"
#include "chat/WalCheckpointer.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

class QTcpServer;
class QWebSocketServer;

namespace ww::chat {

/// Everything the gateway can be told; the defaults suit production, tests shorten the times.
struct ChatGatewayConfig
{
    PeerLimits peer;
    int upgradeTimeoutMs = 10'000;     ///< HTTP upgrade to WebSocket
    int resumeGraceMs = 120'000;       ///< a visitor may come back this long
    int agentGraceMs = 30'000;         ///< an agent's chats wait this long before going back to the queue
    int waitingTooLongMs = 120'000;    ///< a queued chat is signalled to agents after this
    int sweepIntervalMs = 1'000;
    int queueUpdateMs = 100;           ///< queue changes within this time go out as one update
    int checkpointIntervalMs = 1'000;  ///< SQLite: how often the log is copied into the database file
    int databaseRetryMs = 2'000;       ///< after a database error: when to check the connection (and reopen it)
    int maxChatsPerAgent = 3;
    std::optional<QSslConfiguration> tls;
};

/// The chat gateway (docs/chat-protocol.md): visitors and agents connect over WebSocket; chats are
/// queued, accepted, transferred and ended here; transcripts and chat cases go to the database so
/// a restarted gateway carries on.
class ChatGateway : public QObject
{
    Q_OBJECT

public:
    ChatGateway(Database &database, const QString &caseTreeIdentity, ChatGatewayConfig config = {},
                QObject *parent = nullptr);
    ~ChatGateway() override;

    /// Starts listening; on failure returns false and sets \a error.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    void close();
    int connectionCount() const { return static_cast<int>(m_peers.size()); }
    int openChatCount() const;

signals:
    void chatWaitingTooLong(const QUuid &chat);

private:
    struct LiveChat
    {
        StoredChat stored;
        QPointer<ChatPeer> visitor;
        qint64 visitorGoneMs = -1;
        bool waitingSignalled = false;
        int visitorPosition = 0;  ///< the queue position last sent to the visitor
        /// What each side has acknowledged. Kept in memory only: after a restart both get the whole
        /// transcript once more, and their clients show nothing twice (seq).
        int visitorAcked = 0;
        int agentAcked = 0;
        bool idsLoaded = false;   ///< after a restart the message ids are read once, on the first message
        QHash<QString, int> seen; ///< sender + id → seq: re-sent messages are recognised without a query
    };
    struct AgentPresence
    {
        QPointer<ChatPeer> peer;
        qint64 goneMs = -1;
    };

    void admitTcp(class QTcpSocket *socket);
    void onNewSocket();
    void adopt(class QWebSocket *socket);
    void onFrame(ChatPeer *peer, const Frame &frame);
    void onGone(ChatPeer *peer);
    void sweep();
    void forget(const ChatWriteBatch::Entry &lost);
    /// A database call failed: check the connection soon, in case the server went away.
    void databaseFailed();
    /// Reopens the connection when it is gone (a restarted server), else nothing; tries again later.
    void checkDatabase();

    void helloVisitor(ChatPeer *peer, const Frame &frame);
    void helloAgent(ChatPeer *peer, const Frame &frame);
    void onMessage(ChatPeer *peer, const Frame &frame);
    void onTyping(ChatPeer *peer, const Frame &frame);
    void onAck(ChatPeer *peer, const Frame &frame);
    void onAccept(ChatPeer *peer, const Frame &frame);
    void onTransfer(ChatPeer *peer, const Frame &frame);
    void onEnd(ChatPeer *peer, const Frame &frame);

    /// The chat a frame names (agents) or the visitor's own chat; sends the error when there is none.
    LiveChat *chatFor(ChatPeer *peer, const Frame &frame);
    void assign(LiveChat &chat, const QString &agent, const QString &from, const QString &note);
    void requeue(LiveChat &chat);
    void end(LiveChat &chat, const QString &reason);
    void sendAssigned(ChatPeer *agent, const LiveChat &chat);
    void replay(ChatPeer *peer, const LiveChat &chat, int after);
    void queueChanged();
    void broadcastQueue();
    int activeChatsOf(const QString &agent) const;
    ChatPeer *connectedAgent(const QString &agent) const;
    qint64 nowMs() const { return m_clock.elapsed(); }

    ChatGatewayConfig m_config;
    Database &m_database;
    ChatStore m_store;
    /// Messages join it; anything else that writes commits it first (Database has one transaction).
    ChatWriteBatch m_batch;
    ChatTickets m_tickets;
    QTcpServer *m_tcp = nullptr;
    QWebSocketServer *m_server = nullptr;
    QList<ChatPeer *> m_peers;
    QHash<QUuid, LiveChat> m_chats;
    QHash<QString, AgentPresence> m_agents;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    QTimer m_databaseCheck;
    QTimer m_queueUpdate;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

} // namespace ww::chat
