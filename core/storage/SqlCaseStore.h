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
    int saveCase(const Case &caseData, SavedCase *saved = nullptr, const QString *draft = nullptr) override;
    std::optional<Case> loadCase(const QUuid &id) override;
    void recordAccess(const QUuid &caseId, const QString &actor, CaseAccess access) override;
    void saveDraft(const QUuid &caseId, const QString &body, const QDateTime &at) override;
    QString draft(const QUuid &caseId) override;
    void clearDraft(const QUuid &caseId) override;
    QList<CaseSummary> homeList(const QString &owner, const QDate &today, int recentLimit) override;
    void handOver(const QUuid &caseId, const CaseHandover &handover) override;
    QList<CaseHandover> handovers(const QUuid &caseId) override;
    QStringList handoverReceivers(const QString &me) override;
    void touchPresence(const QUuid &caseId, const QString &viewer) override;
    void leavePresence(const QUuid &caseId, const QString &viewer) override;
    QStringList othersViewing(const QUuid &caseId, const QString &viewer, int maxAgeSeconds) override;
    PhoneCodeRedemption redeemPhoneCode(const QString &code, const QString &treeIdentity, const QString &user) override;
    bool reconnect() override;

    enum class Write { Update, New };
    /// Writes the case without its own transaction, for callers that batch many cases in one, and
    /// returns the new row version, or 0 when the stored case is newer than caseData.rowVersion
    /// (nothing was written then). Write::New skips clearing rows that a new case cannot have yet.
    /// On PostgreSQL the case goes to ww_save_case in one call (and the notes are saved even when 0
    /// is returned); \a saved receives what the database filled in.
    int writeCase(const Case &caseData, Write mode = Write::Update, SavedCase *saved = nullptr,
                  const QString *draft = nullptr);

private:
    int writeCaseStatements(const Case &caseData, Write mode, SavedCase *saved);
    int writeCaseInOneCall(const Case &caseData, SavedCase *saved, const QString *draft);
    void writeNotes(const Case &caseData);

    Database &m_database;
};

} // namespace ww
