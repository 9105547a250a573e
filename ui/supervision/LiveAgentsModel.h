// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/FloorSnapshot.h"
#include "common/DeskPalette.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

#include <functional>

namespace ww {

/// The agents of the live view: name, state (in words and colour), time in state, chats and open cases.
/// The time in state is worked out whenever it is read, from the gateway's seconds and the local clock:
/// the view repaints each second and the model emits no change for it, so a screen reader is not told
/// of a new value every second; it reads the current one when it asks.
class LiveAgentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, State, TimeInState, Chats, OpenCases, ColumnCount };
    /// A monotonic clock in milliseconds (tests step their own).
    using Clock = std::function<qint64()>;

    explicit LiveAgentsModel(QObject *parent = nullptr);

    /// The agents of a floor received at \a receivedMs (on the model's clock).
    void setAgents(const QList<chat::FloorSnapshot::Agent> &agents, qint64 receivedMs);
    /// Open cases per holder, read from the database; agents not in it show none known.
    void setOpenCases(const QHash<QString, int> &counts);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// On the wall screen the swatches are larger and in the high-contrast colours; otherwise they follow
    /// the desk's appearance.
    void setWallScreen(bool wallScreen);

    const chat::FloorSnapshot::Agent &agentAt(int row) const { return m_agents.at(row); }
    int secondsInState(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The state in plain words ("In chat"); a code this version does not know, as it came.
    static QString stateText(const QString &code);
    static QColor stateColour(const QString &code, DeskPalette::Appearance appearance);
    /// 0:35, 4:05, 1:02:03.
    static QString duration(int seconds);

private:
    qint64 now() const;

    QList<chat::FloorSnapshot::Agent> m_agents;
    QHash<QString, int> m_openCases;
    bool m_openCasesKnown = false;
    qint64 m_receivedMs = 0;
    Clock m_clock;
    bool m_wallScreen = false;
};

} // namespace ww
