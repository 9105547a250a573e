// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseRepository.h"
#include "storage/SqlCaseStore.h"
#include "storage/StorageError.h"

namespace ww {

/// A case store that fails every write while \c failing is set and cannot reconnect then, as a
/// full disk, a lost network share or a stopped server would.
class FlakyCaseStore : public CaseRepository
{
public:
    explicit FlakyCaseStore(Database &database)
        : m_store(database)
    { }

    bool failing = false;
    int reconnectAttempts = 0;

    void storeTree(const DecisionTree &tree) override { m_store.storeTree(tree); }
    QByteArray treeContent(const QString &identity) override { return m_store.treeContent(identity); }
    int saveCase(const Case &caseData, SavedCase *saved = nullptr, const QString *draft = nullptr) override
    {
        failIfAsked();
        return m_store.saveCase(caseData, saved, draft);
    }
    std::optional<Case> loadCase(const QUuid &id) override
    {
        failIfAsked();
        return m_store.loadCase(id);
    }
    void recordAccess(const QUuid &caseId, const QString &actor, CaseAccess access) override
    {
        m_store.recordAccess(caseId, actor, access);
    }
    void saveDraft(const QUuid &caseId, const QString &body, const QDateTime &at) override
    {
        failIfAsked();
        m_store.saveDraft(caseId, body, at);
    }
    QString draft(const QUuid &caseId) override { return m_store.draft(caseId); }
    void clearDraft(const QUuid &caseId) override
    {
        failIfAsked();
        m_store.clearDraft(caseId);
    }
    QList<CaseSummary> homeList(const QString &owner, const QDate &today, int recentLimit) override
    {
        failIfAsked();
        return m_store.homeList(owner, today, recentLimit);
    }
    void handOver(const QUuid &caseId, const CaseHandover &handover) override
    {
        failIfAsked();
        m_store.handOver(caseId, handover);
    }
    QList<CaseHandover> handovers(const QUuid &caseId) override { return m_store.handovers(caseId); }
    QStringList handoverReceivers(const QString &me) override { return m_store.handoverReceivers(me); }
    void touchPresence(const QUuid &caseId, const QString &viewer) override
    {
        failIfAsked();
        m_store.touchPresence(caseId, viewer);
    }
    void leavePresence(const QUuid &caseId, const QString &viewer) override
    {
        failIfAsked();
        m_store.leavePresence(caseId, viewer);
    }
    QStringList othersViewing(const QUuid &caseId, const QString &viewer, int maxAgeSeconds) override
    {
        failIfAsked();
        return m_store.othersViewing(caseId, viewer, maxAgeSeconds);
    }
    PhoneCodeRedemption redeemPhoneCode(const QString &code, const QString &treeIdentity, const QString &user) override
    {
        failIfAsked();
        return m_store.redeemPhoneCode(code, treeIdentity, user);
    }
    bool reconnect() override
    {
        ++reconnectAttempts;
        return !failing;
    }

private:
    void failIfAsked() const
    {
        if (failing)
            throw StorageError(QStringLiteral("the database cannot be reached (test)"));
    }

    SqlCaseStore m_store;
};

} // namespace ww
