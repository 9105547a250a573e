// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"
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
    QString field; ///< contact, callerRole, schoolType, themes, routeStage, referrals, whiteSpotReason
    QString message;
};

/// The case an agent works on: what the tree walk implies, referrals and their reasons, the call's
/// state, notes, wrap-up and follow-up. Every change is saved at once; the note being typed is
/// saved shortly after the last keystroke.
class CaseSession : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;
    static constexpr int DraftSaveDelayMs = 300;

    /// Opens a new case on \a tree and saves it.
    static std::unique_ptr<CaseSession> start(CaseRepository &repository, std::shared_ptr<const DecisionTree> tree,
                                              Channel channel, const QString &owner, Clock clock = {});
    /// Loads a saved case with the tree it was walked in; null when it does not exist.
    static std::unique_ptr<CaseSession> load(CaseRepository &repository, const QUuid &id, Clock clock = {});

    ~CaseSession() override;

    const Case &caseData() const { return m_case; }
    std::shared_ptr<const DecisionTree> tree() const { return m_tree; }
    bool isReadOnly() const { return m_case.isReadOnly(); }

    // The tree walk.
    void recordWalk(const QList<WalkStep> &path);
    QList<WalkStep> walkPath() const;

    // Coded fields, as the agent corrects them.
    void setFields(const CaseFields &fields);

    // Referrals. Differing from the tree's suggestion needs a reason.
    bool removeReferral(const QString &partyId, const QString &reason);
    bool addReferral(const QString &partyId, const QString &reason);
    bool restoreReferral(const QString &partyId);
    bool setWarmHandover(const QString &partyId, bool warm);
    void setWhiteSpotReason(const QString &reason);

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

private:
    CaseSession(CaseRepository &repository, std::shared_ptr<const DecisionTree> tree, Case caseData, Clock clock);
    bool editable() const;
    void addEvent(const QString &kind, const QString &detail = {});
    void endHold(const QDateTime &now);
    void suggestReferrals(const TreeNode *outcome);
    CaseReferral *findReferral(const QString &partyId);
    void save();
    void saveDraftNow();

    CaseRepository &m_repository;
    std::shared_ptr<const DecisionTree> m_tree;
    Case m_case;
    Clock m_clock;
    CodedAnswers m_lastImplied;
    QDateTime m_holdStartedAt;
    QString m_draft;
    QTimer m_draftTimer;
    bool m_caseUnsaved = false; ///< the last case save failed; the next save of any kind retries it
};

} // namespace ww
