// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"

#include <optional>

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

    bool followUpDue(const QDate &today) const
    {
        return status == CaseStatus::FollowUp && followUpDate.isValid() && followUpDate <= today;
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

    /// Saves the whole case in one transaction. Notes and events already stored are left as they
    /// are (they are append-only), so saving the same case twice changes nothing.
    virtual void saveCase(const Case &caseData) = 0;
    virtual std::optional<Case> loadCase(const QUuid &id) = 0;

    virtual void saveDraft(const QUuid &caseId, const QString &body, const QDateTime &at) = 0;
    virtual QString draft(const QUuid &caseId) = 0;
    virtual void clearDraft(const QUuid &caseId) = 0;

    /// Open cases of \a owner (due follow-ups first, then active, then later follow-ups),
    /// followed by at most \a recentLimit recently closed ones.
    virtual QList<CaseSummary> homeList(const QString &owner, const QDate &today, int recentLimit) = 0;
};

} // namespace ww
