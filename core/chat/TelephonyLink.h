// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ChatPeer.h"
#include "chat/RateLimiter.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace ww::chat {

/// What the gateway knows of the phone system; tests shorten the times.
struct TelephonyConfig
{
    /// The shared secret the phone system logs in with (wegwijzer-chatd --telephony-secret-file); without
    /// one every telephony hello is refused.
    std::optional<QByteArray> secret;
    /// Refused telephony hellos per address: a burst, then a steady rate; over it, hellos are not checked.
    int refusalBurst = 5;
    double refusalsPerMinute = 2.0;
    int maxOpenCalls = 10'000;             ///< calls offered and not ended that the gateway remembers
    qint64 callLifetimeMs = 12 * 3600'000; ///< a call the phone system never ended is forgotten after this
};

/// The phone system's side of the gateway (docs/telephony.md): a peer that logs in with the telephony
/// secret may announce calls to agents; the gateway passes call-offered, call-answered and call-ended on
/// to the ringing agent's desk connection. Nothing is stored and the caller's number is never logged.
class TelephonyLink : public QObject
{
    Q_OBJECT

public:
    /// The connection of a logged-in agent, or null.
    using AgentLookup = std::function<ChatPeer *(const QString &agent)>;

    TelephonyLink(TelephonyConfig config, AgentLookup agents, QObject *parent = nullptr);

    /// Handles a telephony hello and the call frames, and keeps each role to its own frames: true when
    /// the frame was handled (or refused) here, false when it is the chat gateway's.
    bool handle(ChatPeer *peer, const Frame &frame);
    /// Forgets calls the phone system never ended (the gateway's sweep).
    void sweep();
    int openCalls() const { return static_cast<int>(m_calls.size()); }

private:
    struct Call
    {
        QStringList offeredTo; ///< a queue may ring several agents at once
        QString agent;         ///< who answered, or the last one offered
        bool answered = false;
        qint64 offeredMs = 0;
    };
    /// Sends \a frame to \a agent's desk; false when it is not connected.
    bool toDesk(const QString &agent, const QString &frame);
    void hello(ChatPeer *peer, const Frame &frame);
    void onCall(ChatPeer *peer, const Frame &frame);
    bool secretMatches(const QString &secret) const;
    qint64 nowMs() const { return m_clock.elapsed(); }

    TelephonyConfig m_config;
    AgentLookup m_agents;
    QByteArray m_secretHash;
    struct Refusals
    {
        RateLimiter limiter{1, 1.0};
        qint64 lastMs = 0;
    };
    QHash<QHostAddress, Refusals> m_refusals;
    QHash<QString, Call> m_calls;
    QElapsedTimer m_clock;
};

} // namespace ww::chat
