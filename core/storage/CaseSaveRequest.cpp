// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseSaveRequest.h"

#include "cases/CallerNumbers.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace ww {

namespace {

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue id(const QUuid &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(SqlValues::uuidText(value));
}

QDateTime timeFrom(const QJsonValue &value)
{
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

} // namespace

QByteArray CaseSaveRequest::toJson(const Case &c, const QString *draft)
{
    QJsonArray steps;
    for (const CaseStep &step : c.steps)
        steps.append(QJsonObject{{u"node"_qs, step.nodeId},
                                 {u"option"_qs, text(step.optionId)},
                                 {u"reached_at"_qs, time(step.reachedAt)}});
    QJsonArray referrals;
    for (const CaseReferral &r : c.referrals) {
        referrals.append(
                QJsonObject{{u"party"_qs, r.partyId},
                            {u"origin"_qs, r.origin == ReferralOrigin::Added ? u"added"_qs : u"suggested"_qs},
                            {u"decision"_qs, r.decision == ReferralDecision::Removed ? u"removed"_qs : u"confirmed"_qs},
                            {u"reason"_qs, text(r.reason)},
                            {u"reason_category"_qs, text(r.reasonCategory)},
                            {u"warm"_qs, r.warmHandover},
                            {u"decided_at"_qs, time(r.decidedAt)}});
    }
    QJsonArray notes;
    for (const CaseNote &note : c.notes) {
        // author and created_at count only for an import by the schema's owner; the database
        // fills them in for everyone else.
        notes.append(QJsonObject{{u"id"_qs, id(note.id)},
                                 {u"author"_qs, text(note.author)},
                                 {u"created_at"_qs, time(note.createdAt)},
                                 {u"body"_qs, note.body},
                                 {u"corrects"_qs, id(note.correctsNoteId)}});
    }
    QJsonArray events;
    for (const CaseEvent &event : c.events)
        events.append(
                QJsonObject{{u"at"_qs, time(event.at)}, {u"kind"_qs, event.kind}, {u"detail"_qs, text(event.detail)}});

    QJsonObject object{{u"id"_qs, id(c.id)},
                       {u"row_version"_qs, c.rowVersion},
                       {u"channel"_qs, channelCode(c.channel)},
                       {u"status"_qs, caseStatusCode(c.status)},
                       {u"owner"_qs, text(c.owner)},
                       {u"tree_identity"_qs, text(c.treeIdentity)},
                       {u"opened_at"_qs, time(c.openedAt)},
                       {u"contact_ended_at"_qs, time(c.contactEndedAt)},
                       {u"closed_at"_qs, time(c.closedAt)},
                       {u"updated_at"_qs, time(c.updatedAt)},
                       {u"hold_seconds"_qs, c.holdSeconds},
                       {u"caller_role"_qs, text(c.fields.callerRole)},
                       {u"school_type"_qs, text(c.fields.schoolType)},
                       {u"province"_qs, text(c.fields.province)},
                       {u"route_stage"_qs, text(c.fields.routeStage)},
                       {u"caller_language"_qs, text(c.fields.callerLanguage)},
                       {u"outcome_node"_qs, text(c.outcomeNodeId)},
                       {u"white_spot"_qs, c.whiteSpot},
                       {u"white_spot_reason"_qs, text(c.whiteSpotReason)},
                       {u"white_spot_category"_qs, text(c.whiteSpotCategory)},
                       {u"follow_up_date"_qs,
                        c.followUpDate.isValid() ? QJsonValue(c.followUpDate.toString(Qt::ISODate))
                                                 : QJsonValue(QJsonValue::Null)},
                       {u"follow_up_instruction"_qs, text(c.followUpInstruction)},
                       {u"themes"_qs, QJsonArray::fromStringList(c.fields.themes)},
                       {u"steps"_qs, steps},
                       {u"referrals"_qs, referrals},
                       {u"notes"_qs, notes},
                       {u"events"_qs, events}};
    if (draft)
        object.insert(u"draft"_qs, *draft);
    // Only when this program holds the case's number (or its absence): otherwise the stored one stays.
    if (const std::optional<CallerNumbers::Entry> number = CallerNumbers::instance().get(c.id)) {
        object.insert(u"caller_number"_qs, text(number->number));
        object.insert(u"caller_number_consent"_qs, number->consent);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

CaseSaveRequest::Answer CaseSaveRequest::parseAnswer(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject object = document.object();
    if (!document.isObject() || !object.value(u"row_version"_qs).isDouble())
        throw StorageError(QCoreApplication::translate("ww::CaseSaveRequest",
                                                       "the database answered a save with something unexpected"),
                           StorageError::Cause::Refused);
    Answer answer;
    answer.rowVersion = object.value(u"row_version"_qs).toInt();
    answer.saved.updatedAt = timeFrom(object.value(u"updated_at"_qs));
    answer.saved.closedAt = timeFrom(object.value(u"closed_at"_qs));
    for (const QJsonValue &value : object.value(u"notes"_qs).toArray()) {
        const QJsonObject note = value.toObject();
        answer.saved.notes.insert(QUuid::fromString(note.value(u"id"_qs).toString()),
                                  {note.value(u"author"_qs).toString(), timeFrom(note.value(u"created_at"_qs))});
    }
    return answer;
}

} // namespace ww
