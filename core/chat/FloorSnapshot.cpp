// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/FloorSnapshot.h"

#include <QJsonArray>

#include <algorithm>
#include <array>

namespace ww::chat {

namespace {

constexpr std::array<std::pair<FloorAlert::Kind, const char16_t *>, 3> alertCodes{{
        {FloorAlert::Kind::NobodyAvailable, u"nobody-available"},
        {FloorAlert::Kind::WrapUpOver, u"wrap-up-over"},
        {FloorAlert::Kind::ChatWaitingLong, u"chat-waiting-long"},
}};

// What a desk accepts from a gateway: far above any helpdesk, small enough that a broken or hostile
// gateway cannot make the desk build a table of millions of rows.
constexpr qsizetype maxAgents = 2000;
constexpr qsizetype maxQueue = 20000;
constexpr qsizetype maxAlerts = maxAgents + maxQueue + 1;
constexpr qsizetype maxNameChars = 64;
constexpr int maxSeconds = 366 * 24 * 3600;

qint64 secondsBetween(const QDateTime &from, const QDateTime &to)
{
    return from.isValid() ? std::max<qint64>(0, from.secsTo(to)) : 0;
}

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

/// A count or number of seconds from the frame: a whole number in range, else nothing.
std::optional<int> countOf(const QJsonObject &object, const QString &field, int max = maxSeconds)
{
    const QJsonValue value = object.value(field);
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number < 0 || number > max || number != static_cast<double>(static_cast<int>(number)))
        return std::nullopt;
    return static_cast<int>(number);
}

std::optional<QString> textOf(const QJsonObject &object, const QString &field, qsizetype maxChars)
{
    const QJsonValue value = object.value(field);
    if (!value.isString() || value.toString().size() > maxChars)
        return std::nullopt;
    return value.toString();
}

std::nullopt_t fail(QString *error, const QString &what)
{
    if (error)
        *error = what;
    return std::nullopt;
}

} // namespace

QString FloorAlert::key() const
{
    return floorAlertCode(kind) + u':' + agent + u':' + uuidText(chat);
}

QString floorAlertCode(FloorAlert::Kind kind)
{
    for (const auto &[value, code] : alertCodes) {
        if (value == kind)
            return QString::fromUtf16(code);
    }
    return {};
}

std::optional<FloorAlert::Kind> floorAlertFromCode(const QString &code)
{
    for (const auto &[value, name] : alertCodes) {
        if (code == QStringView(name))
            return value;
    }
    return std::nullopt;
}

FloorSnapshot FloorSnapshot::build(QList<FloorAgent> agents, QList<FloorQueueEntry> queue,
                                   const FloorThresholds &thresholds, const QDateTime &now)
{
    FloorSnapshot snapshot;
    snapshot.thresholds = thresholds;
    std::sort(agents.begin(), agents.end(), [](const FloorAgent &a, const FloorAgent &b) { return a.name < b.name; });
    std::stable_sort(queue.begin(), queue.end(),
                     [](const FloorQueueEntry &a, const FloorQueueEntry &b) { return a.queuedAt < b.queuedAt; });
    QList<FloorAlert> wrapUps;
    for (const FloorAgent &agent : std::as_const(agents)) {
        const int seconds = static_cast<int>(std::min<qint64>(maxSeconds, secondsBetween(agent.since, now)));
        snapshot.agents.append(
                {agent.name, agentStateCode(agent.state), seconds, agent.chats, agent.maxChats, agent.supervisor});
        if (agent.state == AgentState::WrapUp && seconds > thresholds.wrapUpLimitSeconds)
            wrapUps.append({FloorAlert::Kind::WrapUpOver, agent.name, {}, seconds, 0});
    }
    QList<FloorAlert> waitingLong;
    for (const FloorQueueEntry &entry : std::as_const(queue)) {
        const int seconds = static_cast<int>(std::min<qint64>(maxSeconds, secondsBetween(entry.queuedAt, now)));
        snapshot.queue.append({entry.chat, seconds, entry.lang});
        if (seconds >= thresholds.waitingTooLongSeconds)
            waitingLong.append({FloorAlert::Kind::ChatWaitingLong, {}, entry.chat, seconds, 0});
    }
    // The most urgent first: chats that nobody can take, then what has run over longest.
    if (!snapshot.queue.isEmpty() && snapshot.availableAgents() == 0)
        snapshot.alerts.append({FloorAlert::Kind::NobodyAvailable, {}, {}, 0, static_cast<int>(snapshot.queue.size())});
    const auto longestFirst = [](const FloorAlert &a, const FloorAlert &b) { return a.seconds > b.seconds; };
    std::stable_sort(wrapUps.begin(), wrapUps.end(), longestFirst);
    snapshot.alerts.append(wrapUps);
    snapshot.alerts.append(waitingLong); // oldest first already
    return snapshot;
}

int FloorSnapshot::availableAgents() const
{
    return static_cast<int>(std::count_if(agents.cbegin(), agents.cend(), [](const Agent &agent) {
        const std::optional<AgentState> state = agentStateFromCode(agent.state);
        return state && mayReceiveChats(*state) && agent.chats < agent.maxChats;
    }));
}

