// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlCaseStore.h"

#include "cases/CallerNumbers.h"
#include "storage/CaseSaveRequest.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/StaleCaseError.h"
#include "storage/StorageError.h"
#include "tree/DecisionTree.h"

#include <QCoreApplication>

namespace ww {

using namespace SqlValues;

namespace {

CaseSummary summaryFrom(const QSqlQuery &query)
{
    CaseSummary summary;
    summary.id = QUuid::fromString(query.value(0).toString());
    summary.channel = channelFromCode(query.value(1).toString()).value_or(Channel::Phone);
    summary.status = caseStatusFromCode(query.value(2).toString()).value_or(CaseStatus::Active);
    summary.openedAt = timeFrom(query.value(3));
    summary.updatedAt = timeFrom(query.value(4));
    summary.followUpDate = dateFrom(query.value(5));
    summary.followUpInstruction = query.value(6).toString();
    summary.callerRole = query.value(7).toString();
    summary.outcomeNodeId = query.value(8).toString();
    summary.handedOverBy = query.value(9).toString();
    summary.handoverNote = query.value(10).toString();
    return summary;
}

/// An empty text as an empty text: a null QString would be bound as SQL NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QString(u""_qs) : text;
}

/// The case's themes as the case log shows and sorts them: codes in order, comma-separated
/// (the same as migration 006 computes for older cases).
QString themesKey(const Case &c)
{
    QStringList themes = c.fields.themes;
    themes.sort();
    themes.removeDuplicates();
    return notNull(themes.join(u','));
}

/// The confirmed parties in the order the agent gave them, comma-separated.
QString partiesKey(const Case &c)
{
    QStringList parties;
    for (const CaseReferral &referral : c.referrals) {
        if (referral.decision == ReferralDecision::Confirmed)
            parties.append(referral.partyId);
    }
    return notNull(parties.join(u','));
}

} // namespace

SqlCaseStore::SqlCaseStore(Database &database)
    : m_database(database)
{ }

void SqlCaseStore::storeTree(const DecisionTree &tree)
{
    m_database.run(u"tree_insert"_qs,
                   {{u"identity"_qs, tree.identity()},
                    {u"version"_qs, tree.version()},
                    {u"content"_qs, QString::fromUtf8(tree.canonicalContent())},
                    {u"stored_at"_qs, QDateTime::currentDateTimeUtc()}});
}

QByteArray SqlCaseStore::treeContent(const QString &identity)
{
    QSqlQuery &query = m_database.run(u"tree_select"_qs, {{u"identity"_qs, identity}});
    const QByteArray content = query.next() ? query.value(0).toString().toUtf8() : QByteArray();
    query.finish();
    return content;
}

int SqlCaseStore::saveCase(const Case &caseData, SavedCase *saved, const QString *draft)
{
    int version = 0;
    if (m_database.dialect() == SqlDialect::PostgreSql) {
        // One statement that is its own transaction: one round trip, where BEGIN and COMMIT would
        // make three. It saves the notes of a stale case too.
        version = writeCase(caseData, Write::Update, saved, draft);
    } else {
        Database::Transaction transaction(m_database);
        version = writeCase(caseData, Write::Update, saved, draft);
        if (version > 0)
            transaction.commit();
    }
    if (version == 0) {
        if (m_database.dialect() == SqlDialect::Sqlite) {
            // Notes never conflict: they are only ever added, each under its own id.
            Database::Transaction transaction(m_database);
            writeNotes(caseData);
            transaction.commit();
        }
        throw StaleCaseError(caseData.id);
    }
    return version;
}

int SqlCaseStore::writeCase(const Case &c, Write mode, SavedCase *saved, const QString *draft)
{
    if (m_database.dialect() == SqlDialect::PostgreSql)
        return writeCaseInOneCall(c, saved, draft);
    const int version = writeCaseStatements(c, mode, saved);
    if (version > 0 && draft) {
        if (draft->isEmpty())
            clearDraft(c.id);
        else
            saveDraft(c.id, *draft, QDateTime::currentDateTimeUtc());
    }
    return version;
}

