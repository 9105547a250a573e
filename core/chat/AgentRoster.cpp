// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/AgentRoster.h"

#include <algorithm>

namespace ww::chat {

AgentRoster::AgentRoster(QObject *parent)
    : QObject(parent)
{ }

void AgentRoster::connectAgent(const QString &name, int maxChats, const QDateTime &now)
{
    Entry &entry = m_entries[name];
    entry.agent.name = name;
    entry.agent.maxChats = maxChats;
    const AgentState state = entry.chosen.value_or(AgentState::Available);
    if (!entry.agent.connected || entry.agent.state != state || !entry.agent.since.isValid())
        entry.agent.since = now;
    entry.agent.connected = true;
    entry.agent.state = state;
    emit changed(name);
}

void AgentRoster::disconnectAgent(const QString &name, const QDateTime &now)
{
    auto found = m_entries.find(name);
    if (found == m_entries.end() || !found->agent.connected)
        return;
    found->agent.connected = false;
    found->agent.state = AgentState::Offline;
    found->agent.since = now;
    emit changed(name);
}

bool AgentRoster::setState(const QString &name, AgentState state, const QDateTime &now)
{
    auto found = m_entries.find(name);
    if (found == m_entries.end() || !found->agent.connected)
        return false;
    found->chosen = state;
    if (found->agent.state == state)
        return false;
    found->agent.state = state;
    found->agent.since = now;
    emit changed(name);
    return true;
}

void AgentRoster::setOpenChats(const QHash<QString, int> &openChats)
{
    for (auto entry = m_entries.begin(); entry != m_entries.end(); ++entry) {
        const int count = openChats.value(entry.key());
        if (entry->agent.openChats != count) {
            entry->agent.openChats = count;
            emit changed(entry.key());
        }
    }
}

std::optional<AgentRoster::Agent> AgentRoster::agent(const QString &name) const
{
    const auto found = m_entries.constFind(name);
    if (found == m_entries.cend())
        return std::nullopt;
    return found->agent;
}

QList<AgentRoster::Agent> AgentRoster::agents() const
{
    QList<Agent> list;
    list.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        list.append(entry.agent);
    std::sort(list.begin(), list.end(), [](const Agent &a, const Agent &b) { return a.name < b.name; });
    return list;
}

bool AgentRoster::allowsChats(const QString &name) const
{
    const auto found = m_entries.constFind(name);
    return found != m_entries.cend() && found->agent.connected && mayReceiveChats(found->agent.state);
}

bool AgentRoster::isEligible(const Agent &agent)
{
    return agent.connected && mayReceiveChats(agent.state) && agent.openChats < agent.maxChats;
}

bool AgentRoster::anyEligible() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &entry) { return isEligible(entry.agent); });
}

QList<AgentRoster::Agent> AgentRoster::eligibleInOrder() const
{
    QList<Agent> list;
    for (const Entry &entry : m_entries) {
        if (isEligible(entry.agent))
            list.append(entry.agent);
    }
    std::sort(list.begin(), list.end(), [](const Agent &a, const Agent &b) {
        if (a.openChats != b.openChats)
            return a.openChats < b.openChats;
        if (a.since != b.since)
            return a.since < b.since;
        return a.name < b.name; // the same every time, for tests and for fairness between equals
    });
    return list;
}

} // namespace ww::chat
