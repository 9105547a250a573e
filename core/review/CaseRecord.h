// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/Case.h"
#include "cases/CaseRepository.h" // CaseHandover

#include <QCoreApplication>

#include <optional>

namespace ww {

class Database;

struct CaseReview
{
    QString reviewer;
    QDateTime reviewedAt;
    QString comment;
    int score = 0;        ///< 1–5; 0 for a review written before scores existed
    bool flagged = false; ///< to be discussed in the expertise network
};

struct AuditEntry
{
    QDateTime at;
    QString actor;
    QString action; ///< created, changed, opened, exported, handed-over, …
    QString detail;
};

/// A line of the chat the case came from.
struct CaseChatMessage
{
    int seq = 0;
    QString sender; ///< visitor or agent
    QString author; ///< the agent's account; empty for the visitor
    QString body;
    QDateTime at;
};

/// Everything stored about one case: the case itself and what others did with it.
struct CaseRecord
{
    Case caseData;
    QString draft;
    QList<CaseHandover> handovers;
    QList<CaseChatMessage> transcript; ///< empty for phone cases
    QList<CaseReview> reviews;
    QList<AuditEntry> audit;
};

/// Reads a case's whole record. On PostgreSQL row-level security decides what the reader sees;
/// reviews and the audit log are for supervisors.
class CaseRecordReader
{
    Q_DECLARE_TR_FUNCTIONS(ww::CaseRecordReader)

public:
    explicit CaseRecordReader(Database &database);
    std::optional<CaseRecord> read(const QUuid &caseId);

private:
    Database &m_database;
};

} // namespace ww
