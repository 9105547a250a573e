// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPeriods.h"

#include <QTimeZone>

namespace ww {

QString ReportPeriod::key() const
{
    return first.toString(Qt::ISODate) + u'/' + last.toString(Qt::ISODate);
}

QDateTime ReportPeriod::startOfDutchDay(const QDate &day)
{
    static const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    return QDateTime(day, QTime(0, 0), amsterdam).toUTC();
}

QDateTime ReportPeriod::startUtc() const
{
    return startOfDutchDay(first);
}

QDateTime ReportPeriod::endUtc() const
{
    return startOfDutchDay(last.addDays(1));
}

int ReportPeriods::wholeMonths(const QDate &from, const QDate &to)
{
    if (from.day() != 1 || to.day() != to.daysInMonth() || to < from)
        return 0;
    return (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
}

ReportPeriods ReportPeriods::around(const QDate &from, const QDate &to)
{
    ReportPeriods periods;
    periods.current = {from, to};
    // addYears keeps the day, or takes the month's last day (29 February becomes 28 February).
    periods.yearEarlier = {from.addYears(-1), to.addYears(-1)};
    if (const int months = wholeMonths(from, to); months > 0) {
        periods.previous = {from.addMonths(-months), from.addDays(-1)};
        // February 2029 is compared with the whole of February 2028, 29 February included.
        const QDate last = periods.yearEarlier.last;
        periods.yearEarlier.last = QDate(last.year(), last.month(), last.daysInMonth());
    } else {
        periods.previous = {from.addDays(-periods.current.days()), from.addDays(-1)};
    }
    const QDate lastQuarter(to.year(), 3 * ((to.month() - 1) / 3) + 1, 1);
    for (int back = 3; back >= 0; --back) {
        const QDate start = lastQuarter.addMonths(-3 * back);
        periods.quarters.append({start, std::min(start.addMonths(3).addDays(-1), to)});
    }
    return periods;
}

QList<ReportPeriod> ReportPeriods::all() const
{
    QList<ReportPeriod> list{current};
    for (const ReportPeriod &period : QList<ReportPeriod>{previous, yearEarlier} + quarters) {
        if (!list.contains(period))
            list.append(period);
    }
    return list;
}

} // namespace ww
