// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatAgentClient.h"

#include <QPointer>

#include "chat/ChatProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ww::chat {

namespace {

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

ChatQueueEntry queueEntryOf(const QJsonObject &entry)
{
    const QJsonObject tree = entry.value(u"tree").toObject();
    const QJsonObject transfer = entry.value(u"transfer").toObject();
    return {QUuid::fromString(entry.value(u"chat").toString()),
            entry.value(u"waitingSeconds").toInt(),
            entry.value(u"lang").toString(),
            tree.value(u"identity").toString(),
            stringsOf(tree.value(u"path")),
            transfer.value(u"from").toString(),
            transfer.value(u"note").toString(),
            entry.value(u"visitorConnected").toBool()};
}

} // namespace

ChatAgentClient::ChatAgentClient(const QUrl &gateway, TicketSource tickets, QObject *parent)
    : ChatAgentClient(gateway,
                      TicketRequest([tickets = std::move(tickets)](std::function<void(const QString &)> deliver) {
                          deliver(tickets ? tickets() : QString());
                      }),
                      parent)
{ }

ChatAgentClient::ChatAgentClient(const QUrl &gateway, TicketRequest tickets, QObject *parent)
    : QObject(parent)
    , m_url(gateway)
    , m_tickets(std::move(tickets))
{
    connect(&m_socket, &QWebSocket::connected, this, &ChatAgentClient::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &ChatAgentClient::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &ChatAgentClient::onText);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &ChatAgentClient::open);
    // Acknowledgements are cumulative: one per chat every 50 ms is enough, and spares the gateway frames.
    m_receipts.setSingleShot(true);
    m_receipts.setInterval(50);
    connect(&m_receipts, &QTimer::timeout, this, &ChatAgentClient::sendReceipts);
}

ChatAgentClient::~ChatAgentClient()
{
    m_closing = true;
    m_socket.abort();
}

void ChatAgentClient::open()
{
    m_closing = false;
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        m_socket.open(m_url);
}

void ChatAgentClient::close()
{
    m_closing = true;
    m_reconnect.stop();
    m_socket.close();
}

QString ChatAgentClient::accept(const QUuid &chat)
{
    return enqueue(u"accept"_qs, chat, {{u"chat"_qs, uuidText(chat)}});
}

QString ChatAgentClient::sendMessage(const QUuid &chat, const QString &text)
{
    return enqueue(u"message"_qs, chat, {{u"chat"_qs, uuidText(chat)}, {u"text"_qs, text}});
}

QString ChatAgentClient::transfer(const QUuid &chat, const QString &to, const QString &note)
{
    return enqueue(u"transfer"_qs, chat, {{u"chat"_qs, uuidText(chat)}, {u"to"_qs, to}, {u"note"_qs, note}});
}

QString ChatAgentClient::end(const QUuid &chat)
{
    return enqueue(u"end"_qs, chat, {{u"chat"_qs, uuidText(chat)}});
}

QString ChatAgentClient::decline(const QUuid &chat)
{
    return enqueue(u"decline"_qs, chat, {{u"chat"_qs, uuidText(chat)}});
}

void ChatAgentClient::sendState(AgentState state)
{
    m_state = state;
    sendCurrentState();
}

void ChatAgentClient::sendCurrentState()
{
    // Not kept in the outbox: only the latest state matters, and it goes again after every welcome.
    if (m_ready && m_state) {
        m_socket.sendTextMessage(Frames::make(u"state"_qs, QUuid::createUuid().toString(QUuid::Id128),
                                              {{u"state"_qs, agentStateCode(*m_state)}}));
    }
}

void ChatAgentClient::setTyping(const QUuid &chat, bool typing)
{
    // Typing is a passing state: not worth keeping for a reconnect.
    if (m_ready) {
        m_socket.sendTextMessage(Frames::make(u"typing"_qs, QUuid::createUuid().toString(QUuid::Id128),
                                              {{u"chat"_qs, uuidText(chat)}, {u"typing"_qs, typing}}));
    }
}

QString ChatAgentClient::enqueue(const QString &type, const QUuid &chat, QJsonObject fields)
{
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    const QString frame = Frames::make(type, id, std::move(fields));
    m_outbox.append({id, frame, chat});
    if (m_ready)
        m_socket.sendTextMessage(frame);
    return id;
}

void ChatAgentClient::onConnected()
{
    const auto deliver = [client = QPointer<ChatAgentClient>(this)](const QString &ticket) {
        // The connection may have dropped while the ticket was on its way: the next one asks anew.
        if (!client || client->m_socket.state() != QAbstractSocket::ConnectedState)
            return;
        // The state goes with the hello, so that no chat is offered before the gateway knows it.
        QJsonObject fields{{u"role"_qs, u"agent"_qs}, {u"ticket"_qs, ticket}};
        if (client->m_state)
            fields.insert(u"state"_qs, agentStateCode(*client->m_state));
        client->m_helloState = client->m_state;
        client->m_socket.sendTextMessage(Frames::make(u"hello"_qs, QUuid::createUuid().toString(QUuid::Id128), fields));
    };
    if (m_tickets)
        m_tickets(deliver);
    else
        deliver(QString());
}

