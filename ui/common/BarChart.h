// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

class QChart;

namespace ww {

/// Fills a Qt Charts chart with bars: one set per series, one bar per category, value axis from 0.
/// The dashboard's panels and the printed reports draw their charts through here.
namespace BarChart {

enum class Shape { StackedColumns, Columns, Bars, StackedBars };

struct Series
{
    QString name;
    QList<double> values; ///< one per category
};

/// Replaces what \a chart shows. The legend appears when there is more than one series.
void fill(QChart *chart, Shape shape, const QStringList &categories, const QList<Series> &series);

} // namespace BarChart

} // namespace ww
