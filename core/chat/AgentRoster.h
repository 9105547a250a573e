// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/AgentState.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace ww::chat {

/// The gateway's view of its agents: who is connected, the state each one told (docs/chat-protocol.md,
/// the `state` frame), since when (gateway time), how many chats each has and may have. Routing reads it
/// to choose who gets a chat; the supervisors' live view reads it to show the floor.
class AgentRoster : public QObject
{
    Q_OBJECT

public:
    struct Agent
    {
        QString name;
        AgentState state = AgentState::Available;
        QDateTime since; ///< UTC, when the gateway learnt this state
        int openChats = 0;
        int maxChats = 0;
        bool connected = false;
    };

    explicit AgentRoster(QObject *parent = nullptr);

    /// The agent logged in. A new agent counts as available until they say otherwise (desks that do not send
    /// states keep working); one who comes back gets the state they last chose.
    void connectAgent(const QString &name, int maxChats, const QDateTime &now);
    /// The connection is gone: the agent is offline until they log in again.
    void disconnectAgent(const QString &name, const QDateTime &now);
    /// The agent told a state. The time in a state runs on when the same state is told again. Returns
    /// whether the state changed; unknown (not connected) agents are ignored.
    bool setState(const QString &name, AgentState state, const QDateTime &now);
    /// Everyone's open chats; agents not named have none.
    void setOpenChats(const QHash<QString, int> &openChats);

    std::optional<Agent> agent(const QString &name) const;
    /// Every agent the gateway has seen since it started, by name.
    QList<Agent> agents() const;
    /// Connected, and in a state that allows chats (the chat limit apart).
    bool allowsChats(const QString &name) const;
    /// Connected, in a state that allows chats, and below the chat limit.
    static bool isEligible(const Agent &agent);
    bool anyEligible() const;
    /// The eligible agents in the order chats go to them: fewest open chats first, then the longest in
    /// their current state.
    QList<Agent> eligibleInOrder() const;

signals:
    /// An agent's state, connection or open chats changed.
    void changed(const QString &name);

private:
    struct Entry
    {
        Agent agent;
        std::optional<AgentState> chosen; ///< the last state the agent told, kept while offline
    };
    QHash<QString, Entry> m_entries;
};

} // namespace ww::chat
