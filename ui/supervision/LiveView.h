// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/FloorSnapshot.h"
#include "common/DeskPalette.h"

#include <QFont>
#include <QPalette>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QShortcut;
class QTableView;

namespace ww {

class AsyncStorage;
class LiveAgentsModel;
class LiveQueueModel;
class RequestLane;

namespace chat {
class FloorClient;
}

/// The supervisors' live view of the floor: alerts at the top (announced to screen readers as alerts),
/// every agent with state and time in it and their open cases, and the chats waiting. It follows the
/// chat gateway as a watcher (FloorClient) and says clearly when that connection is gone; open cases
/// are read from the database every 30 s off the GUI thread. A waiting chat can be moved to a named
/// agent ("Move chat to…"). F11 or the button turns it into a wall screen (full screen, large type,
/// high contrast) for the office; Esc leaves it.
class LiveView : public QWidget
{
    Q_OBJECT

public:
    /// \a client is the live view's own connection (null: no gateway set for this desktop); \a storage
    /// reads the open cases (null: none shown).
    LiveView(std::unique_ptr<chat::FloorClient> client, AsyncStorage *storage, QWidget *parent = nullptr);
    ~LiveView() override;

    chat::FloorClient *client() const { return m_client.get(); }
    LiveAgentsModel *agentsModel() const { return m_agentsModel; }
    LiveQueueModel *queueModel() const { return m_queueModel; }
    /// The monotonic clock the times count up on, in ms (tests step their own).
    void setClock(std::function<qint64()> clock);

    void setWallScreen(bool on);
    bool isWallScreen() const { return m_wallScreen; }

    /// The agents "Move chat to…" offers: name, and whether they can take a chat now.
    QList<std::pair<QString, bool>> moveTargets() const;
    /// Moves the chat selected in the queue to \a agent; false when no chat is selected or the live view is offline.
    bool moveSelectedChatTo(const QString &agent);

    /// Reads the open cases per agent now (and then every \a intervalMs).
    void readOpenCases();
    void setOpenCasesInterval(int intervalMs);

    /// Shows a floor; the client's floors come here.
    void showFloor(const chat::FloorSnapshot &floor);

    QString statusText() const;
    QString alertText() const;
    QString resultText() const;

signals:
    void floorShown();
    void openCasesShown();
    void alertsAnnounced(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showOnline(bool online);
    void showAlerts(const chat::FloorSnapshot &floor);
    void chooseMoveTarget();
    void moveAnswered(const QString &id, const QString &errorCode);
    void tick();
    /// The wall screen's high contrast, or the desk's appearance.
    DeskPalette::Appearance appearance() const;
    /// The status line and the alerts in the colours of appearance().
    void paintBanners();
    qint64 now() const;

    std::unique_ptr<chat::FloorClient> m_client;
    RequestLane *m_openCasesLane = nullptr;
    std::function<qint64()> m_clock;
    LiveAgentsModel *m_agentsModel;
    LiveQueueModel *m_queueModel;
    QLabel *m_status;
    QLabel *m_alerts;
    QTableView *m_agentsView;
    QTableView *m_queueView;
    QPushButton *m_moveButton;
    QPushButton *m_wallButton;
    QLabel *m_result;
    QShortcut *m_leaveWallScreen;
    QTimer m_tick;
    QTimer m_openCasesTimer;
    QStringList m_alertKeys;
    QString m_lastUpdate;
    QHash<QString, QString> m_moves; ///< move id → the agent it goes to
    bool m_wallScreen = false;
    QFont m_normalFont;
    QPalette m_normalPalette;
    bool m_live = false;
    bool m_wasMaximized = false;
};

} // namespace ww
