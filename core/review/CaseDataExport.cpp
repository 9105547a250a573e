// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseDataExport.h"

#include "cases/CallerNumbers.h"
#include "review/CaseTimeline.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ww {

namespace {

/// The caller's number as the case store read it with the case (kept beside it: CallerNumbers).
QString callerNumberOf(const Case &c)
{
    const std::optional<CallerNumbers::Entry> number = CallerNumbers::instance().get(c.id);
    return number ? number->number : QString();
}

QJsonValue time(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonObject caseObject(const Case &c)
{
    QJsonArray steps;
    for (const CaseStep &step : c.steps)
        steps.append(QJsonObject{{u"node"_qs, step.nodeId},
                                 {u"option"_qs, text(step.optionId)},
                                 {u"reachedAt"_qs, time(step.reachedAt)}});
    QJsonArray notes;
    for (const CaseNote &note : c.notes)
        notes.append(QJsonObject{{u"id"_qs, note.id.toString(QUuid::WithoutBraces)},
                                 {u"author"_qs, note.author},
                                 {u"createdAt"_qs, time(note.createdAt)},
                                 {u"body"_qs, note.body},
                                 {u"corrects"_qs,
                                  note.correctsNoteId.isNull()
                                          ? QJsonValue()
                                          : QJsonValue(note.correctsNoteId.toString(QUuid::WithoutBraces))}});
    QJsonArray referrals;
    for (const CaseReferral &r : c.referrals)
        referrals.append(
                QJsonObject{{u"party"_qs, r.partyId},
                            {u"origin"_qs, r.origin == ReferralOrigin::Added ? u"added"_qs : u"suggested"_qs},
                            {u"decision"_qs, r.decision == ReferralDecision::Removed ? u"removed"_qs : u"confirmed"_qs},
                            {u"reason"_qs, text(r.reason)},
                            {u"warmHandover"_qs, r.warmHandover},
                            {u"decidedAt"_qs, time(r.decidedAt)}});
    QJsonArray events;
    for (const CaseEvent &e : c.events)
        events.append(QJsonObject{{u"at"_qs, time(e.at)}, {u"kind"_qs, e.kind}, {u"detail"_qs, text(e.detail)}});
    return QJsonObject{
            {u"id"_qs, c.id.toString(QUuid::WithoutBraces)},
            {u"channel"_qs, channelCode(c.channel)},
            {u"status"_qs, caseStatusCode(c.status)},
            {u"owner"_qs, c.owner},
            {u"treeIdentity"_qs, c.treeIdentity},
            {u"openedAt"_qs, time(c.openedAt)},
            {u"contactEndedAt"_qs, time(c.contactEndedAt)},
            {u"closedAt"_qs, time(c.closedAt)},
            {u"updatedAt"_qs, time(c.updatedAt)},
            {u"holdSeconds"_qs, c.holdSeconds},
            {u"callerRole"_qs, text(c.fields.callerRole)},
            {u"schoolType"_qs, text(c.fields.schoolType)},
            {u"themes"_qs, QJsonArray::fromStringList(c.fields.themes)},
            {u"province"_qs, text(c.fields.province)},
            {u"routeStage"_qs, text(c.fields.routeStage)},
            {u"callerLanguage"_qs, text(c.fields.callerLanguage)},
            {u"callerNumber"_qs, text(callerNumberOf(c))},
            {u"outcomeNode"_qs, text(c.outcomeNodeId)},
            {u"whiteSpot"_qs, c.whiteSpot},
            {u"whiteSpotReason"_qs, text(c.whiteSpotReason)},
            {u"followUpDate"_qs,
             c.followUpDate.isValid() ? QJsonValue(c.followUpDate.toString(Qt::ISODate)) : QJsonValue()},
            {u"followUpInstruction"_qs, text(c.followUpInstruction)},
            {u"steps"_qs, steps},
            {u"notes"_qs, notes},
            {u"referrals"_qs, referrals},
            {u"events"_qs, events},
    };
}

QString kindLabel(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::Step:
        return CaseDataExport::tr("tree step");
    case TimelineEntry::Kind::Note:
        return CaseDataExport::tr("note");
    case TimelineEntry::Kind::Referral:
        return CaseDataExport::tr("referral");
    case TimelineEntry::Kind::Event:
        return CaseDataExport::tr("state change");
    case TimelineEntry::Kind::Handover:
        return CaseDataExport::tr("hand-over");
    case TimelineEntry::Kind::Message:
        return CaseDataExport::tr("chat message");
    case TimelineEntry::Kind::Review:
        return CaseDataExport::tr("review");
    case TimelineEntry::Kind::Audit:
        return CaseDataExport::tr("access");
    }
    return {};
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><th align=\"left\">"_qs + label.toHtmlEscaped() + u"</th><td>"_qs + value.toHtmlEscaped()
            + u"</td></tr>"_qs;
}

} // namespace

