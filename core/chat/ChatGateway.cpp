// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatGateway.h"

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

} // namespace

ChatGateway::ChatGateway(Database &database, const QString &caseTreeIdentity, ChatGatewayConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_database(database)
    , m_store(database, caseTreeIdentity)
    , m_batch(database, [this](const ChatWriteBatch::Entry &lost) { forget(lost); })
    , m_tickets(database)
{
    m_clock.start();
    if (database.dialect() == SqlDialect::Sqlite) {
        database.runOnce(u"wal_autocheckpoint_off"_qs);
        m_checkpointer = std::make_unique<WalCheckpointer>(database.url(), m_config.checkpointIntervalMs);
        m_checkpointer->start();
    }
    // Chats in progress when the gateway stopped: visitors and agents get their grace from now.
    for (const StoredChat &stored : m_store.openChats()) {
        LiveChat chat;
        chat.stored = stored;
        chat.visitorGoneMs = nowMs();
        if (stored.state == ChatState::Active && !m_agents.contains(stored.agent))
            m_agents.insert(stored.agent, {nullptr, nowMs()});
        m_chats.insert(stored.id, chat);
    }
    if (!m_chats.isEmpty())
        qCInfo(lcChat) << "resuming" << m_chats.size() << "chats from the database";
    m_queueUpdate.setSingleShot(true);
    m_queueUpdate.setInterval(m_config.queueUpdateMs);
    connect(&m_queueUpdate, &QTimer::timeout, this, &ChatGateway::broadcastQueue);
    m_databaseCheck.setSingleShot(true);
    connect(&m_databaseCheck, &QTimer::timeout, this, &ChatGateway::checkDatabase);
    connect(&m_sweep, &QTimer::timeout, this, &ChatGateway::sweep);
    m_sweep.start(m_config.sweepIntervalMs);
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
    m_batch.commit();
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
    m_peers.append(peer);
    connect(peer, &ChatPeer::frameReceived, this, &ChatGateway::onFrame);
    connect(peer, &ChatPeer::gone, this, &ChatGateway::onGone);
}

void ChatGateway::onFrame(ChatPeer *peer, const Frame &frame)
{
    try {
        // Only messages join the batch; anything else that writes goes after it.
        if (frame.type != u"message" && frame.type != u"ack" && frame.type != u"typing")
            m_batch.commit();
        const bool visitor = peer->role() == ChatPeer::Role::Visitor;
        const bool agent = peer->role() == ChatPeer::Role::Agent;
        if (frame.type == u"hello") {
            if (peer->role() != ChatPeer::Role::Unknown)
                peer->sendError(ErrorCode::NotAllowed, u"hello was already sent"_qs, frame.id);
            else if (frame.text(u"role"_qs) == visitorSender)
                helloVisitor(peer, frame);
            else if (frame.text(u"role"_qs) == agentSender)
                helloAgent(peer, frame);
            else
                peer->sendError(ErrorCode::BadField, u"field \"role\" must be \"visitor\" or \"agent\""_qs, frame.id);
        } else if (frame.type == u"message") {
            onMessage(peer, frame);
        } else if (frame.type == u"typing") {
            onTyping(peer, frame);
        } else if (frame.type == u"ack") {
            onAck(peer, frame);
        } else if (frame.type == u"end") {
            onEnd(peer, frame);
        } else if (agent && frame.type == u"accept") {
            onAccept(peer, frame);
        } else if (agent && frame.type == u"transfer") {
            onTransfer(peer, frame);
        } else {
            peer->sendError(ErrorCode::NotAllowed,
                            u"\"%1\" is not for %2s"_qs.arg(frame.type, visitor ? visitorSender : agentSender), frame.id);
        }
    } catch (const StorageError &error) {
        // The reason goes to the log; the peer learns only that it may try again.
        qCWarning(lcChat) << "storage failed:" << error.message();
        databaseFailed();
        peer->sendError(ErrorCode::Unavailable, u"the gateway cannot store this now; try again"_qs, frame.id);
    }
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
            replay(peer, chat, seen.isDouble() ? std::min(seen.toInt(), chat.visitorAcked) : chat.visitorAcked);
            queueChanged();
            return;
        }
        peer->sendError(ErrorCode::ResumeRefused, u"this chat has ended or its resume time has passed"_qs, frame.id);
        return;
    }

    LiveChat chat;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString newToken = ChatStore::randomToken();
    chat.stored.id = QUuid::createUuid();
    chat.stored.caseId = QUuid::createUuid();
    chat.stored.resumeHash = ChatStore::hashOf(newToken);
    chat.stored.lang = frame.text(u"lang"_qs) == u"en" ? u"en"_qs : u"nl"_qs;
    const QJsonObject tree = frame.fields.value(u"tree"_qs).toObject();
    if (!tree.isEmpty()) {
        chat.stored.visitorTree = tree.value(u"identity"_qs).toString();
        for (const QJsonValue &node : tree.value(u"path"_qs).toArray())
            chat.stored.visitorPath.append(node.toString());
    }
    chat.stored.openedAt = now;
    chat.stored.queuedAt = now;
    m_store.open(chat.stored);
    chat.visitor = peer;
    chat.idsLoaded = true;
    m_chats.insert(chat.stored.id, chat);
    peer->identify(ChatPeer::Role::Visitor);
    peer->setVisitorChat(chat.stored.id);
    qCInfo(lcChat) << "chat" << uuidText(chat.stored.id) << "opened";
    peer->send(Frames::ack(frame.id));
    peer->send(Frames::make(u"welcome"_qs, {},
                            {{u"chat"_qs, uuidText(chat.stored.id)},
                             {u"resume"_qs, newToken},
                             {u"resumeGraceSeconds"_qs, m_config.resumeGraceMs / 1000},
                             {u"state"_qs, chatStateCode(ChatState::Queued)},
                             {u"resumed"_qs, false}}));
    queueChanged();
}

