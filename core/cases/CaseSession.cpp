// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseSession.h"

#include "storage/StaleCaseError.h"
#include "storage/StorageError.h"
#include "tree/TreeLoader.h"

#include <QFileInfo>

namespace ww {

namespace {

CaseSession::Clock orSystemClock(CaseSession::Clock clock)
{
    return clock ? std::move(clock) : CaseSession::Clock([] { return QDateTime::currentDateTimeUtc(); });
}

/// A suggestion the agent has not touched can be replaced when the walk changes.
bool untouchedSuggestion(const CaseReferral &referral)
{
    return referral.origin == ReferralOrigin::Suggested && referral.decision == ReferralDecision::Confirmed
           && referral.reason.isEmpty() && !referral.warmHandover;
}

} // namespace

CaseSession::CaseSession(CaseRepository &repository, std::shared_ptr<const DecisionTree> tree, Case caseData,
                         const QString &user, Clock clock)
    : m_repository(repository)
    , m_tree(std::move(tree))
    , m_case(std::move(caseData))
    , m_base(m_case)
    , m_user(user)
    , m_clock(orSystemClock(std::move(clock)))
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftSaveDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &CaseSession::saveDraftNow);
    m_retryTimer.setInterval(RetryIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &CaseSession::retryNow);
}

CaseSession::~CaseSession()
{
    // What cannot be saved now stays in the journal, for the next start.
    if (m_draftTimer.isActive() || hasUnsavedWork())
        saveDraftNow();
}

std::unique_ptr<CaseSession> CaseSession::start(CaseRepository &repository, std::shared_ptr<const DecisionTree> tree,
                                                Channel channel, const QString &owner, Clock clock)
{
    clock = orSystemClock(std::move(clock));
    repository.storeTree(*tree);
    Case opened = Case::open(channel, owner, tree->identity(), clock());
    opened.steps.append({tree->startNodeId(), {}, opened.openedAt});
    std::unique_ptr<CaseSession> session(new CaseSession(repository, std::move(tree), std::move(opened), owner, clock));
    SavedCase saved;
    session->m_case.rowVersion = repository.saveCase(session->m_case, &saved);
    saved.applyTo(session->m_case);
    session->m_base = session->m_case;
    return session;
}

std::unique_ptr<CaseSession> CaseSession::load(CaseRepository &repository, const QUuid &id, const QString &user,
                                               Clock clock)
{
    std::optional<Case> stored = repository.loadCase(id);
    if (!stored)
        return nullptr;
    const QByteArray content = repository.treeContent(stored->treeIdentity);
    const TreeLoadResult tree = TreeLoader::loadArchived(content, stored->treeIdentity);
    if (!tree.ok())
        throw StorageError(tr("the tree %1 of this case cannot be read back").arg(stored->treeIdentity));
    std::unique_ptr<CaseSession> session(
        new CaseSession(repository, tree.tree, std::move(*stored), user, std::move(clock)));
    session->m_draft = repository.draft(id);
    session->m_handovers = repository.handovers(id);
    session->initialiseFromCase();
    repository.recordAccess(id, user, CaseAccess::Opened);
    return session;
}

std::unique_ptr<CaseSession> CaseSession::restore(CaseRepository &repository, const JournaledWork &work,
                                                  const QString &user,
                                                  std::shared_ptr<const DecisionTree> currentTree, Clock clock)
{
    std::optional<Case> stored = repository.loadCase(work.caseId);
    if (!stored && !work.lastCase)
        return nullptr; // a draft of a case that never reached the database: nothing to attach it to
    Case caseData = work.lastCase ? *work.lastCase : *stored;
    std::shared_ptr<const DecisionTree> tree;
    if (currentTree && currentTree->identity() == caseData.treeIdentity) {
        repository.storeTree(*currentTree);
        tree = std::move(currentTree);
    } else {
        const TreeLoadResult archived =
            TreeLoader::loadArchived(repository.treeContent(caseData.treeIdentity), caseData.treeIdentity);
        if (!archived.ok())
            throw StorageError(tr("the tree %1 of this case cannot be read back").arg(caseData.treeIdentity));
        tree = archived.tree;
    }
    std::unique_ptr<CaseSession> session(new CaseSession(repository, tree, std::move(caseData), user, std::move(clock)));
    session->m_draft = work.lastDraft ? *work.lastDraft : (stored ? repository.draft(work.caseId) : QString());
    session->m_handovers = stored ? repository.handovers(work.caseId) : QList<CaseHandover>();
    session->initialiseFromCase();
    // When the stored case moved on, what the journaled work started from is unknown: every part
    // that differs is then the agent's to decide, rather than silently taking either side.
    if (stored && work.lastCase && stored->rowVersion != work.lastCase->rowVersion)
        session->m_base = Case();
    if (stored)
        repository.recordAccess(work.caseId, user, CaseAccess::Opened);
    // Save what the journal had; the journal file itself goes once the database has it all.
    session->m_journal = std::make_unique<CaseJournal>(QFileInfo(work.path).absolutePath(), work.caseId);
    session->m_journal->record(session->m_case);
    if (work.lastDraft)
        session->m_journal->recordDraft(*work.lastDraft);
    session->m_caseUnsaved = true;
    session->m_draftUnsaved = work.lastDraft.has_value();
    session->saveDraftNow();
    return session;
}