int SqlCaseStore::writeCaseInOneCall(const Case &c, SavedCase *saved, const QString *draft)
{
    // One round trip: the case, its notes and the draft in one definer call (migration 008).
    QSqlQuery &query
            = m_database.run(u"case_save"_qs, {{u"case"_qs, QString::fromUtf8(CaseSaveRequest::toJson(c, draft))}});
    const QByteArray answerJson = query.next() ? query.value(0).toString().toUtf8() : QByteArray();
    query.finish();
    const CaseSaveRequest::Answer answer = CaseSaveRequest::parseAnswer(answerJson);
    if (saved)
        *saved = answer.saved;
    return answer.rowVersion;
}

int SqlCaseStore::writeCaseStatements(const Case &c, Write mode, SavedCase *saved)
{
    // PostgreSQL's ww_save_case refuses this itself; here the store does, before anything is written.
    for (const CaseReferral &referral : c.referrals) {
        if (referral.differsFromSuggestion() && referral.reason.trimmed().isEmpty())
            throw StorageError(
                    QCoreApplication::translate("ww::SqlCaseStore", "adding or removing the party %1 needs a reason")
                            .arg(referral.partyId),
                    StorageError::Cause::Refused);
    }
    const QString id = uuidText(c.id);
    const bool isNew = c.rowVersion == 0;
    // Kept beside the case (CallerNumbers); without an entry the stored number stays as it is.
    const std::optional<CallerNumbers::Entry> number = CallerNumbers::instance().get(c.id);
    QSqlQuery &header = m_database.run(isNew ? u"case_insert"_qs : u"case_update"_qs,
                                       {{u"id"_qs, id},
                                        {u"channel"_qs, channelCode(c.channel)},
                                        {u"status"_qs, caseStatusCode(c.status)},
                                        {u"owner"_qs, c.owner},
                                        {u"tree_identity"_qs, c.treeIdentity},
                                        {u"opened_at"_qs, c.openedAt},
                                        {u"contact_ended_at"_qs, nullable(c.contactEndedAt)},
                                        {u"closed_at"_qs, nullable(c.closedAt)},
                                        {u"updated_at"_qs, c.updatedAt.isValid() ? c.updatedAt : c.openedAt},
                                        {u"hold_seconds"_qs, c.holdSeconds},
                                        {u"caller_role"_qs, nullable(c.fields.callerRole)},
                                        {u"school_type"_qs, nullable(c.fields.schoolType)},
                                        {u"province"_qs, nullable(c.fields.province)},
                                        {u"route_stage"_qs, nullable(c.fields.routeStage)},
                                        {u"caller_language"_qs, nullable(c.fields.callerLanguage)},
                                        {u"caller_number_given"_qs, number ? 1 : 0},
                                        {u"caller_consent_given"_qs, number ? 1 : 0},
                                        {u"caller_number"_qs, nullable(number ? number->number : QString())},
                                        {u"caller_number_consent"_qs, number && number->consent ? 1 : 0},
                                        {u"outcome_node"_qs, nullable(c.outcomeNodeId)},
                                        {u"white_spot"_qs, c.whiteSpot ? 1 : 0},
                                        {u"white_spot_reason"_qs, nullable(c.whiteSpotReason)},
                                        {u"white_spot_category"_qs, nullable(c.whiteSpotCategory)},
                                        {u"follow_up_date"_qs, nullable(c.followUpDate)},
                                        {u"follow_up_instruction"_qs, nullable(c.followUpInstruction)},
                                        {u"themes_key"_qs, themesKey(c)},
                                        {u"parties_key"_qs, partiesKey(c)},
                                        {u"row_version"_qs, c.rowVersion}});
    // No row back: the update found another version, or the insert found the case already there.
    const int version = header.next() ? header.value(0).toInt() : 0;
    header.finish();
    if (version == 0)
        return 0;
    const bool existing = !isNew && mode == Write::Update;

    if (existing)
        m_database.run(u"case_themes_delete"_qs, {{u"case_id"_qs, id}});
    for (const QString &theme : c.fields.themes)
        m_database.run(u"case_theme_insert"_qs,
                       {{u"case_id"_qs, id}, {u"theme"_qs, theme}, {u"opened_at"_qs, c.openedAt}});

    if (existing)
        m_database.run(u"case_steps_delete"_qs, {{u"case_id"_qs, id}});
    for (qsizetype i = 0; i < c.steps.size(); ++i) {
        const CaseStep &step = c.steps.at(i);
        m_database.run(u"case_step_insert"_qs,
                       {{u"case_id"_qs, id},
                        {u"seq"_qs, i},
                        {u"node_id"_qs, step.nodeId},
                        {u"option_id"_qs, nullable(step.optionId)},
                        {u"reached_at"_qs, step.reachedAt}});
    }

    if (existing)
        m_database.run(u"case_referrals_delete"_qs, {{u"case_id"_qs, id}});
    for (qsizetype i = 0; i < c.referrals.size(); ++i) {
        const CaseReferral &referral = c.referrals.at(i);
        m_database.run(
                u"case_referral_insert"_qs,
                {{u"case_id"_qs, id},
                 {u"party_id"_qs, referral.partyId},
                 {u"position"_qs, i},
                 {u"origin"_qs, referral.origin == ReferralOrigin::Added ? u"added"_qs : u"suggested"_qs},
                 {u"decision"_qs, referral.decision == ReferralDecision::Removed ? u"removed"_qs : u"confirmed"_qs},
                 {u"reason"_qs, nullable(referral.reason)},
                 {u"reason_category"_qs, nullable(referral.reasonCategory)},
                 {u"warm_handover"_qs, referral.warmHandover ? 1 : 0},
                 {u"decided_at"_qs, referral.decidedAt},
                 {u"opened_at"_qs, c.openedAt}});
    }

    writeNotes(c);

    for (qsizetype i = 0; i < c.events.size(); ++i) {
        const CaseEvent &event = c.events.at(i);
        m_database.run(u"case_event_insert"_qs,
                       {{u"case_id"_qs, id},
                        {u"seq"_qs, i},
                        {u"at"_qs, event.at},
                        {u"kind"_qs, event.kind},
                        {u"detail"_qs, nullable(event.detail)}});
    }
    if (saved) {
        // The embedded database keeps what the desktop says.
        saved->updatedAt = c.updatedAt.isValid() ? c.updatedAt : c.openedAt;
        saved->closedAt = c.closedAt;
        for (const CaseNote &note : c.notes)
            saved->notes.insert(note.id, {note.author, note.createdAt});
    }
    return version;
}

