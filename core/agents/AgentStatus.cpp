// SPDX-License-Identifier: GPL-3.0-or-later
#include "agents/AgentStatus.h"

#include <algorithm>

namespace ww {

AgentStatus::AgentStatus(Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_since(now())
{ }

QDateTime AgentStatus::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

qint64 AgentStatus::secondsInState() const
{
    return std::max<qint64>(0, m_since.secsTo(now()));
}

void AgentStatus::setPhoneCase(PhoneCase phoneCase)
{
    // Opening a call ends a break: the agent took a call, and the state must say so.
    if (phoneCase == PhoneCase::InContact && m_phoneCase != PhoneCase::InContact)
        m_chosen.reset();
    m_phoneCase = phoneCase;
    update();
}

bool AgentStatus::choose(AgentState state)
{
    const bool chosen = state == AgentState::Break || state == AgentState::OtherWork;
    if (chosen && m_phoneCase == PhoneCase::InContact)
        return false;
    if (chosen)
        m_chosen = state;
    else
        m_chosen.reset();
    update();
    return true;
}

bool AgentStatus::toggleBreak()
{
    return choose(m_chosen == AgentState::Break ? AgentState::Available : AgentState::Break);
}

void AgentStatus::setOffline(bool offline)
{
    m_offline = offline;
    update();
}

void AgentStatus::setOpenChats(int count)
{
    m_openChats = std::max(0, count);
    update();
}

void AgentStatus::setWrapUpLimitSeconds(int seconds)
{
    m_wrapUpLimit = seconds > 0 ? seconds : DefaultWrapUpLimitSeconds;
    check();
}

void AgentStatus::check()
{
    if (m_state != AgentState::WrapUp || m_wrapUpOver || secondsInState() < m_wrapUpLimit)
        return;
    m_wrapUpOver = true;
    emit wrapUpOverrun();
}

void AgentStatus::update()
{
    AgentState next = AgentState::Available;
    if (m_offline)
        next = AgentState::Offline;
    else if (m_chosen)
        next = *m_chosen;
    else if (m_phoneCase == PhoneCase::InContact)
        next = AgentState::OnCall;
    else if (m_phoneCase == PhoneCase::WrapUp)
        next = AgentState::WrapUp;
    else if (m_openChats > 0)
        next = AgentState::InChat;
    if (next == m_state)
        return;
    m_state = next;
    m_since = now();
    m_wrapUpOver = false;
    emit changed(m_state, m_since);
}

} // namespace ww
