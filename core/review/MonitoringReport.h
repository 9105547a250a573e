// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CsvWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>
#include <QList>

namespace ww {

class Database;

/// The anonymised monitoring report for the expertise network: for a period, counts of cases by
/// theme, caller role, school type, referred party and white spot, and the trees in use. Counts
/// only — no free text, no case ids, no agent names — and every count below 5 is shown as "<5"
/// (small-cell suppression), so that no caller can be recognised. Each breakdown adds up to (or
/// towards) the total the report shows, so a breakdown with a single hidden count also hides its
/// next smallest one (see SmallCellSuppression).
class MonitoringReport
{
    Q_DECLARE_TR_FUNCTIONS(ww::MonitoringReport)

public:
    static constexpr qint64 smallestShownCount = 5;

    struct Count
    {
        QString code; ///< a vocabulary code or party id; empty for "not recorded"
        qint64 count = 0;
        bool hidden = false; ///< shown as "<5": below 5, or hidden so that a smaller count stays hidden
        QString shown() const;
    };
    struct Section
    {
        QString dimension; ///< theme, caller_role, school_type, referred_party, white_spot
        QList<Count> counts;
    };
    struct TreeUse
    {
        QString identity;
        QString version;
        qint64 count = 0;
        bool hidden = false;
        QString shown() const;
    };

    /// Cases opened from the start of \a from to the end of \a to, calendar days in Dutch time.
    static MonitoringReport build(Database &database, const QDate &from, const QDate &to);

    /// The count as the report shows it: "<5" below 5.
    static QString shownCount(qint64 count);
    /// What the report says about the hidden counts, in its text and at the end of the CSV.
    static QString suppressionNote();
    static QString dimensionTitle(const QString &dimension);

    void writeCsv(QIODevice &device, CsvWriter::Separator separator) const;
    /// The report as an HTML document, for a PDF writer outside core.
    QString html() const;

    QDate from;
    QDate to;
    qint64 total = 0;
    QList<Section> sections;
    QList<TreeUse> trees;
};

} // namespace ww