void SqlCaseStore::writeNotes(const Case &c)
{
    const QString id = uuidText(c.id);
    for (qsizetype i = 0; i < c.notes.size(); ++i) {
        const CaseNote &note = c.notes.at(i);
        m_database.run(u"case_note_insert"_qs,
                       {{u"id"_qs, uuidText(note.id)},
                        {u"case_id"_qs, id},
                        {u"seq"_qs, i},
                        {u"author"_qs, note.author},
                        {u"created_at"_qs, note.createdAt},
                        {u"body"_qs, note.body},
                        {u"corrects_note_id"_qs,
                         note.correctsNoteId.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                                      : QVariant(uuidText(note.correctsNoteId))}});
    }
}

std::optional<Case> SqlCaseStore::loadCase(const QUuid &caseId)
{
    const QString id = uuidText(caseId);
    QSqlQuery &header = m_database.run(u"case_select"_qs, {{u"id"_qs, id}});
    if (!header.next())
        return std::nullopt;
    Case c;
    c.id = caseId;
    c.channel = channelFromCode(header.value(1).toString()).value_or(Channel::Phone);
    c.status = caseStatusFromCode(header.value(2).toString()).value_or(CaseStatus::Active);
    c.owner = header.value(3).toString();
    c.treeIdentity = header.value(4).toString();
    c.openedAt = timeFrom(header.value(5));
    c.contactEndedAt = timeFrom(header.value(6));
    c.closedAt = timeFrom(header.value(7));
    c.holdSeconds = header.value(8).toLongLong();
    c.fields.callerRole = header.value(9).toString();
    c.fields.schoolType = header.value(10).toString();
    c.fields.province = header.value(11).toString();
    c.fields.routeStage = header.value(12).toString();
    c.outcomeNodeId = header.value(13).toString();
    c.whiteSpot = header.value(14).toInt() != 0;
    c.whiteSpotReason = header.value(15).toString();
    c.followUpDate = dateFrom(header.value(16));
    c.followUpInstruction = header.value(17).toString();
    c.updatedAt = timeFrom(header.value(18));
    c.rowVersion = header.value(19).toInt();
    c.whiteSpotCategory = header.value(20).toString();
    c.fields.callerLanguage = header.value(21).toString();
    CallerNumbers::instance().set(caseId, {header.value(22).toString(), header.value(23).toBool()});
    header.finish();

    QSqlQuery &themes = m_database.run(u"case_themes_select"_qs, {{u"case_id"_qs, id}});
    while (themes.next())
        c.fields.themes.append(themes.value(0).toString());
    themes.finish();

    QSqlQuery &steps = m_database.run(u"case_steps_select"_qs, {{u"case_id"_qs, id}});
    while (steps.next())
        c.steps.append({steps.value(0).toString(), steps.value(1).toString(), timeFrom(steps.value(2))});
    steps.finish();

    QSqlQuery &referrals = m_database.run(u"case_referrals_select"_qs, {{u"case_id"_qs, id}});
    while (referrals.next()) {
        CaseReferral referral;
        referral.partyId = referrals.value(0).toString();
        referral.origin = referrals.value(1).toString() == u"added" ? ReferralOrigin::Added : ReferralOrigin::Suggested;
        referral.decision
                = referrals.value(2).toString() == u"removed" ? ReferralDecision::Removed : ReferralDecision::Confirmed;
        referral.reason = referrals.value(3).toString();
        referral.warmHandover = referrals.value(4).toInt() != 0;
        referral.decidedAt = timeFrom(referrals.value(5));
        referral.reasonCategory = referrals.value(6).toString();
        c.referrals.append(referral);
    }
    referrals.finish();

    QSqlQuery &notes = m_database.run(u"case_notes_select"_qs, {{u"case_id"_qs, id}});
    while (notes.next()) {
        CaseNote note;
        note.id = QUuid::fromString(notes.value(0).toString());
        note.author = notes.value(1).toString();
        note.createdAt = timeFrom(notes.value(2));
        note.body = notes.value(3).toString();
        note.correctsNoteId = notes.value(4).isNull() ? QUuid() : QUuid::fromString(notes.value(4).toString());
        c.notes.append(note);
    }
    notes.finish();

    QSqlQuery &events = m_database.run(u"case_events_select"_qs, {{u"case_id"_qs, id}});
    while (events.next())
        c.events.append({timeFrom(events.value(0)), events.value(1).toString(), events.value(2).toString()});
    events.finish();
    return c;
}