QJsonObject FloorSnapshot::toFields() const
{
    QJsonArray agentList;
    for (const Agent &agent : agents) {
        QJsonObject entry{{u"agent"_qs, agent.name},
                          {u"state"_qs, agent.state},
                          {u"sinceSeconds"_qs, agent.sinceSeconds},
                          {u"chats"_qs, agent.chats},
                          {u"maxChats"_qs, agent.maxChats}};
        if (agent.supervisor)
            entry.insert(u"supervisor"_qs, true);
        agentList.append(entry);
    }
    QJsonArray queueList;
    for (const Queued &entry : queue) {
        queueList.append(QJsonObject{{u"chat"_qs, uuidText(entry.chat)},
                                     {u"waitingSeconds"_qs, entry.waitingSeconds},
                                     {u"lang"_qs, entry.lang}});
    }
    QJsonArray alertList;
    for (const FloorAlert &alert : alerts) {
        QJsonObject entry{{u"kind"_qs, floorAlertCode(alert.kind)}};
        switch (alert.kind) {
        case FloorAlert::Kind::NobodyAvailable:
            entry.insert(u"waiting"_qs, alert.waiting);
            break;
        case FloorAlert::Kind::WrapUpOver:
            entry.insert(u"agent"_qs, alert.agent);
            entry.insert(u"seconds"_qs, alert.seconds);
            break;
        case FloorAlert::Kind::ChatWaitingLong:
            entry.insert(u"chat"_qs, uuidText(alert.chat));
            entry.insert(u"seconds"_qs, alert.seconds);
            break;
        }
        alertList.append(entry);
    }
    return {{u"agents"_qs, agentList},
            {u"queue"_qs, queueList},
            {u"alerts"_qs, alertList},
            {u"wrapUpLimitSeconds"_qs, thresholds.wrapUpLimitSeconds},
            {u"waitingTooLongSeconds"_qs, thresholds.waitingTooLongSeconds}};
}

std::optional<FloorSnapshot> FloorSnapshot::fromFrame(const QJsonObject &frame, QString *error)
{
    FloorSnapshot snapshot;
    const QJsonValue agents = frame.value(u"agents");
    const QJsonValue queue = frame.value(u"queue");
    const QJsonValue alerts = frame.value(u"alerts");
    if (!agents.isArray() || agents.toArray().size() > maxAgents)
        return fail(error, u"\"agents\" must be an array of at most %1"_qs.arg(maxAgents));
    if (!queue.isArray() || queue.toArray().size() > maxQueue)
        return fail(error, u"\"queue\" must be an array of at most %1"_qs.arg(maxQueue));
    if (!alerts.isArray() || alerts.toArray().size() > maxAlerts)
        return fail(error, u"\"alerts\" must be an array of at most %1"_qs.arg(maxAlerts));
    snapshot.thresholds.wrapUpLimitSeconds = countOf(frame, u"wrapUpLimitSeconds"_qs).value_or(180);
    snapshot.thresholds.waitingTooLongSeconds = countOf(frame, u"waitingTooLongSeconds"_qs).value_or(120);

    const QJsonArray agentList = agents.toArray();
    for (qsizetype i = 0; i < agentList.size(); ++i) {
        const QJsonObject entry = agentList.at(i).toObject();
        const auto name = textOf(entry, u"agent"_qs, maxNameChars);
        const auto state = textOf(entry, u"state"_qs, 32);
        const auto since = countOf(entry, u"sinceSeconds"_qs);
        const auto chats = countOf(entry, u"chats"_qs, 1000);
        const auto maxChats = countOf(entry, u"maxChats"_qs, 1000);
        if (!name || name->isEmpty() || !state || !since || !chats || !maxChats)
            return fail(error, u"agents[%1] needs agent, state, sinceSeconds, chats and maxChats"_qs.arg(i));
        snapshot.agents.append({*name, *state, *since, *chats, *maxChats, entry.value(u"supervisor").toBool()});
    }
    const QJsonArray queueList = queue.toArray();
    for (qsizetype i = 0; i < queueList.size(); ++i) {
        const QJsonObject entry = queueList.at(i).toObject();
        const QUuid chat = QUuid::fromString(entry.value(u"chat").toString());
        const auto waiting = countOf(entry, u"waitingSeconds"_qs);
        const auto lang = textOf(entry, u"lang"_qs, 8);
        if (chat.isNull() || !waiting || !lang)
            return fail(error, u"queue[%1] needs chat, waitingSeconds and lang"_qs.arg(i));
        snapshot.queue.append({chat, *waiting, *lang});
    }
    const QJsonArray alertList = alerts.toArray();
    for (qsizetype i = 0; i < alertList.size(); ++i) {
        const QJsonObject entry = alertList.at(i).toObject();
        const std::optional<FloorAlert::Kind> kind = floorAlertFromCode(entry.value(u"kind").toString());
        if (!kind)
            continue; // an alert of a later version: the desk shows the ones it knows
        FloorAlert alert;
        alert.kind = *kind;
        alert.seconds = countOf(entry, u"seconds"_qs).value_or(0);
        alert.waiting = countOf(entry, u"waiting"_qs, static_cast<int>(maxQueue)).value_or(0);
        alert.agent = textOf(entry, u"agent"_qs, maxNameChars).value_or(QString());
        alert.chat = QUuid::fromString(entry.value(u"chat").toString());
        if ((alert.kind == FloorAlert::Kind::WrapUpOver && alert.agent.isEmpty())
            || (alert.kind == FloorAlert::Kind::ChatWaitingLong && alert.chat.isNull()))
            return fail(error, u"alerts[%1] names no agent or chat"_qs.arg(i));
        snapshot.alerts.append(alert);
    }
    return snapshot;
}

bool FloorSnapshot::sameAlerts(const FloorSnapshot &other) const
{
    if (alerts.size() != other.alerts.size())
        return false;
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        if (alerts.at(i).key() != other.alerts.at(i).key() || alerts.at(i).waiting != other.alerts.at(i).waiting)
            return false;
    }
    return true;
}

} // namespace ww::chat
