// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ww {

/// A bar chart in a printed report: what to draw, not how (core draws nothing). The report's HTML
/// places it with <img src="chart:ID">; the PDF writer renders it there. Every chart in a report
/// stands beside a table with the same counts, which also says which counts are hidden.
struct ReportChart
{
    enum class Shape {
        Columns, ///< vertical bars, series side by side
        Bars,    ///< horizontal bars, series side by side: for long category names
        StackedBars,
    };
    struct Series
    {
        QString name;
        QList<double> values; ///< one per category; a hidden count is drawn as 0
    };

    QString id;
    QString title;
    Shape shape = Shape::Bars;
    QStringList categories;
    QList<Series> series;
};

/// A document for the PDF writer: HTML (as QTextDocument reads it) and the charts it places.
struct PdfDocument
{
    QString title;
    QString html;
    QList<ReportChart> charts;
};

} // namespace ww
