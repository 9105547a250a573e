// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervision/ChartPanel.h"

#include "review/CountTable.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ww {

ChartPanel::ChartPanel(const QString &title, CountTableModel *model, Shape shape, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_model(model)
    , m_shape(shape)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    heading->setStyleSheet(u"font-weight: bold"_qs);
    layout->addWidget(heading);

    m_stack = new QStackedWidget(this);
    m_chartView = new QChartView(new QChart, m_stack);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(title);
    m_chartView->setAccessibleDescription(tr("Chart. The button below it shows the same numbers as a table."));
    m_table = new QTableView(m_stack);
    m_table->setObjectName(u"chartTable"_qs);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("%1 as a table").arg(title));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);

    auto *buttons = new QHBoxLayout;
    m_tableButton = new QPushButton(tr("Show as &table"), this);
    m_tableButton->setObjectName(u"chartTableToggle"_qs);
    m_tableButton->setCheckable(true);
    auto *png = new QPushButton(tr("Export &PNG…"), this);
    auto *csv = new QPushButton(tr("Export &CSV…"), this);
    buttons->addWidget(m_tableButton);
    buttons->addStretch(1);
    buttons->addWidget(png);
    buttons->addWidget(csv);
    layout->addLayout(buttons);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);
    connect(m_tableButton, &QPushButton::toggled, this, &ChartPanel::setShowsTable);
    connect(png, &QPushButton::clicked, this, [this] { chooseFile(true); });
    connect(csv, &QPushButton::clicked, this, [this] { chooseFile(false); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChartPanel::rebuild);
    rebuild();
}

QChart *ChartPanel::chart() const
{
    return m_chartView->chart();
}

bool ChartPanel::showsTable() const
{
    return m_stack->currentWidget() == m_table;
}

void ChartPanel::setShowsTable(bool table)
{
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : static_cast<QWidget *>(m_chartView));
    if (m_tableButton->isChecked() != table)
        m_tableButton->setChecked(table);
}

void ChartPanel::rebuild()
{
    QStringList categories;
    for (int row = 0; row < m_model->rowCount(); ++row)
        categories.append(m_model->rowLabel(row));
    QList<BarChart::Series> series;
    for (int column = 1; column < m_model->columnCount(); ++column) {
        BarChart::Series one{m_model->seriesLabel(column - 1), {}};
        for (int row = 0; row < m_model->rowCount(); ++row)
            one.values.append(m_model->data(m_model->index(row, column), CountTableModel::CountRole).toDouble());
        series.append(one);
    }
    BarChart::fill(m_chartView->chart(), m_shape, categories, series);
    applyPalette();
}

void ChartPanel::applyPalette()
{
    // Qt Charts does not follow the palette by itself: pick its light or dark theme to match.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QChart *chart = m_chartView->chart();
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

QString ChartPanel::exportPng(const QString &path)
{
    QPixmap picture = m_chartView->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !picture.save(&file, "PNG") || !file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString ChartPanel::exportCsv(const QString &path, CsvWriter::Separator separator)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    m_model->writeCsv(file, separator);
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void ChartPanel::chooseFile(bool png)
{
    const QString path = QFileDialog::getSaveFileName(this, png ? tr("Export the chart") : tr("Export the numbers"),
                                                      m_title + (png ? u".png"_qs : u".csv"_qs),
                                                      png ? tr("PNG picture (*.png)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString problem = png ? exportPng(path) : exportCsv(path, CsvWriter::Separator::Semicolon);
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}

} // namespace ww
