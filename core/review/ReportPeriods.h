// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>

namespace ww {

/// Calendar days from \a first to \a last, both included, in Dutch time (Europe/Amsterdam): a case
/// belongs to the day on which it was opened there, whatever the offset to UTC was that day.
struct ReportPeriod
{
    QDate first;
    QDate last;

    /// ISO 8601 interval of dates, "2026-03-01/2026-03-31": the period's key in the tidy CSV.
    QString key() const;
    qint64 days() const { return first.daysTo(last) + 1; }
    /// The first moment of the period and the first moment after it, in UTC.
    QDateTime startUtc() const;
    QDateTime endUtc() const;
    bool contains(const ReportPeriod &other) const { return first <= other.first && other.last <= last; }
    bool operator==(const ReportPeriod &) const = default;

    static QDateTime startOfDutchDay(const QDate &day);
};

/// The periods a monitoring report compares: the period asked for, the one just before it of the same
/// length, the same period a year earlier, and the four calendar quarters that end with the quarter of
/// the period's last day (that quarter only up to that day).
///
/// "The same length": a period of whole calendar months is compared with as many whole months before
/// it (March with February, a quarter with the quarter before); any other period with as many days just
/// before it.
struct ReportPeriods
{
    ReportPeriod current;
    ReportPeriod previous;
    ReportPeriod yearEarlier;
    QList<ReportPeriod> quarters; ///< oldest first

    static ReportPeriods around(const QDate &from, const QDate &to);
    /// Whole calendar months from the first day of a month to the last day of a month; 0 otherwise.
    static int wholeMonths(const QDate &from, const QDate &to);
    /// Every distinct period, the current one first.
    QList<ReportPeriod> all() const;
};

} // namespace ww