void SqlCaseStore::saveDraft(const QUuid &caseId, const QString &body, const QDateTime &at)
{
    m_database.run(u"draft_upsert"_qs, {{u"case_id"_qs, uuidText(caseId)}, {u"body"_qs, body}, {u"saved_at"_qs, at}});
}

QString SqlCaseStore::draft(const QUuid &caseId)
{
    QSqlQuery &query = m_database.run(u"draft_select"_qs, {{u"case_id"_qs, uuidText(caseId)}});
    const QString body = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return body;
}

void SqlCaseStore::clearDraft(const QUuid &caseId)
{
    m_database.run(u"draft_delete"_qs, {{u"case_id"_qs, uuidText(caseId)}});
}

QList<CaseSummary> SqlCaseStore::homeList(const QString &owner, const QDate &today, int recentLimit)
{
    QList<CaseSummary> list;
    QSqlQuery &open
            = m_database.run(u"home_open_cases"_qs,
                             {{u"owner"_qs, owner}, {u"today"_qs, today.toString(Qt::ISODate)}, {u"limit"_qs, 500}});
    while (open.next())
        list.append(summaryFrom(open));
    open.finish();
    QSqlQuery &recent = m_database.run(u"home_recent_cases"_qs, {{u"owner"_qs, owner}, {u"limit"_qs, recentLimit}});
    while (recent.next())
        list.append(summaryFrom(recent));
    recent.finish();
    return list;
}

