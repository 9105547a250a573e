// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ww {

/// What an agent is doing now, as contact centres count it. The codes are the interface between the
/// desk, the chat gateway (the `state` frame), the database (`agent_state_changes.state`) and the
/// staffing report: they never change meaning.
enum class AgentState {
    Available, ///< free for a call or a chat
    OnCall,    ///< a phone case is open
    InChat,    ///< at least one chat, perhaps room for more (the gateway checks the chat limit)
    WrapUp,    ///< after-call work: the contact ended, the case is not yet closed
    Break,     ///< chosen by the agent
    OtherWork, ///< chosen by the agent (training, a meeting, a callback list)
    Offline,   ///< logged out, or the desk lost its connection
};

/// "available", "on-call", "in-chat", "wrap-up", "break", "other-work", "offline".
QString agentStateCode(AgentState state);
std::optional<AgentState> agentStateFromCode(const QString &code);

/// Whether the gateway may give this agent a new chat at all (the chat limit is checked apart).
constexpr bool mayReceiveChats(AgentState state)
{
    return state == AgentState::Available || state == AgentState::InChat;
}

} // namespace ww
