// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CaseLogQuery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace ww {

class Database;

/// The supervisor's case log as a table. Rows arrive a page at a time as the view scrolls
/// (canFetchMore/fetchMore); only the most recently used pages are kept, and a page that was let
/// go is read again when it comes back into view, so memory stays flat however far one scrolls.
/// Each page is read after the keys of the row before it (keyset paging), so the thousandth page
/// costs what the first one costs; only those keys are kept for every page read (about 200 bytes a
/// page). Nothing counts all matching cases: on a million cases a count costs more than the first page.
class CaseLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 200;
    static constexpr int DefaultCachedPages = 8;
    enum Role { CaseIdRole = Qt::UserRole };

    explicit CaseLogModel(Database &database, QObject *parent = nullptr);

    /// Runs the log again for \a filter, from the first page. Throws StorageError.
    void setFilter(const CaseLogFilter &filter);
    const CaseLogFilter &filter() const { return m_filter; }
    CaseLogSort sortOrder() const { return m_sort; }
    void setPageSize(int rows, int cachedPages);
    /// Names for outcome node ids and party ids in the content language; codes are shown without.
    void setNames(const QHash<QString, QString> &nodeNames, const QHash<QString, QString> &partyNames);

    /// Whether every matching case has been read (the last page was not full).
    bool allRowsRead() const { return m_complete; }
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
    /// Reading a page failed (the message names what and where); the rows stay as they were.
    void failed(const QString &message) const;

private:
    void restart();
    const CaseLogRow *row(int index) const;
    const QList<CaseLogRow> *page(int index) const;
    QString text(const CaseLogRow &row, CaseLogColumn column) const;

    Database &m_database;
    QHash<QString, QString> m_nodeNames;
    QHash<QString, QString> m_partyNames;
    CaseLogFilter m_filter;
    CaseLogSort m_sort;
    std::unique_ptr<CaseLogQuery> m_query;
    int m_pageSize = DefaultPageSize;
    int m_cachedPages = DefaultCachedPages;
    bool m_complete = true;
    int m_rowsShown = 0;
    // A cache, filled from const data(): mutable by nature.
    mutable QHash<int, QList<CaseLogRow>> m_pages;
    mutable QList<CaseLogCursor> m_pageStarts; ///< where each page read so far starts
    mutable QList<int> m_recentPages;          ///< most recently used last
    mutable int m_pagesRead = 0;
};

} // namespace ww
