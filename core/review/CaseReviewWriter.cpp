// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseReviewWriter.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

namespace ww {

CaseReviewWriter::CaseReviewWriter(Database &database)
    : m_database(database)
{ }

QString CaseReviewWriter::problem(const QString &comment, int score, bool flagged, const QString &summary)
{
    if (comment.trimmed().isEmpty())
        return tr("a review needs a comment");
    if (comment.size() > maxCommentLength)
        return tr("a review comment may be at most %1 characters").arg(maxCommentLength);
    if (score < 1 || score > 5)
        return tr("the quality score must be from 1 to 5, not %1").arg(score);
    if (flagged && summary.trimmed().isEmpty())
        return tr("a case for the expertise network needs a short summary");
    if (summary.size() > maxSummaryLength)
        return tr("the summary for the expertise network may be at most %1 characters").arg(maxSummaryLength);
    return {};
}

void CaseReviewWriter::add(const QUuid &caseId, const QString &comment, int score, bool flagged,
                           const QString &reviewer, const QDateTime &now, const QString &networkSummary)
{
    const QString wrong = problem(comment, score, flagged, networkSummary);
    if (!wrong.isEmpty())
        throw StorageError(wrong);
    QVariantMap bindings{{u"case_id"_qs, caseId.toString(QUuid::WithoutBraces)},
                         {u"comment"_qs, comment.trimmed()},
                         {u"score"_qs, score},
                         {u"flagged"_qs, flagged ? 1 : 0},
                         {u"network_summary"_qs,
                          flagged ? QVariant(networkSummary.trimmed()) : QVariant(QMetaType(QMetaType::QString))}};
    // PostgreSQL fills in the reviewer (session_user) and the time itself; its policy allows no other name.
    if (m_database.dialect() == SqlDialect::Sqlite) {
        bindings.insert(u"reviewer"_qs, reviewer);
        bindings.insert(u"reviewed_at"_qs, now.toUTC());
    }
    m_database.run(u"case_review_insert"_qs, bindings);
}

} // namespace ww
