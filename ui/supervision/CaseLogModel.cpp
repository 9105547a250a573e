// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervision/CaseLogModel.h"

#include "common/CaseLabels.h"
#include "review/CaseLogExport.h"
#include "review/CaseLogPageReader.h"

#include <QLocale>

namespace ww {

CaseLogModel::CaseLogModel(AsyncStorage &storage, QObject *parent)
    : QAbstractTableModel(parent)
    , m_storage(storage)
{ }

// Pages not yet read need not be: a closed case log asks nothing more of the database.
CaseLogModel::~CaseLogModel()
{
    for (StorageRequest &request : m_requests)
        request.cancel();
}

void CaseLogModel::setPageSize(int rows, int cachedPages)
{
    m_pageSize = std::max(rows, 1);
    m_cachedPages = std::max(cachedPages, 2);
    if (m_reader)
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
    m_filter = filter;
    restart();
}

void CaseLogModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= caseLogColumnCount)
        return;
    m_sort = {CaseLogColumn(column), order == Qt::DescendingOrder};
    // The view sorts once when sorting is switched on, before any filter is run: nothing to read yet.
    if (m_reader)
        restart();
}

void CaseLogModel::restart()
{
    dropRequests();
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    m_pageStarts = {CaseLogCursor()};
    m_rowsShown = 0;
    m_complete = false;
    m_stopped = false;
    m_reader = std::make_shared<CaseLogPageReader>(m_filter, m_sort);
    endResetModel();
    requestPage(0);
}

void CaseLogModel::stop()
{
    dropRequests();
    m_stopped = true;
}

void CaseLogModel::dropRequests()
{
    ++m_generation; // an answer already on its way back is dropped when it arrives
    const bool wasLoading = isLoading();
    for (StorageRequest &request : m_requests)
        request.cancel();
    m_requests.clear();
    if (wasLoading)
        emit loadingChanged(false);
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
    return !parent.isValid() && m_reader && !m_complete && !m_stopped;
}

void CaseLogModel::fetchMore(const QModelIndex &parent)
{
    // The view asks again while the page is on its way: requestPage() asks the database once.
    if (canFetchMore(parent))
        requestPage(m_rowsShown / m_pageSize);
}

void CaseLogModel::requestPage(int index)
{
    // Pages are first read in order, so the start of any page asked for is known.
    if (!m_reader || m_stopped || m_pages.contains(index) || m_requests.contains(index) || index >= m_pageStarts.size())
        return;
    const quint64 generation = m_generation;
    StorageRequest request = m_storage.run<CaseLogPage>(
            this,
            [reader = m_reader, after = m_pageStarts.at(index), rows = m_pageSize](Database &database) {
                return reader->page(database, after, rows);
            },
            [this, generation, index](StorageResult<CaseLogPage> result) { pageArrived(generation, index, result); });
    m_requests.insert(index, request);
    if (m_requests.size() == 1)
        emit loadingChanged(true);
}

void CaseLogModel::pageArrived(quint64 generation, int index, StorageResult<CaseLogPage> &result)
{
    if (generation != m_generation)
        return; // asked for under another filter or sort order
    m_requests.remove(index);
    if (m_requests.isEmpty())
        emit loadingChanged(false);
    if (!result.ok()) {
        stop();
        emit failed(*result.error);
        return;
    }
    CaseLogPage &page = *result.value;
    ++m_pagesRead;
    if (index + 1 == m_pageStarts.size())
        m_pageStarts.append(page.end);
    const int first = index * m_pageSize;
    const int rows = int(page.rows.size());
    keepPage(index, std::move(page.rows));
    if (first == m_rowsShown) {
        // The next page: its rows join the list. A full page may have more behind it.
        m_complete = rows < m_pageSize;
        if (rows > 0) {
            beginInsertRows({}, m_rowsShown, m_rowsShown + rows - 1);
            m_rowsShown += rows;
            endInsertRows();
        }
    } else if (rows > 0) {
        // A page let go and read again: its rows are shown already, now with their contents.
        emit dataChanged(this->index(first, 0),
                         this->index(std::min(first + rows, m_rowsShown) - 1, caseLogColumnCount - 1));
    }
}

void CaseLogModel::keepPage(int index, QList<CaseLogRow> rows)
{
    while (m_pages.size() >= m_cachedPages && !m_recentPages.isEmpty())
        m_pages.remove(m_recentPages.takeFirst());
    m_pages.insert(index, std::move(rows));
    m_recentPages.removeOne(index);
    m_recentPages.append(index);
}

const CaseLogRow *CaseLogModel::row(int index) const
{
    if (index < 0 || index >= m_rowsShown)
        return nullptr;
    const int pageIndex = index / m_pageSize;
    const auto found = m_pages.constFind(pageIndex);
    if (found == m_pages.cend()) {
        // Let go earlier and back in view: read again, shown when it comes. Asking is no change the
        // view can see, so it may be done from a const call.
        const_cast<CaseLogModel *>(this)->requestPage(pageIndex);
        return nullptr;
    }
    m_recentPages.removeOne(pageIndex);
    m_recentPages.append(pageIndex);
    const int offset = index % m_pageSize;
    return offset < found->size() ? &found->at(offset) : nullptr;
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
    case CaseLogColumn::Channel:
        return CaseLabels::channel(row.channel);
    case CaseLogColumn::CallerRole:
        return row.callerRole.isEmpty() ? QString() : CaseLabels::callerRole(row.callerRole);
    case CaseLogColumn::CallerLanguage:
        return CaseLabels::callerLanguage(row.callerLanguage);
    case CaseLogColumn::SchoolType:
        return row.schoolType.isEmpty() ? QString() : CaseLabels::schoolType(row.schoolType);
    case CaseLogColumn::Themes: {
        QStringList labels;
        for (const QString &theme : row.themes)
            labels.append(CaseLabels::theme(theme));
        return labels.join(u", "_qs);
    }
    case CaseLogColumn::OutcomeNode:
        return m_nodeNames.value(row.outcomeNode, row.outcomeNode);
    case CaseLogColumn::ReferredParties: {
        QStringList names;
        for (const QString &party : row.referredParties)
            names.append(m_partyNames.value(party, party));
        return names.join(u", "_qs);
    }
    case CaseLogColumn::WhiteSpot:
        return row.whiteSpot ? CaseLogModel::tr("white spot") : QString();
    case CaseLogColumn::Status:
        return CaseLabels::status(row.status);
    case CaseLogColumn::FollowUpDate:
        return row.followUpDate.isValid() ? QLocale().toString(row.followUpDate, QLocale::ShortFormat) : QString();
    default:
        return CaseLogExport::cellText(row, column);
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
