// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/MonitoringReport.h"

#include <QCoreApplication>
#include <QLocale>

namespace ww {

/// How the monitoring report writes its figures: counts for the reader's locale, changes between
/// periods and shares of a total. A change or share is only given when both counts are shown; from a
/// hidden count nothing is worked out.
class ReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(ww::ReportFormat)

public:
    explicit ReportFormat(QLocale locale);

    const QLocale &locale() const { return m_locale; }
    QString count(const MonitoringReport::Cell *cell) const;
    /// "+12 (+8%)", "−3 (−20%)", "0", or "–" when either count is hidden or missing.
    QString change(const MonitoringReport::Cell *now, const MonitoringReport::Cell *before) const;
    /// "26%" ("<1%" for a small part that is not 0), or an empty text.
    QString share(const MonitoringReport::Cell *part, const MonitoringReport::Cell *whole) const;
    /// Both shown: now minus before.
    static std::optional<qint64> difference(const MonitoringReport::Cell *now, const MonitoringReport::Cell *before);
    static bool isShown(const MonitoringReport::Cell *cell) { return cell && !cell->hidden; }
    /// "1 March 2026 to 31 March 2026" (or "1 maart 2026 t/m 31 maart 2026").
    QString period(const ReportPeriod &period) const;
    /// "Q1 2026", with "up to 28 Feb" when the quarter is cut short.
    QString quarter(const ReportPeriod &quarter) const;

private:
    QLocale m_locale;
};

} // namespace ww
