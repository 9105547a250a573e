// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CsvWriter.h"
#include "review/MonitoringCounts.h"
#include "review/ReportPeriods.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QLocale>

namespace ww {

class Database;
class DecisionTree;
class ReportNames;

/// Categories the report lists even when nothing fell in them: every outcome and every suggested party
/// of the trees in use. Were they left out, a reader would know they are 0, and from that sometimes
/// more (no white-spot outcome listed: no white spots).
struct ReportCategories
{
    QStringList outcomes;
    QStringList parties;

    void add(const DecisionTree &tree);
    /// The outcomes and parties of every tree stored in \a database.
    static ReportCategories ofStoredTrees(Database &database);
};

/// The anonymised monitoring report for the expertise network, as counts: for the period asked for,
/// the previous period of the same length and the same period a year earlier, the cases by theme,
/// caller role, school type, the caller's language, outcome, referred party, white spot and white-spot
/// reason, the parties whose advice agents removed or added (with the reasons' categories), cross tables of theme by
/// caller role, school type and white spot, and per quarter the themes and white spots of the last
/// four quarters (ReportPeriods).
///
/// Counts only — no free text, no case ids, no agent names. Every count below 5 is hidden (shown as
/// "<5"), and so is every count a reader could work out from the others, across every table of the
/// report together (SmallCellSuppression; the equations are listed in MonitoringReport.cpp and in
/// docs/monitoring-report.md). Each published count is one Cell, whichever tables show it.
class MonitoringReport
{
    Q_DECLARE_TR_FUNCTIONS(ww::MonitoringReport)

public:
    static constexpr qint64 smallestShownCount = 5;

    struct Cell
    {
        ReportPeriod period;
        QString dimension; ///< "total", "theme", "theme:caller_role", …: see docs/monitoring-report.md
        QString value;     ///< the codes, joined with ':' as the dimensions are; "" for "not recorded"
        qint64 count = 0;
        bool hidden = false;
        /// "<5" when hidden, else the count written for \a locale.
        QString shown(const QLocale &locale = QLocale::c()) const;
    };

    /// Cases opened from the start of \a from to the end of \a to, calendar days in Dutch time, with
    /// the periods they are compared with.
    static MonitoringReport build(Database &database, const QDate &from, const QDate &to);
    /// The report from counts read before, one MonitoringCounts per period key (ReportPeriod::key()).
    static MonitoringReport fromCounts(const ReportPeriods &periods, const QHash<QString, MonitoringCounts> &counts,
                                       const ReportCategories &categories = {});

    /// What the report says about hidden counts.
    static QString suppressionNote();

    /// The published cell, or nullptr when the report has none.
    const Cell *find(const ReportPeriod &period, const QString &dimension, const QString &value = {}) const;
    /// Every cell of \a dimension in \a period, in the order the report builds them.
    QList<const Cell *> cellsOf(const ReportPeriod &period, const QString &dimension) const;

    /// The tidy CSV: one row per published count, columns period, dimension, value, label, count,
    /// suppressed (count empty when suppressed). Loads as it is into R or pandas: no byte order mark.
    void writeCsv(QIODevice &device, CsvWriter::Separator separator, const ReportNames &names) const;

    ReportPeriods periods;
    QList<Cell> cells;
    // The categories of each dimension, as codes in a fixed order; "" is "not recorded".
    QStringList themes;
    QStringList callerRoles;
    QStringList schoolTypes;
    QStringList callerLanguages;
    QStringList whiteSpotReasons;
    QStringList outcomes;
    QStringList parties; ///< referred, removed or added in one of the compared periods
    QStringList removalReasons;
    QStringList additionReasons;
    QStringList trees;
};

} // namespace ww
