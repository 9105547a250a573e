// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"
#include "cases/CaseJournal.h"
#include "cases/CaseMerge.h"
#include "cases/CaseRepository.h"
#include "cases/CaseWork.h"
#include "tree/TreeWalker.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace ww {

/// Something that keeps a case in wrap-up from being closed.
struct WrapUpIssue
{
    QString field; ///< contact, callerRole, schoolType, themes, routeStage, referrals, whiteSpotReason,
                   ///< whiteSpotCategory
    QString message;
};

/// The case an agent works on: what the tree walk implies, referrals and their reasons, the call's
/// state, notes, wrap-up and follow-up. Every change is made in memory and, with a journal attached,
/// written to the local journal first; then it goes to the database through CaseWork, which on the
/// desk runs on the storage thread, so no change waits on the network. Changes made while a save
/// is on its way are coalesced into the next save (the newest state of the case wins; notes and
/// events are kept in order and never doubled). The note being typed is saved shortly after the
/// last keystroke. When the database cannot be reached the session works on, retries, and saves
/// everything once the database is back. A save refused because the case changed in the database
/// in between is merged, or reported as a conflict to resolve.
class CaseSession : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int DraftSaveDelayMs = 300;
    static constexpr int RetryIntervalMs = 2000;

    /// What opening or restoring a case gave: a session, or why there is none.
    struct Opened
    {
        std::unique_ptr<CaseSession> session;
        std::optional<StorageError> error; ///< the database failed or refused
        bool missing = false;              ///< no such case (or not readable by this user)
    };
    using OpenedHandler = std::function<void(Opened)>;

    /// Opens a new case on \a tree; it is saved (with its tree) on its way, the session is there at once.
    /// \a openedAt: when the contact began, if before now (a call the phone system answered); the
    /// clock's time otherwise.
    static std::unique_ptr<CaseSession> start(CaseWork &work, std::shared_ptr<const DecisionTree> tree, Channel channel,
                                              const QString &owner, Clock clock = {}, const QDateTime &openedAt = {});
    /// Loads a saved case with the tree it was walked in, for \a user (recorded in the audit log as
    /// having opened it), and hands it to \a opened, unless \a receiver is gone by then.
    static StorageRequest open(CaseWork &work, QObject *receiver, const QUuid &id, const QString &user,
                               OpenedHandler opened, Clock clock = {});
    /// Continues work that a journal kept (after a crash, or a session closed while offline): the
    /// journaled case and draft are saved over the stored case, as conflicts if it changed since.
    /// \a currentTree is used when the case's tree never reached the database.
    static StorageRequest restore(CaseWork &work, QObject *receiver, const JournaledWork &journaled,
                                  const QString &user, std::shared_ptr<const DecisionTree> currentTree,
                                  OpenedHandler opened, Clock clock = {});

    ~CaseSession() override;

    const Case &caseData() const { return m_case; }
    CaseWork &work() const { return m_work; }
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
    /// Changes the database does not have yet (waiting, or on their way).
    bool hasUnsavedWork() const { return m_caseUnsaved || m_draftUnsaved || m_inFlight || m_draftTimer.isActive(); }
    void setRetryInterval(int milliseconds) { m_retryTimer.setInterval(milliseconds); }
    /// Tries at once to reach the database again and save what is waiting.
    void retryNow();

    /// A save was refused because the case changed in the database; merge, then resolve.
    const std::optional<CaseMerge> &conflict() const { return m_conflict; }
    void resolveConflict(const CaseMerge &merge);

    /// Hands the case to \a receiver with a note for them; what is not saved yet goes with it. The
    /// case leaves this person's list and the session shows it as stored, read-only. \a finished gets
    /// an empty text on success, else what went wrong (at once when the input is wrong).
    void handOver(const QString &receiver, const QString &note, std::function<void(const QString &)> finished);
    const QList<CaseHandover> &handovers() const { return m_handovers; }

    // The tree walk.
    void recordWalk(const QList<WalkStep> &path);
    /// Continues from the walk a caller made on the website (a phone code): records \a path and the event
    /// "website-path", never the code. Only for a case not walked yet; false otherwise or for an empty path.
    bool continueWebsiteWalk(const QList<WalkStep> &path);
    QList<WalkStep> walkPath() const;

    // Coded fields, as the agent corrects them.
    void setFields(const CaseFields &fields);

    // The caller's number (docs/telephony.md).
    /// The number the phone system gave with this call: held in memory only, never journaled or stored
    /// until the caller agrees (setCallerNumberConsent).
    void offerCallerNumber(const QString &number);
    /// The number that consent would keep: the one stored, else the one offered; empty when there is none.
    QString callerNumberOnOffer() const;
    /// Records or withdraws the caller's consent; with it the number is kept on the case, without it the
    /// case holds no number. False when there is no number to keep.
    bool setCallerNumberConsent(bool consent);
    /// The number kept on the case with the caller's consent (as stored, or ticked in this session).
    QString keptCallerNumber() const;

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
    /// One trip to the database: the case as it is now and/or the draft, and the tree the first time.
    struct SaveJob
    {
        std::optional<Case> caseData;
        std::optional<QString> draft;
        std::shared_ptr<const DecisionTree> tree;
    };
    struct SaveOutcome;

    CaseSession(CaseWork &work, std::shared_ptr<const DecisionTree> tree, Case caseData, const QString &user,
                Clock clock);
    void initialiseFromCase();
    bool editable() const;
    void addEvent(const QString &kind, const QString &detail = {});
    void endHold(const QDateTime &now);
    void suggestReferrals(const TreeNode *outcome);
    CaseReferral *findReferral(const QString &partyId);
    void adopt(Case caseData);
    void save();
    /// Sends what is waiting, unless a save is on its way (its answer sends the rest).
    void flush();
    void saveAnswered(const SaveJob &job, const SaveOutcome &outcome, const std::optional<StorageError> &error);
    void mergeWithStored(const Case &stored);
    void lostConnection(const QString &message);
    void forgetJournalWhenSaved();

    CaseWork &m_work;
    std::shared_ptr<const DecisionTree> m_tree;
    Case m_case;
    Case m_base; ///< the case as the database last had it: what a merge starts from
    QString m_user;
    Clock m_clock;
    CodedAnswers m_lastImplied;
    QDateTime m_holdStartedAt;
    QString m_draft;
    QTimer m_draftTimer;
    bool m_caseUnsaved = false;  ///< the case changed since it was last sent
    bool m_draftUnsaved = false; ///< the draft changed since it was last sent
    bool m_inFlight = false;     ///< a save is on its way
    bool m_treeStored = false;   ///< the case's tree reached the database (it goes with the first save)
    int m_staleInARow = 0;
    bool m_offline = false;
    QTimer m_retryTimer;
    std::unique_ptr<CaseJournal> m_journal;
    std::optional<CaseMerge> m_conflict;
    QList<CaseHandover> m_handovers;
    QString m_offeredCallerNumber;
};

} // namespace ww