void CaseSession::initialiseFromCase()
{
    TreeWalker walker(m_tree);
    walker.restore(walkPath());
    m_lastImplied = walker.impliedAnswers();
    // A contact left on hold (the agent went to another case) is still on hold when it is reopened.
    if (m_case.status == CaseStatus::Active) {
        for (auto event = m_case.events.crbegin(); event != m_case.events.crend(); ++event) {
            if (event->kind == u"hold" || event->kind == u"resumed") {
                if (event->kind == u"hold")
                    m_holdStartedAt = event->at;
                break;
            }
        }
    }
}

void CaseSession::attachJournal(const QString &folder)
{
    if (m_journal)
        return;
    m_journal = std::make_unique<CaseJournal>(folder, m_case.id);
    if (hasUnsavedWork()) {
        m_journal->record(m_case);
        m_journal->recordDraft(m_draft);
    }
}

bool CaseSession::isReadOnly() const
{
    // Someone who handed a case on, or a supervisor looking at a colleague's case, reads it only.
    return m_case.isReadOnly() || m_case.owner != m_user;
}

bool CaseSession::editable() const
{
    return !isReadOnly() && m_case.status != CaseStatus::FollowUp;
}

void CaseSession::addEvent(const QString &kind, const QString &detail)
{
    m_case.events.append({m_clock(), kind, detail});
}

void CaseSession::save()
{
    m_case.updatedAt = m_clock();
    m_caseUnsaved = true;
    if (m_journal)
        m_journal->record(m_case); // first on this computer, then in the database
    if (persist() && !m_draftUnsaved)
        emit saved();
    emit changed();
}

bool CaseSession::persist()
{
    // A save refused as stale is merged with the stored case; when nothing but notes and events
    // differ the merge is made at once, so only a real conflict reaches the agent.
    for (int attempt = 0; attempt < 3; ++attempt) {
        try {
            SavedCase saved;
            m_case.rowVersion = m_repository.saveCase(m_case, &saved);
            saved.applyTo(m_case);
            m_base = m_case;
            m_caseUnsaved = false;
            m_conflict.reset();
            forgetJournalWhenSaved();
            if (m_offline) {
                m_offline = false;
                emit connectionChanged(true);
            }
            return true;
        } catch (const StaleCaseError &) {
            if (!mergeWithStored())
                return false;
        } catch (const StorageError &error) {
            if (error.isRefusal())
                emit saveFailed(error.message()); // the database said no: trying again will not help
            else
                lostConnection(error.message());
            return false;
        }
    }
    return false;
}

bool CaseSession::mergeWithStored()
{
    std::optional<Case> stored;
    try {
        stored = m_repository.loadCase(m_case.id);
    } catch (const StorageError &error) {
        lostConnection(error.message());
        return false;
    }
    if (!stored)
        return false;
    CaseMerge merge(m_base, m_case, *stored);
    if (merge.differences().isEmpty()) {
        m_case = merge.merged();
        return true;
    }
    m_conflict = std::move(merge);
    emit conflictFound();
    return false;
}

void CaseSession::resolveConflict(const CaseMerge &merge)
{
    if (!m_conflict)
        return;
    m_case = merge.merged();
    m_conflict.reset();
    TreeWalker walker(m_tree);
    walker.restore(walkPath());
    m_lastImplied = walker.impliedAnswers();
    save();
}

void CaseSession::lostConnection(const QString &message)
{
    emit saveFailed(message);
    if (!m_retryTimer.isActive())
        m_retryTimer.start();
    if (!m_offline && !m_repository.reconnect()) {
        m_offline = true;
        emit connectionChanged(false);
    }
}

