// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/CaseListModel.h"

#include "common/CaseLabels.h"
#include "common/DeskPalette.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace ww {

CaseListModel::CaseListModel(CaseWork &work, QString owner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_work(work)
    , m_owner(std::move(owner))
{ }

QDate CaseListModel::today() const
{
    return m_today ? m_today() : QDate::currentDate();
}

void CaseListModel::reload()
{
    // Today is read once per reload: data() runs for every role of every cell, and each local-time
    // conversion makes the C library look at the time zone file again.
    const QDate day = today();
    m_request.cancel(); // a newer list replaces one still on its way
    m_loading = true;
    auto rows = std::make_shared<QList<CaseSummary>>();
    m_request = m_work.run(
            this,
            [owner = m_owner, day, rows](CaseRepository &repository) {
                *rows = repository.homeList(owner, day, RecentLimit);
            },
            [this, day, rows](const std::optional<StorageError> &error) {
                m_loading = false;
                if (error) {
                    emit loadFailed(*error);
                    return;
                }
                beginResetModel();
                m_loadedToday = day;
                m_rows = std::move(*rows);
                endResetModel();
                emit loaded();
            });
}

int CaseListModel::rowOf(const QUuid &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseListModel::text(const CaseSummary &summary, int column) const
{
    const QLocale locale;
    switch (column) {
    case StatusColumn:
        return summary.followUpDue(m_loadedToday) ? tr("Follow-up due") : CaseLabels::status(summary.status);
    case ChannelColumn:
        return CaseLabels::channel(summary.channel);
    case OpenedColumn:
        return locale.toString(summary.openedAt.toLocalTime(), QLocale::ShortFormat);
    case CallerRoleColumn:
        return summary.callerRole.isEmpty() ? QString() : CaseLabels::callerRole(summary.callerRole);
    case FollowUpColumn:
        if (summary.status != CaseStatus::FollowUp || !summary.followUpDate.isValid())
            return {};
        return tr("%1 — %2").arg(locale.toString(summary.followUpDate, QLocale::ShortFormat),
                                 summary.followUpInstruction);
    case HandoverColumn:
        return summary.handedOverBy.isEmpty() ? QString()
                                              : tr("From %1: %2").arg(summary.handedOverBy, summary.handoverNote);
    default:
        return {};
    }
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseSummary &summary = m_rows.at(index.row());
    const bool due = summary.followUpDue(m_loadedToday);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(summary, index.column());
    case Qt::AccessibleTextRole:
        // A screen reader hears the column with its cell, as a sighted agent reads the header.
        return QString(headerData(index.column(), Qt::Horizontal).toString() + u": "_qs
                       + text(summary, index.column()));
    case Qt::FontRole:
        if (due) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::BackgroundRole:
        // A due follow-up stands out; the text colour is set too so it stays readable in dark themes.
        return due ? QBrush(DeskPalette::color(DeskPalette::Role::DueBackground)) : QVariant();
    case Qt::ForegroundRole:
        return due ? QBrush(DeskPalette::textOn(DeskPalette::color(DeskPalette::Role::DueBackground))) : QVariant();
    case CaseIdRole:
        return summary.id;
    case FollowUpDueRole:
        return due;
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case ChannelColumn:
        return tr("Channel");
    case OpenedColumn:
        return tr("Opened");
    case CallerRoleColumn:
        return tr("Caller");
    case FollowUpColumn:
        return tr("Follow-up");
    case HandoverColumn:
        return tr("Handed over");
    default:
        return {};
    }
}

} // namespace ww
