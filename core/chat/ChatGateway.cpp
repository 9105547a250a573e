// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatGateway.h"

#include "chat/ChatTickets.h"
#include "storage/Database.h"
#include "storage/PhoneCodeStore.h"
#include "storage/StorageError.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcChat, "ww.chat")

namespace ww::chat {

namespace {

const QString visitorSender = u"visitor"_qs;
const QString agentSender = u"agent"_qs;

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

qint64 secondsSince(const QDateTime &time)
{
    return std::max<qint64>(0, time.secsTo(QDateTime::currentDateTimeUtc()));
}

QJsonObject treeOf(const StoredChat &chat)
{
    return {{u"identity"_qs, chat.visitorTree}, {u"path"_qs, QJsonArray::fromStringList(chat.visitorPath)}};
}

QString messageFrame(const QUuid &chat, const ChatLine &line)
{
    return Frames::FlatFrame(u"message", line.clientId)
            .add(u"chat", uuidText(chat))
            .add(u"seq", line.seq)
            .add(u"from", line.sender)
            .add(u"text", line.body)
            .add(u"at", line.sentAt.toString(Qt::ISODateWithMs))
            .finish();
}

/// A storage failure for the log: its first line only, since a server's detail lines may quote a row.
QString logText(const StorageError &error)
{
    return error.message().section(u'\n', 0, 0);
}

const QString cannotStore = u"the gateway cannot store this now; try again"_qs;
constexpr int earlyFrameLimit = 10'000;
constexpr int closeTryAgainLater = 1013; // RFC 6455 registry; Qt 6.4 has no name for it

AsyncStorage::Opener openerFor(const DatabaseUrl &url, const QString &password)
{
    return [url, password] {
        std::unique_ptr<Database> database = Database::open(url, password);
        // SQLite: the log is copied into the file by the WalCheckpointer's thread, never at a commit.
        if (database->dialect() == SqlDialect::Sqlite)
            database->runOnce(u"wal_autocheckpoint_off"_qs);
        return database;
    };
}

AsyncStorage::Timing timingOf(const ChatGatewayConfig &config)
{
    AsyncStorage::Timing timing;
    timing.deadlineMs = config.databaseDeadlineMs;
    timing.idlePingMs = config.databaseRetryMs;
    return timing;
}

} // namespace

/// A message on its way to the database, and who waits for its ack.
struct ChatGateway::PendingMessage
{
    std::shared_ptr<ChatWriteBatch::Line> line;
    QPointer<ChatPeer> sender;
    QList<QPointer<ChatPeer>> resent; ///< sent again before it was stored: each gets the ack as well
};

ChatGateway::ChatGateway(const DatabaseUrl &database, const QString &caseTreeIdentity, ChatGatewayConfig config,
                         const QString &password, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_caseTreeIdentity(caseTreeIdentity)
    , m_storage(openerFor(database, password), timingOf(m_config))
    , m_batch(m_storage)
{
    m_clock.start();
    if (database.dialect() == SqlDialect::Sqlite) {
        m_checkpointer = std::make_unique<WalCheckpointer>(database, m_config.checkpointIntervalMs);
        m_checkpointer->start();
    }
    connect(&m_storage, &AsyncStorage::onlineChanged, this, &ChatGateway::onDatabaseOnline);
    m_queueUpdate.setSingleShot(true);
    m_queueUpdate.setInterval(m_config.queueUpdateMs);
    connect(&m_queueUpdate, &QTimer::timeout, this, &ChatGateway::broadcastQueue);
    connect(&m_sweep, &QTimer::timeout, this, &ChatGateway::sweep);
    m_sweep.start(m_config.sweepIntervalMs);
    setUpRouting();
    m_floor = std::make_unique<FloorWatch>(
            m_batch, [this] { return floorInput(); }, m_config.floor, m_config.waitingTooLongMs / 1000);
    // A state an agent tells reaches the supervisors' live view as any other change does.
    connect(&m_roster, &AgentRoster::changed, m_floor.get(), [this] { m_floor->changed(); });
    loadChats();
}

void ChatGateway::loadChats()
{
    auto chats = std::make_shared<QList<StoredChat>>();
    ChatWriteBatch::Job job;
    job.keep = true; // waits for a database that is not there yet
    job.work = [chats](Database &database) { *chats = ChatStore(database, {}).openChats(); };
    const auto loaded = [this] {
        m_loaded = true;
        const auto early = std::exchange(m_early, {});
        for (const auto &[peer, frame] : early) {
            if (peer)
                onFrame(peer, frame);
        }
    };
    job.done = [this, chats, loaded] {
        // Chats in progress when the gateway stopped: visitors and agents get their grace from now.
        for (const StoredChat &stored : std::as_const(*chats)) {
            LiveChat chat;
            chat.stored = stored;
            chat.visitorGoneMs = nowMs();
            chat.syncAfter = 0; // which ids are stored is read with the chat's first message
            if (stored.state == ChatState::Active && !m_agents.contains(stored.agent))
                m_agents.insert(stored.agent, {nullptr, nowMs()});
            m_chats.insert(stored.id, chat);
        }
        if (!chats->isEmpty())
            qCInfo(lcChat) << "resuming" << chats->size() << "chats from the database";
        loaded();
    };
    job.failed = [loaded](const StorageError &error) {
        qCWarning(lcChat) << "the open chats cannot be read; starting without them:" << logText(error);
        loaded();
    };
    m_batch.add(std::move(job));
}

ChatGateway::~ChatGateway()
{
    close();
}

bool ChatGateway::listen(const QHostAddress &address, quint16 port, QString *error)
{
    const auto mode = m_config.tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode;
    m_server = new QWebSocketServer(u"wegwijzer-chatd"_qs, mode, this);
    m_server->setHandshakeTimeout(std::chrono::milliseconds(m_config.upgradeTimeoutMs));
    connect(m_server, &QWebSocketServer::newConnection, this, &ChatGateway::onNewSocket);
    if (m_config.tls) {
        m_server->setSslConfiguration(*m_config.tls);
        if (!m_server->listen(address, port)) {
            *error = m_server->errorString();
            return false;
        }
        return true;
    }
    // Qt's listen backlog of 50 makes a burst of connections wait; our own TCP server takes more.
    m_tcp = new QTcpServer(this);
    m_tcp->setListenBacklogSize(1024);
    connect(m_tcp, &QTcpServer::newConnection, this, [this] {
        while (m_tcp->hasPendingConnections())
            admitTcp(m_tcp->nextPendingConnection());
    });
    if (!m_tcp->listen(address, port)) {
        *error = m_tcp->errorString();
        return false;
    }
    return true;
}

quint16 ChatGateway::port() const
{
    if (m_tcp)
        return m_tcp->serverPort();
    return m_server ? m_server->serverPort() : 0;
}

void ChatGateway::close()
{
    m_sweep.stop();
    m_queueUpdate.stop();
    if (m_tcp)
        m_tcp->close();
    if (m_server)
        m_server->close();
    const QList<ChatPeer *> peers = m_peers;
    m_peers.clear();
    for (ChatPeer *peer : peers) {
        disconnect(peer, nullptr, this, nullptr);
        peer->close(u"gateway stopping"_qs);
        peer->deleteLater();
    }
    // What was given to the database is stored before the gateway goes, as far as the database lets it.
    if (!m_batch.drain(m_config.closeDrainMs))
        qCWarning(lcChat) << m_batch.queued() << "database jobs were not stored before stopping";
}

void ChatGateway::abandon()
{
    m_config.closeDrainMs = 0;
    close();
}

int ChatGateway::openChatCount() const
{
    return static_cast<int>(std::count_if(m_chats.cbegin(), m_chats.cend(),
                                          [](const LiveChat &chat) { return chat.stored.state != ChatState::Ended; }));
}

void ChatGateway::admitTcp(QTcpSocket *socket)
{
    // Chat frames are small and should leave at once, not wait to be joined with the next one.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // A connection that never asks for the upgrade would otherwise hold its socket for ever.
    QPointer<QTcpSocket> guarded(socket);
    const QHostAddress address = socket->peerAddress();
    const quint16 port = socket->peerPort();
    QTimer::singleShot(m_config.upgradeTimeoutMs, this, [this, guarded, address, port] {
        if (!guarded || guarded->state() != QAbstractSocket::ConnectedState)
            return;
        const bool upgraded = std::any_of(m_peers.cbegin(), m_peers.cend(), [&](const ChatPeer *peer) {
            return peer->peerPort() == port && peer->peerAddress() == address;
        });
        if (!upgraded)
            guarded->abort();
    });
    m_server->handleConnection(socket);
}

void ChatGateway::onNewSocket()
{
    while (m_server->hasPendingConnections())
        adopt(m_server->nextPendingConnection());
}

void ChatGateway::adopt(QWebSocket *socket)
{
    auto *peer = new ChatPeer(socket, m_config.peer, this);
    peer->setFlush(&m_flush);
    m_peers.append(peer);
    connect(peer, &ChatPeer::frameReceived, this, &ChatGateway::onFrame);
    connect(peer, &ChatPeer::gone, this, &ChatGateway::onGone);
}

void ChatGateway::onFrame(ChatPeer *peer, const Frame &frame)
{
    try {
        if (!m_loaded) {
            // The open chats are still being read: a resume now would not find its chat.
            if (m_early.size() < earlyFrameLimit)
                m_early.append({peer, frame});
            else
                peer->sendError(ErrorCode::Unavailable, cannotStore, frame.id);
            return;
        }
        handleFrame(peer, frame);
    } catch (const std::exception &error) {
        // Nothing goes on into the event loop; the peer learns only that it may try again.
        qCWarning(lcChat) << "a frame could not be handled:" << error.what();
        peer->sendError(ErrorCode::Unavailable, cannotStore, frame.id);
    }
}

void ChatGateway::handleFrame(ChatPeer *peer, const Frame &frame)
{
    if (m_telephony.handle(peer, frame))
        return; // the phone system's frames, and every role kept to its own
    const bool visitor = peer->role() == ChatPeer::Role::Visitor;
    const bool agent = peer->role() == ChatPeer::Role::Agent;
    if (frame.type == u"hello") {
        if (peer->role() != ChatPeer::Role::Unknown || m_helloPending.contains(peer))
            peer->sendError(ErrorCode::NotAllowed, u"hello was already sent"_qs, frame.id);
        else if (frame.text(u"role"_qs) == visitorSender)
            helloVisitor(peer, frame);
        else if (frame.text(u"role"_qs) == agentSender || frame.text(u"role"_qs) == u"watcher")
            helloAgent(peer, frame);
        else
            peer->sendError(ErrorCode::BadField, u"field \"role\" must be \"visitor\", \"agent\" or \"watcher\""_qs,
                            frame.id);
    } else if (frame.type == u"watch" || frame.type == u"move" || peer->role() == ChatPeer::Role::Watcher) {
        handleFloorFrame(peer, frame);
    } else if (frame.type == u"message") {
        onMessage(peer, frame);
    } else if (frame.type == u"typing") {
        onTyping(peer, frame);
    } else if (frame.type == u"ack") {
        onAck(peer, frame);
    } else if (frame.type == u"end") {
        onEnd(peer, frame);
    } else if (frame.type == u"phone-code" && !agent) {
        onPhoneCode(peer, frame);
    } else if (agent && frame.type == u"accept") {
        onAccept(peer, frame);
    } else if (agent && frame.type == u"transfer") {
        onTransfer(peer, frame);
    } else if (agent && frame.type == u"state") {
        onState(peer, frame);
    } else if (agent && frame.type == u"decline") {
        onDecline(peer, frame);
    } else {
        peer->sendError(ErrorCode::NotAllowed,
                        u"\"%1\" is not for %2s"_qs.arg(frame.type, visitor ? visitorSender : agentSender), frame.id);
    }
}

bool ChatGateway::storable(ChatPeer *peer, const Frame &frame)
{
    if (m_batch.accepting())
        return true;
    peer->sendError(ErrorCode::Unavailable, cannotStore, frame.id);
    return false;
}

void ChatGateway::onDatabaseOnline(bool online)
{
    if (online)
        qCInfo(lcChat) << "the database answers again";
    else
        qCWarning(lcChat) << "the database cannot be reached; messages and new chats are refused until it answers";
    emit databaseOnlineChanged(online);
}

void ChatGateway::helloVisitor(ChatPeer *peer, const Frame &frame)
{
    const QString token = frame.text(u"resume"_qs);
    if (!token.isEmpty()) {
        const QString hash = ChatStore::hashOf(token);
        for (LiveChat &chat : m_chats) {
            if (chat.stored.resumeHash != hash || chat.stored.state == ChatState::Ended)
                continue;
            if (chat.visitor && chat.visitor != peer)
                chat.visitor->close(u"resumed elsewhere"_qs);
            chat.visitor = peer;
            chat.visitorGoneMs = -1;
            chat.visitorPosition = 0;
            peer->identify(ChatPeer::Role::Visitor);
            peer->setVisitorChat(chat.stored.id);
            peer->send(Frames::ack(frame.id));
            peer->send(Frames::make(u"welcome"_qs, {},
                                    {{u"chat"_qs, uuidText(chat.stored.id)},
                                     {u"resume"_qs, token},
                                     {u"resumeGraceSeconds"_qs, m_config.resumeGraceMs / 1000},
                                     {u"state"_qs, chatStateCode(chat.stored.state)},
                                     {u"resumed"_qs, true}}));
            if (chat.stored.state == ChatState::Active)
                peer->send(Frames::make(u"joined"_qs, {}, {{u"chat"_qs, uuidText(chat.stored.id)}}));
            // A reloaded page has lost what it showed and asks for more than it acknowledged.
            const QJsonValue seen = frame.fields.value(u"seen"_qs);
            replay(peer, chat, seen.isDouble() ? std::min(seen.toInt(), chat.visitorAcked) : chat.visitorAcked, false);
            queueChanged();
            return;
        }
        peer->sendError(ErrorCode::ResumeRefused, u"this chat has ended or its resume time has passed"_qs, frame.id);
        return;
    }

    if (!storable(peer, frame))
        return;
    StoredChat stored;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString newToken = ChatStore::randomToken();
    stored.id = QUuid::createUuid();
    stored.caseId = QUuid::createUuid();
    stored.resumeHash = ChatStore::hashOf(newToken);
    stored.lang = frame.text(u"lang"_qs) == u"en" ? u"en"_qs : u"nl"_qs;
    const QJsonObject tree = frame.fields.value(u"tree"_qs).toObject();
    if (!tree.isEmpty()) {
        stored.visitorTree = tree.value(u"identity"_qs).toString();
        for (const QJsonValue &node : tree.value(u"path"_qs).toArray())
            stored.visitorPath.append(node.toString());
    }
    stored.openedAt = now;
    stored.queuedAt = now;
    // The chat exists for the gateway once it is stored: only then does the visitor get its welcome.
    m_helloPending.insert(peer);
    peer->setHelloPending(true);
    const QPointer<ChatPeer> target(peer);
    ChatWriteBatch::Job job;
    job.change = ChatChange{ChatChange::Kind::Open, stored, m_caseTreeIdentity, {}, {}};
    job.done = [this, stored, newToken, peer, target, id = frame.id] {
        m_helloPending.remove(peer);
        LiveChat chat;
        chat.stored = stored;
        qCInfo(lcChat) << "chat" << uuidText(stored.id) << "opened";
        if (!target || target->role() != ChatPeer::Role::Unknown) {
            chat.visitorGoneMs = nowMs(); // gone before it heard of its chat: ends after the grace
            m_chats.insert(stored.id, chat);
            queueChanged();
            return;
        }
        chat.visitor = target;
        m_chats.insert(stored.id, chat);
        target->identify(ChatPeer::Role::Visitor);
        target->setVisitorChat(stored.id);
        target->send(Frames::ack(id));
        target->send(Frames::make(u"welcome"_qs, {},
                                  {{u"chat"_qs, uuidText(stored.id)},
                                   {u"resume"_qs, newToken},
                                   {u"resumeGraceSeconds"_qs, m_config.resumeGraceMs / 1000},
                                   {u"state"_qs, chatStateCode(ChatState::Queued)},
                                   {u"resumed"_qs, false}}));
        queueChanged();
    };
    job.failed = [this, peer, target, id = frame.id](const StorageError &) {
        m_helloPending.remove(peer);
        if (target) {
            target->setHelloPending(false);
            target->sendError(ErrorCode::Unavailable, cannotStore, id);
        }
    };
    m_batch.add(std::move(job));
}

void ChatGateway::helloAgent(ChatPeer *peer, const Frame &frame)
{
    if (!m_batch.accepting()) {
        // The client comes back by itself, with a new ticket.
        peer->closeWith(ErrorCode::Unavailable, u"the gateway cannot check tickets now; try again later"_qs,
                        closeTryAgainLater);
        return;
    }
    m_helloPending.insert(peer);
    peer->setHelloPending(true);
    auto agent = std::make_shared<std::optional<QString>>();
    auto supervisor = std::make_shared<bool>(false);
    const QPointer<ChatPeer> target(peer);
    ChatWriteBatch::Job job;
    job.work = [agent, supervisor, ticket = frame.text(u"ticket"_qs)](Database &database) {
        ChatTickets tickets(database);
        *agent = tickets.redeem(ticket);
        *supervisor = *agent && tickets.isSupervisor(**agent);
    };
    job.done = [this, peer, target, agent, supervisor, watcher = frame.text(u"role"_qs) == u"watcher", id = frame.id,
                state = frame.text(u"state"_qs)] {
        m_helloPending.remove(peer);
        if (target)
            welcomeLogin(target, id, *agent, *supervisor, watcher);
        if (target && !watcher && !state.isEmpty())
            helloState(target, state);
    };
    job.failed = [this, peer, target](const StorageError &) {
        m_helloPending.remove(peer);
        if (target)
            target->closeWith(ErrorCode::Unavailable, u"the gateway cannot check tickets now; try again later"_qs,
                              closeTryAgainLater);
    };
    m_batch.add(std::move(job));
}

void ChatGateway::welcomeAgent(ChatPeer *peer, const QString &frameId, const std::optional<QString> &agent)
{
    if (!agent || agent->isEmpty()) {
        peer->closeWith(ErrorCode::TicketRefused,
                        u"the ticket is unknown, used or expired; ask the desktop for a new one"_qs,
                        QWebSocketProtocol::CloseCodePolicyViolated);
        return;
    }
    AgentPresence &presence = m_agents[*agent];
    if (presence.peer && presence.peer != peer)
        presence.peer->close(u"logged in elsewhere"_qs);
    presence.peer = peer;
    presence.goneMs = -1;
    peer->identify(ChatPeer::Role::Agent, *agent);
    m_roster.connectAgent(*agent, m_config.maxChatsPerAgent, QDateTime::currentDateTimeUtc());
    qCInfo(lcChat) << "agent connected;" << m_agents.size() << "agents known";
    peer->send(Frames::ack(frameId));
    peer->send(Frames::make(u"welcome"_qs, {}, {{u"agent"_qs, *agent}, {u"maxChats"_qs, m_config.maxChatsPerAgent}}));
    for (LiveChat &chat : m_chats) {
        if (chat.stored.state == ChatState::Active && chat.stored.agent == *agent)
            sendAssigned(peer, chat);
    }
    queueChanged();
}

ChatGateway::LiveChat *ChatGateway::chatFor(ChatPeer *peer, const Frame &frame)
{
    QUuid id = peer->visitorChat();
    if (peer->role() == ChatPeer::Role::Agent)
        id = QUuid::fromString(frame.text(u"chat"_qs));
    auto found = m_chats.find(id);
    if (id.isNull() || found == m_chats.end() || found->stored.state == ChatState::Ended) {
        if (!frame.id.isEmpty() || frame.type == u"ack")
            peer->sendError(ErrorCode::UnknownChat, u"no open chat with this id"_qs, frame.id);
        return nullptr;
    }
    if (peer->role() == ChatPeer::Role::Agent && frame.type != u"accept"
        && (found->stored.state != ChatState::Active || found->stored.agent != peer->agentName())) {
        peer->sendError(ErrorCode::NotAllowed, u"this chat is not yours"_qs, frame.id);
        return nullptr;
    }
    return &found.value();
}

void ChatGateway::onMessage(ChatPeer *peer, const Frame &frame)
{
    LiveChat *chat = chatFor(peer, frame);
    if (!chat)
        return;
    const bool fromVisitor = peer->role() == ChatPeer::Role::Visitor;
    const QString sender = fromVisitor ? visitorSender : agentSender;
    // A message re-sent after a reconnect is acknowledged again, not stored or shown again.
    const QString key = sender + u':' + frame.id;
    if (const auto known = chat->seen.constFind(key); known != chat->seen.cend()) {
        peer->send(Frames::ack(frame.id, known.value()));
        return;
    }
    if (const auto waiting = chat->pending.constFind(key); waiting != chat->pending.cend()) {
        waiting.value()->resent.append(peer);
        return;
    }
    if (!storable(peer, frame))
        return;
    auto message = std::make_shared<PendingMessage>();
    message->sender = peer;
    message->line = std::make_shared<ChatWriteBatch::Line>();
    ChatWriteBatch::Line &line = *message->line;
    line.chat = chat->stored.id;
    line.caseId = chat->stored.caseId;
    line.key = key;
    line.line = ChatLine{0,
                         sender,
                         fromVisitor ? QString() : peer->agentName(),
                         frame.id,
                         frame.text(u"text"_qs),
                         QDateTime::currentDateTimeUtc()};
    line.lastSeq = chat->stored.lastSeq;
    line.syncAfter = chat->syncAfter;
    chat->pending.insert(key, message);

    ChatWriteBatch::Job job;
    job.line = message->line;
    // Its place follows what is stored when its batch leaves, not when it came in.
    job.prepare = [this, line = message->line] {
        const auto found = m_chats.constFind(line->chat);
        if (found != m_chats.cend()) {
            line->lastSeq = found->stored.lastSeq;
            line->syncAfter = found->syncAfter;
        }
    };
    job.done = [this, message] { messageStored(message); };
    job.failed = [this, message](const StorageError &error) { messageFailed(message, error); };
    m_batch.add(std::move(job));
}

void ChatGateway::messageStored(const std::shared_ptr<PendingMessage> &message)
{
    const ChatWriteBatch::Line &line = *message->line;
    // The sender learns the message's place once it is stored, and not before.
    const QString ack = Frames::ack(line.line.clientId, line.line.seq);
    if (message->sender)
        message->sender->send(ack);
    for (const QPointer<ChatPeer> &again : std::as_const(message->resent)) {
        if (again)
            again->send(ack);
    }
    auto chat = m_chats.find(line.chat);
    if (chat == m_chats.end())
        return; // ended meanwhile: stored, and nobody to show it to
    chat->pending.remove(line.key);
    if (line.synced) {
        for (auto found = line.found.cbegin(); found != line.found.cend(); ++found)
            chat->seen.insert(found.key(), found.value());
        chat->stored.lastSeq = std::max(chat->stored.lastSeq, line.syncedLastSeq);
        if (chat->syncAfter == line.syncAfter)
            chat->syncAfter = -1;
    }
    chat->stored.lastSeq = std::max(chat->stored.lastSeq, line.line.seq);
    chat->seen.insert(line.key, line.line.seq);
    // The other side gets it now, unless its transcript is being read: then it comes with that.
    const QString delivered = messageFrame(line.chat, line.line);
    if (line.line.sender == agentSender) {
        if (chat->visitor && chat->visitorReplays == 0)
            chat->visitor->send(delivered);
    } else if (chat->stored.state == ChatState::Active && chat->agentReplays == 0) {
        if (ChatPeer *agent = connectedAgent(chat->stored.agent))
            agent->send(delivered);
    }
}

void ChatGateway::messageFailed(const std::shared_ptr<PendingMessage> &message, const StorageError &error)
{
    const ChatWriteBatch::Line &line = *message->line;
    auto chat = m_chats.find(line.chat);
    if (chat != m_chats.end()) {
        chat->pending.remove(line.key);
        // Without an answer the batch may be stored all the same: the next one looks first.
        if (!error.isRefusal())
            chat->syncAfter
                    = chat->syncAfter >= 0 ? std::min(chat->syncAfter, chat->stored.lastSeq) : chat->stored.lastSeq;
    }
    if (message->sender)
        message->sender->sendError(ErrorCode::Unavailable, cannotStore, line.line.clientId);
    for (const QPointer<ChatPeer> &again : std::as_const(message->resent)) {
        if (again)
            again->sendError(ErrorCode::Unavailable, cannotStore, line.line.clientId);
    }
}

void ChatGateway::onTyping(ChatPeer *peer, const Frame &frame)
{
    LiveChat *chat = chatFor(peer, frame);
    if (!chat)
        return;
    peer->send(Frames::ack(frame.id));
    const bool fromVisitor = peer->role() == ChatPeer::Role::Visitor;
    const QString typing = Frames::make(u"typing"_qs, {},
                                        {{u"chat"_qs, uuidText(chat->stored.id)},
                                         {u"from"_qs, fromVisitor ? visitorSender : agentSender},
                                         {u"typing"_qs, frame.fields.value(u"typing"_qs).toBool()}});
    ChatPeer *other = fromVisitor
            ? connectedAgent(chat->stored.state == ChatState::Active ? chat->stored.agent : QString())
            : chat->visitor.data();
    if (other)
        other->send(typing);
}

void ChatGateway::onAck(ChatPeer *peer, const Frame &frame)
{
    LiveChat *chat = chatFor(peer, frame);
    if (!chat)
        return;
    const int seq = std::min(frame.fields.value(u"seq"_qs).toInt(), chat->stored.lastSeq);
    int &acked = peer->role() == ChatPeer::Role::Visitor ? chat->visitorAcked : chat->agentAcked;
    acked = std::max(acked, seq);
}

void ChatGateway::onAccept(ChatPeer *peer, const Frame &frame)
{
    LiveChat *chat = chatFor(peer, frame);
    if (!chat)
        return;
    if (chat->stored.state == ChatState::Active && chat->stored.agent == peer->agentName()) {
        peer->send(Frames::ack(frame.id)); // an accept re-sent after a reconnect
        return;
    }
    if (!mayTakeChat(peer, frame))
        return;
    if (chat->stored.state != ChatState::Queued) {
        peer->sendError(ErrorCode::ChatTaken, u"another agent has this chat"_qs, frame.id);
        return;
    }
    if (activeChatsOf(peer->agentName()) >= m_config.maxChatsPerAgent) {
        peer->sendError(ErrorCode::ChatLimit, u"you have %1 chats already"_qs.arg(m_config.maxChatsPerAgent), frame.id);
        return;
    }
    assign(*chat, peer->agentName(), {}, {}, peer, frame.id);
}

void ChatGateway::onTransfer(ChatPeer *peer, const Frame &frame)
{
    LiveChat *chat = chatFor(peer, frame);
    if (!chat)
        return;
    const QString target = frame.text(u"to"_qs);
    const QString note = frame.text(u"note"_qs);
    const QString released = Frames::make(u"released"_qs, {},
                                          {{u"chat"_qs, uuidText(chat->stored.id)}, {u"reason"_qs, u"transferred"_qs}});
    if (target == u"queue") {
        chat->stored.transferFrom = peer->agentName();
        chat->stored.transferNote = note;
        requeue(*chat, peer, frame.id);
        m_router->decline(peer->agentName(), chat->stored.id); // not offered straight back to who handed it on
        peer->send(released);
        return;
    }
    if (target == peer->agentName() || !connectedAgent(target) || !m_roster.allowsChats(target)
        || activeChatsOf(target) >= m_config.maxChatsPerAgent) {
        peer->sendError(ErrorCode::TargetUnavailable,
                        u"that colleague is not connected, not available for chats or has no room for a chat"_qs,
                        frame.id);
        return;
    }
    assign(*chat, target, peer->agentName(), note, peer, frame.id);
    peer->send(released);
}

void ChatGateway::onEnd(ChatPeer *peer, const Frame &frame)
{
    LiveChat *chat = chatFor(peer, frame);
    if (!chat)
        return;
    end(*chat, peer->role() == ChatPeer::Role::Visitor ? u"visitor-ended"_qs : u"agent-ended"_qs, peer, frame.id);
}

bool ChatGateway::allowPhoneCode(ChatPeer *peer)
{
    if (peer->phoneCodes() >= m_config.phoneCodesPerConnection)
        return false;
    constexpr qsizetype maxAddresses = 100'000; // the table stays bounded under a flood from many addresses
    const QHostAddress address = peer->peerAddress();
    auto found = m_phoneCodeLimits.find(address);
    if (found == m_phoneCodeLimits.end()) {
        if (m_phoneCodeLimits.size() >= maxAddresses)
            return false;
        found = m_phoneCodeLimits.insert(
                address, {RateLimiter(m_config.phoneCodeBurst, m_config.phoneCodesPerMinute / 60.0), nowMs()});
    }
    found->lastMs = nowMs();
    return found->limiter.allow(nowMs());
}

void ChatGateway::onPhoneCode(ChatPeer *peer, const Frame &frame)
{
    if (!allowPhoneCode(peer)) {
        peer->sendError(ErrorCode::RateLimited, u"too many phone codes from here; try again later"_qs, frame.id);
        return;
    }
    if (!storable(peer, frame))
        return;
    peer->countPhoneCode();
    const QJsonObject tree = frame.fields.value(u"tree"_qs).toObject();
    QStringList path;
    for (const QJsonValue &node : tree.value(u"path"_qs).toArray())
        path.append(node.toString());
    auto created = std::make_shared<PhoneCodeStore::Created>();
    const QPointer<ChatPeer> target(peer);
    ChatWriteBatch::Job job;
    job.work = [created, identity = tree.value(u"identity"_qs).toString(), path](Database &database) {
        *created = PhoneCodeStore(database).create(identity, path);
    };
    job.done = [target, created, id = frame.id] {
        if (!target)
            return;
        const qint64 seconds = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(created->expiresAt));
        target->send(Frames::make(u"ack"_qs, {},
                                  {{u"ack"_qs, id}, {u"code"_qs, created->code}, {u"expiresSeconds"_qs, seconds}}));
    };
    job.failed = [target, id = frame.id](const StorageError &error) {
        qCWarning(lcChat) << "a phone code could not be stored:" << logText(error);
        if (target)
            target->sendError(ErrorCode::Unavailable, cannotStore, id);
    };
    m_batch.add(std::move(job));
}

void ChatGateway::saveState(const LiveChat &chat, ChatPeer *peer, const QString &ack)
{
    // The gateway's memory decides at once (who has the chat); the database follows in the same
    // order and is never skipped, however long it is away. The ack waits for it.
    ChatWriteBatch::Job job;
    job.keep = true;
    job.change = ChatChange{ChatChange::Kind::State, chat.stored, {}, {}, {}};
    const QPointer<ChatPeer> target(peer);
    job.done = [target, ack] {
        if (target && !ack.isEmpty())
            target->send(Frames::ack(ack));
    };
    job.failed = [target, ack, id = chat.stored.id](const StorageError &error) {
        qCWarning(lcChat) << "the state of chat" << uuidText(id) << "was refused:" << logText(error);
        if (target && !ack.isEmpty())
            target->sendError(ErrorCode::Unavailable, cannotStore, ack);
    };
    m_batch.add(std::move(job));
}

void ChatGateway::assign(LiveChat &chat, const QString &agent, const QString &from, const QString &note, ChatPeer *peer,
                         const QString &ack)
{
    ChatWriteBatch::Job holder;
    holder.keep = true;
    holder.change = ChatChange{ChatChange::Kind::Assign, chat.stored, {}, agent, note};
    holder.failed = [id = chat.stored.id](const StorageError &error) {
        qCWarning(lcChat) << "the holder of chat" << uuidText(id) << "was refused:" << logText(error);
    };
    // The agent hears of the chat once the case is theirs in the database: their desk opens the case at
    // once, and would otherwise find it still held by the gateway, read-only.
    holder.done = [this, id = chat.stored.id, agent] {
        const auto found = m_chats.find(id);
        if (found == m_chats.end() || found->stored.agent != agent)
            return;
        if (ChatPeer *agentPeer = connectedAgent(agent))
            sendAssigned(agentPeer, *found);
    };
    m_batch.add(std::move(holder));
    chat.stored.state = ChatState::Active;
    chat.stored.agent = agent;
    chat.agentAcked = 0; // the new agent gets the whole transcript
    m_router->settled(chat.stored.id, agent);
    if (!from.isEmpty()) {
        chat.stored.transferFrom = from;
        chat.stored.transferNote = note;
    }
    saveState(chat, peer, ack);
    if (chat.visitor)
        chat.visitor->send(Frames::make(u"joined"_qs, {}, {{u"chat"_qs, uuidText(chat.stored.id)}}));
    queueChanged();
}

void ChatGateway::requeue(LiveChat &chat, ChatPeer *peer, const QString &ack)
{
    chat.stored.state = ChatState::Queued;
    chat.stored.agent.clear();
    chat.stored.queuedAt = QDateTime::currentDateTimeUtc();
    chat.waitingSignalled = false;
    chat.visitorPosition = 0;
    saveState(chat, peer, ack);
    qCInfo(lcChat) << "chat" << uuidText(chat.stored.id) << "back in the queue";
    queueChanged();
}

void ChatGateway::end(LiveChat &chat, const QString &reason, ChatPeer *peer, const QString &ack)
{
    chat.stored.state = ChatState::Ended;
    m_router->settled(chat.stored.id, {});
    saveState(chat, peer, ack);
    const QString ended
            = Frames::make(u"ended"_qs, {}, {{u"chat"_qs, uuidText(chat.stored.id)}, {u"reason"_qs, reason}});
    if (chat.visitor) {
        chat.visitor->send(ended);
        chat.visitor->setVisitorChat({});
    }
    if (ChatPeer *agent = connectedAgent(chat.stored.agent))
        agent->send(ended);
    qCInfo(lcChat) << "chat" << uuidText(chat.stored.id) << "ended:" << reason;
    m_chats.remove(chat.stored.id);
    queueChanged();
}

void ChatGateway::sendAssigned(ChatPeer *agent, LiveChat &chat)
{
    const QUuid id = chat.stored.id;
    const QPointer<ChatPeer> target(agent);
    // Sent when the transcript has been read, so that "assigned" comes first and the lines follow it.
    replay(agent, chat, chat.agentAcked, true, [this, id, target] {
        const auto found = m_chats.constFind(id);
        if (found == m_chats.cend() || found->stored.state != ChatState::Active
            || found->stored.agent != target->agentName())
            return false; // transferred or ended meanwhile
        const LiveChat &current = found.value();
        QJsonObject fields{{u"chat"_qs, uuidText(id)},
                           {u"case"_qs, uuidText(current.stored.caseId)},
                           {u"lang"_qs, current.stored.lang},
                           {u"waitedSeconds"_qs, secondsSince(current.stored.openedAt)},
                           {u"visitorConnected"_qs, !current.visitor.isNull()}};
        if (!current.stored.visitorTree.isEmpty())
            fields.insert(u"tree"_qs, treeOf(current.stored));
        if (!current.stored.transferFrom.isEmpty())
            fields.insert(
                    u"transfer"_qs,
                    QJsonObject{{u"from"_qs, current.stored.transferFrom}, {u"note"_qs, current.stored.transferNote}});
        target->send(Frames::make(u"assigned"_qs, {}, fields));
        return true;
    });
}

void ChatGateway::replay(ChatPeer *peer, LiveChat &chat, int after, bool toAgent, std::function<bool()> first)
{
    if (chat.stored.lastSeq <= after && chat.syncAfter < 0
        && (toAgent ? chat.agentReplays : chat.visitorReplays) == 0) {
        // Nothing stored that this side lacks: no read; what is on its way is sent on when stored.
        if (first)
            first();
        return;
    }
    // Messages stored while the read is on its way are in what it reads (jobs run in order), so
    // they are not sent on to this side meanwhile: nothing comes twice or out of order.
    ++(toAgent ? chat.agentReplays : chat.visitorReplays);
    const QUuid id = chat.stored.id;
    const auto finished = [this, id, toAgent] {
        const auto found = m_chats.find(id);
        if (found != m_chats.end()) {
            int &replays = toAgent ? found->agentReplays : found->visitorReplays;
            replays = std::max(0, replays - 1);
        }
    };
    auto lines = std::make_shared<QList<ChatLine>>();
    const QPointer<ChatPeer> target(peer);
    ChatWriteBatch::Job job;
    job.keep = true; // a read: waits for the database like the writes before it
    job.work = [lines, id, after](Database &database) { *lines = ChatStore(database, {}).messagesAfter(id, after); };
    job.done = [finished, lines, target, id, first = std::move(first)] {
        finished();
        if (!target || (first && !first()))
            return;
        for (const ChatLine &line : std::as_const(*lines))
            target->send(messageFrame(id, line));
    };
    job.failed = [finished, target](const StorageError &) {
        finished();
        if (target) // it reconnects and asks again
            target->closeWith(ErrorCode::Unavailable, u"the transcript cannot be read now; try again later"_qs,
                              closeTryAgainLater);
    };
    m_batch.add(std::move(job));
}

void ChatGateway::queueChanged()
{
    m_floor->changed();
    // A burst of changes (many visitors at once) makes one update, not one each.
    if (!m_queueUpdate.isActive())
        m_queueUpdate.start();
}

void ChatGateway::broadcastQueue()
{
    QList<LiveChat *> queued;
    for (LiveChat &chat : m_chats) {
        if (chat.stored.state == ChatState::Queued)
            queued.append(&chat);
    }
    std::sort(queued.begin(), queued.end(),
              [](const LiveChat *a, const LiveChat *b) { return a->stored.queuedAt < b->stored.queuedAt; });
    const bool agentsAvailable = refreshAvailability();
    QJsonArray entries;
    for (qsizetype i = 0; i < queued.size(); ++i) {
        LiveChat &chat = *queued.at(i);
        QJsonObject entry{{u"chat"_qs, uuidText(chat.stored.id)},
                          {u"waitingSeconds"_qs, secondsSince(chat.stored.queuedAt)},
                          {u"lang"_qs, chat.stored.lang},
                          {u"visitorConnected"_qs, !chat.visitor.isNull()}};
        if (!chat.stored.visitorTree.isEmpty())
            entry.insert(u"tree"_qs, treeOf(chat.stored));
        if (!chat.stored.transferNote.isEmpty())
            entry.insert(u"transfer"_qs,
                         QJsonObject{{u"from"_qs, chat.stored.transferFrom}, {u"note"_qs, chat.stored.transferNote}});
        entries.append(entry);
        const int position = static_cast<int>(i + 1);
        if (chat.visitor && (chat.visitorPosition != position || chat.visitorToldAvailable != agentsAvailable)) {
            chat.visitorPosition = position;
            chat.visitorToldAvailable = agentsAvailable;
            chat.visitor->send(Frames::make(u"queue"_qs, {},
                                            {{u"chat"_qs, uuidText(chat.stored.id)},
                                             {u"position"_qs, position},
                                             {u"agentsAvailable"_qs, agentsAvailable}}));
        }
    }
    const QString frame = Frames::make(u"queue"_qs, {}, {{u"chats"_qs, entries}});
    for (const AgentPresence &presence : std::as_const(m_agents)) {
        if (presence.peer)
            presence.peer->send(frame);
    }
    routeQueued(queued, entries); // after the queue, so that a desk knows the chat it is offered
}

int ChatGateway::activeChatsOf(const QString &agent) const
{
    return static_cast<int>(std::count_if(m_chats.cbegin(), m_chats.cend(), [&agent](const LiveChat &chat) {
        return chat.stored.state == ChatState::Active && chat.stored.agent == agent;
    }));
}

ChatPeer *ChatGateway::connectedAgent(const QString &agent) const
{
    const auto found = m_agents.constFind(agent);
    return found == m_agents.cend() ? nullptr : found->peer.data();
}

void ChatGateway::onGone(ChatPeer *peer)
{
    m_peers.removeOne(peer);
    m_helloPending.remove(peer);
    if (peer->role() == ChatPeer::Role::Visitor) {
        auto found = m_chats.find(peer->visitorChat());
        if (found != m_chats.end() && found->visitor == peer) {
            found->visitor = nullptr;
            found->visitorGoneMs = nowMs();
        }
    } else if (peer->role() == ChatPeer::Role::Agent) {
        auto found = m_agents.find(peer->agentName());
        if (found != m_agents.end() && found->peer == peer) {
            found->peer = nullptr;
            found->goneMs = nowMs();
            agentGone(peer->agentName());
            m_floor->changed();
        }
    }
    peer->deleteLater();
}

void ChatGateway::sweep()
{
    const qint64 now = nowMs();
    try {
        // An address idle for longer than a full refill has its whole burst again: forget it.
        const qint64 refillMs
                = qint64(m_config.phoneCodeBurst / std::max(0.001, m_config.phoneCodesPerMinute) * 60'000);
        for (auto limit = m_phoneCodeLimits.begin(); limit != m_phoneCodeLimits.end();)
            limit = now - limit->lastMs > refillMs ? m_phoneCodeLimits.erase(limit) : std::next(limit);
        m_telephony.sweep();
        QList<QUuid> visitorsGone;
        for (const LiveChat &chat : std::as_const(m_chats)) {
            if (!chat.visitor && chat.visitorGoneMs >= 0 && now - chat.visitorGoneMs > m_config.resumeGraceMs)
                visitorsGone.append(chat.stored.id);
        }
        for (const QUuid &id : visitorsGone)
            end(m_chats[id], u"visitor-gone"_qs);

        for (auto agent = m_agents.begin(); agent != m_agents.end();) {
            if (agent->peer || now - agent->goneMs <= m_config.agentGraceMs) {
                ++agent;
                continue;
            }
            for (LiveChat &chat : m_chats) {
                if (chat.stored.state == ChatState::Active && chat.stored.agent == agent.key())
                    requeue(chat);
            }
            agent = m_agents.erase(agent);
        }

        for (LiveChat &chat : m_chats) {
            if (chat.stored.state != ChatState::Queued || chat.waitingSignalled
                || chat.stored.queuedAt.msecsTo(QDateTime::currentDateTimeUtc()) < m_config.waitingTooLongMs)
                continue;
            chat.waitingSignalled = true;
            emit chatWaitingTooLong(chat.stored.id);
            const QString frame = Frames::make(u"waiting-long"_qs, {},
                                               {{u"chat"_qs, uuidText(chat.stored.id)},
                                                {u"waitingSeconds"_qs, secondsSince(chat.stored.queuedAt)}});
            for (const AgentPresence &presence : std::as_const(m_agents)) {
                if (presence.peer)
                    presence.peer->send(frame);
            }
        }
    } catch (const std::exception &error) {
        qCWarning(lcChat) << "the sweep failed:" << error.what();
    }
}

} // namespace ww::chat
