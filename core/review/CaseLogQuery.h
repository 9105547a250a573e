// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CaseLogFilter.h"
#include "review/SqlFragments.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantMap>

#include <functional>

namespace ww {

class Database;

/// The case log for one filter and sort order, run in the database a page at a time.
/// The SQL is put together from the fixed fragments in case_log_fragments.sql and
/// case_log_dialect.sql; every value is bound.
class CaseLogQuery
{
    Q_DECLARE_TR_FUNCTIONS(ww::CaseLogQuery)

public:
    /// From \a commonWordNotes matching notes on, the words are searched case by case (newest first)
    /// rather than by listing every matching note first.
    CaseLogQuery(Database &database, const CaseLogFilter &filter, const CaseLogSort &sort = {},
                 qint64 commonWordNotes = defaultCommonWordNotes);

    /// How many cases match.
    qint64 count();
    /// Up to \a limit rows from \a offset on, in the sort order.
    QList<CaseLogRow> page(qint64 offset, int limit);
    /// Every matching row in order, read as a stream (for export).
    void forEach(const std::function<void(const CaseLogRow &)> &visit);

    /// The SQL that page() runs and its bindings (for benchmarks and plans).
    QString pageSql() const;
    QVariantMap bindings() const { return m_bindings; }

    /// The words of \a text as an FTS5 query in which every word is a quoted string, so that no
    /// operator or column filter from the user's text reaches FTS5.
    static QString fts5Query(const QString &text);
    /// A word as the SQLite full-text index stores it.
    static QString fts5Term(const QString &word);
    static constexpr qint64 defaultCommonWordNotes = 20000;

private:
    QString sql(const QString &templateName) const;
    QSqlQuery exec(const QString &sql, const QVariantMap &bindings);
    void buildFilters(const CaseLogFilter &filter);
    /// About how many notes hold the words (at most the threshold on PostgreSQL): this decides
    /// whether the log lists the matching notes first or checks case by case, newest first.
    qint64 matchingNotes(const QString &text, const QString &value);

    Database &m_database;
    SqlFragments m_fragments;
    QStringList m_filterFragments;
    QVariantMap m_bindings;
    CaseLogSort m_sort;
    qint64 m_commonWordNotes;
};

} // namespace ww
