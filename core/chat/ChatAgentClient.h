// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/AgentState.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QUuid>
#include <QWebSocket>

#include <functional>
#include <optional>

namespace ww::chat {

/// A chat waiting in the queue, as agents see it.
struct ChatQueueEntry
{
    QUuid chat;
    int waitingSeconds = 0;
    QString lang;
    QString treeIdentity;
    QStringList treePath;
    QString transferFrom;
    QString transferNote;
    bool visitorConnected = false;
};

/// A waiting chat the gateway offers to this agent (routing by availability): accept or decline it in time.
struct ChatOffer
{
    ChatQueueEntry entry;
    int expiresSeconds = 0;
};

/// A chat given to this agent: accepted, transferred to them, or given back after a reconnect.
struct ChatAssignment
{
    QUuid chat;
    QUuid caseId;
    QString lang;
    QString treeIdentity; ///< the website tree the visitor walked, when they handed over their path
    QStringList treePath;
    QString transferFrom;
    QString transferNote;
    int waitedSeconds = 0;
};

struct ChatIncomingMessage
{
    QUuid chat;
    int seq = 0;
    QString id;
    QString from; ///< "visitor" or "agent" (this agent's own lines come back in order too)
    QString text;
    QDateTime at;
};

/// The agent's side of docs/chat-protocol.md: logs in with a one-time ticket, follows the queue,
/// accepts and handles chats. Frames stay queued until acknowledged and are sent again after a
/// reconnect; incoming messages are shown once, in order.
class ChatAgentClient : public QObject
{
    Q_OBJECT

public:
    /// Gives a fresh one-time ticket for every (re)connect, e.g. ChatTickets::issue on the desktop's database.
    using TicketSource = std::function<QString()>;
    /// The same, answered later (the desk asks its database off the GUI thread): hands the ticket to
    /// the function it is given.
    using TicketRequest = std::function<void(std::function<void(const QString &)> deliver)>;

    ChatAgentClient(const QUrl &gateway, TicketSource tickets, QObject *parent = nullptr);
    ChatAgentClient(const QUrl &gateway, TicketRequest tickets, QObject *parent = nullptr);
    ~ChatAgentClient() override;

    void open();
    /// Closes for good: no reconnect.
    void close();
    void setReconnectDelay(int ms) { m_reconnectDelayMs = ms; }
    bool isReady() const { return m_ready; }
    QString agentName() const { return m_agent; }
    int unacknowledgedCount() const { return static_cast<int>(m_outbox.size()); }
    /// For tests: the connection itself, to cut it.
    QWebSocket &socket() { return m_socket; }

    /// Each returns the frame id.
    QString accept(const QUuid &chat);
    QString sendMessage(const QUuid &chat, const QString &text);
    QString transfer(const QUuid &chat, const QString &to, const QString &note);
    QString end(const QUuid &chat);
    void setTyping(const QUuid &chat, bool typing);
    /// Turns an offered chat down; the gateway offers it to someone else.
    QString decline(const QUuid &chat);
    /// Tells the gateway what the agent is doing, now and again after every reconnect. Until the first
    /// call the gateway counts the agent as available.
    void sendState(ww::AgentState state);
    std::optional<ww::AgentState> state() const { return m_state; }

signals:
    void ready(const QString &agent);
    void queueChanged(const QList<ww::chat::ChatQueueEntry> &queue);
    void chatAssigned(const ww::chat::ChatAssignment &assignment);
    void messageReceived(const ww::chat::ChatIncomingMessage &message);
    void typingChanged(const QUuid &chat, bool typing);
    void chatEnded(const QUuid &chat, const QString &reason);
    void chatReleased(const QUuid &chat, const QString &reason);
    void waitingTooLong(const QUuid &chat, int seconds);
    void offerReceived(const ww::chat::ChatOffer &offer);
    /// The offer is off: "taken", "ended", "expired", "not-available", "not-waiting" (docs/chat-protocol.md).
    void offerWithdrawn(const QUuid &chat, const QString &reason);
    void acknowledged(const QString &id, int seq);
    void errorReceived(const QString &code, const QString &message, const QString &ref);
    /// The phone system offered, answered or ended a call for this agent (docs/telephony.md); the frame as
    /// the gateway sent it, read with TelephonyFrames::parseForDesk.
    void callFrameReceived(const QJsonObject &frame);
    void disconnected();

private:
    QString enqueue(const QString &type, const QUuid &chat, QJsonObject fields);
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void onMessage(const QJsonObject &frame);
    void sendCurrentState();

    QUrl m_url;
    TicketRequest m_tickets;
    QWebSocket m_socket;
    QTimer m_reconnect;
    int m_reconnectDelayMs = 2000;
    bool m_closing = false;
    bool m_ready = false;
    QString m_agent;
    std::optional<ww::AgentState> m_state;
    std::optional<ww::AgentState> m_helloState; ///< the state the last hello carried
    void sendReceipts();

    struct Outgoing
    {
        QString id;
        QString frame;
        QUuid chat;
    };
    QList<Outgoing> m_outbox; ///< sent, not yet acknowledged
    QHash<QUuid, int> m_lastSeq;
    QHash<QUuid, int> m_unreceipted; ///< chat → highest seq not yet acknowledged to the gateway
    QTimer m_receipts;
};

} // namespace ww::chat
