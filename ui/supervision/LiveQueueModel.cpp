// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervision/LiveQueueModel.h"

#include "common/DeskPalette.h"
#include "supervision/LiveAgentsModel.h"

#include <QColor>
#include <QElapsedTimer>
#include <QFont>

#include <algorithm>

namespace ww {

LiveQueueModel::LiveQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

qint64 LiveQueueModel::now() const
{
    if (m_clock)
        return m_clock();
    QElapsedTimer clock;
    clock.start();
    return clock.msecsSinceReference();
}

void LiveQueueModel::setQueue(const QList<chat::FloorSnapshot::Queued> &queue, int waitingTooLongSeconds,
                              qint64 receivedMs)
{
    m_receivedMs = receivedMs;
    m_waitingTooLongSeconds = waitingTooLongSeconds;
    const bool sameRows = queue.size() == m_queue.size()
            && std::equal(queue.cbegin(), queue.cend(), m_queue.cbegin(),
                          [](const auto &a, const auto &b) { return a.chat == b.chat; });
    if (sameRows) {
        m_queue = queue; // only the seconds are new: shown at the next repaint, announced to nobody
        return;
    }
    beginResetModel();
    m_queue = queue;
    endResetModel();
}

int LiveQueueModel::rowOf(const QUuid &chat) const
{
    for (qsizetype row = 0; row < m_queue.size(); ++row) {
        if (m_queue.at(row).chat == chat)
            return static_cast<int>(row);
    }
    return -1;
}

int LiveQueueModel::waitingSeconds(int row) const
{
    return static_cast<int>(m_queue.at(row).waitingSeconds + std::max<qint64>(0, now() - m_receivedMs) / 1000);
}

int LiveQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_queue.size());
}

int LiveQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LiveQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const chat::FloorSnapshot::Queued &entry = m_queue.at(index.row());
    const bool tooLong = waitingSeconds(index.row()) >= m_waitingTooLongSeconds;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Waiting: {
            const QString time = LiveAgentsModel::duration(waitingSeconds(index.row()));
            // In words as well as in red: the colour alone says nothing to everyone.
            return tooLong ? tr("%1 (too long)").arg(time) : time;
        }
        case Language:
            return languageText(entry.lang);
        case Chat:
            return shortId(entry.chat);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Waiting && tooLong)
        return DeskPalette::color(DeskPalette::Role::ErrorText,
                                  m_wallScreen ? DeskPalette::Appearance::HighContrast : DeskPalette::current());
    if (role == Qt::FontRole && index.column() == Waiting && tooLong) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant LiveQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Waiting:
        return tr("Waiting");
    case Language:
        return tr("Language");
    case Chat:
        return tr("Chat");
    default:
        return {};
    }
}

QString LiveQueueModel::shortId(const QUuid &chat)
{
    return chat.toString(QUuid::WithoutBraces).left(8);
}

QString LiveQueueModel::languageText(const QString &code)
{
    if (code == u"nl")
        return tr("Dutch");
    if (code == u"en")
        return tr("English");
    return code;
}

} // namespace ww
