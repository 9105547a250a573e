// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace ww {

class Database;

/// A supervisor's review of a case: a comment, a quality score from 1 to 5, and whether the
/// case should be discussed (anonymised) in the expertise network, with a short summary for the
/// network that names nobody (PersonalDetailsCheck warns). On PostgreSQL only supervisors may write
/// reviews, and always under their own name.
class CaseReviewWriter
{
    Q_DECLARE_TR_FUNCTIONS(ww::CaseReviewWriter)

public:
    static constexpr qsizetype maxCommentLength = 4000;
    static constexpr qsizetype maxSummaryLength = 1500;

    explicit CaseReviewWriter(Database &database);

    /// What is wrong with the review, or an empty text. A case flagged for the network needs a summary;
    /// a summary without the flag is not kept.
    static QString problem(const QString &comment, int score, bool flagged = false, const QString &summary = {});
    /// Throws StorageError when the review is not valid or the database refuses it.
    void add(const QUuid &caseId, const QString &comment, int score, bool flagged, const QString &reviewer,
             const QDateTime &now, const QString &networkSummary = {});

private:
    Database &m_database;
};

} // namespace ww
