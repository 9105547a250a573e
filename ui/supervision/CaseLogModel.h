// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CaseLogQuery.h"
#include "storage/AsyncStorage.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace ww {

class CaseLogPageReader;

/// The supervisor's case log as a table. Rows arrive a page at a time as the view scrolls
/// (canFetchMore/fetchMore); only the most recently used pages are kept, and a page that was let
/// go is read again when it comes back into view, so memory stays flat however far one scrolls.
/// Each page is read after the keys of the row before it (keyset paging), so the thousandth page
/// costs what the first one costs; only those keys are kept for every page read (about 200 bytes a
/// page). Nothing counts all matching cases: on a million cases a count costs more than the first page.
///
/// Every page is read on the storage thread: the model asks and shows the rows when they come. A
/// new filter or sort order drops the pages asked for before it (a generation number tells a late
/// answer from a current one); a row whose page is on its way shows empty until it is there.
class CaseLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 200;
    static constexpr int DefaultCachedPages = 8;
    enum Role { CaseIdRole = Qt::UserRole };

    explicit CaseLogModel(AsyncStorage &storage, QObject *parent = nullptr);
    ~CaseLogModel() override;

    /// Runs the log again for \a filter, from the first page; the rows shown go at once.
    void setFilter(const CaseLogFilter &filter);
    const CaseLogFilter &filter() const { return m_filter; }
    CaseLogSort sortOrder() const { return m_sort; }
    void setPageSize(int rows, int cachedPages);
    /// Names for outcome node ids and party ids in the content language; codes are shown without.
    void setNames(const QHash<QString, QString> &nodeNames, const QHash<QString, QString> &partyNames);

    /// Drops every page on its way; nothing more is read until the next filter or sort order (a
    /// row whose page was let go shows empty). A page that fails to come stops reading too, so
    /// that a view asking again and again does not hammer a database that is down.
    void stop();
    /// Whether a page is on its way.
    bool isLoading() const { return !m_requests.isEmpty(); }
    /// Whether reading stopped (stop(), or a failure) before every matching case was read.
    bool wasStopped() const { return m_stopped; }
    /// Whether every matching case has been read (the last page was not full).
    bool allRowsRead() const { return m_complete; }
    /// The case in \a row; null while its page is on its way.
    QUuid caseId(int row) const;
    /// How many pages were read from the database so far, and how many are held now.
    int pagesRead() const { return m_pagesRead; }
    int pagesHeld() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    /// Reading a page failed; the rows stay as they were.
    void failed(const StorageError &error);
    /// A page went on its way (true), or the last one on its way arrived or was dropped (false).
    void loadingChanged(bool loading);

private:
    void restart();
    void dropRequests();
    /// Asks for page \a index unless it is held or on its way.
    void requestPage(int index);
    void pageArrived(quint64 generation, int index, StorageResult<CaseLogPage> &result);
    void keepPage(int index, QList<CaseLogRow> rows);
    const CaseLogRow *row(int index) const;
    QString text(const CaseLogRow &row, CaseLogColumn column) const;

    AsyncStorage &m_storage;
    QHash<QString, QString> m_nodeNames;
    QHash<QString, QString> m_partyNames;
    CaseLogFilter m_filter;
    CaseLogSort m_sort;
    std::shared_ptr<CaseLogPageReader> m_reader; ///< used on the storage thread only
    quint64 m_generation = 0;
    int m_pageSize = DefaultPageSize;
    int m_cachedPages = DefaultCachedPages;
    bool m_complete = true;
    bool m_stopped = false;
    int m_rowsShown = 0;
    QHash<int, StorageRequest> m_requests; ///< pages on their way
    // A cache, used (and asked to fill) from const data(): mutable by nature.
    mutable QHash<int, QList<CaseLogRow>> m_pages;
    QList<CaseLogCursor> m_pageStarts; ///< where each page read so far starts
    mutable QList<int> m_recentPages;  ///< most recently used last
    int m_pagesRead = 0;
};

} // namespace ww
