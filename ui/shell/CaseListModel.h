// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseWork.h"

#include <QAbstractTableModel>

#include <functional>

namespace ww {

/// The agent's home list as a table: open cases (due follow-ups first), then recent closed ones,
/// in the order CaseRepository::homeList gives them. The list is read through CaseWork, off the
/// GUI thread; a reload asked for while one is on its way replaces it.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        ChannelColumn,
        OpenedColumn,
        CallerRoleColumn,
        FollowUpColumn,
        HandoverColumn,
        ColumnCount
    };
    static constexpr int RecentLimit = 20;
    enum Role { CaseIdRole = Qt::UserRole, FollowUpDueRole };

    using Today = std::function<QDate()>;

    CaseListModel(CaseWork &work, QString owner, QObject *parent = nullptr);

    /// Reads the list again; loaded() or loadFailed() follows.
    void reload();
    bool isLoading() const { return m_loading; }
    /// The day that decides which follow-ups are due (the local date unless a test sets one).
    void setToday(Today today) { m_today = std::move(today); }

    const CaseSummary &summary(int row) const { return m_rows.at(row); }
    int rowOf(const QUuid &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const ww::StorageError &error);

private:
    QString text(const CaseSummary &summary, int column) const;
    QDate today() const;

    CaseWork &m_work;
    StorageRequest m_request;
    bool m_loading = false;
    QString m_owner;
    Today m_today;
    QList<CaseSummary> m_rows;
    QDate m_loadedToday; ///< the day the rows were loaded on
};

} // namespace ww
