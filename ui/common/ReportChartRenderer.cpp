// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ReportChartRenderer.h"

#include "common/BarChart.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>

#include <algorithm>

namespace ww {

namespace {

BarChart::Shape shapeOf(ReportChart::Shape shape)
{
    switch (shape) {
    case ReportChart::Shape::Columns:
        return BarChart::Shape::Columns;
    case ReportChart::Shape::Bars:
        return BarChart::Shape::Bars;
    case ReportChart::Shape::StackedBars:
        return BarChart::Shape::StackedBars;
    }
    return BarChart::Shape::Bars;
}

} // namespace

QImage ReportChartRenderer::render(const ReportChart &chart, int width, qreal scale)
{
    const bool horizontal = chart.shape != ReportChart::Shape::Columns;
    QStringList categories = chart.categories;
    QList<BarChart::Series> series;
    for (const ReportChart::Series &one : chart.series)
        series.append({one.name, one.values});
    // Long names would run off the picture's left edge: the table beside it has them whole.
    for (QString &category : categories) {
        if (category.size() > 44)
            category = category.left(42).trimmed() + u'…';
    }
    if (horizontal) {
        // Qt draws the first category of a horizontal chart at the bottom; the table reads from the top.
        std::reverse(categories.begin(), categories.end());
        for (BarChart::Series &one : series)
            std::reverse(one.values.begin(), one.values.end());
    }
    // Room for each group of bars in horizontal charts; columns get a fixed height.
    const int perCategory = chart.shape == ReportChart::Shape::Bars ? 10 + 5 * int(series.size()) : 18;
    const int height = horizontal ? std::clamp(80 + int(categories.size()) * perCategory, 150, 460) : 280;

    QGraphicsScene scene;
    auto *qchart = new QChart;
    scene.addItem(qchart);
    qchart->setTheme(QChart::ChartThemeLight);
    qchart->setTitle(chart.title);
    QFont titleFont = qchart->titleFont();
    titleFont.setBold(true);
    qchart->setTitleFont(titleFont);
    qchart->setAnimationOptions(QChart::NoAnimation);
    qchart->setBackgroundRoundness(0);
    qchart->setMargins(QMargins(4, 4, 18, 4)); // room for the last value label
    BarChart::fill(qchart, shapeOf(chart.shape), categories, series);
    QFont labelFont = qchart->font();
    labelFont.setPointSizeF(7.5);
    for (QAbstractAxis *axis : qchart->axes()) {
        axis->setLabelsFont(labelFont);
        axis->setTruncateLabels(false); // a category name is only useful whole
    }
    qchart->legend()->setFont(labelFont);
    qchart->resize(width, height);

    QImage image(QSize(width, height) * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white); // paper, whatever the desk's appearance
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height));
    painter.end();
    return image;
}

} // namespace ww