QJsonDocument CaseDataExport::json(const CaseRecord &record, const QDateTime &exportedAt)
{
    QJsonArray handovers;
    for (const CaseHandover &h : record.handovers)
        handovers.append(QJsonObject{
                {u"from"_qs, h.from}, {u"to"_qs, h.to}, {u"note"_qs, h.note}, {u"handedAt"_qs, time(h.at)}});
    QJsonArray transcript;
    for (const CaseChatMessage &m : record.transcript)
        transcript.append(QJsonObject{{u"seq"_qs, m.seq},
                                      {u"from"_qs, m.sender},
                                      {u"author"_qs, text(m.author)},
                                      {u"text"_qs, m.body},
                                      {u"at"_qs, time(m.at)}});
    QJsonArray reviews;
    for (const CaseReview &r : record.reviews)
        reviews.append(QJsonObject{{u"reviewer"_qs, r.reviewer},
                                   {u"reviewedAt"_qs, time(r.reviewedAt)},
                                   {u"comment"_qs, r.comment},
                                   {u"score"_qs, r.score > 0 ? QJsonValue(r.score) : QJsonValue()},
                                   {u"flagged"_qs, r.flagged}});
    QJsonArray audit;
    for (const AuditEntry &a : record.audit)
        audit.append(QJsonObject{{u"at"_qs, time(a.at)},
                                 {u"actor"_qs, a.actor},
                                 {u"action"_qs, a.action},
                                 {u"detail"_qs, text(a.detail)}});
    return QJsonDocument(QJsonObject{{u"format"_qs, u"wegwijzer-case-export"_qs},
                                     {u"formatVersion"_qs, 1},
                                     {u"exportedAt"_qs, time(exportedAt)},
                                     {u"case"_qs, caseObject(record.caseData)},
                                     {u"draft"_qs, text(record.draft)},
                                     {u"handovers"_qs, handovers},
                                     {u"transcript"_qs, transcript},
                                     {u"reviews"_qs, reviews},
                                     {u"audit"_qs, audit}});
}

QString CaseDataExport::html(const CaseRecord &record, const QDateTime &exportedAt)
{
    const Case &c = record.caseData;
    QString html = u"<html><body><h1>"_qs
            + tr("Everything stored about case %1").arg(c.id.toString(QUuid::WithoutBraces)).toHtmlEscaped()
            + u"</h1><p>"_qs + tr("Exported at %1 (UTC).").arg(exportedAt.toUTC().toString(Qt::ISODate)).toHtmlEscaped()
            + u"</p><table cellspacing=\"0\" cellpadding=\"3\">"_qs;
    html += row(tr("Channel"), channelCode(c.channel));
    html += row(tr("Status"), caseStatusCode(c.status));
    html += row(tr("Agent"), c.owner);
    html += row(tr("Tree"), c.treeIdentity);
    html += row(tr("Opened"), c.openedAt.toString(Qt::ISODate));
    html += row(tr("Contact ended"), c.contactEndedAt.toString(Qt::ISODate));
    html += row(tr("Closed"), c.closedAt.toString(Qt::ISODate));
    html += row(tr("Seconds on hold"), QString::number(c.holdSeconds));
    html += row(tr("Caller"), c.fields.callerRole);
    html += row(tr("School type"), c.fields.schoolType);
    html += row(tr("Themes"), c.fields.themes.join(u", "_qs));
    html += row(tr("Province"), c.fields.province);
    html += row(tr("Route stage"), c.fields.routeStage);
    html += row(tr("Caller's language"), c.fields.callerLanguage);
    html += row(tr("Caller's phone number"), callerNumberOf(c));
    html += row(tr("Outcome"), c.outcomeNodeId);
    html += row(tr("White spot"), c.whiteSpot ? tr("yes") + u": "_qs + c.whiteSpotReason : tr("no"));
    html += row(tr("Follow-up"), c.followUpDate.toString(Qt::ISODate) + u' ' + c.followUpInstruction);
    html += row(tr("Unsaved note"), record.draft);
    html += u"</table><h2>"_qs + tr("History").toHtmlEscaped()
            + u"</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>"_qs + tr("When").toHtmlEscaped()
            + u"</th><th>"_qs + tr("What").toHtmlEscaped() + u"</th><th>"_qs + tr("Who").toHtmlEscaped()
            + u"</th><th>"_qs + tr("Details").toHtmlEscaped() + u"</th></tr>"_qs;
    for (const TimelineEntry &entry : CaseTimeline::entries(record)) {
        QStringList details{entry.subject, entry.extra, entry.text};
        details.removeAll(QString());
        html += u"<tr><td>"_qs + entry.at.toString(Qt::ISODate).toHtmlEscaped() + u"</td><td>"_qs
                + kindLabel(entry.kind).toHtmlEscaped() + u"</td><td>"_qs + entry.actor.toHtmlEscaped()
                + u"</td><td>"_qs + details.join(u" — "_qs).toHtmlEscaped()
                + (entry.flagged ? u" ("_qs + tr("flagged for the expertise network").toHtmlEscaped() + u')'
                                 : QString())
                + u"</td></tr>"_qs;
    }
    html += u"</table></body></html>"_qs;
    return html;
}

} // namespace ww
