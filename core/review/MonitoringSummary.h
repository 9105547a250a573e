// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/MonitoringReport.h"
#include "review/ReportFormat.h"

#include <QCoreApplication>

namespace ww {

class ReportNames;

/// The report's first page in plain words: how many contacts, the largest themes, what rose most, white
/// spots and their reasons, who called, where agents changed the advice. Only shown counts are used;
/// what is hidden is left out rather than hinted at.
class MonitoringSummary
{
    Q_DECLARE_TR_FUNCTIONS(ww::MonitoringSummary)

public:
    MonitoringSummary(const MonitoringReport &report, const ReportNames &names, const ReportFormat &format);

    QStringList sentences() const;

private:
    using Cell = MonitoringReport::Cell;

    QString contacts() const;
    QString largestThemes() const;
    QString largestRise() const;
    QString whiteSpots() const;
    QString whiteSpotReason() const;
    QString callers() const;
    QString changedAdvice() const;
    /// "That is 12 more than in the period before (then 240)." for \a dimension and \a value.
    QString comparedWithBefore(const QString &dimension, const QString &value) const;
    /// The codes with a shown count in the current period, most first.
    QStringList shownByCount(const QString &dimension, const QStringList &codes) const;
    const Cell *current(const QString &dimension, const QString &value = {}) const;

    const MonitoringReport &m_report;
    const ReportNames &m_names;
    const ReportFormat &m_format;
};

} // namespace ww
