// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CaseLogFilter.h"
#include "review/CaseLogPlan.h"
#include "review/SqlFragments.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariantMap>

#include <functional>

namespace ww {

class Database;

/// Where a page of the case log ends: the sort key, opening time and id of its last row, as the
/// database gave them. The next page starts right after it (keyset paging), so a page deep down
/// costs what the first one costs and a case added meanwhile neither doubles nor hides a row.
struct CaseLogCursor
{
    QVariant sortKey;
    QVariant openedAt;
    QVariant id;

    bool atStart() const { return id.isNull(); }
};

struct CaseLogPage
{
    QList<CaseLogRow> rows;
    CaseLogCursor end; ///< after the last row (at the start when there are none)
};

/// The case log for one filter and sort order, run in the database a page at a time.
/// The SQL is put together from the fixed fragments in case_log_fragments.sql and
/// case_log_dialect.sql; every value is bound.
class CaseLogQuery
{
    Q_DECLARE_TR_FUNCTIONS(ww::CaseLogQuery)

public:
    /// From \a commonWordNotes matching notes on, the words are searched case by case (newest first)
    /// rather than by listing every matching note first. A theme or party filter in fewer than
    /// \a rareCases cases lists those cases first; a more common one is checked case by case.
    CaseLogQuery(Database &database, const CaseLogFilter &filter, const CaseLogSort &sort = {},
                 qint64 commonWordNotes = defaultCommonWordNotes, qint64 rareCases = defaultRareCases);

    /// How many cases match.
    qint64 count();
    /// Up to \a limit rows after \a after (from the start: a default cursor), in the sort order.
    CaseLogPage page(const CaseLogCursor &after, int limit);
    /// Every matching row in order, read as a stream (for export).
    void forEach(const std::function<void(const CaseLogRow &)> &visit);

    /// The SQL that page() runs and its bindings (for benchmarks and plans).
    QString pageSql(const CaseLogCursor &after = {}) const;
    QVariantMap pageBindings(const CaseLogCursor &after, int limit) const;

    /// The words of \a text as an FTS5 query in which every word is a quoted string, so that no
    /// operator or column filter from the user's text reaches FTS5.
    static QString fts5Query(const QString &text);
    /// A word as the SQLite full-text index stores it.
    static QString fts5Term(const QString &word);
    static constexpr qint64 defaultCommonWordNotes = 20000;
    static constexpr qint64 defaultRareCases = 20000;

private:
    /// Where the rows are read from (see case_log_fragments.sql).
    enum class Driver {
        Cases,     ///< the cases, through the index the database picks
        Theme,     ///< a theme's index, newest first
        Party,     ///< a party's index, newest first
        ThemeList, ///< a rare theme's cases, then sorted
        PartyList, ///< a rare party's cases, then sorted
    };
    /// The driver's fragment name (see case_log_fragments.sql).
    QString driverName() const;
    /// Whether the rows come in the driver's own index order (opening time) rather than the cases'.
    bool walksOwnIndex() const { return m_driver == Driver::Theme || m_driver == Driver::Party; }

    QString sql(const QString &templateName, bool afterCursor = false) const;
    QSqlQuery exec(const QString &sql, const QVariantMap &bindings);
    /// One condition of the filter: its fragments, its kind for the plan, and for themes and
    /// parties the statement that counts them (columns are counted through their fragment).
    struct Part
    {
        QStringList fragments;
        CaseLogPlan::Kind kind;
        QString countStatement;
    };
    void buildFilters(const CaseLogFilter &filter);
    /// The filter's conditions; binds their values.
    QList<Part> partsOf(const CaseLogFilter &filter);
    /// How many cases each condition the plan weighs finds (-1 where it does not count).
    QList<CaseLogPlan::Condition> countedConditions(const QList<Part> &parts);
    /// Chooses the driver and each condition's form as \a plan says.
    void follow(const CaseLogPlan &plan, const QList<Part> &parts);
    /// How many cases a theme or party statement finds, up to \a limit.
    qint64 boundedCount(const QString &statement, QVariantMap bindings, qint64 limit);
    /// How many cases the filter fragments find together through their index, up to \a limit.
    qint64 countThrough(const QStringList &fragments, qint64 limit);
    /// About how many notes hold the words (at most the threshold on PostgreSQL): this decides
    /// whether the log lists the matching notes first or checks case by case, newest first.
    qint64 matchingNotes(const QString &text, const QString &value);
    /// The keys of the order, most significant first, as columns of the driver.
    QStringList orderKeys() const;
    /// The same keys as columns of cases (the sort column's, then opening time and id).
    QStringList casesKeys() const;

    Database &m_database;
    SqlFragments m_fragments;
    struct ChosenFilter
    {
        QString fragment;
        bool probed = false; ///< kept away from its index (see CaseLogPlan)
    };
    QList<ChosenFilter> m_filters;
    QVariantMap m_bindings;
    CaseLogSort m_sort;
    qint64 m_commonWordNotes;
    qint64 m_rareCases;
    Driver m_driver = Driver::Cases;
};

} // namespace ww
