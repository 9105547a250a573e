// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/MonitoringReport.h"
#include "review/ReportChart.h"
#include "review/ReportFormat.h"

#include <QCoreApplication>

namespace ww {

class ReportNames;

/// The monitoring report as a reader gets it: a one-page summary in plain words, then per subject a
/// chart with its table, each figure beside the period before and the same period a year earlier.
/// Texts come from the installed translation (Dutch or English), names from ReportNames.
class MonitoringDocument
{
    Q_DECLARE_TR_FUNCTIONS(ww::MonitoringDocument)

public:
    MonitoringDocument(const MonitoringReport &report, const ReportNames &names);

    PdfDocument pdf() const;
    QString html() const;
    QList<ReportChart> charts() const;

private:
    using Cell = MonitoringReport::Cell;

    QString header() const;
    QString contactsSection() const;
    QString themesSection() const;
    QString trendSection() const;
    QString callersSection() const;
    QString whiteSpotSection() const;
    QString changedAdviceSection() const;
    QString crossSection() const;
    QString outcomesSection() const;
    QString aboutSection() const;

    /// Rows of one dimension beside the compared periods: count, share, before, change, year earlier, change.
    QString comparisonTable(const QString &dimension, const QString &heading, const QStringList &codes) const;
    /// \a codes, the shown counts of the current period first (most first), then the hidden ones.
    QStringList byShownCount(const QString &dimension, const QStringList &codes) const;
    QString crossTable(const QString &dimension, const QString &rowHeading, const QStringList &rows,
                       const QString &columnDimension, const QStringList &columns) const;
    const Cell *current(const QString &dimension, const QString &value = {}) const;
    const Cell *previous(const QString &dimension, const QString &value = {}) const;
    const Cell *yearEarlier(const QString &dimension, const QString &value = {}) const;
    QString name(const QString &dimension, const QString &code) const;

    const MonitoringReport &m_report;
    const ReportNames &m_names;
    ReportFormat m_format;
};

} // namespace ww
