// SPDX-License-Identifier: GPL-3.0-or-later
#include "MonitoringCounts.h"

#include "storage/Database.h"

namespace ww {

qint64 MonitoringCounts::count(const QString &dimension, const QString &value) const
{
    return values.value(dimension).value(value);
}

QStringList MonitoringCounts::valuesOf(const QString &dimension) const
{
    QStringList list = values.value(dimension).keys();
    list.sort();
    return list;
}

void MonitoringCounts::add(const QString &dimension, const QString &value, qint64 count)
{
    values[dimension][value] += count;
}

MonitoringCounts MonitoringCounts::read(Database &database, const ReportPeriod &period, Scope scope)
{
    MonitoringCounts counts;
    const QVariantMap bindings{{u"period_start"_qs, period.startUtc()}, {u"period_end"_qs, period.endUtc()}};
    QSqlQuery &query = database.run(scope == Scope::Full ? u"monitoring_cells"_qs : u"monitoring_trend"_qs, bindings);
    while (query.next())
        counts.add(query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong());
    query.finish();
    return counts;
}

} // namespace ww