void CaseSession::retryNow()
{
    if (!hasUnsavedWork()) {
        m_retryTimer.stop();
        return;
    }
    if (!m_repository.reconnect()) {
        if (!m_offline) {
            m_offline = true;
            emit connectionChanged(false);
        }
        return;
    }
    saveDraftNow();
    if (!hasUnsavedWork()) {
        m_retryTimer.stop();
        if (m_offline) {
            m_offline = false;
            emit connectionChanged(true);
        }
    }
}

void CaseSession::forgetJournalWhenSaved()
{
    if (m_journal && !m_caseUnsaved && !m_draftUnsaved && !m_draftTimer.isActive())
        m_journal->clear();
}

QList<WalkStep> CaseSession::walkPath() const
{
    QList<WalkStep> path;
    for (const CaseStep &step : m_case.steps)
        path.append({step.nodeId, step.reachedAt, step.optionId});
    return path;
}

void CaseSession::recordWalk(const QList<WalkStep> &path)
{
    if (!editable() || path.isEmpty())
        return;
    m_case.steps.clear();
    for (const WalkStep &step : path)
        m_case.steps.append({step.nodeId, step.chosenOptionId, step.reachedAt});

    TreeWalker walker(m_tree);
    walker.restore(path);
    // Answers fill the fields they imply; a field the agent corrected stays as corrected until
    // the walk implies something new for it.
    const CodedAnswers implied = walker.impliedAnswers();
    CaseFields &fields = m_case.fields;
    if (implied.callerRole != m_lastImplied.callerRole)
        fields.callerRole = implied.callerRole;
    if (implied.schoolType != m_lastImplied.schoolType)
        fields.schoolType = implied.schoolType;
    if (implied.routeStage != m_lastImplied.routeStage)
        fields.routeStage = implied.routeStage;
    if (implied.theme != m_lastImplied.theme) {
        fields.themes.removeAll(m_lastImplied.theme);
        if (!implied.theme.isEmpty() && !fields.themes.contains(implied.theme))
            fields.themes.append(implied.theme);
        fields.themes.sort();
    }
    m_lastImplied = implied;

    const TreeNode &current = walker.current();
    suggestReferrals(current.isOutcome() ? &current : nullptr);
    save();
}

void CaseSession::suggestReferrals(const TreeNode *outcome)
{
    m_case.outcomeNodeId = outcome ? outcome->id : QString();
    m_case.whiteSpot = outcome && outcome->whiteSpot;
    QStringList suggested;
    if (outcome) {
        for (const TreeReferral &referral : outcome->referrals)
            suggested.append(referral.partyId);
    }
    m_case.referrals.removeIf([&](const CaseReferral &referral) {
        return untouchedSuggestion(referral) && !suggested.contains(referral.partyId);
    });
    for (const QString &partyId : suggested) {
        if (!m_case.referral(partyId))
            m_case.referrals.append({partyId, ReferralOrigin::Suggested, ReferralDecision::Confirmed, {}, false, m_clock()});
    }
}

void CaseSession::setFields(const CaseFields &fields)
{
    CaseFields sorted = fields;
    sorted.themes.sort(); // the order themes are chosen in carries no meaning
    if (!editable() || sorted == m_case.fields)
        return;
    m_case.fields = sorted;
    save();
}

CaseReferral *CaseSession::findReferral(const QString &partyId)
{
    for (CaseReferral &referral : m_case.referrals) {
        if (referral.partyId == partyId)
            return &referral;
    }
    return nullptr;
}

bool CaseSession::removeReferral(const QString &partyId, const QString &reason, const QString &category)
{
    CaseReferral *referral = findReferral(partyId);
    if (!editable() || !referral || reason.trimmed().isEmpty())
        return false;
    if (referral->origin == ReferralOrigin::Added)
        m_case.referrals.removeIf([&](const CaseReferral &r) { return r.partyId == partyId; });
    else {
        referral->decision = ReferralDecision::Removed;
        referral->reason = reason.trimmed();
        referral->reasonCategory = category;
        referral->warmHandover = false;
        referral->decidedAt = m_clock();
    }
    save();
    return true;
}

bool CaseSession::addReferral(const QString &partyId, const QString &reason, const QString &category)
{
    if (!editable() || partyId.isEmpty() || reason.trimmed().isEmpty())
        return false;
    if (CaseReferral *existing = findReferral(partyId)) {
        if (existing->decision == ReferralDecision::Confirmed)
            return false;
        return restoreReferral(partyId);
    }
    m_case.referrals.append({partyId, ReferralOrigin::Added, ReferralDecision::Confirmed, reason.trimmed(), false,
                             m_clock(), category});
    save();
    return true;
}

