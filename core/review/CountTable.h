// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CsvWriter.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

namespace ww {

/// Counts of cases for one chart: one row per category (a week, a party, a node, a bucket) and
/// one column per series (a channel, a theme, or just "cases").
struct CountTable
{
    QStringList rowKeys;
    QStringList seriesKeys;
    QList<QList<qint64>> values; ///< [row][series]

    CountTable() = default;
    CountTable(QStringList rows, QStringList series);
    qint64 value(const QString &row, const QString &series) const;
    void add(const QString &row, const QString &series, qint64 count);
    qint64 total() const;
    /// Puts the rows in the order of their keys (ISO dates sort by time).
    void sortRows();
};

/// A CountTable as a Qt model: the first column names the category, the others hold the counts.
/// Charts and their table alternative (for screen readers) show the same model; labels for the
/// codes come from the UI.
class CountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Labeler = std::function<QString(const QString &code)>;
    enum Role { CountRole = Qt::UserRole, KeyRole };

    CountTableModel(QString categoryTitle, QObject *parent = nullptr);

    void setLabels(Labeler rowLabel, Labeler seriesLabel);
    void setTable(const CountTable &table);
    const CountTable &table() const { return m_table; }
    QString rowLabel(int row) const;
    QString seriesLabel(int series) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The table as the model shows it, as CSV.
    void writeCsv(QIODevice &device, CsvWriter::Separator separator) const;

private:
    QString m_categoryTitle;
    Labeler m_rowLabel;
    Labeler m_seriesLabel;
    CountTable m_table;
};

} // namespace ww
