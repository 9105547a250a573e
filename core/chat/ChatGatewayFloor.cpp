// SPDX-License-Identifier: GPL-3.0-or-later
// The chat gateway's part in the supervisors' live view (docs/chat-protocol.md, "Supervisors"): watchers,
// the floor they see, and moving a waiting chat to a named agent. Kept apart from ChatGateway.cpp so that
// the live view's changes stay in one place.
#include "ChatGateway.h"

#include <QLoggingCategory>
#include <QWebSocketProtocol>

Q_DECLARE_LOGGING_CATEGORY(lcChat)

namespace ww::chat {

void ChatGateway::welcomeLogin(ChatPeer *peer, const QString &frameId, const std::optional<QString> &login,
                               bool supervisor, bool watcher)
{
    if (login && !login->isEmpty())
        m_floor->setSupervisor(*login, supervisor);
    if (watcher && login && !login->isEmpty())
        welcomeWatcher(peer, frameId, *login, supervisor);
    else
        welcomeAgent(peer, frameId, login); // refuses a missing login
}

void ChatGateway::welcomeWatcher(ChatPeer *peer, const QString &frameId, const QString &login, bool supervisor)
{
    if (!supervisor) {
        peer->closeWith(ErrorCode::NotAllowed, u"the live view is for supervisors only"_qs,
                        QWebSocketProtocol::CloseCodePolicyViolated);
        return;
    }
    // A watcher takes no chats and is no agent: it does not close the supervisor's own agent
    // connection, gets no queue, and counts for nobody's availability.
    peer->identify(ChatPeer::Role::Watcher, login);
    qCInfo(lcChat) << "a supervisor's live view connected";
    peer->send(Frames::ack(frameId));
    peer->send(Frames::make(u"welcome"_qs, {}, {{u"agent"_qs, login}, {u"watcher"_qs, true}}));
}

void ChatGateway::handleFloorFrame(ChatPeer *peer, const Frame &frame)
{
    const bool watcher = peer->role() == ChatPeer::Role::Watcher;
    const bool supervisor
            = watcher || (peer->role() == ChatPeer::Role::Agent && m_floor->isSupervisor(peer->agentName()));
    if (!supervisor || (frame.type != u"watch" && frame.type != u"move")) {
        peer->sendError(ErrorCode::NotAllowed,
                        supervisor ? u"a live view sends only \"watch\" and \"move\""_qs
                                   : u"\"%1\" is for supervisors only"_qs.arg(frame.type),
                        frame.id);
        return;
    }
    if (frame.type == u"watch") {
        peer->send(Frames::ack(frame.id));
        m_floor->addWatcher(peer);
        return;
    }
    onMove(peer, frame);
}

void ChatGateway::onMove(ChatPeer *peer, const Frame &frame)
{
    const auto found = m_chats.find(QUuid::fromString(frame.text(u"chat"_qs)));
    if (found == m_chats.end() || found->stored.state == ChatState::Ended) {
        peer->sendError(ErrorCode::UnknownChat, u"no open chat with this id"_qs, frame.id);
        return;
    }
    if (found->stored.state != ChatState::Queued) {
        peer->sendError(ErrorCode::ChatTaken, u"this chat is no longer waiting"_qs, frame.id);
        return;
    }
    const QString target = frame.text(u"to"_qs);
    if (!connectedAgent(target) || activeChatsOf(target) >= m_config.maxChatsPerAgent) {
        peer->sendError(ErrorCode::TargetUnavailable, u"that agent is not connected or has no room for a chat"_qs,
                        frame.id);
        return;
    }
    // Stored as a transfer from the supervisor: the case's hand-over names who moved it, and the agent
    // sees it in the chat's "assigned".
    QString note = frame.text(u"note"_qs).trimmed();
    if (note.isEmpty())
        note = u"moved from the queue by a supervisor"_qs;
    qCInfo(lcChat) << "chat" << found->stored.id.toString(QUuid::WithoutBraces) << "moved by a supervisor";
    assign(found.value(), target, peer->agentName(), note, peer, frame.id);
}

FloorInput ChatGateway::floorInput() const
{
    FloorInput input;
    QHash<QString, int> chats;
    for (const LiveChat &chat : m_chats) {
        if (chat.stored.state == ChatState::Active)
            ++chats[chat.stored.agent];
        else if (chat.stored.state == ChatState::Queued)
            input.queue.append({chat.stored.id, chat.stored.queuedAt, chat.stored.lang});
    }
    for (auto agent = m_agents.cbegin(); agent != m_agents.cend(); ++agent) {
        FloorAgent entry;
        entry.name = agent.key();
        entry.chats = chats.value(agent.key());
        entry.maxChats = m_config.maxChatsPerAgent;
        entry.supervisor = m_floor->isSupervisor(agent.key());
        // The state the desk told (AgentRoster), since when; without one, what the connection shows.
        if (const std::optional<AgentRoster::Agent> told = m_roster.agent(agent.key())) {
            // An agent with chats is in a chat even if their desk has not said so (yet).
            entry.state = told->state == AgentState::Available && entry.chats > 0 ? AgentState::InChat : told->state;
            entry.since = told->since;
            entry.maxChats = told->maxChats > 0 ? told->maxChats : entry.maxChats;
        } else {
            entry.state = !agent->peer ? AgentState::Offline
                    : entry.chats > 0  ? AgentState::InChat
                                       : AgentState::Available;
        }
        input.agents.append(entry);
    }
    return input;
}

} // namespace ww::chat
