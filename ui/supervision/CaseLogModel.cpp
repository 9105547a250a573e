// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervision/CaseLogModel.h"

#include "common/CaseLabels.h"
#include "review/CaseLogExport.h"
#include "storage/StorageError.h"

#include <QLocale>

namespace ww {

CaseLogModel::CaseLogModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
}

void CaseLogModel::setPageSize(int rows, int cachedPages)
{
    m_pageSize = std::max(rows, 1);
    m_cachedPages = std::max(cachedPages, 2);
    if (m_query)
        restart();
}

void CaseLogModel::setNames(const QHash<QString, QString> &nodeNames, const QHash<QString, QString> &partyNames)
{
    m_nodeNames = nodeNames;
    m_partyNames = partyNames;
    if (m_rowsShown > 0)
        emit dataChanged(index(0, 0), index(m_rowsShown - 1, caseLogColumnCount - 1), {Qt::DisplayRole});
}

void CaseLogModel::setFilter(const CaseLogFilter &filter)
{
    auto query = std::make_unique<CaseLogQuery>(m_database, filter, m_sort); // throws before anything changes
    m_filter = filter;
    m_query = std::move(query);
    restart();
}

void CaseLogModel::restart()
{
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    m_pageStarts = {CaseLogCursor()};
    m_rowsShown = 0;
    const QList<CaseLogRow> *first = page(0);
    m_rowsShown = first ? int(first->size()) : 0;
    m_complete = m_rowsShown < m_pageSize;
    endResetModel();
}

void CaseLogModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= caseLogColumnCount)
        return;
    m_sort = {CaseLogColumn(column), order == Qt::DescendingOrder};
    m_query = std::make_unique<CaseLogQuery>(m_database, m_filter, m_sort);
    restart();
}

int CaseLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowsShown;
}

int CaseLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : caseLogColumnCount;
}

bool CaseLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void CaseLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Read the page first: how many rows it holds decides how many rows are inserted.
    const QList<CaseLogRow> *next = page(m_rowsShown / m_pageSize);
    if (!next)
        return;
    const int more = int(next->size());
    m_complete = more < m_pageSize;
    if (more == 0)
        return;
    beginInsertRows({}, m_rowsShown, m_rowsShown + more - 1);
    m_rowsShown += more;
    endInsertRows();
}

const QList<CaseLogRow> *CaseLogModel::page(int index) const
{
    if (!m_pages.contains(index)) {
        // Pages are first read in order (fetchMore), so the start of any page asked for is known.
        if (!m_query || index >= m_pageStarts.size())
            return nullptr;
        CaseLogPage read;
        try {
            read = m_query->page(m_pageStarts.at(index), m_pageSize);
        } catch (const StorageError &error) {
            emit failed(error.message());
            return nullptr;
        }
        if (index + 1 == m_pageStarts.size())
            m_pageStarts.append(read.end);
        QList<CaseLogRow> rows = std::move(read.rows);
        ++m_pagesRead;
        while (m_pages.size() >= m_cachedPages && !m_recentPages.isEmpty())
            m_pages.remove(m_recentPages.takeFirst());
        m_pages.insert(index, std::move(rows));
    }
    m_recentPages.removeOne(index);
    m_recentPages.append(index);
    return &m_pages.constFind(index).value();
}

const CaseLogRow *CaseLogModel::row(int index) const
{
    if (index < 0 || index >= m_rowsShown)
        return nullptr;
    const QList<CaseLogRow> *rows = page(index / m_pageSize);
    const int offset = index % m_pageSize;
    return rows && offset < rows->size() ? &rows->at(offset) : nullptr;
}

QUuid CaseLogModel::caseId(int index) const
{
    const CaseLogRow *found = row(index);
    return found ? found->id : QUuid();
}

QString CaseLogModel::text(const CaseLogRow &row, CaseLogColumn column) const
{
    switch (column) {
    case CaseLogColumn::OpenedAt:
        return QLocale().toString(row.openedAt.toLocalTime(), QLocale::ShortFormat);
    case CaseLogColumn::Channel: return CaseLabels::channel(row.channel);
    case CaseLogColumn::CallerRole: return row.callerRole.isEmpty() ? QString() : CaseLabels::callerRole(row.callerRole);
    case CaseLogColumn::SchoolType: return row.schoolType.isEmpty() ? QString() : CaseLabels::schoolType(row.schoolType);
    case CaseLogColumn::Themes: {
        QStringList labels;
        for (const QString &theme : row.themes)
            labels.append(CaseLabels::theme(theme));
        return labels.join(u", "_qs);
    }
    case CaseLogColumn::OutcomeNode: return m_nodeNames.value(row.outcomeNode, row.outcomeNode);
    case CaseLogColumn::ReferredParties: {
        QStringList names;
        for (const QString &party : row.referredParties)
            names.append(m_partyNames.value(party, party));
        return names.join(u", "_qs);
    }
    case CaseLogColumn::WhiteSpot: return row.whiteSpot ? CaseLogModel::tr("white spot") : QString();
    case CaseLogColumn::Status: return CaseLabels::status(row.status);
    case CaseLogColumn::FollowUpDate:
        return row.followUpDate.isValid() ? QLocale().toString(row.followUpDate, QLocale::ShortFormat) : QString();
    default: return CaseLogExport::cellText(row, column);
    }
}

QVariant CaseLogModel::data(const QModelIndex &index, int role) const
{
    // The tool tip shows what a narrow column cuts off (advice texts, several parties).
    if (!index.isValid()
        || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole && role != CaseIdRole))
        return {};
    const CaseLogRow *found = row(index.row());
    if (!found)
        return {};
    if (role == CaseIdRole)
        return found->id;
    return text(*found, CaseLogColumn(index.column()));
}

QVariant CaseLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= caseLogColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return CaseLogExport::columnTitle(CaseLogColumn(section));
}

} // namespace ww