bool CaseSession::restoreReferral(const QString &partyId)
{
    CaseReferral *referral = findReferral(partyId);
    if (!editable() || !referral || referral->decision == ReferralDecision::Confirmed)
        return false;
    referral->decision = ReferralDecision::Confirmed;
    referral->reason.clear();
    referral->reasonCategory.clear();
    referral->decidedAt = m_clock();
    save();
    return true;
}

bool CaseSession::setWarmHandover(const QString &partyId, bool warm)
{
    CaseReferral *referral = findReferral(partyId);
    if (!editable() || !referral || referral->decision != ReferralDecision::Confirmed)
        return false;
    referral->warmHandover = warm;
    save();
    return true;
}

void CaseSession::setWhiteSpotReason(const QString &reason)
{
    if (!editable() || reason == m_case.whiteSpotReason)
        return;
    m_case.whiteSpotReason = reason;
    save();
}

void CaseSession::setWhiteSpotCategory(const QString &category)
{
    if (!editable() || category == m_case.whiteSpotCategory)
        return;
    m_case.whiteSpotCategory = category;
    save();
}

void CaseSession::toggleHold()
{
    if (m_case.status != CaseStatus::Active)
        return;
    const QDateTime now = m_clock();
    if (isOnHold()) {
        endHold(now);
        addEvent(u"resumed"_qs);
    } else {
        m_holdStartedAt = now;
        addEvent(u"hold"_qs);
    }
    save();
}

void CaseSession::endHold(const QDateTime &now)
{
    m_case.holdSeconds += m_holdStartedAt.secsTo(now);
    m_holdStartedAt = {};
}

qint64 CaseSession::contactSeconds() const
{
    const QDateTime end = m_case.contactEndedAt.isValid() ? m_case.contactEndedAt : m_clock();
    qint64 hold = m_case.holdSeconds;
    if (isOnHold())
        hold += m_holdStartedAt.secsTo(end);
    return std::max<qint64>(0, m_case.openedAt.secsTo(end) - hold);
}

void CaseSession::endContact()
{
    if (m_case.status != CaseStatus::Active)
        return;
    const QDateTime now = m_clock();
    if (isOnHold())
        endHold(now);
    m_case.contactEndedAt = now;
    m_case.status = CaseStatus::WrapUp;
    addEvent(u"contact-ended"_qs);
    save();
}

void CaseSession::setDraft(const QString &text)
{
    if (isReadOnly() || text == m_draft)
        return;
    m_draft = text;
    m_draftUnsaved = true;
    if (m_journal)
        m_journal->recordDraft(text); // at every keystroke: a crash loses nothing typed
    m_draftTimer.start();
}

void CaseSession::saveDraftNow()
{
    m_draftTimer.stop();
    // A case save that failed is retried with the draft: the agent's next keystroke makes it good.
    if (m_caseUnsaved && !persist())
        return;
    try {
        if (m_draft.isEmpty())
            m_repository.clearDraft(m_case.id);
        else
            m_repository.saveDraft(m_case.id, m_draft, m_clock());
        m_draftUnsaved = false;
        forgetJournalWhenSaved();
        emit saved();
    } catch (const StorageError &error) {
        m_draftUnsaved = true;
        if (error.isRefusal())
            emit saveFailed(error.message());
        else
            lostConnection(error.message());
    }
}

std::optional<CaseNote> CaseSession::addNote(const QString &body, const QUuid &corrects)
{
    const QString text = body.trimmed();
    if (isReadOnly() || text.isEmpty())
        return std::nullopt;
    if (!corrects.isNull()) {
        const bool known = std::any_of(m_case.notes.cbegin(), m_case.notes.cend(),
                                       [&](const CaseNote &note) { return note.id == corrects; });
        if (!known)
            return std::nullopt;
    }
    const CaseNote note{QUuid::createUuid(), m_user, m_clock(), text, corrects};
    m_case.notes.append(note);
    m_draft.clear();
    m_draftUnsaved = true;
    m_draftTimer.stop();
    if (m_journal)
        m_journal->recordDraft(m_draft);
    save();
    saveDraftNow();
    return note;
}

