// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/FloorSnapshot.h"

#include <QAbstractTableModel>

#include <functional>

namespace ww {

/// The chats waiting in the live view, oldest first: how long each has waited (counting up locally, like
/// LiveAgentsModel's time in state) and the visitor's language. A chat is named by the start of its id only.
class LiveQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Waiting, Language, Chat, ColumnCount };
    using Clock = std::function<qint64()>;

    explicit LiveQueueModel(QObject *parent = nullptr);

    void setQueue(const QList<chat::FloorSnapshot::Queued> &queue, int waitingTooLongSeconds, qint64 receivedMs);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// On the wall screen the colours are the high-contrast ones; otherwise they follow the desk's appearance.
    void setWallScreen(bool wallScreen) { m_wallScreen = wallScreen; }

    const chat::FloorSnapshot::Queued &chatAt(int row) const { return m_queue.at(row); }
    int rowOf(const QUuid &chat) const;
    int waitingSeconds(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The first eight characters of the chat's id: enough to tell chats apart on one floor.
    static QString shortId(const QUuid &chat);
    static QString languageText(const QString &code);

private:
    qint64 now() const;

    QList<chat::FloorSnapshot::Queued> m_queue;
    int m_waitingTooLongSeconds = 120;
    qint64 m_receivedMs = 0;
    Clock m_clock;
    bool m_wallScreen = false;
};

} // namespace ww