void ChatGateway::helloAgent(ChatPeer *peer, const Frame &frame)
{
    const std::optional<QString> agent = m_tickets.redeem(frame.text(u"ticket"_qs));
    if (!agent || agent->isEmpty()) {
        peer->closeWith(ErrorCode::TicketRefused, u"the ticket is unknown, used or expired; ask the desktop for a new one"_qs,
                        QWebSocketProtocol::CloseCodePolicyViolated);
        return;
    }
    AgentPresence &presence = m_agents[*agent];
    if (presence.peer && presence.peer != peer)
        presence.peer->close(u"logged in elsewhere"_qs);
    presence.peer = peer;
    presence.goneMs = -1;
    peer->identify(ChatPeer::Role::Agent, *agent);
    qCInfo(lcChat) << "agent connected;" << m_agents.size() << "agents known";
    peer->send(Frames::ack(frame.id));
    peer->send(Frames::make(u"welcome"_qs, {}, {{u"agent"_qs, *agent}, {u"maxChats"_qs, m_config.maxChatsPerAgent}}));
    for (const LiveChat &chat : std::as_const(m_chats)) {
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
    if (!chat->idsLoaded) {
        for (const ChatLine &line : m_store.messagesAfter(chat->stored.id, 0))
            chat->seen.insert(line.sender + u':' + line.clientId, line.seq);
        chat->idsLoaded = true;
    }
    const QString key = sender + u':' + frame.id;
    if (const auto known = chat->seen.constFind(key); known != chat->seen.cend()) {
        peer->send(Frames::ack(frame.id, known.value()));
        return;
    }
    ChatLine line{chat->stored.lastSeq + 1, sender, fromVisitor ? QString() : peer->agentName(), frame.id,
                  frame.text(u"text"_qs), QDateTime::currentDateTimeUtc()};
    m_batch.begin();
    ChatWriteBatch::Entry batched{chat->stored.id, key, chat->stored.lastSeq, peer, frame.id, {}};
    try {
        m_store.append(chat->stored, line);
    } catch (const StorageError &) {
        m_batch.rollback();
        throw;
    }
    chat->stored.lastSeq = line.seq;
    chat->seen.insert(key, line.seq);
    batched.sends.append({peer, Frames::ack(frame.id, line.seq)});

    const QString delivered = Frames::make(u"message"_qs, frame.id,
                                           {{u"chat"_qs, uuidText(chat->stored.id)},
                                            {u"seq"_qs, line.seq},
                                            {u"from"_qs, sender},
                                            {u"text"_qs, line.body},
                                            {u"at"_qs, line.sentAt.toString(Qt::ISODateWithMs)}});
    // The sender has the text and learns its place from the ack; the other side gets the message.
    if (!fromVisitor && chat->visitor)
        batched.sends.append({chat->visitor, delivered});
    if (fromVisitor && chat->stored.state == ChatState::Active) {
        if (ChatPeer *agent = connectedAgent(chat->stored.agent))
            batched.sends.append({agent, delivered});
    }
    m_batch.add(batched);
}

void ChatGateway::forget(const ChatWriteBatch::Entry &lost)
{
    // The message is not stored: its chat goes back to the seq it had, and the sender may send it again.
    auto chat = m_chats.find(lost.chat);
    if (chat != m_chats.end()) {
        chat->stored.lastSeq = std::min(chat->stored.lastSeq, lost.seqBefore);
        chat->seen.remove(lost.key);
    }
    if (lost.sender)
        lost.sender->sendError(ErrorCode::Unavailable, u"the gateway cannot store this now; try again"_qs, lost.frameId);
    databaseFailed();
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
    ChatPeer *other = fromVisitor ? connectedAgent(chat->stored.state == ChatState::Active ? chat->stored.agent : QString())
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
    if (chat->stored.state != ChatState::Queued) {
        peer->sendError(ErrorCode::ChatTaken, u"another agent has this chat"_qs, frame.id);
        return;
    }
    if (activeChatsOf(peer->agentName()) >= m_config.maxChatsPerAgent) {
        peer->sendError(ErrorCode::ChatLimit, u"you have %1 chats already"_qs.arg(m_config.maxChatsPerAgent), frame.id);
        return;
    }
    peer->send(Frames::ack(frame.id));
    assign(*chat, peer->agentName(), {}, {});
}

void ChatGateway::onTransfer(ChatPeer *peer, const Frame &frame)
{
    LiveChat *chat = chatFor(peer, frame);
    if (!chat)
        return;
    const QString target = frame.text(u"to"_qs);
    const QString note = frame.text(u"note"_qs);
    if (target == u"queue") {
        peer->send(Frames::ack(frame.id));
        peer->send(Frames::make(u"released"_qs, {}, {{u"chat"_qs, uuidText(chat->stored.id)}, {u"reason"_qs, u"transferred"_qs}}));
        chat->stored.transferFrom = peer->agentName();
        chat->stored.transferNote = note;
        requeue(*chat);
        return;
    }
    if (target == peer->agentName() || !connectedAgent(target) || activeChatsOf(target) >= m_config.maxChatsPerAgent) {
        peer->sendError(ErrorCode::TargetUnavailable, u"that colleague is not connected or has no room for a chat"_qs,
                        frame.id);
        return;
    }
    peer->send(Frames::ack(frame.id));
    peer->send(Frames::make(u"released"_qs, {}, {{u"chat"_qs, uuidText(chat->stored.id)}, {u"reason"_qs, u"transferred"_qs}}));
    assign(*chat, target, peer->agentName(), note);
}

void ChatGateway::onEnd(ChatPeer *peer, const Frame &frame)
{
    LiveChat *chat = chatFor(peer, frame);
    if (!chat)
        return;
    peer->send(Frames::ack(frame.id));
    end(*chat, peer->role() == ChatPeer::Role::Visitor ? u"visitor-ended"_qs : u"agent-ended"_qs);
}

void ChatGateway::assign(LiveChat &chat, const QString &agent, const QString &from, const QString &note)
{
    m_store.assignCase(chat.stored, agent, note);
    chat.stored.state = ChatState::Active;
    chat.stored.agent = agent;
    chat.agentAcked = 0; // the new agent gets the whole transcript
    if (!from.isEmpty()) {
        chat.stored.transferFrom = from;
        chat.stored.transferNote = note;
    }
    m_store.saveState(chat.stored);
    if (ChatPeer *peer = connectedAgent(agent))
        sendAssigned(peer, chat);
    if (chat.visitor)
        chat.visitor->send(Frames::make(u"joined"_qs, {}, {{u"chat"_qs, uuidText(chat.stored.id)}}));
    queueChanged();
}

void ChatGateway::requeue(LiveChat &chat)
{
    chat.stored.state = ChatState::Queued;
    chat.stored.agent.clear();
    chat.stored.queuedAt = QDateTime::currentDateTimeUtc();
    chat.waitingSignalled = false;
    chat.visitorPosition = 0;
    m_store.saveState(chat.stored);
    qCInfo(lcChat) << "chat" << uuidText(chat.stored.id) << "back in the queue";
    queueChanged();
}

void ChatGateway::end(LiveChat &chat, const QString &reason)
{
    chat.stored.state = ChatState::Ended;
    m_store.saveState(chat.stored);
    const QString ended = Frames::make(u"ended"_qs, {}, {{u"chat"_qs, uuidText(chat.stored.id)}, {u"reason"_qs, reason}});
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

void ChatGateway::sendAssigned(ChatPeer *agent, const LiveChat &chat)
{
    QJsonObject fields{{u"chat"_qs, uuidText(chat.stored.id)},
                       {u"case"_qs, uuidText(chat.stored.caseId)},
                       {u"lang"_qs, chat.stored.lang},
                       {u"waitedSeconds"_qs, secondsSince(chat.stored.openedAt)},
                       {u"visitorConnected"_qs, !chat.visitor.isNull()}};
    if (!chat.stored.visitorTree.isEmpty())
        fields.insert(u"tree"_qs, treeOf(chat.stored));
    if (!chat.stored.transferFrom.isEmpty())
        fields.insert(u"transfer"_qs,
                      QJsonObject{{u"from"_qs, chat.stored.transferFrom}, {u"note"_qs, chat.stored.transferNote}});
    agent->send(Frames::make(u"assigned"_qs, {}, fields));
    replay(agent, chat, chat.agentAcked);
}

void ChatGateway::replay(ChatPeer *peer, const LiveChat &chat, int after)
{
    for (const ChatLine &line : m_store.messagesAfter(chat.stored.id, after)) {
        peer->send(Frames::make(u"message"_qs, line.clientId,
                                {{u"chat"_qs, uuidText(chat.stored.id)},
                                 {u"seq"_qs, line.seq},
                                 {u"from"_qs, line.sender},
                                 {u"text"_qs, line.body},
                                 {u"at"_qs, line.sentAt.toString(Qt::ISODateWithMs)}}));
    }
}

void ChatGateway::queueChanged()
{
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
            entry.insert(u"transfer"_qs, QJsonObject{{u"from"_qs, chat.stored.transferFrom}, {u"note"_qs, chat.stored.transferNote}});
        entries.append(entry);
        const int position = static_cast<int>(i + 1);
        if (chat.visitor && chat.visitorPosition != position) {
            chat.visitorPosition = position;
            chat.visitor->send(Frames::make(u"queue"_qs, {}, {{u"chat"_qs, uuidText(chat.stored.id)}, {u"position"_qs, position}}));
        }
    }
    const QString frame = Frames::make(u"queue"_qs, {}, {{u"chats"_qs, entries}});
    for (const AgentPresence &presence : std::as_const(m_agents)) {
        if (presence.peer)
            presence.peer->send(frame);
    }
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
        }
    }
    peer->deleteLater();
}

void ChatGateway::sweep()
{
    const qint64 now = nowMs();
    m_batch.commit();
    try {
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
    } catch (const StorageError &error) {
        qCWarning(lcChat) << "storage failed during the sweep:" << error.message();
        databaseFailed();
    }
}

void ChatGateway::databaseFailed()
{
    if (!m_databaseCheck.isActive())
        m_databaseCheck.start(m_config.databaseRetryMs);
}

void ChatGateway::checkDatabase()
{
    try {
        QSqlQuery &ping = m_database.run(u"database_ping"_qs, {});
        ping.finish();
        return; // the connection works: the failure was something else
    } catch (const StorageError &) {
    }
    if (m_database.reconnect()) {
        qCInfo(lcChat) << "the database connection is back";
    } else {
        qCWarning(lcChat) << "the database is still unreachable; trying again";
        m_databaseCheck.start(m_config.databaseRetryMs);
    }
}

} // namespace ww::chat
