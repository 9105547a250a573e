// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseSession.h"

#include "storage/StorageError.h"
#include "tree/TreeLoader.h"

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
                         Clock clock)
    : m_repository(repository)
    , m_tree(std::move(tree))
    , m_case(std::move(caseData))
    , m_clock(orSystemClock(std::move(clock)))
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftSaveDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &CaseSession::saveDraftNow);
}

CaseSession::~CaseSession()
{
    if (m_draftTimer.isActive() || m_caseUnsaved)
        saveDraftNow();
}

std::unique_ptr<CaseSession> CaseSession::start(CaseRepository &repository, std::shared_ptr<const DecisionTree> tree,
                                                Channel channel, const QString &owner, Clock clock)
{
    clock = orSystemClock(std::move(clock));
    repository.storeTree(*tree);
    Case opened = Case::open(channel, owner, tree->identity(), clock());
    opened.steps.append({tree->startNodeId(), {}, opened.openedAt});
    std::unique_ptr<CaseSession> session(new CaseSession(repository, std::move(tree), std::move(opened), clock));
    repository.saveCase(session->m_case);
    return session;
}

std::unique_ptr<CaseSession> CaseSession::load(CaseRepository &repository, const QUuid &id, Clock clock)
{
    std::optional<Case> stored = repository.loadCase(id);
    if (!stored)
        return nullptr;
    const QByteArray content = repository.treeContent(stored->treeIdentity);
    const TreeLoadResult tree = TreeLoader::loadArchived(content, stored->treeIdentity);
    if (!tree.ok())
        throw StorageError(tr("the tree %1 of this case cannot be read back").arg(stored->treeIdentity));
    std::unique_ptr<CaseSession> session(new CaseSession(repository, tree.tree, std::move(*stored), std::move(clock)));
    session->m_draft = repository.draft(id);
    TreeWalker walker(session->m_tree);
    walker.restore(session->walkPath());
    session->m_lastImplied = walker.impliedAnswers();
    // A contact left on hold (the agent went to another case) is still on hold when it is reopened.
    if (session->m_case.status == CaseStatus::Active) {
        for (auto event = session->m_case.events.crbegin(); event != session->m_case.events.crend(); ++event) {
            if (event->kind == u"hold" || event->kind == u"resumed") {
                if (event->kind == u"hold")
                    session->m_holdStartedAt = event->at;
                break;
            }
        }
    }
    return session;
}

bool CaseSession::editable() const
{
    return !m_case.isReadOnly() && m_case.status != CaseStatus::FollowUp;
}

void CaseSession::addEvent(const QString &kind, const QString &detail)
{
    m_case.events.append({m_clock(), kind, detail});
}

void CaseSession::save()
{
    m_case.updatedAt = m_clock();
    try {
        m_repository.saveCase(m_case);
        m_caseUnsaved = false;
        emit saved();
    } catch (const StorageError &error) {
        m_caseUnsaved = true;
        emit saveFailed(error.message());
    }
    emit changed();
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

bool CaseSession::removeReferral(const QString &partyId, const QString &reason)
{
    CaseReferral *referral = findReferral(partyId);
    if (!editable() || !referral || reason.trimmed().isEmpty())
        return false;
    if (referral->origin == ReferralOrigin::Added)
        m_case.referrals.removeIf([&](const CaseReferral &r) { return r.partyId == partyId; });
    else {
        referral->decision = ReferralDecision::Removed;
        referral->reason = reason.trimmed();
        referral->warmHandover = false;
        referral->decidedAt = m_clock();
    }
    save();
    return true;
}

bool CaseSession::addReferral(const QString &partyId, const QString &reason)
{
    if (!editable() || partyId.isEmpty() || reason.trimmed().isEmpty())
        return false;
    if (CaseReferral *existing = findReferral(partyId)) {
        if (existing->decision == ReferralDecision::Confirmed)
            return false;
        return restoreReferral(partyId);
    }
    m_case.referrals.append({partyId, ReferralOrigin::Added, ReferralDecision::Confirmed, reason.trimmed(), false, m_clock()});
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
    if (m_case.isReadOnly() || text == m_draft)
        return;
    m_draft = text;
    m_draftTimer.start();
}

void CaseSession::saveDraftNow()
{
    m_draftTimer.stop();
    try {
        // A case save that failed is retried with the draft: the agent's next keystroke makes it good.
        if (m_caseUnsaved) {
            m_repository.saveCase(m_case);
            m_caseUnsaved = false;
        }
        if (m_draft.isEmpty())
            m_repository.clearDraft(m_case.id);
        else
            m_repository.saveDraft(m_case.id, m_draft, m_clock());
        emit saved();
    } catch (const StorageError &error) {
        emit saveFailed(error.message());
    }
}

std::optional<CaseNote> CaseSession::addNote(const QString &body, const QUuid &corrects)
{
    const QString text = body.trimmed();
    if (m_case.isReadOnly() || text.isEmpty())
        return std::nullopt;
    if (!corrects.isNull()) {
        const bool known = std::any_of(m_case.notes.cbegin(), m_case.notes.cend(),
                                       [&](const CaseNote &note) { return note.id == corrects; });
        if (!known)
            return std::nullopt;
    }
    const CaseNote note{QUuid::createUuid(), m_case.owner, m_clock(), text, corrects};
    m_case.notes.append(note);
    m_draft.clear();
    m_draftTimer.stop();
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

} // namespace ww
