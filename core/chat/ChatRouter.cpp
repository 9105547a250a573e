// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ChatRouter.h"

#include "chat/ChatProtocol.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace ww::chat {

namespace {

QString withdrawnFrame(const QUuid &chat, const QString &reason)
{
    return Frames::make(u"offer-withdrawn"_qs, {},
                        {{u"chat"_qs, chat.toString(QUuid::WithoutBraces)}, {u"reason"_qs, reason}});
}

} // namespace

ChatRouter::ChatRouter(AgentRoster &roster, Timing timing, Send send, QObject *parent)
    : QObject(parent)
    , m_roster(roster)
    , m_timing(timing)
    , m_send(std::move(send))
{
    m_clock.start();
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &ChatRouter::expire);
}

void ChatRouter::route(const QList<Waiting> &waiting)
{
    const qint64 now = m_clock.elapsed();
    m_refusals.removeIf([now](const auto &refusal) { return refusal.value() <= now; });

    QSet<QUuid> waitingIds;
    for (const Waiting &chat : waiting)
        waitingIds.insert(chat.chat);
    // Offers that can no longer be taken: the chat left the queue, or the agent reached their limit by hand.
    QStringList stale;
    for (auto offer = m_offers.cbegin(); offer != m_offers.cend(); ++offer) {
        const std::optional<AgentRoster::Agent> agent = m_roster.agent(offer.key());
        if (!waitingIds.contains(offer->chat) || !agent || !AgentRoster::isEligible(*agent))
            stale.append(offer.key());
    }
    for (const QString &agent : std::as_const(stale))
        withdraw(agent, waitingIds.contains(m_offers.value(agent).chat) ? u"not-available"_qs : u"not-waiting"_qs);

    QSet<QUuid> offered;
    for (const Offer &offer : std::as_const(m_offers))
        offered.insert(offer.chat);
    QList<AgentRoster::Agent> candidates = m_roster.eligibleInOrder();
    candidates.removeIf([this](const AgentRoster::Agent &agent) { return m_offers.contains(agent.name); });
    const int expiresSeconds = (m_timing.offerMs + 999) / 1000;
    for (const Waiting &chat : waiting) {
        if (candidates.isEmpty())
            break;
        if (offered.contains(chat.chat))
            continue;
        const auto chosen = std::find_if(candidates.cbegin(), candidates.cend(), [&](const AgentRoster::Agent &agent) {
            return !refusedRecently(chat.chat, agent.name);
        });
        if (chosen == candidates.cend())
            continue;
        const QString name = chosen->name;
        candidates.erase(chosen);
        m_offers.insert(name, {chat.chat, now + m_timing.offerMs});
        QJsonObject fields = chat.entry;
        fields.insert(u"expiresSeconds"_qs, expiresSeconds);
        m_send(name, Frames::make(u"offer"_qs, {}, fields));
    }
    armExpiry();
}

void ChatRouter::settled(const QUuid &chat, const QString &holder)
{
    QStringList others;
    for (auto offer = m_offers.cbegin(); offer != m_offers.cend(); ++offer) {
        if (offer->chat == chat && offer.key() != holder)
            others.append(offer.key());
    }
    if (const auto own = m_offers.constFind(holder); own != m_offers.cend() && own->chat == chat)
        m_offers.remove(holder); // the offer was answered by accepting it
    for (const QString &agent : std::as_const(others))
        withdraw(agent, holder.isEmpty() ? u"ended"_qs : u"taken"_qs);
    armExpiry();
}

bool ChatRouter::decline(const QString &agent, const QUuid &chat)
{
    rememberRefusal(chat, agent);
    const auto found = m_offers.constFind(agent);
    if (found == m_offers.cend() || found->chat != chat)
        return false;
    m_offers.remove(agent);
    armExpiry();
    emit rerouteNeeded();
    return true;
}

void ChatRouter::withdrawFrom(const QString &agent)
{
    if (!m_offers.contains(agent))
        return;
    withdraw(agent, u"not-available"_qs);
    armExpiry();
    emit rerouteNeeded();
}

std::optional<QUuid> ChatRouter::openOfferTo(const QString &agent) const
{
    const auto found = m_offers.constFind(agent);
    if (found == m_offers.cend())
        return std::nullopt;
    return found->chat;
}

void ChatRouter::withdraw(const QString &agent, const QString &reason)
{
    const auto found = m_offers.constFind(agent);
    if (found == m_offers.cend())
        return;
    const QUuid chat = found->chat;
    m_offers.remove(agent);
    m_send(agent, withdrawnFrame(chat, reason));
}

void ChatRouter::expire()
{
    const qint64 now = m_clock.elapsed();
    QStringList late;
    for (auto offer = m_offers.cbegin(); offer != m_offers.cend(); ++offer) {
        if (offer->expiresMs <= now)
            late.append(offer.key());
    }
    for (const QString &agent : std::as_const(late)) {
        // Not answered: perhaps away from the desk. The next agent gets it, this one not again soon.
        rememberRefusal(m_offers.value(agent).chat, agent);
        withdraw(agent, u"expired"_qs);
    }
    armExpiry();
    if (!late.isEmpty())
        emit rerouteNeeded();
}

void ChatRouter::armExpiry()
{
    if (m_offers.isEmpty()) {
        m_expiry.stop();
        return;
    }
    qint64 next = std::numeric_limits<qint64>::max();
    for (const Offer &offer : std::as_const(m_offers))
        next = std::min(next, offer.expiresMs);
    m_expiry.start(static_cast<int>(std::clamp<qint64>(next - m_clock.elapsed(), 0, m_timing.offerMs)));
}

void ChatRouter::rememberRefusal(const QUuid &chat, const QString &agent)
{
    // Bounded: an entry lives reofferMs, and each needs an offer or a decline frame (rate-limited) to exist.
    m_refusals.insert({chat, agent}, m_clock.elapsed() + m_timing.reofferMs);
}

bool ChatRouter::refusedRecently(const QUuid &chat, const QString &agent) const
{
    return m_refusals.value({chat, agent}, 0) > m_clock.elapsed();
}

} // namespace ww::chat
