// SPDX-License-Identifier: GPL-3.0-or-later
// The gateway's part in routing by availability (docs/chat-protocol.md, "Routing"): the agents' `state` and
// `decline` frames, and the hooks between the gateway's chats and AgentRoster/ChatRouter. Kept apart from
// ChatGateway.cpp so that the gateway's frame handling stays readable; every decision is made here, in
// memory, on the event loop: nothing in routing waits on the database.
#include "ChatGateway.h"

namespace ww::chat {

void ChatGateway::setUpRouting()
{
    const auto send = [this](const QString &agent, const QString &frame) {
        if (ChatPeer *peer = connectedAgent(agent))
            peer->send(frame);
    };
    m_router = std::make_unique<ChatRouter>(m_roster,
                                            ChatRouter::Timing{m_config.offerTimeoutMs, m_config.reofferAfterMs}, send);
    // A declined, unanswered or withdrawn offer: the chat goes to the next agent with the next queue update.
    connect(m_router.get(), &ChatRouter::rerouteNeeded, this, &ChatGateway::queueChanged);
}

void ChatGateway::onState(ChatPeer *peer, const Frame &frame)
{
    const AgentState state = agentStateFromCode(frame.text(u"state"_qs)).value(); // the parser checked the code
    const QString agent = peer->agentName(); // only ever the sender's own state: the frame names nobody
    const bool changed = m_roster.setState(agent, state, QDateTime::currentDateTimeUtc());
    peer->send(Frames::ack(frame.id));
    if (!mayReceiveChats(state))
        m_router->withdrawFrom(agent);
    if (changed)
        queueChanged(); // visitors learn whether anyone is available; chats may go to this agent now
}

void ChatGateway::helloState(ChatPeer *peer, const QString &code)
{
    const std::optional<AgentState> state = agentStateFromCode(code); // the parser checked the code
    if (peer->role() == ChatPeer::Role::Agent && state)
        m_roster.setState(peer->agentName(), *state, QDateTime::currentDateTimeUtc());
}

void ChatGateway::onDecline(ChatPeer *peer, const Frame &frame)
{
    const QUuid id = QUuid::fromString(frame.text(u"chat"_qs));
    const auto found = m_chats.constFind(id);
    if (id.isNull() || found == m_chats.cend() || found->stored.state == ChatState::Ended) {
        peer->sendError(ErrorCode::UnknownChat, u"no open chat with this id"_qs, frame.id);
        return;
    }
    // Also without an open offer (it expired on the way): the agent does not want this chat offered soon.
    m_router->decline(peer->agentName(), id);
    peer->send(Frames::ack(frame.id));
}

void ChatGateway::agentGone(const QString &agent)
{
    m_roster.disconnectAgent(agent, QDateTime::currentDateTimeUtc());
    m_router->withdrawFrom(agent);
    queueChanged();
}

bool ChatGateway::mayTakeChat(ChatPeer *agent, const Frame &frame)
{
    if (m_roster.allowsChats(agent->agentName()))
        return true;
    const std::optional<AgentRoster::Agent> known = m_roster.agent(agent->agentName());
    const QString state = agentStateCode(known ? known->state : AgentState::Offline);
    agent->sendError(
            ErrorCode::NotAvailable,
            u"your state is \"%1\", which does not allow chats; send the state \"available\" first"_qs.arg(state),
            frame.id);
    return false;
}

bool ChatGateway::refreshAvailability()
{
    QHash<QString, int> openChats;
    for (const LiveChat &chat : std::as_const(m_chats)) {
        if (chat.stored.state == ChatState::Active)
            ++openChats[chat.stored.agent];
    }
    m_roster.setOpenChats(openChats);
    return m_roster.anyEligible();
}

void ChatGateway::routeQueued(const QList<LiveChat *> &queued, const QJsonArray &entries)
{
    QList<ChatRouter::Waiting> waiting;
    for (qsizetype i = 0; i < queued.size(); ++i) {
        // A visitor who is away (a reload, a lost connection) is offered once they are back.
        if (queued.at(i)->visitor)
            waiting.append({queued.at(i)->stored.id, entries.at(i).toObject()});
    }
    m_router->route(waiting);
}

} // namespace ww::chat
