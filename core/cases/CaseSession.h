// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"
#include "cases/CaseJournal.h"
#include "cases/CaseMerge.h"
#include "cases/CaseRepository.h"
#include "tree/TreeWalker.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace ww {

/// Something that keeps a case in wrap-up from being closed.
struct WrapUpIssue
{
    QString field; ///< contact, callerRole, schoolType, themes, routeStage, referrals, whiteSpotReason,
                   ///< whiteSpotCategory
    QString message;
};

/// The case an agent works on: what the tree walk implies, referrals and their reasons, the call's
/// state, notes, wrap-up and follow-up. Every change is saved at once; the note being typed is
/// saved shortly after the last keystroke. With a journal attached, every change is first written
/// to the local journal: when the database cannot be reached the session works on, retries, and
/// saves everything once the database is back. A save refused because someone else changed the
/// case in between is reported as a conflict to merge.
class CaseSession : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int DraftSaveDelayMs = 300;
    static constexpr int RetryIntervalMs = 2000;

    /// Opens a new case on \a tree and saves it.
    static std::unique_ptr<CaseSession> start(CaseRepository &repository, std::shared_ptr<const DecisionTree> tree,
                                              Channel channel, const QString &owner, Clock clock = {});
    /// Loads a saved case with the tree it was walked in, for \a user (recorded in the audit log as
    /// having opened it); null when it does not exist.
    static std::unique_ptr<CaseSession> load(CaseRepository &repository, const QUuid &id, const QString &user,
                                             Clock clock = {});
    /// Continues work that a journal kept (after a crash, or a session closed while offline): the
    /// journaled case and draft are saved over the stored case, as conflicts if it changed since.
    /// \a currentTree is used when the case's tree never reached the database.
    static std::unique_ptr<CaseSession> restore(CaseRepository &repository, const JournaledWork &work,
                                                const QString &user,
                                                std::shared_ptr<const DecisionTree> currentTree, Clock clock = {});

    ~CaseSession() override;

    const Case &caseData() const { return m_case; }
    CaseRepository &repository() const { return m_repository; }
    std::shared_ptr<const DecisionTree> tree() const { return m_tree; }
    /// Closed, or held by someone else: this user only reads it.
    bool isReadOnly() const;
    /// Who works on the case in this session: the author of new notes.
    QString user() const { return m_user; }

    /// Journals every change in \a folder from now on (CaseJournal::folderFor the user).
    void attachJournal(const QString &folder);
    QString journalPath() const { return m_journal ? m_journal->path() : QString(); }
    /// The database could not be reached at the last attempt; work goes on in the journal.
    bool isOffline() const { return m_offline; }
    bool hasUnsavedWork() const { return m_caseUnsaved || m_draftUnsaved; }
    void setRetryInterval(int milliseconds) { m_retryTimer.setInterval(milliseconds); }
    /// Tries at once to reach the database again and save what is waiting.
    void retryNow();

    /// A save was refused because the case changed in the database; merge, then resolve.
    const std::optional<CaseMerge> &conflict() const { return m_conflict; }
    void resolveConflict(const CaseMerge &merge);

    /// Hands the case to \a receiver with a note for them; the case leaves this person's list.
    bool handOver(const QString &receiver, const QString &note, QString *error);
    const QList<CaseHandover> &handovers() const { return m_handovers; }

    // The tree walk.
    void recordWalk(const QList<WalkStep> &path);
    QList<WalkStep> walkPath() const;

    // Coded fields, as the agent corrects them.
    void setFields(const CaseFields &fields);

    // Referrals. Differing from the tree's suggestion needs a reason.
    /// \a category: from Vocabulary::referralRemovalReasons (removing) or referralAdditionReasons (adding).
    bool removeReferral(const QString &partyId, const QString &reason, const QString &category = {});
    bool addReferral(const QString &partyId, const QString &reason, const QString &category = {});
    bool restoreReferral(const QString &partyId);
    bool setWarmHandover(const QString &partyId, bool warm);
    void setWhiteSpotReason(const QString &reason);
    /// One of Vocabulary::whiteSpotReasons: the report counts white spots by it.
    void setWhiteSpotCategory(const QString &category);

    // The contact.
    bool isOnHold() const { return m_holdStartedAt.isValid(); }
    void toggleHold();
    /// Seconds of contact so far (or in all, once ended), hold time left out.
    qint64 contactSeconds() const;
    void endContact();

    // Notes.
    void setDraft(const QString &text);
    QString draft() const { return m_draft; }
    /// Saves \a body as a note (and clears the draft); \a corrects names the note it corrects.
    std::optional<CaseNote> addNote(const QString &body, const QUuid &corrects = {});

    // Wrap-up and follow-up.
    QList<WrapUpIssue> wrapUpIssues() const;
    bool close();
    bool scheduleFollowUp(const QDate &date, const QString &instruction, QString *error);
    bool continueFollowUp();

signals:
    void changed();
    void saveFailed(const QString &message);
    /// Everything the session holds reached the database; a failure before is made good.
    void saved();
    /// The database went away (false) or is back and has everything (true).
    void connectionChanged(bool online);
    /// Someone else changed the case: conflict() says what differs.
    void conflictFound();

private:
    CaseSession(CaseRepository &repository, std::shared_ptr<const DecisionTree> tree, Case caseData,
                const QString &user, Clock clock);
    void initialiseFromCase();
    bool editable() const;
    void addEvent(const QString &kind, const QString &detail = {});
    void endHold(const QDateTime &now);
    void suggestReferrals(const TreeNode *outcome);
    CaseReferral *findReferral(const QString &partyId);
    void save();
    bool persist();
    bool mergeWithStored();
    void saveDraftNow();
    void lostConnection(const QString &message);
    void forgetJournalWhenSaved();

    CaseRepository &m_repository;
    std::shared_ptr<const DecisionTree> m_tree;
    Case m_case;
    Case m_base; ///< the case as the database last had it: what a merge starts from
    QString m_user;
    Clock m_clock;
    CodedAnswers m_lastImplied;
    QDateTime m_holdStartedAt;
    QString m_draft;
    QTimer m_draftTimer;
    bool m_caseUnsaved = false; ///< the last case save failed; the next save of any kind retries it
    bool m_draftUnsaved = false;
    bool m_offline = false;
    QTimer m_retryTimer;
    std::unique_ptr<CaseJournal> m_journal;
    std::optional<CaseMerge> m_conflict;
    QList<CaseHandover> m_handovers;
};

} // namespace ww
