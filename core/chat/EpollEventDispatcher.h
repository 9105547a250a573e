// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractEventDispatcher>
#include <QHash>

#include <atomic>
#include <map>
#include <set>
#include <vector>

namespace ww::chat {

/// An event dispatcher for a thread that holds thousands of sockets and hears from few of them at a time:
/// the gateway's. Qt's own dispatchers (GLib's and the Unix one) hand every socket to poll() on every pass
/// of the loop, so a pass costs the same whether one socket spoke or a thousand; at 1,000 visitors that
/// was three quarters of the gateway's CPU under ordinary load. Linux's epoll keeps the set in the kernel
/// and returns only the sockets that are ready. Qt has no epoll dispatcher, hence this one.
///
/// What it keeps of Qt's behaviour, as the Unix dispatcher does it: posted events first in every pass, then
/// the ready sockets (a hang-up or error wakes the read notifier), then the timers that are due; awake at
/// the start of a pass and aboutToBlock before it waits; wakeUp() and interrupt() from any thread. Timers
/// keep millisecond precision whatever their type (a coarse timer fires no later than Qt's would).
///
/// A socket that sends turns its write notifier on, and off again once its data left; the gateway flushes
/// its sockets at the end of each pass, so both happen in one pass. The kernel is told such a change only
/// just before the loop waits, and not at all when the socket ends the pass as it began (two epoll_ctl
/// calls saved per frame sent). A descriptor that gains its first notifier or loses its last is told at
/// once: its number may be closed and given to another socket before the loop waits.
class EpollEventDispatcher final : public QAbstractEventDispatcher
{
    Q_OBJECT

public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

    /// How often the kernel was told of a change in a descriptor's events (epoll_ctl calls), for measurements.
    quint64 interestUpdates() const { return m_interestUpdates; }

private:
    /// The notifiers of one file descriptor, by QSocketNotifier::Type (Read, Write, Exception).
    struct Watch
    {
        QSocketNotifier *notifiers[3] = {nullptr, nullptr, nullptr};
        quint64 serials[3] = {0, 0, 0}; ///< which registration: a notifier at the same address later is another
    };
    struct Timer
    {
        qint64 interval = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 dueUs = 0;    ///< on the monotonic clock, in microseconds
        bool firing = false; ///< its event is being handled
    };
    /// A notifier found ready, to be told after every ready descriptor of the pass was read from the kernel.
    struct Activation
    {
        int fd;
        int type;
        QSocketNotifier *notifier;
        quint64 serial;
    };

    static qint64 nowUs();
    void updateInterest(int fd, const Watch &watch, bool added);
    void noteChangedInterest(int fd);
    void applyChangedInterests();
    int waitTimeoutMs() const;
    bool activateSockets(int ready);
    bool fireDueTimers();
    void schedule(int timerId, qint64 dueUs);

    int m_epoll = -1;
    int m_wakeFd = -1; ///< an eventfd: wakeUp() writes, the loop reads
    std::atomic_bool m_interrupted{false};
    QHash<int, Watch> m_watches;
    /// What the kernel was last told each watched descriptor's events are.
    QHash<int, quint32> m_toldKernel;
    /// Descriptors whose events changed since the kernel was told (a descriptor may appear twice).
    std::vector<int> m_changed;
    quint64 m_interestUpdates = 0;
    /// Descriptors epoll cannot watch (regular files): ready on every pass, as poll() would say.
    QHash<int, Watch> m_alwaysReady;
    quint64 m_nextSerial = 1;
    std::map<int, Timer> m_timers;
    std::set<std::pair<qint64, int>> m_dueOrder; ///< (due, id) of every timer, soonest first
};

} // namespace ww::chat
