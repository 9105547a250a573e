// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ChatProtocol.h"
#include "chat/PeerFlush.h"
#include "chat/RateLimiter.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>

class QWebSocket;

namespace ww::chat {

/// What a gateway expects of every connection; tests shorten the times.
struct PeerLimits
{
    FrameLimits frames;
    int helloTimeoutMs = 10'000;
    int pingIntervalMs = 20'000;
    int pongTimeoutMs = 10'000;
    int rateBurst = 30;
    double ratePerSecond = 10.0;
    /// Acknowledgements have a bucket of their own: a reloaded transcript is acknowledged at once, and an
    /// agent acknowledges every visitor's messages, so they are not what the frame rate is for.
    int ackBurst = 300;
    double acksPerSecond = 60.0;
    int maxRefusedFrames = 60; ///< frames over the rate limits before the connection is closed
    quint64 maxIncomingBytes = 64 * 1024;
};

/// One connection to the gateway: it checks frames (size, JSON, rate), waits for the hello and
/// watches liveness with pings. What the frames mean is the gateway's business.
class ChatPeer : public QObject
{
    Q_OBJECT

public:
    /// Watcher: a supervisor's live view, no chats. Telephony: the phone system (docs/telephony.md).
    enum class Role { Unknown, Visitor, Agent, Watcher, Telephony };

    ChatPeer(QWebSocket *socket, const PeerLimits &limits, QObject *parent = nullptr);
    ~ChatPeer() override;

    void send(const QString &frame);
    void sendError(ErrorCode code, const QString &message, const QString &ref = {});
    /// Closes with a WebSocket close code after telling the peer why.
    void closeWith(ErrorCode code, const QString &message, int closeCode);
    void close(const QString &reason);

    Role role() const { return m_role; }
    /// The hello was accepted: the peer is a visitor or an authenticated agent.
    void identify(Role role, const QString &name = {});
    /// The hello waits for the database (pending), so the hello timeout does not count; or it failed
    /// and the peer has the timeout again to send another.
    void setHelloPending(bool pending);
    QString agentName() const { return m_name; }
    QUuid visitorChat() const { return m_chat; }
    QHostAddress peerAddress() const;
    quint16 peerPort() const;
    void setVisitorChat(const QUuid &chat) { m_chat = chat; }
    /// Phone codes asked for on this connection.
    int phoneCodes() const { return m_phoneCodes; }
    void countPhoneCode() { ++m_phoneCodes; }
    /// What is sent leaves at the end of the event loop's pass through \a flush (else one pass later).
    void setFlush(PeerFlush *flush) { m_flush = flush; }

signals:
    void frameReceived(ww::chat::ChatPeer *peer, const ww::chat::Frame &frame);
    void gone(ww::chat::ChatPeer *peer);

private:
    void onText(const QString &text);
    /// Counts a frame over its rate limit; closes the connection after too many.
    void refuseOverRate();
    void onBinary();
    void onPingTick();

    QWebSocket *m_socket;
    PeerLimits m_limits;
    FrameParser m_parser;
    RateLimiter m_rate;
    RateLimiter m_ackRate;
    QElapsedTimer m_clock;
    QTimer m_helloTimer;
    QTimer m_pingTimer;
    qint64 m_pingSentMs = -1;
    int m_refused = 0;
    Role m_role = Role::Unknown;
    QString m_name;
    QUuid m_chat;
    bool m_goneSignalled = false;
    int m_phoneCodes = 0;
    QPointer<PeerFlush> m_flush;
};

} // namespace ww::chat
