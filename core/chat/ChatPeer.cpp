// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatPeer.h"

#include <QRandomGenerator>
#include <QWebSocket>

#include <algorithm>
#include <optional>

namespace ww::chat {

namespace {

/// Peers that arrive together (after another gateway took over, every visitor is back within a second)
/// would otherwise be pinged together for as long as they stay: with 1,000 visitors the event loop
/// stalled 34 + 18 ms every interval (bench_chat). The first ping comes at a moment of the peer's own
/// in the second half of the interval, the next ones an interval apart.
int firstPingDelayMs(int intervalMs)
{
    const int half = std::max(1, intervalMs / 2);
    return intervalMs - half + static_cast<int>(QRandomGenerator::global()->bounded(half + 1));
}

} // namespace

ChatPeer::ChatPeer(QWebSocket *socket, const PeerLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_parser(limits.frames)
    , m_rate(limits.rateBurst, limits.ratePerSecond)
    , m_ackRate(limits.ackBurst, limits.acksPerSecond)
{
    m_socket->setParent(this);
    m_socket->setMaxAllowedIncomingFrameSize(limits.maxIncomingBytes);
    m_socket->setMaxAllowedIncomingMessageSize(limits.maxIncomingBytes);
    m_clock.start();

    connect(m_socket, &QWebSocket::textMessageReceived, this, &ChatPeer::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ChatPeer::onBinary);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_pingSentMs = -1; });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (!m_goneSignalled) {
            m_goneSignalled = true;
            m_helloTimer.stop();
            m_pingTimer.stop();
            emit gone(this);
        }
    });

    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        closeWith(ErrorCode::HandshakeTimeout, u"no hello within %1 ms"_qs.arg(m_limits.helloTimeoutMs),
                  QWebSocketProtocol::CloseCodePolicyViolated);
    });
    m_helloTimer.start(limits.helloTimeoutMs);
    connect(&m_pingTimer, &QTimer::timeout, this, &ChatPeer::onPingTick);
    m_pingTimer.start(firstPingDelayMs(limits.pingIntervalMs));
}

ChatPeer::~ChatPeer() = default;

void ChatPeer::send(const QString &frame)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->sendTextMessage(frame);
    if (m_flush)
        m_flush->add(m_socket);
}

void ChatPeer::sendError(ErrorCode code, const QString &message, const QString &ref)
{
    send(Frames::error({code, message, ref}));
}

void ChatPeer::closeWith(ErrorCode code, const QString &message, int closeCode)
{
    sendError(code, message);
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(closeCode), errorCodeText(code));
}

void ChatPeer::close(const QString &reason)
{
    m_socket->close(QWebSocketProtocol::CloseCodeNormal, reason);
}

QHostAddress ChatPeer::peerAddress() const
{
    return m_socket->peerAddress();
}

quint16 ChatPeer::peerPort() const
{
    return m_socket->peerPort();
}

void ChatPeer::identify(Role role, const QString &name)
{
    m_role = role;
    m_name = name;
    m_helloTimer.stop();
}

void ChatPeer::setHelloPending(bool pending)
{
    if (m_role != Role::Unknown)
        return;
    if (pending)
        m_helloTimer.stop();
    else
        m_helloTimer.start(m_limits.helloTimeoutMs);
}

namespace {

/// An ack is under 200 characters; only frames this short are read before the rate limit decides, so a
/// flood of large frames is still dropped unread.
constexpr qsizetype maxAckFrameChars = 256;

} // namespace

void ChatPeer::onText(const QString &text)
{
    std::optional<std::variant<Frame, ProtocolError>> parsed;
    bool isAck = false;
    if (text.size() <= maxAckFrameChars) {
        parsed = m_parser.parse(text);
        const Frame *frame = std::get_if<Frame>(&*parsed);
        isAck = frame && frame->type == u"ack";
    }
    RateLimiter &bucket = isAck ? m_ackRate : m_rate;
    if (!bucket.allow(m_clock.elapsed())) {
        refuseOverRate();
        return;
    }
    if (!parsed)
        parsed = m_parser.parse(text);
    if (auto *error = std::get_if<ProtocolError>(&*parsed)) {
        send(Frames::error(*error));
        return;
    }
    const Frame frame = std::get<Frame>(std::move(*parsed));
    // A phone code needs no hello: the page asks for one and goes (docs/chat-protocol.md, "Phone codes").
    if (m_role == Role::Unknown && frame.type != u"hello" && frame.type != u"phone-code") {
        sendError(ErrorCode::NotAllowed, u"send hello first"_qs, frame.id);
        return;
    }
    emit frameReceived(this, frame);
}

void ChatPeer::refuseOverRate()
{
    if (++m_refused > m_limits.maxRefusedFrames) {
        closeWith(ErrorCode::RateLimited, u"too many frames; connection closed"_qs,
                  QWebSocketProtocol::CloseCodePolicyViolated);
    } else if (m_refused == 1 || m_refused % 10 == 0) {
        // Not an error per refused frame: a flood must not turn into a flood of answers. The error is
        // about the connection, not one frame: no ref, so the peer keeps the frame to send again later.
        sendError(ErrorCode::RateLimited,
                  u"more than %1 frames per second; frames are dropped"_qs.arg(m_limits.ratePerSecond));
    }
}

void ChatPeer::onBinary()
{
    closeWith(ErrorCode::BinaryFrame, u"binary frames are not part of the protocol"_qs,
              QWebSocketProtocol::CloseCodeDatatypeNotSupported);
}

void ChatPeer::onPingTick()
{
    if (m_pingTimer.interval() != m_limits.pingIntervalMs)
        m_pingTimer.setInterval(m_limits.pingIntervalMs); // after the first
    if (m_pingSentMs >= 0 && m_clock.elapsed() - m_pingSentMs > m_limits.pongTimeoutMs) {
        // Silent peers hold a socket each; a TCP connection that stopped may never say so itself.
        m_pingTimer.stop();
        m_socket->abort();
        return;
    }
    if (m_pingSentMs < 0) {
        m_pingSentMs = m_clock.elapsed();
        m_socket->ping();
    }
}

} // namespace ww::chat
