// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/FloorClient.h"

#include "chat/ChatProtocol.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>

#include <utility>

namespace ww::chat {

Q_LOGGING_CATEGORY(lcFloorClient, "ww.chat.floor-client")

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

// A floor of the largest helpdesk is well below this; a bigger frame is not read.
constexpr qsizetype maxFrameChars = 4 * 1024 * 1024;

} // namespace

FloorClient::FloorClient(const QUrl &gateway, ChatAgentClient::TicketRequest tickets, QObject *parent)
    : QObject(parent)
    , m_url(gateway)
    , m_tickets(std::move(tickets))
{
    connect(&m_socket, &QWebSocket::connected, this, &FloorClient::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &FloorClient::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &FloorClient::onText);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &FloorClient::open);
    m_silence.setSingleShot(true);
    m_silence.setInterval(12'000);
    connect(&m_silence, &QTimer::timeout, this, [this] {
        // A network that went silent closes nothing by itself: the missing floors say it.
        qCInfo(lcFloorClient) << "no floor from the gateway for" << m_silence.interval() << "ms; reconnecting";
        setOnline(false);
        m_socket.abort();
    });
}

FloorClient::~FloorClient()
{
    m_closing = true;
    m_socket.abort();
}

void FloorClient::open()
{
    m_closing = false;
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        m_socket.open(m_url);
}

void FloorClient::close()
{
    m_closing = true;
    m_reconnect.stop();
    m_silence.stop();
    m_socket.close();
    setOnline(false);
}

QString FloorClient::move(const QUuid &chat, const QString &agent, const QString &note)
{
    if (!m_online)
        return {};
    const QString id = newId();
    QJsonObject fields{{u"chat"_qs, chat.toString(QUuid::WithoutBraces)}, {u"to"_qs, agent}};
    if (!note.trimmed().isEmpty())
        fields.insert(u"note"_qs, note.trimmed());
    m_moves.append(id);
    m_socket.sendTextMessage(Frames::make(u"move"_qs, id, fields));
    return id;
}

void FloorClient::onConnected()
{
    const auto deliver = [client = QPointer<FloorClient>(this)](const QString &ticket) {
        if (!client || client->m_socket.state() != QAbstractSocket::ConnectedState)
            return;
        client->m_socket.sendTextMessage(
                Frames::make(u"hello"_qs, newId(), {{u"role"_qs, u"watcher"_qs}, {u"ticket"_qs, ticket}}));
    };
    m_silence.start();
    if (m_tickets)
        m_tickets(deliver);
    else
        deliver(QString());
}

void FloorClient::onDisconnected()
{
    m_silence.stop();
    setOnline(false);
    // Moves in flight have no answer now; the supervisor sees the chat still waiting and may try again.
    const QStringList moves = std::exchange(m_moves, {});
    for (const QString &id : moves)
        emit moveAnswered(id, errorCodeText(ErrorCode::Unavailable));
    if (!m_closing && !m_refused)
        m_reconnect.start(m_reconnectDelayMs);
}

void FloorClient::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

void FloorClient::onText(const QString &text)
{
    m_silence.start();
    if (text.size() > maxFrameChars)
        return;
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value(u"type").toString();
    if (type == u"welcome") {
        m_login = frame.value(u"agent").toString();
        m_watchId = newId();
        m_socket.sendTextMessage(Frames::make(u"watch"_qs, m_watchId));
    } else if (type == u"floor") {
        QString problem;
        std::optional<FloorSnapshot> floor = FloorSnapshot::fromFrame(frame, &problem);
        if (!floor) {
            qCWarning(lcFloorClient) << "a floor from the gateway was not read:" << problem;
            return;
        }
        m_floor = std::move(floor);
        setOnline(true);
        emit floorChanged(*m_floor);
    } else if (type == u"ack") {
        const QString ref = frame.value(u"ack").toString();
        if (m_moves.removeAll(ref) > 0)
            emit moveAnswered(ref, {});
    } else if (type == u"error") {
        const QString ref = frame.value(u"ref").toString();
        const QString code = frame.value(u"code").toString();
        if (!ref.isEmpty() && m_moves.removeAll(ref) > 0) {
            emit moveAnswered(ref, code);
        } else if (code == errorCodeText(ErrorCode::NotAllowed) || code == errorCodeText(ErrorCode::TicketRefused)) {
            // Not a supervisor (for good), or a ticket refused (the next connection brings a new one).
            if (code == errorCodeText(ErrorCode::NotAllowed))
                m_refused = true;
            emit refused(code);
        }
    }
}

} // namespace ww::chat
