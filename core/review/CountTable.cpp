// SPDX-License-Identifier: GPL-3.0-or-later
#include "CountTable.h"

#include <numeric>

namespace ww {

CountTable::CountTable(QStringList rows, QStringList series)
    : rowKeys(std::move(rows))
    , seriesKeys(std::move(series))
    , values(rowKeys.size(), QList<qint64>(seriesKeys.size(), 0))
{ }

qint64 CountTable::value(const QString &row, const QString &series) const
{
    const qsizetype r = rowKeys.indexOf(row);
    const qsizetype s = seriesKeys.indexOf(series);
    return r < 0 || s < 0 ? 0 : values.at(r).at(s);
}

void CountTable::add(const QString &row, const QString &series, qint64 count)
{
    qsizetype r = rowKeys.indexOf(row);
    if (r < 0) {
        rowKeys.append(row);
        values.append(QList<qint64>(seriesKeys.size(), 0));
        r = rowKeys.size() - 1;
    }
    qsizetype s = seriesKeys.indexOf(series);
    if (s < 0) {
        seriesKeys.append(series);
        for (QList<qint64> &rowValues : values)
            rowValues.append(0);
        s = seriesKeys.size() - 1;
    }
    values[r][s] += count;
}

qint64 CountTable::total() const
{
    qint64 sum = 0;
    for (const QList<qint64> &row : values) {
        for (qint64 value : row)
            sum += value;
    }
    return sum;
}

void CountTable::sortRows()
{
    QList<qsizetype> order(rowKeys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) { return rowKeys.at(a) < rowKeys.at(b); });
    QStringList keys;
    QList<QList<qint64>> sorted;
    for (qsizetype i : order) {
        keys.append(rowKeys.at(i));
        sorted.append(values.at(i));
    }
    rowKeys = keys;
    values = sorted;
}

CountTableModel::CountTableModel(QString categoryTitle, QObject *parent)
    : QAbstractTableModel(parent)
    , m_categoryTitle(std::move(categoryTitle))
{ }

void CountTableModel::setLabels(Labeler rowLabel, Labeler seriesLabel)
{
    beginResetModel();
    m_rowLabel = std::move(rowLabel);
    m_seriesLabel = std::move(seriesLabel);
    endResetModel();
}

void CountTableModel::setTable(const CountTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

QString CountTableModel::rowLabel(int row) const
{
    const QString &key = m_table.rowKeys.at(row);
    return m_rowLabel ? m_rowLabel(key) : key;
}

QString CountTableModel::seriesLabel(int series) const
{
    const QString &key = m_table.seriesKeys.at(series);
    return m_seriesLabel ? m_seriesLabel(key) : key;
}

int CountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rowKeys.size());
}

int CountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.seriesKeys.size()) + 1;
}

QVariant CountTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    if (index.column() == 0) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return rowLabel(index.row());
        if (role == KeyRole)
            return m_table.rowKeys.at(index.row());
        return {};
    }
    const qint64 count = m_table.values.at(index.row()).at(index.column() - 1);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return QString::number(count);
    if (role == CountRole)
        return count;
    if (role == KeyRole)
        return m_table.seriesKeys.at(index.column() - 1);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? m_categoryTitle : seriesLabel(section - 1);
}

void CountTableModel::writeCsv(QIODevice &device, CsvWriter::Separator separator) const
{
    CsvWriter csv(device, separator);
    QStringList header;
    for (int column = 0; column < columnCount(); ++column)
        header.append(headerData(column, Qt::Horizontal).toString());
    csv.writeRow(header);
    for (int row = 0; row < rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < columnCount(); ++column)
            cells.append(data(index(row, column)).toString());
        csv.writeRow(cells);
    }
}

} // namespace ww
