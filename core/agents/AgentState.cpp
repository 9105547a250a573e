// SPDX-License-Identifier: GPL-3.0-or-later
#include "agents/AgentState.h"

#include <array>
#include <utility>

namespace ww {

namespace {

const std::array<std::pair<AgentState, QString>, 7> codes{{
        {AgentState::Available, u"available"_qs},
        {AgentState::OnCall, u"on-call"_qs},
        {AgentState::InChat, u"in-chat"_qs},
        {AgentState::WrapUp, u"wrap-up"_qs},
        {AgentState::Break, u"break"_qs},
        {AgentState::OtherWork, u"other-work"_qs},
        {AgentState::Offline, u"offline"_qs},
}};

} // namespace

QString agentStateCode(AgentState state)
{
    for (const auto &[value, code] : codes) {
        if (value == state)
            return code;
    }
    return {};
}

std::optional<AgentState> agentStateFromCode(const QString &code)
{
    for (const auto &[value, name] : codes) {
        if (code == name)
            return value;
    }
    return std::nullopt;
}

} // namespace ww
