// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseSession.h"

#include "cases/CallerNumbers.h"
#include "cases/WrapUpRules.h"

#include "storage/StaleCaseError.h"
#include "storage/StorageError.h"
#include "tree/TreeLoader.h"

#include <QFile>
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

CaseSession::CaseSession(CaseWork &work, std::shared_ptr<const DecisionTree> tree, Case caseData, const QString &user,
                         Clock clock)
    : m_work(work)
    , m_tree(std::move(tree))
    , m_case(std::move(caseData))
    , m_base(m_case)
    , m_user(user)
    , m_clock(orSystemClock(std::move(clock)))
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftSaveDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &CaseSession::flush);
    m_retryTimer.setInterval(RetryIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &CaseSession::retryNow);
    // The storage found the database again by itself: what waits goes at once.
    connect(&m_work, &CaseWork::onlineChanged, this, [this](bool online) {
        if (online && m_offline)
            retryNow();
    });
}

/// What a save brought back.
struct CaseSession::SaveOutcome
{
    int rowVersion = 0;
    SavedCase saved;
    bool stale = false;         ///< the stored case was newer; only its notes were saved
    std::optional<Case> stored; ///< with stale: the case as stored, to merge with
};

CaseSession::~CaseSession()
{
    // What waits goes now; its answer has nobody to go to, and what does not arrive stays in the
    // journal for the next start (the window keeps a session until it is saved, see MainWindow).
    if (m_draftTimer.isActive() || m_caseUnsaved || m_draftUnsaved) {
        m_draftTimer.stop();
        SaveJob job;
        if (m_caseUnsaved)
            job.caseData = m_case;
        if (m_draftUnsaved)
            job.draft = m_draft;
        if (!m_inFlight) {
            const QUuid id = m_case.id;
            if (job.caseData && !m_treeStored)
                job.tree = m_tree;
            // Once saved, the journal has nothing the database lacks: the next start need not ask.
            const QString journal = journalPath();
            m_work.run(nullptr,
                       [job, id, journal](CaseRepository &repository) {
                           if (job.tree)
                               repository.storeTree(*job.tree);
                           if (job.caseData)
                               repository.saveCase(*job.caseData, nullptr, job.draft ? &*job.draft : nullptr);
                           else if (job.draft)
                               repository.saveDraft(id, *job.draft, QDateTime::currentDateTimeUtc());
                           if (!journal.isEmpty())
                               QFile::remove(journal);
                       },
                       {});
        }
    }
}

std::unique_ptr<CaseSession> CaseSession::start(CaseWork &work, std::shared_ptr<const DecisionTree> tree,
                                                Channel channel, const QString &owner, Clock clock,
                                                const QDateTime &openedAt)
{
    clock = orSystemClock(std::move(clock));
    const QDateTime now = clock();
    // A time from elsewhere only moves the start back, and not by more than an hour.
    const bool earlier = openedAt.isValid() && openedAt <= now && openedAt.secsTo(now) <= 3600;
    Case opened = Case::open(channel, owner, tree->identity(), earlier ? openedAt.toUTC() : now);
    opened.steps.append({tree->startNodeId(), {}, opened.openedAt});
    std::unique_ptr<CaseSession> session(new CaseSession(work, std::move(tree), std::move(opened), owner, clock));
    session->m_caseUnsaved = true;
    session->flush();
    return session;
}

namespace {

/// What opening a case reads, all on the storage thread (the tree is parsed there too).
struct LoadedCase
{
    std::optional<Case> stored;
    std::shared_ptr<const DecisionTree> tree;
    QString treeProblem;
    QString draft;
    QList<CaseHandover> handovers;
};

std::shared_ptr<const DecisionTree> archivedTree(CaseRepository &repository, const QString &identity, QString *problem)
{
    const TreeLoadResult loaded = TreeLoader::loadArchived(repository.treeContent(identity), identity);
    if (!loaded.ok())
        *problem = CaseSession::tr("the tree %1 of this case cannot be read back").arg(identity);
    return loaded.tree;
}

} // namespace

