// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/AgentState.h"
#include "chat/ChatProtocol.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace ww::chat {

/// One agent as the gateway knows them, in plain data (from the gateway's connections, or an agent roster).
struct FloorAgent
{
    QString name;
    AgentState state = AgentState::Available;
    QDateTime since; ///< when the state began; invalid: not known (counted as now)
    int chats = 0;
    int maxChats = 0;
    bool supervisor = false;
};

/// One chat waiting in the queue.
struct FloorQueueEntry
{
    QUuid chat;
    QDateTime queuedAt;
    QString lang;
};

/// When the live view raises an alert.
struct FloorThresholds
{
    int wrapUpLimitSeconds = 180;    ///< the `settings` row `wrapup_limit_seconds`
    int waitingTooLongSeconds = 120; ///< the gateway's waiting-too-long time
};

struct FloorAlert
{
    enum class Kind { NobodyAvailable, WrapUpOver, ChatWaitingLong };
    Kind kind = Kind::NobodyAvailable;
    QString agent; ///< wrap-up-over
    QUuid chat;    ///< chat-waiting-long
    int seconds = 0;
    int waiting = 0; ///< nobody-available: chats waiting

    /// What the alert is about, without its seconds: the same alert in a later snapshot has the same key.
    QString key() const;
    bool operator==(const FloorAlert &other) const = default;
};

QString floorAlertCode(FloorAlert::Kind kind);
std::optional<FloorAlert::Kind> floorAlertFromCode(const QString &code);

/// The supervisors' live view of the floor (docs/chat-protocol.md, "Supervisors"): every agent with their
/// state and time in it, the queue with waiting times, and the alerts. Built from plain data by the
/// gateway (build, toFrame) and read back by the desk (fromFrame), so both share one definition.
struct FloorSnapshot
{
    struct Agent
    {
        QString name;
        QString state; ///< an AgentState code; a code this version does not know is kept as it came
        int sinceSeconds = 0;
        int chats = 0;
        int maxChats = 0;
        bool supervisor = false;
        bool operator==(const Agent &other) const = default;
    };
    struct Queued
    {
        QUuid chat;
        int waitingSeconds = 0;
        QString lang;
        bool operator==(const Queued &other) const = default;
    };

    QList<Agent> agents; ///< by name
    QList<Queued> queue; ///< oldest first
    QList<FloorAlert> alerts;
    FloorThresholds thresholds;

    /// The snapshot at \a now, alerts included.
    static FloorSnapshot build(QList<FloorAgent> agents, QList<FloorQueueEntry> queue,
                               const FloorThresholds &thresholds, const QDateTime &now);
    /// The `floor` frame's fields.
    QJsonObject toFields() const;
    /// Reads a `floor` frame from the gateway; a frame that is not one gives nothing and \a error says where.
    static std::optional<FloorSnapshot> fromFrame(const QJsonObject &frame, QString *error = nullptr);
    /// Whether the alerts differ in what they are about (not in their seconds).
    bool sameAlerts(const FloorSnapshot &other) const;
    /// Agents who may get a chat now: in a state for chats, connected, below their limit.
    int availableAgents() const;
};

} // namespace ww::chat
