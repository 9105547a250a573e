// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseJson.h"

#include <QJsonArray>

namespace ww {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString uuidText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QJsonArray stringArray(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

QStringList stringsFrom(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings.append(item.toString());
    return strings;
}

} // namespace

QJsonObject CaseJson::toJson(const Case &c)
{
    QJsonArray steps;
    for (const CaseStep &step : c.steps)
        steps.append(QJsonObject{
                {u"node"_qs, step.nodeId}, {u"option"_qs, step.optionId}, {u"at"_qs, timeText(step.reachedAt)}});
    QJsonArray referrals;
    for (const CaseReferral &r : c.referrals)
        referrals.append(QJsonObject{{u"party"_qs, r.partyId},
                                     {u"added"_qs, r.origin == ReferralOrigin::Added},
                                     {u"removed"_qs, r.decision == ReferralDecision::Removed},
                                     {u"reason"_qs, r.reason},
                                     {u"reason_category"_qs, r.reasonCategory},
                                     {u"warm"_qs, r.warmHandover},
                                     {u"at"_qs, timeText(r.decidedAt)}});
    QJsonArray notes;
    for (const CaseNote &note : c.notes)
        notes.append(QJsonObject{{u"id"_qs, uuidText(note.id)},
                                 {u"author"_qs, note.author},
                                 {u"at"_qs, timeText(note.createdAt)},
                                 {u"body"_qs, note.body},
                                 {u"corrects"_qs, uuidText(note.correctsNoteId)}});
    QJsonArray events;
    for (const CaseEvent &event : c.events)
        events.append(
                QJsonObject{{u"at"_qs, timeText(event.at)}, {u"kind"_qs, event.kind}, {u"detail"_qs, event.detail}});
    return QJsonObject{
            {u"id"_qs, uuidText(c.id)},
            {u"channel"_qs, channelCode(c.channel)},
            {u"status"_qs, caseStatusCode(c.status)},
            {u"owner"_qs, c.owner},
            {u"tree"_qs, c.treeIdentity},
            {u"opened_at"_qs, timeText(c.openedAt)},
            {u"contact_ended_at"_qs, timeText(c.contactEndedAt)},
            {u"closed_at"_qs, timeText(c.closedAt)},
            {u"updated_at"_qs, timeText(c.updatedAt)},
            {u"hold_seconds"_qs, c.holdSeconds},
            {u"caller_role"_qs, c.fields.callerRole},
            {u"school_type"_qs, c.fields.schoolType},
            {u"themes"_qs, stringArray(c.fields.themes)},
            {u"province"_qs, c.fields.province},
            {u"route_stage"_qs, c.fields.routeStage},
            {u"caller_language"_qs, c.fields.callerLanguage},
            {u"steps"_qs, steps},
            {u"outcome"_qs, c.outcomeNodeId},
            {u"white_spot"_qs, c.whiteSpot},
            {u"white_spot_reason"_qs, c.whiteSpotReason},
            {u"white_spot_category"_qs, c.whiteSpotCategory},
            {u"referrals"_qs, referrals},
            {u"notes"_qs, notes},
            {u"events"_qs, events},
            {u"follow_up_date"_qs, c.followUpDate.isValid() ? c.followUpDate.toString(Qt::ISODate) : QString()},
            {u"follow_up_instruction"_qs, c.followUpInstruction},
            {u"row_version"_qs, c.rowVersion},
    };
}

std::optional<Case> CaseJson::fromJson(const QJsonObject &o)
{
    Case c;
    c.id = QUuid::fromString(o.value(u"id"_qs).toString());
    const std::optional<Channel> channel = channelFromCode(o.value(u"channel"_qs).toString());
    const std::optional<CaseStatus> status = caseStatusFromCode(o.value(u"status"_qs).toString());
    if (c.id.isNull() || !channel || !status || !o.value(u"row_version"_qs).isDouble())
        return std::nullopt;
    c.channel = *channel;
    c.status = *status;
    c.owner = o.value(u"owner"_qs).toString();
    c.treeIdentity = o.value(u"tree"_qs).toString();
    c.openedAt = timeFrom(o.value(u"opened_at"_qs));
    c.contactEndedAt = timeFrom(o.value(u"contact_ended_at"_qs));
    c.closedAt = timeFrom(o.value(u"closed_at"_qs));
    c.updatedAt = timeFrom(o.value(u"updated_at"_qs));
    c.holdSeconds = o.value(u"hold_seconds"_qs).toInteger();
    c.fields.callerRole = o.value(u"caller_role"_qs).toString();
    c.fields.schoolType = o.value(u"school_type"_qs).toString();
    c.fields.themes = stringsFrom(o.value(u"themes"_qs));
    c.fields.province = o.value(u"province"_qs).toString();
    c.fields.routeStage = o.value(u"route_stage"_qs).toString();
    c.fields.callerLanguage = o.value(u"caller_language"_qs).toString();
    for (const QJsonValue &value : o.value(u"steps"_qs).toArray()) {
        const QJsonObject step = value.toObject();
        c.steps.append({step.value(u"node"_qs).toString(), step.value(u"option"_qs).toString(),
                        timeFrom(step.value(u"at"_qs))});
    }
    c.outcomeNodeId = o.value(u"outcome"_qs).toString();
    c.whiteSpot = o.value(u"white_spot"_qs).toBool();
    c.whiteSpotReason = o.value(u"white_spot_reason"_qs).toString();
    c.whiteSpotCategory = o.value(u"white_spot_category"_qs).toString();
    for (const QJsonValue &value : o.value(u"referrals"_qs).toArray()) {
        const QJsonObject r = value.toObject();
        c.referrals.append({r.value(u"party"_qs).toString(),
                            r.value(u"added"_qs).toBool() ? ReferralOrigin::Added : ReferralOrigin::Suggested,
                            r.value(u"removed"_qs).toBool() ? ReferralDecision::Removed : ReferralDecision::Confirmed,
                            r.value(u"reason"_qs).toString(), r.value(u"warm"_qs).toBool(), timeFrom(r.value(u"at"_qs)),
                            r.value(u"reason_category"_qs).toString()});
    }
    for (const QJsonValue &value : o.value(u"notes"_qs).toArray()) {
        const QJsonObject n = value.toObject();
        const QString corrects = n.value(u"corrects"_qs).toString();
        c.notes.append({QUuid::fromString(n.value(u"id"_qs).toString()), n.value(u"author"_qs).toString(),
                        timeFrom(n.value(u"at"_qs)), n.value(u"body"_qs).toString(),
                        corrects.isEmpty() ? QUuid() : QUuid::fromString(corrects)});
    }
    for (const QJsonValue &value : o.value(u"events"_qs).toArray()) {
        const QJsonObject e = value.toObject();
        c.events.append(
                {timeFrom(e.value(u"at"_qs)), e.value(u"kind"_qs).toString(), e.value(u"detail"_qs).toString()});
    }
    const QString followUp = o.value(u"follow_up_date"_qs).toString();
    c.followUpDate = followUp.isEmpty() ? QDate() : QDate::fromString(followUp, Qt::ISODate);
    c.followUpInstruction = o.value(u"follow_up_instruction"_qs).toString();
    c.rowVersion = o.value(u"row_version"_qs).toInt();
    return c;
}

} // namespace ww