StorageRequest CaseSession::open(CaseWork &work, QObject *receiver, const QUuid &id, const QString &user,
                                 OpenedHandler opened, Clock clock)
{
    auto loaded = std::make_shared<LoadedCase>();
    return work.run(
            receiver,
            [id, user, loaded](CaseRepository &repository) {
                loaded->stored = repository.loadCase(id);
                if (!loaded->stored)
                    return;
                loaded->tree = archivedTree(repository, loaded->stored->treeIdentity, &loaded->treeProblem);
                loaded->draft = repository.draft(id);
                loaded->handovers = repository.handovers(id);
                repository.recordAccess(id, user, CaseAccess::Opened);
            },
            [&work, user, loaded, opened = std::move(opened), clock](const std::optional<StorageError> &error) {
                Opened result;
                if (error) {
                    result.error = error;
                } else if (!loaded->stored) {
                    result.missing = true;
                } else if (!loaded->tree) {
                    result.error = StorageError(loaded->treeProblem, StorageError::Cause::Refused);
                } else {
                    result.session.reset(new CaseSession(work, loaded->tree, std::move(*loaded->stored), user, clock));
                    result.session->m_draft = loaded->draft;
                    result.session->m_handovers = loaded->handovers;
                    result.session->m_treeStored = true;
                    result.session->initialiseFromCase();
                }
                opened(std::move(result));
            });
}

StorageRequest CaseSession::restore(CaseWork &work, QObject *receiver, const JournaledWork &journaled,
                                    const QString &user, std::shared_ptr<const DecisionTree> currentTree,
                                    OpenedHandler opened, Clock clock)
{
    auto loaded = std::make_shared<LoadedCase>();
    const QString treeIdentity = journaled.lastCase ? journaled.lastCase->treeIdentity : QString();
    const bool haveTree = currentTree && currentTree->identity() == treeIdentity;
    return work.run(
            receiver,
            [journaled, user, loaded, haveTree](CaseRepository &repository) {
                loaded->stored = repository.loadCase(journaled.caseId);
                const QString identity = journaled.lastCase
                        ? journaled.lastCase->treeIdentity
                        : (loaded->stored ? loaded->stored->treeIdentity : QString());
                if (!haveTree && !identity.isEmpty())
                    loaded->tree = archivedTree(repository, identity, &loaded->treeProblem);
                if (loaded->stored) {
                    loaded->draft = repository.draft(journaled.caseId);
                    loaded->handovers = repository.handovers(journaled.caseId);
                    repository.recordAccess(journaled.caseId, user, CaseAccess::Opened);
                }
            },
            [&work, journaled, user, loaded, haveTree, currentTree, opened = std::move(opened),
             clock](const std::optional<StorageError> &error) {
                Opened result;
                if (error) {
                    result.error = error;
                    opened(std::move(result));
                    return;
                }
                if (!loaded->stored && !journaled.lastCase) {
                    result.missing = true; // a draft of a case that never reached the database
                    opened(std::move(result));
                    return;
                }
                std::shared_ptr<const DecisionTree> tree = haveTree ? currentTree : loaded->tree;
                if (!tree) {
                    result.error = StorageError(loaded->treeProblem, StorageError::Cause::Refused);
                    opened(std::move(result));
                    return;
                }
                Case caseData = journaled.lastCase ? *journaled.lastCase : *loaded->stored;
                auto *session = new CaseSession(work, std::move(tree), std::move(caseData), user, clock);
                result.session.reset(session);
                session->m_draft = journaled.lastDraft ? *journaled.lastDraft : loaded->draft;
                session->m_handovers = loaded->handovers;
                session->m_treeStored = !haveTree;
                session->initialiseFromCase();
                // When the stored case moved on, what the journaled work started from is unknown: every
                // part that differs is then the agent's to decide, rather than silently taking either side.
                if (loaded->stored && journaled.lastCase
                    && loaded->stored->rowVersion != journaled.lastCase->rowVersion)
                    session->m_base = Case();
                else if (loaded->stored)
                    session->m_base = *loaded->stored;
                // Save what the journal had; the journal file itself goes once the database has it all.
                session->m_journal
                        = std::make_unique<CaseJournal>(QFileInfo(journaled.path).absolutePath(), journaled.caseId);
                session->m_journal->record(session->m_case);
                if (journaled.lastDraft)
                    session->m_journal->recordDraft(*journaled.lastDraft);
                session->m_caseUnsaved = true;
                session->m_draftUnsaved = journaled.lastDraft.has_value();
                session->flush();
                opened(std::move(result));
            });
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
    flush();
    emit changed();
}

