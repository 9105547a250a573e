// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/AgentRoster.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <optional>

namespace ww::chat {

/// Offers waiting chats to agents who may take them (docs/chat-protocol.md, "Routing"): the oldest chat
/// first, to the eligible agent with the fewest chats, then the longest in their state. One open offer
/// per chat and per agent; an offer declined or not answered in time goes to the next agent, and the same
/// chat is not offered to the same agent again for a while. The chat stays in the queue meanwhile, so any
/// eligible agent may still accept it by hand.
class ChatRouter : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int offerMs = 20'000;   ///< how long an agent has to answer an offer
        int reofferMs = 60'000; ///< after a decline or a timeout: not offered to that agent again for this long
    };
    /// A chat waiting in the queue: its id and its queue entry (the fields of the `queue` frame's entries).
    struct Waiting
    {
        QUuid chat;
        QJsonObject entry;
    };
    /// Sends a frame to a connected agent (the gateway's connection).
    using Send = std::function<void(const QString &agent, const QString &frame)>;

    ChatRouter(AgentRoster &roster, Timing timing, Send send, QObject *parent = nullptr);

    /// Offers \a waiting (oldest first) to agents without an open offer. The roster's open chats must be current.
    void route(const QList<Waiting> &waiting);
    /// The chat has a holder now, or ended (\a holder empty): offers of it to others are withdrawn.
    void settled(const QUuid &chat, const QString &holder);
    /// The agent turned the chat down: it is not offered to them again for a while. Whether an offer was open.
    bool decline(const QString &agent, const QUuid &chat);
    /// The agent's state no longer allows chats, or the agent is gone: their open offer is withdrawn.
    void withdrawFrom(const QString &agent);
    std::optional<QUuid> openOfferTo(const QString &agent) const;
    int openOffers() const { return static_cast<int>(m_offers.size()); }

signals:
    /// An offer ended without an answer that settles the chat: the chats should be routed again.
    void rerouteNeeded();

private:
    struct Offer
    {
        QUuid chat;
        qint64 expiresMs = 0;
    };
    void withdraw(const QString &agent, const QString &reason);
    void expire();
    void armExpiry();
    void rememberRefusal(const QUuid &chat, const QString &agent);
    bool refusedRecently(const QUuid &chat, const QString &agent) const;

    AgentRoster &m_roster;
    Timing m_timing;
    Send m_send;
    QHash<QString, Offer> m_offers;                  ///< agent → their open offer
    QHash<QPair<QUuid, QString>, qint64> m_refusals; ///< (chat, agent) → not offered again before this
    QElapsedTimer m_clock;
    QTimer m_expiry;
};

} // namespace ww::chat
