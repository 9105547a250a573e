// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/BarChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace ww::BarChart {

void fill(QChart *chart, Shape shape, const QStringList &categories, const QList<Series> &series)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);

    QAbstractBarSeries *bars = nullptr;
    switch (shape) {
    case Shape::StackedColumns:
        bars = new QStackedBarSeries;
        break;
    case Shape::Columns:
        bars = new QBarSeries;
        break;
    case Shape::Bars:
        bars = new QHorizontalBarSeries;
        break;
    case Shape::StackedBars:
        bars = new QHorizontalStackedBarSeries;
        break;
    }
    const bool stacked = shape == Shape::StackedColumns || shape == Shape::StackedBars;
    double highest = 0;
    QList<double> stackedTotals(categories.size(), 0);
    for (const Series &one : series) {
        auto *set = new QBarSet(one.name);
        for (qsizetype i = 0; i < categories.size(); ++i) {
            const double value = i < one.values.size() ? one.values.at(i) : 0;
            set->append(value);
            stackedTotals[i] += value;
            highest = std::max(highest, value);
        }
        bars->append(set);
    }
    if (stacked) {
        for (double total : std::as_const(stackedTotals))
            highest = std::max(highest, total);
    }
    chart->addSeries(bars);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, std::max(highest, 1.0));
    valueAxis->setLabelFormat(u"%d"_qs);
    valueAxis->applyNiceNumbers();
    const bool horizontal = shape == Shape::Bars || shape == Shape::StackedBars;
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    chart->legend()->setVisible(series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace ww::BarChart