void CaseSession::flush()
{
    m_draftTimer.stop();
    if (m_inFlight || m_conflict)
        return; // the save on its way sends the rest when it is answered; a conflict waits for the agent
    SaveJob job;
    if (m_caseUnsaved)
        job.caseData = m_case;
    if (m_draftUnsaved)
        job.draft = m_draft;
    if (!job.caseData && !job.draft) {
        forgetJournalWhenSaved();
        return;
    }
    if (job.caseData && !m_treeStored)
        job.tree = m_tree;
    m_caseUnsaved = false;
    m_draftUnsaved = false;
    m_inFlight = true;
    const QUuid id = m_case.id;
    auto outcome = std::make_shared<SaveOutcome>();
    m_work.run(
            this,
            [job, id, outcome](CaseRepository &repository) {
                if (job.tree)
                    repository.storeTree(*job.tree);
                if (!job.caseData) {
                    if (job.draft->isEmpty())
                        repository.clearDraft(id);
                    else
                        repository.saveDraft(id, *job.draft, QDateTime::currentDateTimeUtc());
                    return;
                }
                try {
                    outcome->rowVersion
                            = repository.saveCase(*job.caseData, &outcome->saved, job.draft ? &*job.draft : nullptr);
                } catch (const StaleCaseError &) {
                    // Someone saved it in between: read what is stored now, to merge with, in the same trip.
                    outcome->stale = true;
                    outcome->stored = repository.loadCase(id);
                }
            },
            [this, job, outcome](const std::optional<StorageError> &error) { saveAnswered(job, *outcome, error); });
}

void CaseSession::saveAnswered(const SaveJob &job, const SaveOutcome &outcome, const std::optional<StorageError> &error)
{
    m_inFlight = false;
    if (error || outcome.stale) {
        // Not (all) saved: send it again with what changed meanwhile.
        m_caseUnsaved = m_caseUnsaved || job.caseData.has_value();
        m_draftUnsaved = m_draftUnsaved || job.draft.has_value();
    }
    if (error) {
        if (error->isRefusal())
            emit saveFailed(error->message()); // the database said no: trying again will not help
        else
            lostConnection(error->message());
        return;
    }
    if (job.tree)
        m_treeStored = true;
    if (outcome.stale) {
        if (!outcome.stored) {
            emit saveFailed(tr("The case is no longer there to save."));
            return;
        }
        mergeWithStored(*outcome.stored);
        return;
    }
    m_staleInARow = 0;
    bool storedDiffers = false;
    if (job.caseData) {
        // The database has the case as it was sent, with what it filled in itself; the case in
        // memory may have moved on since, and goes next with the new row version.
        m_base = *job.caseData;
        m_base.rowVersion = outcome.rowVersion;
        outcome.saved.applyTo(m_base);
        m_case.rowVersion = outcome.rowVersion;
        const Case shown = m_case;
        outcome.saved.applyTo(m_case);
        // What the database filled in (a closing time, a note's stored time) is news for the screen.
        storedDiffers = m_case.closedAt != shown.closedAt || m_case.notes != shown.notes;
    }
    if (m_offline) {
        m_offline = false;
        m_retryTimer.stop();
        emit connectionChanged(true);
    }
    if (m_caseUnsaved || m_draftUnsaved) {
        flush();
        return;
    }
    forgetJournalWhenSaved();
    emit saved();
    if (storedDiffers)
        emit changed();
}

void CaseSession::mergeWithStored(const Case &stored)
{
    // When nothing but notes and events differ the merge is made at once, so only a real conflict
    // reaches the agent. Someone saving again and again in between is a conflict too.
    CaseMerge merge(m_base, m_case, stored);
    if (merge.differences().isEmpty() && ++m_staleInARow <= 3) {
        m_base = stored;
        adopt(merge.merged());
        m_caseUnsaved = true;
        flush();
        return;
    }
    m_conflict = std::move(merge);
    emit conflictFound();
}

void CaseSession::adopt(Case caseData)
{
    m_case = std::move(caseData);
    TreeWalker walker(m_tree);
    walker.restore(walkPath());
    m_lastImplied = walker.impliedAnswers();
}

void CaseSession::resolveConflict(const CaseMerge &merge)
{
    if (!m_conflict)
        return;
    m_base = merge.stored();
    adopt(merge.merged());
    m_conflict.reset();
    m_staleInARow = 0;
    save();
}

void CaseSession::lostConnection(const QString &message)
{
    emit saveFailed(message);
    if (!m_retryTimer.isActive())
        m_retryTimer.start();
    if (!m_offline) {
        m_offline = true;
        emit connectionChanged(false);
    }
}

