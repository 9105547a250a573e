// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ChatAgentClient.h"
#include "chat/FloorSnapshot.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <optional>

namespace ww::chat {

/// A supervisor's live view of the floor (docs/chat-protocol.md, "Supervisors"): a connection of its own
/// to the gateway as a watcher, logged in with a one-time ticket like the agent client, that follows the
/// `floor` frames and moves waiting chats. It takes no chats, so it never closes the supervisor's own chat
/// connection. It reconnects by itself and counts as offline when the gateway falls silent.
class FloorClient : public QObject
{
    Q_OBJECT

public:
    FloorClient(const QUrl &gateway, ChatAgentClient::TicketRequest tickets, QObject *parent = nullptr);
    ~FloorClient() override;

    void open();
    void close();
    void setReconnectDelay(int ms) { m_reconnectDelayMs = ms; }
    /// No frame for this long (the gateway sends one at least every 5 s): the connection is taken as gone.
    void setSilenceLimit(int ms) { m_silence.setInterval(ms); }
    /// Logged in and watching.
    bool isOnline() const { return m_online; }
    /// The gateway refused this login the live view (no supervisor): it does not try again.
    bool isRefused() const { return m_refused; }
    QString login() const { return m_login; }
    /// The last floor received, if any (kept while offline, to show what was last known).
    const std::optional<FloorSnapshot> &floor() const { return m_floor; }
    /// Moves a waiting chat to \a agent; returns the frame's id (empty while offline). moveAnswered follows.
    QString move(const QUuid &chat, const QString &agent, const QString &note = {});
    /// For tests: the connection itself, to cut it.
    QWebSocket &socket() { return m_socket; }

signals:
    void onlineChanged(bool online);
    void floorChanged(const ww::chat::FloorSnapshot &floor);
    /// \a errorCode is empty when the chat was moved, else a code of docs/chat-protocol.md ("target-unavailable").
    void moveAnswered(const QString &id, const QString &errorCode);
    void refused(const QString &code);

private:
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void setOnline(bool online);

    QUrl m_url;
    ChatAgentClient::TicketRequest m_tickets;
    QWebSocket m_socket;
    QTimer m_reconnect;
    QTimer m_silence;
    int m_reconnectDelayMs = 2000;
    bool m_closing = false;
    bool m_online = false;
    bool m_refused = false;
    QString m_login;
    QString m_watchId;
    QStringList m_moves; ///< ids of moves not yet answered
    std::optional<FloorSnapshot> m_floor;
};

} // namespace ww::chat
