// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"
#include "storage/PhoneCodeStore.h"

#include <QHash>

#include <optional>
#include <utility>

namespace ww {

class DecisionTree;

/// A line of the agent's home list.
struct CaseSummary
{
    QUuid id;
    Channel channel = Channel::Phone;
    CaseStatus status = CaseStatus::Active;
    QDateTime openedAt;
    QDateTime updatedAt;
    QDate followUpDate;
    QString followUpInstruction;
    QString callerRole;
    QString outcomeNodeId;
    QString handedOverBy; ///< who handed the case to this person, if it was handed over
    QString handoverNote;

    bool followUpDue(const QDate &today) const
    {
        return status == CaseStatus::FollowUp && followUpDate.isValid() && followUpDate <= today;
    }
};

/// A case handed from one person to another, with a note for the receiver.
struct CaseHandover
{
    QString from;
    QString to;
    QString note;
    QDateTime at;
};

enum class CaseAccess { Opened, Exported };

/// What the database filled in itself when it saved a case: on the shared database the time of the
/// change and of closing, and each note's author and time, are the database's, not the desktop's.
struct SavedCase
{
    QDateTime updatedAt;
    QDateTime closedAt;
    /// For each note of the case that is stored: its author and time as stored.
    QHash<QUuid, std::pair<QString, QDateTime>> notes;

    /// Makes \a caseData show what the database has.
    void applyTo(Case &caseData) const
    {
        if (updatedAt.isValid())
            caseData.updatedAt = updatedAt;
        if (caseData.status == CaseStatus::Closed && closedAt.isValid())
            caseData.closedAt = closedAt;
        for (CaseNote &note : caseData.notes) {
            const auto stored = notes.constFind(note.id);
            if (stored != notes.cend()) {
                note.author = stored->first;
                note.createdAt = stored->second;
            }
        }
    }
};

/// Where cases are kept. The SQL store implements it for SQLite and PostgreSQL.
/// Every method throws StorageError on failure; a failed save leaves what was stored before.
class CaseRepository
{
public:
    virtual ~CaseRepository() = default;

    /// Keeps the tree's content under its identity, so the case can be shown as walked.
    virtual void storeTree(const DecisionTree &tree) = 0;
    /// The canonical content of the tree with \a identity, or empty when unknown.
    virtual QByteArray treeContent(const QString &identity) = 0;

    /// Saves the whole case in one transaction and returns the stored row version. Notes and events
    /// already stored are left as they are (they are append-only), so saving the same case twice
    /// changes nothing. Throws StaleCaseError when the stored case is newer than caseData.rowVersion;
    /// the case's notes are saved even then. \a saved, when given, receives what the database filled in.
    /// \a draft, when given, is saved in the same transaction as the note being typed (empty: none).
    virtual int saveCase(const Case &caseData, SavedCase *saved = nullptr, const QString *draft = nullptr) = 0;
    virtual std::optional<Case> loadCase(const QUuid &id) = 0;
    /// Records in the audit log that \a actor opened or exported the case.
    virtual void recordAccess(const QUuid &caseId, const QString &actor, CaseAccess access) = 0;

    virtual void saveDraft(const QUuid &caseId, const QString &body, const QDateTime &at) = 0;
    virtual QString draft(const QUuid &caseId) = 0;
    virtual void clearDraft(const QUuid &caseId) = 0;

    /// Open cases of \a owner (due follow-ups first, then active, then later follow-ups),
    /// followed by at most \a recentLimit recently closed ones.
    /// Includes the cases handed over to \a owner; leaves out those \a owner handed on.
    virtual QList<CaseSummary> homeList(const QString &owner, const QDate &today, int recentLimit) = 0;

    /// Hands the case to handover.to: the receiver holds it from now on and the hand-over's event is
    /// added to its history (the case's row version goes up). Throws StorageError when refused.
    virtual void handOver(const QUuid &caseId, const CaseHandover &handover) = 0;
    virtual QList<CaseHandover> handovers(const QUuid &caseId) = 0;
    /// The people a case can be handed to, \a me left out.
    virtual QStringList handoverReceivers(const QString &me) = 0;

    // Who has a case open right now. Each open desktop touches its row now and then.
    virtual void touchPresence(const QUuid &caseId, const QString &viewer) = 0;
    virtual void leavePresence(const QUuid &caseId, const QString &viewer) = 0;
    virtual QStringList othersViewing(const QUuid &caseId, const QString &viewer, int maxAgeSeconds) = 0;

    /// Redeems a phone code a website visitor read out (PhoneCodeStore::redeem) for a phone case on the
    /// tree \a treeIdentity; \a user is the agent (SQLite counts refused attempts by it).
    virtual PhoneCodeRedemption redeemPhoneCode(const QString &code, const QString &treeIdentity, const QString &user)
            = 0;

    /// Opens the connection again after it was lost (a server restart, a network cut).
    /// Returns false when the database cannot be reached yet.
    virtual bool reconnect() = 0;
};

} // namespace ww
