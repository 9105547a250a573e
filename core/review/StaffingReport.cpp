// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/StaffingReport.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QTimeZone>

#include <algorithm>
#include <map>
#include <utility>

namespace ww {

using namespace SqlValues;

namespace {

const QTimeZone &dutchTime()
{
    static const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    return amsterdam;
}

QDate dutchDay(const QDateTime &at)
{
    return at.toTimeZone(dutchTime()).date();
}

std::optional<qint64> averageSeconds(qint64 totalMs, int count)
{
    if (count == 0)
        return std::nullopt;
    return (totalMs + count * 500) / (count * 1000);
}

const std::array<AgentState, 7> allStates{AgentState::Available, AgentState::OnCall, AgentState::InChat,
                                          AgentState::WrapUp,    AgentState::Break,  AgentState::OtherWork,
                                          AgentState::Offline};

} // namespace

qint64 StaffingAgentDay::seconds(AgentState state) const
{
    return (stateMs.at(std::size_t(state)) + 500) / 1000;
}

std::optional<qint64> StaffingAgentDay::averageHandlingSeconds() const
{
    return averageSeconds(handlingMsTotal, handlingCount);
}

std::optional<qint64> StaffingAgentDay::averageWrapUpSeconds() const
{
    return averageSeconds(wrapUpMsTotal, wrapUpCount);
}

StaffingReport StaffingReport::read(Database &database, const ReportPeriod &period, const QDateTime &now)
{
    const QVariantMap bindings{{u"from"_qs, period.startUtc()}, {u"to"_qs, period.endUtc()}};
    QList<StateChange> changes;
    QSqlQuery &states = database.run(u"staffing_states"_qs, bindings);
    while (states.next()) {
        // A code this program does not know (a newer desk's) is left out rather than guessed.
        if (const std::optional<AgentState> state = agentStateFromCode(states.value(1).toString()))
            changes.append({states.value(0).toString(), *state, timeFrom(states.value(2))});
    }
    states.finish();
    QList<Contact> contacts;
    QSqlQuery &cases = database.run(u"staffing_contacts"_qs, bindings);
    while (cases.next())
        contacts.append({cases.value(0).toString(), cases.value(1).toString(), timeFrom(cases.value(2)),
                         timeFrom(cases.value(3)), timeFrom(cases.value(4))});
    cases.finish();
    QList<Chat> chats;
    QSqlQuery &queue = database.run(u"staffing_chats"_qs, bindings);
    while (queue.next())
        chats.append({timeFrom(queue.value(0)), timeFrom(queue.value(1)), timeFrom(queue.value(2))});
    queue.finish();
    return compute(period, now, std::move(changes), contacts, chats);
}

StaffingReport StaffingReport::compute(const ReportPeriod &period, const QDateTime &now, QList<StateChange> changes,
                                       const QList<Contact> &contacts, const QList<Chat> &chats)
{
    StaffingReport report;
    report.m_period = period;
    const QDateTime start = period.startUtc();
    const QDateTime end = std::min(period.endUtc(), now.toUTC());
    std::map<std::pair<QString, QDate>, StaffingAgentDay> days;
    auto dayOf = [&days](const QString &agent, const QDate &day) -> StaffingAgentDay & {
        StaffingAgentDay &found = days[{agent, day}];
        found.agent = agent;
        found.day = day;
        return found;
    };

    std::stable_sort(changes.begin(), changes.end(), [](const StateChange &a, const StateChange &b) {
        return a.agent != b.agent ? a.agent < b.agent : a.at < b.at;
    });
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const StateChange &change = changes.at(i);
        const bool last = i + 1 == changes.size() || changes.at(i + 1).agent != change.agent;
        QDateTime from = std::max(change.at, start);
        const QDateTime to = std::min(last ? end : changes.at(i + 1).at, end);
        // Split at every Dutch midnight, so that a state across midnight counts on both days.
        while (from < to) {
            const QDate day = dutchDay(from);
            const QDateTime midnight = ReportPeriod::startOfDutchDay(day.addDays(1));
            const QDateTime stop = std::min(to, midnight);
            dayOf(change.agent, day).stateMs.at(std::size_t(change.state)) += from.msecsTo(stop);
            from = stop;
        }
    }

    for (const Contact &contact : contacts) {
        StaffingAgentDay &day = dayOf(contact.agent, dutchDay(contact.openedAt));
        (contact.channel == u"chat" ? day.chatContacts : day.phoneContacts) += 1;
        if (contact.contactEndedAt.isValid() && contact.contactEndedAt >= contact.openedAt) {
            day.handlingMsTotal += contact.openedAt.msecsTo(contact.contactEndedAt);
            ++day.handlingCount;
            if (contact.closedAt.isValid() && contact.closedAt >= contact.contactEndedAt) {
                day.wrapUpMsTotal += contact.contactEndedAt.msecsTo(contact.closedAt);
                ++day.wrapUpCount;
            }
        }
    }
    for (auto &[key, day] : days)
        report.m_agentDays.append(day);

    std::map<std::pair<QDate, int>, StaffingHour> hours;
    for (const Chat &chat : chats) {
        const QDateTime local = chat.openedAt.toTimeZone(dutchTime());
        StaffingHour &hour = hours[{local.date(), local.time().hour()}];
        hour.day = local.date();
        hour.hour = local.time().hour();
        ++hour.offered;
        if (chat.answeredAt.isValid()) {
            ++hour.answered;
            if (chat.openedAt.msecsTo(chat.answeredAt) <= AnswerTargetSeconds * 1000)
                ++hour.answeredWithinTarget;
        } else if (chat.endedAt.isValid()) {
            ++hour.abandoned;
        }
    }
    for (auto &[key, hour] : hours)
        report.m_hours.append(hour);
    return report;
}

void StaffingReport::writeCsv(QIODevice &device, CsvWriter::Separator separator) const
{
    CsvWriter csv(device, separator);
    csv.writeRow({u"table"_qs, u"day"_qs, u"hour"_qs, u"agent"_qs, u"measure"_qs, u"value"_qs});
    for (const StaffingAgentDay &day : m_agentDays) {
        const QString date = day.day.toString(Qt::ISODate);
        auto row = [&](const QString &measure, const QString &value) {
            csv.writeRow({u"agent-day"_qs, date, QString(), day.agent, measure, value});
        };
        for (AgentState state : allStates)
            row(u"seconds-"_qs + agentStateCode(state), QString::number(day.seconds(state)));
        row(u"contacts-phone"_qs, QString::number(day.phoneContacts));
        row(u"contacts-chat"_qs, QString::number(day.chatContacts));
        const std::optional<qint64> handling = day.averageHandlingSeconds();
        row(u"average-handling-seconds"_qs, handling ? QString::number(*handling) : QString());
        const std::optional<qint64> wrapUp = day.averageWrapUpSeconds();
        row(u"average-wrap-up-seconds"_qs, wrapUp ? QString::number(*wrapUp) : QString());
    }
    for (const StaffingHour &hour : m_hours) {
        const QString date = hour.day.toString(Qt::ISODate);
        const QString time = u"%1:00"_qs.arg(hour.hour, 2, 10, QLatin1Char('0'));
        auto row = [&](const QString &measure, int value) {
            csv.writeRow({u"chat-hour"_qs, date, time, QString(), measure, QString::number(value)});
        };
        row(u"chats-offered"_qs, hour.offered);
        row(u"chats-answered"_qs, hour.answered);
        row(u"chats-answered-within-60s"_qs, hour.answeredWithinTarget);
        row(u"chats-abandoned"_qs, hour.abandoned);
    }
}

} // namespace ww
