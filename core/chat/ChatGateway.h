// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/AgentRoster.h"
#include "chat/ChatPeer.h"
#include "chat/ChatRouter.h"
#include "chat/ChatStore.h"
#include "chat/ChatWriteBatch.h"
#include "chat/FloorWatch.h"
#include "chat/TelephonyLink.h"
#include "chat/WalCheckpointer.h"
#include "storage/AsyncStorage.h"
#include "storage/DatabaseUrl.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
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
    int upgradeTimeoutMs = 10'000;  ///< HTTP upgrade to WebSocket
    int resumeGraceMs = 120'000;    ///< a visitor may come back this long
    int agentGraceMs = 30'000;      ///< an agent's chats wait this long before going back to the queue
    int waitingTooLongMs = 120'000; ///< a queued chat is signalled to agents after this
    int sweepIntervalMs = 1'000;
    int queueUpdateMs = 100;          ///< queue changes within this time go out as one update
    int checkpointIntervalMs = 1'000; ///< SQLite: how often the log is copied into the database file
    int databaseRetryMs = 2'000;      ///< while the database does not answer: how often to try it again
    int databaseDeadlineMs = 6'000;   ///< a database call running longer: the network went silent, give up
    int closeDrainMs = 5'000;         ///< on close: how long to wait for what is still being stored
    int maxChatsPerAgent = 3;
    int offerTimeoutMs = 20'000; ///< an agent has this long to answer an offer
    int reofferAfterMs = 60'000; ///< a declined or unanswered chat is not offered to that agent again sooner
    FloorWatch::Timing floor;    ///< the supervisors' live view (FloorWatch)
    /// Phone codes (docs/chat-protocol.md): per address a burst, then a steady rate; per connection a total.
    int phoneCodeBurst = 20;
    double phoneCodesPerMinute = 2.0;
    int phoneCodesPerConnection = 5;
    std::optional<QSslConfiguration> tls;
    TelephonyConfig telephony; ///< the phone system (docs/telephony.md)
};

/// The chat gateway (docs/chat-protocol.md): visitors and agents connect over WebSocket; chats are
/// queued, accepted, transferred and ended here; transcripts and chat cases go to the database so
/// a restarted gateway carries on.
///
/// The event loop never waits for the database: every read and write goes to a storage thread with
/// a connection of its own (ChatWriteBatch on AsyncStorage), and what depends on it (an ack, a
/// delivery, a replayed transcript) follows when the answer comes back.
class ChatGateway : public QObject
{
    Q_OBJECT

public:
    /// Connects to \a database (with \a password, if any) on a thread of its own; the open chats are
    /// loaded from it first.
    ChatGateway(const DatabaseUrl &database, const QString &caseTreeIdentity, ChatGatewayConfig config = {},
                const QString &password = {}, QObject *parent = nullptr);
    ~ChatGateway() override;

    /// Starts listening; on failure returns false and sets \a error.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    void close();
    /// Stops serving at once: closes the listeners and every connection without waiting for what is still
    /// being stored (another gateway may serve already; the peers send again what was not acknowledged).
    void abandon();
    int connectionCount() const { return static_cast<int>(m_peers.size()); }
    int openChatCount() const;
    /// The open chats were read from the database: until then frames wait.
    bool isLoaded() const { return m_loaded; }
    /// Whether the database answers; while it does not, messages and new chats are refused.
    bool isDatabaseOnline() const { return m_storage.isOnline(); }
    /// Database work given and not yet answered.
    int pendingWrites() const { return m_storage.pending() + m_batch.queued(); }
    /// The connected agents with their states and open chats (routing, and the supervisors' view).
    const AgentRoster &roster() const { return m_roster; }
    const ChatRouter &router() const { return *m_router; }
    /// The supervisors' live view: who watches, the wrap-up limit (ChatGatewayFloor.cpp).
    FloorWatch &floor() { return *m_floor; }

signals:
    void chatWaitingTooLong(const QUuid &chat);
    void databaseOnlineChanged(bool online);

private:
    struct PendingMessage;
    struct LiveChat
    {
        StoredChat stored;
        QPointer<ChatPeer> visitor;
        qint64 visitorGoneMs = -1;
        bool waitingSignalled = false;
        int visitorPosition = 0;           ///< the queue position last sent to the visitor
        bool visitorToldAvailable = false; ///< the agentsAvailable last sent to the visitor
        /// What each side has acknowledged. Kept in memory only: after a restart both get the whole
        /// transcript once more, and their clients show nothing twice (seq).
        int visitorAcked = 0;
        int agentAcked = 0;
        /// >= 0: the database may hold lines after this seq that are not in seen (after a restart, or a
        /// batch whose answer was lost); the next message's batch reads them first.
        int syncAfter = -1;
        QHash<QString, int> seen; ///< sender + id → seq of stored messages: re-sent ones need no query
        QHash<QString, std::shared_ptr<PendingMessage>> pending; ///< on their way to the database
        /// Transcripts being read for a side: new messages are not sent to it, they come with the replay.
        int visitorReplays = 0;
        int agentReplays = 0;
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
    void handleFrame(ChatPeer *peer, const Frame &frame);
    void sweep();
    void loadChats();
    void onDatabaseOnline(bool online);
    /// Refuses a frame that would need the database while it does not answer; true when it may go on.
    bool storable(ChatPeer *peer, const Frame &frame);
    void messageStored(const std::shared_ptr<PendingMessage> &message);
    void messageFailed(const std::shared_ptr<PendingMessage> &message, const StorageError &error);
    /// Queues a state change of the chat (kept until stored); \a ack goes to \a peer once it is stored.
    void saveState(const LiveChat &chat, ChatPeer *peer = nullptr, const QString &ack = {});

