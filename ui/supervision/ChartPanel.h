// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/BarChart.h"
#include "review/CsvWriter.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace ww {

class CountTableModel;

/// One dashboard chart with its data as a table (for screen readers and keyboard users, one
/// button away), and exports of the picture (PNG) and the data (CSV). The chart follows the
/// application's palette, light or dark.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    using Shape = BarChart::Shape;

    ChartPanel(const QString &title, CountTableModel *model, Shape shape, QWidget *parent = nullptr);

    CountTableModel *model() const { return m_model; }
    QChart *chart() const;
    QTableView *table() const { return m_table; }
    bool showsTable() const;
    void setShowsTable(bool table);

    /// Return the problem, or an empty text.
    QString exportPng(const QString &path);
    QString exportCsv(const QString &path, CsvWriter::Separator separator);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyPalette();
    void chooseFile(bool png);

    QString m_title;
    CountTableModel *m_model;
    Shape m_shape;
    QStackedWidget *m_stack;
    QChartView *m_chartView;
    QTableView *m_table;
    QPushButton *m_tableButton;
    QLabel *m_problemLabel;
};

} // namespace ww
