// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/FloorSnapshot.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

namespace ww {
class Database;
}

namespace ww::chat {

class ChatPeer;
class ChatWriteBatch;

/// What the gateway knows of the floor right now, in plain data.
struct FloorInput
{
    QList<FloorAgent> agents;
    QList<FloorQueueEntry> queue;
};

/// The gateway's side of the supervisors' live view: who watches, when a `floor` frame goes out
/// (changes within a short time make one; at least one every few seconds; at once when an alert comes
/// or goes), which logins are supervisors, and the wrap-up limit, read off the event loop.
class FloorWatch : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int coalesceMs = 250;        ///< changes within this time make one frame: at most 4 a second
        int refreshMs = 5000;        ///< a frame at least this often
        int alertCheckMs = 1000;     ///< how often alerts that come with time (a wait, a wrap-up) are looked for
        int settingsReadMs = 60'000; ///< how often the wrap-up limit is read from the database
    };
    /// The `settings` row for the wrap-up limit, and its value when the row is absent.
    static constexpr int defaultWrapUpLimitSeconds = 180;

    /// \a gather gives the gateway's current data; \a batch carries the settings reads.
    FloorWatch(ChatWriteBatch &batch, std::function<FloorInput()> gather, Timing timing, int waitingTooLongSeconds,
               QObject *parent = nullptr);

    /// \a peer gets the floor now and whenever it changes, until it goes.
    void addWatcher(ChatPeer *peer);
    int watcherCount() const;
    /// Something on the floor changed: a frame goes out within the coalescing time.
    void changed();

    /// Learned when a ticket is redeemed (ChatTickets::redeemMember).
    void setSupervisor(const QString &login, bool supervisor);
    bool isSupervisor(const QString &login) const { return m_supervisors.contains(login); }

    int wrapUpLimitSeconds() const { return m_thresholds.wrapUpLimitSeconds; }
    /// The floor now, alerts included.
    FloorSnapshot snapshot();

    /// The wrap-up limit in \a database's settings; the default when it is absent or not a number in range.
    static int readWrapUpLimit(Database &database);

signals:
    /// A frame went out to the watchers (for tests and logs).
    void floorSent(int watchers);
    void wrapUpLimitChanged(int seconds);

private:
    void send();
    void checkAlerts();
    void readSettings();

    ChatWriteBatch &m_batch;
    std::function<FloorInput()> m_gather;
    Timing m_timing;
    FloorThresholds m_thresholds;
    QList<QPointer<ChatPeer>> m_watchers;
    QSet<QString> m_supervisors;
    /// When each agent's state was first seen, for agents whose source gives no time of its own.
    QHash<QString, std::pair<AgentState, QDateTime>> m_seen;
    QList<FloorAlert> m_sentAlerts;
    QTimer m_coalesce;
    QTimer m_refresh;
    QTimer m_alertCheck;
    QTimer m_settings;
    bool m_reading = false;
};

} // namespace ww::chat
