// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFormat.h"

#include <cmath>

namespace ww {

ReportFormat::ReportFormat(QLocale locale)
    : m_locale(std::move(locale))
{ }

QString ReportFormat::count(const MonitoringReport::Cell *cell) const
{
    return cell ? cell->shown(m_locale) : u"–"_qs;
}

std::optional<qint64> ReportFormat::difference(const MonitoringReport::Cell *now, const MonitoringReport::Cell *before)
{
    if (!isShown(now) || !isShown(before))
        return std::nullopt;
    return now->count - before->count;
}

QString ReportFormat::change(const MonitoringReport::Cell *now, const MonitoringReport::Cell *before) const
{
    const std::optional<qint64> difference = ReportFormat::difference(now, before);
    if (!difference)
        return u"–"_qs;
    if (*difference == 0)
        return u"0"_qs;
    const QString sign = *difference > 0 ? u"+"_qs : u"−"_qs;
    QString text = sign + m_locale.toString(std::abs(*difference));
    if (before->count > 0) {
        const qint64 percent = std::llround(100.0 * double(std::abs(*difference)) / double(before->count));
        text += u" ("_qs + sign + m_locale.toString(percent) + u"%)"_qs;
    }
    return text;
}

QString ReportFormat::share(const MonitoringReport::Cell *part, const MonitoringReport::Cell *whole) const
{
    if (!isShown(part) || !isShown(whole) || whole->count == 0)
        return {};
    const qint64 percent = std::llround(100.0 * double(part->count) / double(whole->count));
    if (percent == 0 && part->count > 0)
        return u"<1%"_qs; // not nothing
    return m_locale.toString(percent) + u'%';
}

QString ReportFormat::period(const ReportPeriod &period) const
{
    const QString format = u"d MMMM yyyy"_qs;
    return tr("%1 to %2").arg(m_locale.toString(period.first, format), m_locale.toString(period.last, format));
}

QString ReportFormat::quarter(const ReportPeriod &quarter) const
{
    const QString name = tr("Q%1 %2").arg((quarter.first.month() - 1) / 3 + 1).arg(quarter.first.year());
    const QDate fullEnd = quarter.first.addMonths(3).addDays(-1);
    if (quarter.last == fullEnd)
        return name;
    return tr("%1 (up to %2)").arg(name, m_locale.toString(quarter.last, u"d MMM"_qs));
}

} // namespace ww
