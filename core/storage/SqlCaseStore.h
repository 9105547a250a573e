// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseRepository.h"

namespace ww {

class Database;

/// Cases in an SQL database, through the named statements in resources/sql.
class SqlCaseStore : public CaseRepository
{
public:
    explicit SqlCaseStore(Database &database);

    void storeTree(const DecisionTree &tree) override;
    QByteArray treeContent(const QString &identity) override;
    void saveCase(const Case &caseData) override;
    std::optional<Case> loadCase(const QUuid &id) override;
    void saveDraft(const QUuid &caseId, const QString &body, const QDateTime &at) override;
    QString draft(const QUuid &caseId) override;
    void clearDraft(const QUuid &caseId) override;
    QList<CaseSummary> homeList(const QString &owner, const QDate &today, int recentLimit) override;

    enum class Write { Update, New };
    /// Writes the case without its own transaction, for callers that batch many cases in one.
    /// Write::New skips clearing rows that a new case cannot have yet.
    void writeCase(const Case &caseData, Write mode = Write::Update);

private:
    Database &m_database;
};

} // namespace ww