QList<WrapUpIssue> CaseSession::wrapUpIssues() const
{
    QList<WrapUpIssue> issues;
    const CaseFields &fields = m_case.fields;
    if (m_case.status == CaseStatus::Active)
        issues.append({u"contact"_qs, tr("End the contact first.")});
    if (fields.callerRole.isEmpty())
        issues.append({u"callerRole"_qs, tr("Choose who called.")});
    if (fields.schoolType.isEmpty())
        issues.append({u"schoolType"_qs, tr("Choose the type of school.")});
    if (fields.themes.isEmpty())
        issues.append({u"themes"_qs, tr("Choose at least one theme.")});
    if (fields.routeStage.isEmpty())
        issues.append({u"routeStage"_qs, tr("Choose how far the caller is in the complaint route.")});
    if (m_case.whiteSpot && m_case.whiteSpotCategory.isEmpty())
        issues.append({u"whiteSpotCategory"_qs, tr("Choose why no party fits (white spot).")});
    if (m_case.whiteSpot && m_case.whiteSpotReason.trimmed().isEmpty())
        issues.append({u"whiteSpotReason"_qs, tr("Write why no party fits (white spot).")});
    if (!m_case.whiteSpot && m_case.confirmedReferrals().isEmpty())
        issues.append({u"referrals"_qs, tr("Refer to at least one party, or walk the tree to a white spot.")});
    // A removed or added party always has its reason: the session refuses one without, and so does
    // the database (a CHECK on referrals), so wrap-up need not look for it.
    return issues;
}

bool CaseSession::close()
{
    if (m_case.status != CaseStatus::WrapUp || !wrapUpIssues().isEmpty())
        return false;
    if (m_draftTimer.isActive())
        saveDraftNow();
    m_case.status = CaseStatus::Closed;
    m_case.closedAt = m_clock();
    addEvent(u"closed"_qs);
    save();
    return true;
}

bool CaseSession::scheduleFollowUp(const QDate &date, const QString &instruction, QString *error)
{
    if (m_case.status != CaseStatus::WrapUp) {
        *error = tr("A follow-up can be planned once the contact has ended.");
        return false;
    }
    if (!date.isValid() || date < m_clock().date()) {
        *error = tr("Choose a follow-up date from today on.");
        return false;
    }
    const QString text = instruction.trimmed();
    if (text.isEmpty() || text.size() > 500) {
        *error = tr("Write a short instruction for the follow-up (at most 500 characters).");
        return false;
    }
    m_case.status = CaseStatus::FollowUp;
    m_case.followUpDate = date;
    m_case.followUpInstruction = text;
    addEvent(u"follow-up"_qs, date.toString(Qt::ISODate));
    save();
    return true;
}

bool CaseSession::continueFollowUp()
{
    if (m_case.status != CaseStatus::FollowUp)
        return false;
    m_case.status = CaseStatus::WrapUp;
    addEvent(u"continued"_qs, m_case.followUpInstruction);
    m_case.followUpDate = {};
    m_case.followUpInstruction.clear();
    save();
    return true;
}

bool CaseSession::handOver(const QString &receiver, const QString &note, QString *error)
{
    const QString text = note.trimmed();
    if (m_case.isReadOnly()) {
        *error = tr("A closed case cannot be handed over.");
        return false;
    }
    if (isReadOnly()) {
        *error = tr("Only the person who holds the case can hand it over.");
        return false;
    }
    if (receiver.isEmpty() || receiver == m_user) {
        *error = tr("Choose the person who takes the case over.");
        return false;
    }
    if (text.isEmpty() || text.size() > 1000) {
        *error = tr("Write a short note for the person who takes the case over (at most 1000 characters).");
        return false;
    }
    if (m_draftTimer.isActive())
        saveDraftNow();
    if (hasUnsavedWork()) {
        *error = tr("The case cannot be saved right now, so it cannot be handed over. Try again when the "
                    "connection is back.");
        return false;
    }
    const CaseHandover handover{m_user, receiver, text, m_clock()};
    try {
        m_repository.handOver(m_case.id, handover);
    } catch (const StorageError &failure) {
        *error = tr("The case was not handed over: %1").arg(failure.message());
        return false;
    }
    // The database moved the case to the receiver and added the hand-over to its history; from now
    // on this session shows the case as stored, read-only.
    m_handovers.append(handover);
    try {
        if (std::optional<Case> stored = m_repository.loadCase(m_case.id)) {
            m_case = std::move(*stored);
            m_base = m_case;
        }
    } catch (const StorageError &) {
        m_case.owner = receiver; // shown as handed on until it is opened again
    }
    emit changed();
    return true;
}

} // namespace ww