void CaseSession::retryNow()
{
    if (!m_caseUnsaved && !m_draftUnsaved) {
        m_retryTimer.stop();
        return;
    }
    flush();
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

bool CaseSession::continueWebsiteWalk(const QList<WalkStep> &path)
{
    if (!editable() || path.isEmpty() || m_case.steps.size() > 1)
        return false;
    addEvent(u"website-path"_qs);
    recordWalk(path);
    return true;
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
            m_case.referrals.append(
                    {partyId, ReferralOrigin::Suggested, ReferralDecision::Confirmed, {}, false, m_clock()});
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

void CaseSession::offerCallerNumber(const QString &number)
{
    m_offeredCallerNumber = number;
    emit changed();
}

QString CaseSession::callerNumberOnOffer() const
{
    const QString kept = keptCallerNumber();
    return kept.isEmpty() ? m_offeredCallerNumber : kept;
}

QString CaseSession::keptCallerNumber() const
{
    const std::optional<CallerNumbers::Entry> entry = CallerNumbers::instance().get(m_case.id);
    return entry && entry->consent ? entry->number : QString();
}

bool CaseSession::setCallerNumberConsent(bool consent)
{
    const QString number = callerNumberOnOffer();
    if (!editable() || (consent && number.isEmpty()))
        return false;
    const CallerNumbers::Entry wanted{consent ? number : QString(), consent};
    if (CallerNumbers::instance().get(m_case.id) == wanted)
        return true;
    if (!consent && !keptCallerNumber().isEmpty())
        m_offeredCallerNumber = keptCallerNumber(); // still on screen for this call, so it can be ticked again
    CallerNumbers::instance().set(m_case.id, wanted);
    save();
    return true;
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
    m_draftUnsaved = true; // the note and the emptied draft go in the same save
    if (m_journal)
        m_journal->recordDraft(m_draft);
    save();
    return note;
}

QList<WrapUpIssue> CaseSession::wrapUpIssues() const
{
    return WrapUpRules::forCase(m_case, m_tree.get()).issues(m_case);
}

bool CaseSession::close()
{
    if (m_case.status != CaseStatus::WrapUp || !wrapUpIssues().isEmpty())
        return false;
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

void CaseSession::handOver(const QString &receiver, const QString &note, std::function<void(const QString &)> finished)
{
    const QString text = note.trimmed();
    QString problem;
    if (m_case.isReadOnly())
        problem = tr("A closed case cannot be handed over.");
    else if (isReadOnly())
        problem = tr("Only the person who holds the case can hand it over.");
    else if (receiver.isEmpty() || receiver == m_user)
        problem = tr("Choose the person who takes the case over.");
    else if (text.isEmpty() || text.size() > 1000)
        problem = tr("Write a short note for the person who takes the case over (at most 1000 characters).");
    else if (m_inFlight || m_conflict)
        problem = m_conflict ? tr("Resolve the differences with the stored case first.")
                             : tr("The case is being saved; try again in a moment.");
    if (!problem.isEmpty()) {
        finished(problem);
        return;
    }
    // What is not saved yet goes with the hand-over, in the same trip; afterwards the case is read
    // back as the receiver holds it.
    m_draftTimer.stop();
    SaveJob job;
    if (m_caseUnsaved)
        job.caseData = m_case;
    if (m_draftUnsaved)
        job.draft = m_draft;
    if (job.caseData && !m_treeStored)
        job.tree = m_tree;
    const CaseHandover handover{m_user, receiver, text, m_clock()};
    const QUuid id = m_case.id;
    auto stored = std::make_shared<std::optional<Case>>();
    m_inFlight = true;
    m_caseUnsaved = m_draftUnsaved = false;
    m_work.run(
            this,
            [job, handover, id, stored](CaseRepository &repository) {
                if (job.tree)
                    repository.storeTree(*job.tree);
                if (job.caseData)
                    repository.saveCase(*job.caseData, nullptr, job.draft ? &*job.draft : nullptr);
                else if (job.draft)
                    repository.saveDraft(id, *job.draft, handover.at);
                repository.handOver(id, handover);
                *stored = repository.loadCase(id);
            },
            [this, job, handover, stored, finished = std::move(finished)](const std::optional<StorageError> &error) {
                m_inFlight = false;
                if (error) {
                    m_caseUnsaved = m_caseUnsaved || job.caseData.has_value();
                    m_draftUnsaved = m_draftUnsaved || job.draft.has_value();
                    if (!error->isRefusal())
                        lostConnection(error->message());
                    finished(error->isRefusal() ? tr("The case was not handed over: %1").arg(error->message())
                                                : tr("The case cannot be saved right now, so it was not handed over. "
                                                     "Try again when the connection is back."));
                    return;
                }
                // The database moved the case to the receiver and added the hand-over to its history; from
                // now on this session shows the case as stored, read-only.
                m_handovers.append(handover);
                m_treeStored = true;
                if (*stored) {
                    m_base = **stored;
                    adopt(**stored);
                } else {
                    m_case.owner = handover.to;
                }
                forgetJournalWhenSaved();
                emit changed();
                finished({});
            });
}

} // namespace ww
