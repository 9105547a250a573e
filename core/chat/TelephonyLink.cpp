// SPDX-License-Identifier: GPL-3.0-or-later
#include "TelephonyLink.h"

#include "chat/TelephonyFrames.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QWebSocketProtocol>

Q_LOGGING_CATEGORY(lcTelephony, "ww.chat.telephony")

namespace ww::chat {

namespace {

QByteArray hashOf(const QByteArray &secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
}

bool isCallFrame(const QString &type)
{
    return type == u"call-offered" || type == u"call-answered" || type == u"call-ended";
}

} // namespace

TelephonyLink::TelephonyLink(TelephonyConfig config, AgentLookup agents, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_agents(std::move(agents))
{
    if (m_config.secret)
        m_secretHash = hashOf(*m_config.secret);
    m_clock.start();
}

bool TelephonyLink::handle(ChatPeer *peer, const Frame &frame)
{
    const bool telephony = peer->role() == ChatPeer::Role::Telephony;
    if (frame.type == u"hello" && peer->role() == ChatPeer::Role::Unknown && frame.text(u"role"_qs) == u"telephony") {
        hello(peer, frame);
        return true;
    }
    if (telephony && isCallFrame(frame.type)) {
        onCall(peer, frame);
        return true;
    }
    if (telephony && frame.type != u"ack") {
        peer->sendError(ErrorCode::NotAllowed, u"\"%1\" is not for the phone system"_qs.arg(frame.type), frame.id);
        return true;
    }
    if (telephony)
        return true; // the phone system's acknowledgements need no answer
    if (isCallFrame(frame.type)) {
        peer->sendError(ErrorCode::NotAllowed, u"\"%1\" is only for the phone system"_qs.arg(frame.type), frame.id);
        return true;
    }
    return false;
}

bool TelephonyLink::secretMatches(const QString &secret) const
{
    if (m_secretHash.isEmpty())
        return false;
    // Both sides hashed to the same length, then every byte compared: the time says nothing about the secret.
    const QByteArray given = hashOf(secret.toUtf8());
    unsigned char difference = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        difference |= static_cast<unsigned char>(given.at(i) ^ m_secretHash.at(i));
    return difference == 0;
}

void TelephonyLink::hello(ChatPeer *peer, const Frame &frame)
{
    const QHostAddress address = peer->peerAddress();
    auto found = m_refusals.find(address);
    if (found != m_refusals.end()) {
        // Over the limit the secret is not even looked at: guessing costs time whatever the guess.
        RateLimiter probe = found->limiter;
        if (!probe.allow(nowMs())) {
            qCWarning(lcTelephony) << "a telephony login was refused: too many refused logins from one address";
            peer->closeWith(ErrorCode::RateLimited, u"too many refused telephony logins; try again later"_qs,
                            QWebSocketProtocol::CloseCodePolicyViolated);
            return;
        }
    }
    if (!secretMatches(frame.text(u"secret"_qs))) {
        constexpr qsizetype maxAddresses = 10'000;
        if (found == m_refusals.end() && m_refusals.size() < maxAddresses)
            found = m_refusals.insert(address,
                                      {RateLimiter(m_config.refusalBurst, m_config.refusalsPerMinute / 60.0), nowMs()});
        if (found != m_refusals.end()) {
            found->limiter.allow(nowMs());
            found->lastMs = nowMs();
        }
        qCWarning(lcTelephony) << "a telephony login was refused: missing or wrong secret";
        peer->closeWith(ErrorCode::TelephonyRefused,
                        m_secretHash.isEmpty() ? u"this gateway takes no phone system (no telephony secret)"_qs
                                               : u"the telephony secret is missing or wrong"_qs,
                        QWebSocketProtocol::CloseCodePolicyViolated);
        return;
    }
    peer->identify(ChatPeer::Role::Telephony);
    qCInfo(lcTelephony) << "the phone system connected";
    peer->send(Frames::ack(frame.id));
    peer->send(Frames::make(u"welcome"_qs, {}, {{u"role"_qs, u"telephony"_qs}}));
}

void TelephonyLink::onCall(ChatPeer *peer, const Frame &frame)
{
    if (const auto problem = TelephonyFrames::check(frame, QDateTime::currentDateTimeUtc())) {
        ProtocolError error = *problem;
        error.ref = frame.id;
        peer->send(Frames::error(error));
        return;
    }
    const QString call = frame.text(u"call"_qs);
    const QString forDesk = TelephonyFrames::forAgent(frame);
    if (frame.type == u"call-offered") {
        const QString agent = frame.text(u"agent"_qs);
        if (!m_calls.contains(call) && m_calls.size() >= m_config.maxOpenCalls) {
            peer->sendError(ErrorCode::Unavailable, u"too many open calls; end some first"_qs, frame.id);
            return;
        }
        if (!toDesk(agent, forDesk)) {
            peer->sendError(ErrorCode::AgentUnavailable, u"that agent's desk is not connected"_qs, frame.id);
            return;
        }
        Call &known = m_calls[call];
        if (known.offeredTo.isEmpty())
            known.offeredMs = nowMs();
        if (!known.offeredTo.contains(agent))
            known.offeredTo.append(agent);
        if (!known.answered)
            known.agent = agent;
    } else {
        const auto found = m_calls.find(call);
        if (found == m_calls.end()) {
            peer->sendError(ErrorCode::UnknownCall, u"no call offered with this id"_qs, frame.id);
            return;
        }
        Call &known = found.value();
        if (frame.type == u"call-answered") {
            const QString answeredBy = frame.text(u"agent"_qs).isEmpty() ? known.agent : frame.text(u"agent"_qs);
            if (!known.offeredTo.contains(answeredBy)) {
                peer->sendError(ErrorCode::UnknownCall, u"this call was not offered to that agent"_qs, frame.id);
                return;
            }
            known.agent = answeredBy;
            known.answered = true;
            // The other desks it rang at stop showing it.
            const QString gone
                    = Frames::make(u"call-ended"_qs, {}, {{u"call"_qs, call}, {u"at"_qs, frame.text(u"at"_qs)}});
            for (const QString &other : std::as_const(known.offeredTo)) {
                if (other != answeredBy)
                    toDesk(other, gone);
            }
            known.offeredTo = {answeredBy};
        }
        const Call ended = known;
        if (frame.type == u"call-ended") {
            m_calls.erase(found);
            for (const QString &other : ended.offeredTo) {
                if (other != ended.agent)
                    toDesk(other, forDesk);
            }
        }
        if (!toDesk(ended.agent, forDesk)) {
            peer->sendError(ErrorCode::AgentUnavailable, u"that agent's desk is not connected"_qs, frame.id);
            return;
        }
    }
    // The number goes to the agent's desk only; the log says what happened, to no one in particular.
    peer->send(Frames::ack(frame.id));
    qCInfo(lcTelephony).noquote() << frame.type << "passed to an agent's desk";
}

bool TelephonyLink::toDesk(const QString &agent, const QString &frame)
{
    ChatPeer *desk = m_agents ? m_agents(agent) : nullptr;
    if (desk)
        desk->send(frame);
    return desk != nullptr;
}

void TelephonyLink::sweep()
{
    const qint64 now = nowMs();
    m_calls.removeIf([&](const auto &entry) { return now - entry.value().offeredMs > m_config.callLifetimeMs; });
    // An address idle long enough has its whole burst again.
    const qint64 refillMs = qint64(m_config.refusalBurst / std::max(0.001, m_config.refusalsPerMinute) * 60'000);
    m_refusals.removeIf([&](const auto &entry) { return now - entry.value().lastMs > refillMs; });
}

} // namespace ww::chat