void SqlCaseStore::recordAccess(const QUuid &caseId, const QString &actor, CaseAccess access)
{
    m_database.run(u"case_access_record"_qs,
                   {{u"case_id"_qs, uuidText(caseId)},
                    {u"action"_qs, access == CaseAccess::Opened ? u"opened"_qs : u"exported"_qs},
                    {u"actor"_qs, actor},
                    {u"at"_qs, QDateTime::currentDateTimeUtc()}});
}

void SqlCaseStore::handOver(const QUuid &caseId, const CaseHandover &handover)
{
    const QVariantMap bindings{{u"case_id"_qs, uuidText(caseId)},
                               {u"from_role"_qs, handover.from},
                               {u"to_role"_qs, handover.to},
                               {u"note"_qs, handover.note},
                               {u"handed_at"_qs, handover.at}};
    if (m_database.dialect() == SqlDialect::PostgreSql) {
        // The database checks the holder and the receiver and records who and when itself.
        m_database.run(u"case_hand_over"_qs, bindings).finish();
        return;
    }
    Database::Transaction transaction(m_database);
    m_database.run(u"case_handover_insert"_qs, bindings);
    m_database.run(u"case_handed_over"_qs, bindings);
    m_database.run(u"case_event_append"_qs,
                   {{u"case_id"_qs, uuidText(caseId)},
                    {u"at"_qs, handover.at},
                    {u"kind"_qs, u"handed-over"_qs},
                    {u"detail"_qs, handover.to}});
    transaction.commit();
}

QList<CaseHandover> SqlCaseStore::handovers(const QUuid &caseId)
{
    QList<CaseHandover> list;
    QSqlQuery &query = m_database.run(u"case_handovers_select"_qs, {{u"case_id"_qs, uuidText(caseId)}});
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     timeFrom(query.value(3))});
    query.finish();
    return list;
}

QStringList SqlCaseStore::handoverReceivers(const QString &me)
{
    QStringList names;
    QSqlQuery &query = m_database.run(u"handover_receivers"_qs, {{u"me"_qs, me}});
    while (query.next())
        names.append(query.value(0).toString());
    query.finish();
    return names;
}

void SqlCaseStore::touchPresence(const QUuid &caseId, const QString &viewer)
{
    m_database.run(u"presence_touch"_qs, {{u"case_id"_qs, uuidText(caseId)}, {u"viewer"_qs, viewer}});
}

void SqlCaseStore::leavePresence(const QUuid &caseId, const QString &viewer)
{
    m_database.run(u"presence_leave"_qs, {{u"case_id"_qs, uuidText(caseId)}, {u"viewer"_qs, viewer}});
}

QStringList SqlCaseStore::othersViewing(const QUuid &caseId, const QString &viewer, int maxAgeSeconds)
{
    QStringList names;
    QSqlQuery &query = m_database.run(
            u"presence_others"_qs,
            {{u"case_id"_qs, uuidText(caseId)}, {u"viewer"_qs, viewer}, {u"max_age_seconds"_qs, maxAgeSeconds}});
    while (query.next())
        names.append(query.value(0).toString());
    query.finish();
    return names;
}

PhoneCodeRedemption SqlCaseStore::redeemPhoneCode(const QString &code, const QString &treeIdentity, const QString &user)
{
    return PhoneCodeStore(m_database).redeem(code, treeIdentity, user);
}

bool SqlCaseStore::reconnect()
{
    return m_database.reconnect();
}

} // namespace ww
