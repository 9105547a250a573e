// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionJob.h"

#include "storage/AgentStateStore.h"

#include "storage/Database.h"

#include <QRegularExpression>

namespace ww {

std::optional<RetentionPeriod> RetentionPeriod::parse(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"([1-9][0-9]{0,3})([dwmy])"_qs));
    const QRegularExpressionMatch match = pattern.match(text);
    QString ignored;
    if (!error)
        error = &ignored;
    if (!match.hasMatch()) {
        *error = RetentionJob::tr("\"%1\" is not a period; write a number and d, w, m or y, such as 90d or 18m")
                         .arg(text);
        return std::nullopt;
    }
    RetentionPeriod period{match.captured(1).toInt(), match.captured(2).at(0), text};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (period.cutoff(now) < now.addYears(-100)) {
        *error = RetentionJob::tr("\"%1\" is longer than 100 years").arg(text);
        return std::nullopt;
    }
    return period;
}

QDateTime RetentionPeriod::cutoff(const QDateTime &now) const
{
    switch (unit.unicode()) {
    case u'd':
        return now.addDays(-amount);
    case u'w':
        return now.addDays(-7LL * amount);
    case u'm':
        return now.addMonths(-amount);
    default:
        return now.addYears(-amount);
    }
}

RetentionJob::RetentionJob(Database &database)
    : m_database(database)
{ }

int RetentionJob::apply(const RetentionPeriod &period, const QDateTime &now, bool dryRun, const QString &actor)
{
    const QDateTime cutoff = period.cutoff(now);
    if (m_database.dialect() == SqlDialect::PostgreSql) {
        // The database does it in one definer function: the only code allowed to erase notes.
        Database::Transaction transaction(m_database);
        QSqlQuery &query = m_database.run(
                u"retention_apply"_qs, {{u"cutoff"_qs, cutoff}, {u"period"_qs, period.text}, {u"dry_run"_qs, dryRun}});
        const int affected = query.next() ? query.value(0).toInt() : 0;
        query.finish();
        if (!dryRun)
            AgentStateStore(m_database).expire(cutoff); // personnel data: kept no longer than the cases
        transaction.commit();
        return affected;
    }

    Database::Transaction transaction(m_database);
    QSqlQuery &count = m_database.run(u"retention_count"_qs, {{u"cutoff"_qs, cutoff}});
    const int affected = count.next() ? count.value(0).toInt() : 0;
    count.finish();
    if (dryRun)
        return affected;
    // The note trigger is lifted and restored inside this one transaction.
    for (const QString &step :
         {u"retention_mark"_qs, u"retention_unlock_notes"_qs, u"retention_erase_notes"_qs, u"retention_lock_notes"_qs,
          u"retention_erase_referral_reasons"_qs, u"retention_erase_drafts"_qs, u"retention_erase_event_details"_qs,
          u"retention_erase_handover_notes"_qs, u"retention_anonymise_cases"_qs, u"retention_drop_batch"_qs}) {
        QVariantMap bindings;
        if (step == u"retention_mark")
            bindings.insert(u"cutoff"_qs, cutoff);
        if (step == u"retention_anonymise_cases")
            bindings.insert(u"now"_qs, now);
        m_database.runOnce(step, bindings);
    }
    m_database.run(u"retention_audit"_qs,
                   {{u"now"_qs, now},
                    {u"actor"_qs, actor},
                    {u"detail"_qs,
                     u"%1 cases closed before %2 anonymised"_qs.arg(affected).arg(cutoff.toString(Qt::ISODate))}});
    m_database.run(u"retention_setting"_qs, {{u"period"_qs, period.text}});
    AgentStateStore(m_database).expire(cutoff);
    transaction.commit();
    return affected;
}

} // namespace ww