void ChatAgentClient::onDisconnected()
{
    const bool wasReady = m_ready;
    m_ready = false;
    if (wasReady)
        emit disconnected();
    if (!m_closing)
        m_reconnect.start(m_reconnectDelayMs);
}

void ChatAgentClient::onText(const QString &text)
{
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value(u"type").toString();
    const QUuid chat = QUuid::fromString(frame.value(u"chat").toString());
    if (type == u"welcome") {
        m_ready = true;
        m_agent = frame.value(u"agent").toString();
        // The state first: what is sent again below (an accept) is judged by it. The hello carried it,
        // unless it changed while the hello was on its way.
        if (m_state != m_helloState)
            sendCurrentState();
        emit ready(m_agent);
        // Everything not acknowledged before the connection broke goes again, in order.
        for (const Outgoing &pending : std::as_const(m_outbox))
            m_socket.sendTextMessage(pending.frame);
    } else if (type == u"ack") {
        const QString ref = frame.value(u"ack").toString();
        const int seq = frame.value(u"seq").toInt();
        for (const Outgoing &pending : std::as_const(m_outbox)) {
            // Our own message has its place now: a replay of it later is not shown again.
            if (pending.id == ref && seq > 0)
                m_lastSeq[pending.chat] = std::max(m_lastSeq.value(pending.chat), seq);
        }
        m_outbox.removeIf([&ref](const Outgoing &entry) { return entry.id == ref; });
        emit acknowledged(ref, seq);
    } else if (type == u"error") {
        const QString ref = frame.value(u"ref").toString();
        if (!ref.isEmpty())
            m_outbox.removeIf([&ref](const Outgoing &entry) { return entry.id == ref; });
        emit errorReceived(frame.value(u"code").toString(), frame.value(u"message").toString(), ref);
    } else if (type == u"queue") {
        QList<ChatQueueEntry> queue;
        for (const QJsonValue &value : frame.value(u"chats").toArray())
            queue.append(queueEntryOf(value.toObject()));
        emit queueChanged(queue);
    } else if (type == u"offer") {
        emit offerReceived({queueEntryOf(frame), frame.value(u"expiresSeconds").toInt()});
    } else if (type == u"offer-withdrawn") {
        emit offerWithdrawn(chat, frame.value(u"reason").toString());
    } else if (type == u"assigned") {
        const QJsonObject tree = frame.value(u"tree").toObject();
        const QJsonObject transfer = frame.value(u"transfer").toObject();
        emit chatAssigned({chat, QUuid::fromString(frame.value(u"case").toString()), frame.value(u"lang").toString(),
                           tree.value(u"identity").toString(), stringsOf(tree.value(u"path")),
                           transfer.value(u"from").toString(), transfer.value(u"note").toString(),
                           frame.value(u"waitedSeconds").toInt()});
    } else if (type == u"message") {
        onMessage(frame);
    } else if (type == u"typing") {
        if (frame.value(u"from").toString() == u"visitor")
            emit typingChanged(chat, frame.value(u"typing").toBool());
    } else if (type == u"ended") {
        m_lastSeq.remove(chat);
        m_unreceipted.remove(chat);
        emit chatEnded(chat, frame.value(u"reason").toString());
    } else if (type == u"released") {
        m_unreceipted.remove(chat);
        emit chatReleased(chat, frame.value(u"reason").toString());
    } else if (type == u"waiting-long") {
        emit waitingTooLong(chat, frame.value(u"waitingSeconds").toInt());
    } else if (type.startsWith(u"call-")) {
        emit callFrameReceived(frame);
    }
}

void ChatAgentClient::onMessage(const QJsonObject &frame)
{
    ChatIncomingMessage message{QUuid::fromString(frame.value(u"chat").toString()),
                                frame.value(u"seq").toInt(),
                                frame.value(u"id").toString(),
                                frame.value(u"from").toString(),
                                frame.value(u"text").toString(),
                                QDateTime::fromString(frame.value(u"at").toString(), Qt::ISODateWithMs)};
    m_unreceipted.insert(message.chat, std::max(m_unreceipted.value(message.chat), message.seq));
    if (!m_receipts.isActive())
        m_receipts.start();
    int &last = m_lastSeq[message.chat];
    if (message.seq <= last)
        return; // seen before: a replay after a reconnect
    last = message.seq;
    emit messageReceived(message);
}

void ChatAgentClient::sendReceipts()
{
    if (!m_ready)
        return; // after the reconnect the gateway sends these again, and they are acknowledged then
    for (auto it = m_unreceipted.cbegin(); it != m_unreceipted.cend(); ++it)
        m_socket.sendTextMessage(Frames::receivedUpTo(uuidText(it.key()), it.value()));
    m_unreceipted.clear();
}

} // namespace ww::chat