    void helloVisitor(ChatPeer *peer, const Frame &frame);
    void helloAgent(ChatPeer *peer, const Frame &frame);
    void welcomeAgent(ChatPeer *peer, const QString &frameId, const std::optional<QString> &agent);
    void onMessage(ChatPeer *peer, const Frame &frame);
    void onTyping(ChatPeer *peer, const Frame &frame);
    void onAck(ChatPeer *peer, const Frame &frame);
    void onAccept(ChatPeer *peer, const Frame &frame);
    void onTransfer(ChatPeer *peer, const Frame &frame);
    void onEnd(ChatPeer *peer, const Frame &frame);
    void onPhoneCode(ChatPeer *peer, const Frame &frame);
    /// Routing by availability (ChatGatewayRouting.cpp): the state and decline frames, and offers.
    void setUpRouting();
    void onState(ChatPeer *peer, const Frame &frame);
    void onDecline(ChatPeer *peer, const Frame &frame);
    /// The state an agent's hello carried: set before any chat is routed to them.
    void helloState(ChatPeer *peer, const QString &code);
    void agentGone(const QString &agent);
    /// Whether \a agent's state allows a chat now; sends not-available when it does not.
    bool mayTakeChat(ChatPeer *agent, const Frame &frame);
    /// Brings the roster's open chats up to date; whether any agent may get a chat now.
    bool refreshAvailability();
    void routeQueued(const QList<LiveChat *> &queued, const QJsonArray &entries);
    /// Whether \a peer's address may have another phone code now.
    bool allowPhoneCode(ChatPeer *peer);

    /// The chat a frame names (agents) or the visitor's own chat; sends the error when there is none.
    LiveChat *chatFor(ChatPeer *peer, const Frame &frame);
    /// The state changes below are stored in the order made; \a ack goes to \a peer once stored.
    void assign(LiveChat &chat, const QString &agent, const QString &from, const QString &note,
                ChatPeer *peer = nullptr, const QString &ack = {});
    void requeue(LiveChat &chat, ChatPeer *peer = nullptr, const QString &ack = {});
    void end(LiveChat &chat, const QString &reason, ChatPeer *peer = nullptr, const QString &ack = {});
    void sendAssigned(ChatPeer *agent, LiveChat &chat);
    /// Reads the transcript after \a after and sends it to \a peer; \a first goes out before it.
    void replay(ChatPeer *peer, LiveChat &chat, int after, bool toAgent, std::function<bool()> first = {});
    void queueChanged();
    void broadcastQueue();
    int activeChatsOf(const QString &agent) const;
    ChatPeer *connectedAgent(const QString &agent) const;
    qint64 nowMs() const { return m_clock.elapsed(); }

    // The supervisors' live view and moving chats (ChatGatewayFloor.cpp).
    /// A redeemed ticket: an agent's or a supervisor's live view (role "watcher") connection.
    void welcomeLogin(ChatPeer *peer, const QString &frameId, const std::optional<QString> &login, bool supervisor,
                      bool watcher);
    void welcomeWatcher(ChatPeer *peer, const QString &frameId, const QString &login, bool supervisor);
    /// `watch`, `move`, and every frame of a watcher.
    void handleFloorFrame(ChatPeer *peer, const Frame &frame);
    void onMove(ChatPeer *peer, const Frame &frame);
    /// The floor as the gateway knows it now, for FloorWatch.
    FloorInput floorInput() const;

    ChatGatewayConfig m_config;
    QString m_caseTreeIdentity;
    AsyncStorage m_storage;
    ChatWriteBatch m_batch;
    bool m_loaded = false;
    QList<std::pair<QPointer<ChatPeer>, Frame>> m_early; ///< frames that came before the chats were loaded
    QSet<ChatPeer *> m_helloPending;                     ///< their hello waits for the database
    QTcpServer *m_tcp = nullptr;
    QWebSocketServer *m_server = nullptr;
    QList<ChatPeer *> m_peers;
    QHash<QUuid, LiveChat> m_chats;
    QHash<QString, AgentPresence> m_agents;
    struct AddressLimit
    {
        RateLimiter limiter{1, 1.0};
        qint64 lastMs = 0;
    };
    QHash<QHostAddress, AddressLimit> m_phoneCodeLimits;
    QElapsedTimer m_clock;
    QTimer m_sweep;
    PeerFlush m_flush; ///< frames sent in a pass of the event loop leave at its end
    QTimer m_queueUpdate;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    AgentRoster m_roster;
    std::unique_ptr<ChatRouter> m_router;
    std::unique_ptr<FloorWatch> m_floor;
    TelephonyLink m_telephony{m_config.telephony, [this](const QString &agent) { return connectedAgent(agent); }};
};

} // namespace ww::chat
