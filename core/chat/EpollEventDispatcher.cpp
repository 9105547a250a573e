// SPDX-License-Identifier: GPL-3.0-or-later
#include "EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimerEvent>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include <utility>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcChat)

namespace ww::chat {

namespace {

constexpr int maxEventsPerPass = 512; // more ready descriptors wait for the next pass (epoll is level-triggered)

quint32 interestOf(const QSocketNotifier *const notifiers[3])
{
    quint32 events = 0;
    if (notifiers[QSocketNotifier::Read])
        events |= EPOLLIN;
    if (notifiers[QSocketNotifier::Write])
        events |= EPOLLOUT;
    if (notifiers[QSocketNotifier::Exception])
        events |= EPOLLPRI;
    return events;
}

} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_epoll(::epoll_create1(EPOLL_CLOEXEC))
    , m_wakeFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    if (m_epoll < 0 || m_wakeFd < 0)
        qFatal("the event loop cannot be made: %s", std::strerror(errno));
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = m_wakeFd;
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &event) != 0)
        qFatal("the event loop cannot be made: %s", std::strerror(errno));
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epoll);
}

qint64 EpollEventDispatcher::nowUs()
{
    timespec now{};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000 + now.tv_nsec / 1000;
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted.store(false);
    emit awake();
    QCoreApplication::sendPostedEvents();

    const bool mayWait = flags.testFlag(QEventLoop::WaitForMoreEvents) && !m_interrupted.load();
    if (mayWait)
        emit aboutToBlock();
    applyChangedInterests();
    // Descriptors epoll cannot watch are always ready: then the loop must not sleep.
    const int timeout = mayWait && m_alwaysReady.isEmpty() ? waitTimeoutMs() : 0;
    epoll_event events[maxEventsPerPass];
    int ready = ::epoll_wait(m_epoll, events, maxEventsPerPass, timeout);
    if (ready < 0)
        ready = 0; // EINTR: a signal came; the pass goes on
    if (mayWait)
        emit awake();

    bool didWork = false;
    std::vector<Activation> activations;
    activations.reserve(static_cast<size_t>(ready) + static_cast<size_t>(m_alwaysReady.size()) * 3);
    for (int i = 0; i < ready; ++i) {
        const int fd = events[i].data.fd;
        if (fd == m_wakeFd) {
            eventfd_t count = 0;
            ::eventfd_read(m_wakeFd, &count);
            continue;
        }
        const auto watch = m_watches.constFind(fd);
        if (watch == m_watches.cend())
            continue;
        const quint32 got = events[i].events;
        // As Qt's Unix dispatcher reads poll(): a hang-up or an error is news for the reader and the writer.
        const bool readable = got & (EPOLLIN | EPOLLHUP | EPOLLERR);
        const bool writable = got & (EPOLLOUT | EPOLLERR | EPOLLHUP);
        const bool exceptional = got & EPOLLPRI;
        const bool wanted[3] = {readable, writable, exceptional};
        for (int type = 0; type < 3; ++type) {
            if (wanted[type] && watch->notifiers[type])
                activations.push_back({fd, type, watch->notifiers[type], watch->serials[type]});
        }
    }
    for (auto watch = m_alwaysReady.cbegin(); watch != m_alwaysReady.cend(); ++watch) {
        for (int type = 0; type < 2; ++type) {
            if (watch->notifiers[type])
                activations.push_back({watch.key(), type, watch->notifiers[type], watch->serials[type]});
        }
    }

    if (!flags.testFlag(QEventLoop::ExcludeSocketNotifiers)) {
        for (const Activation &activation : activations) {
            // An earlier notifier of this pass may have stopped or deleted this one, or its descriptor may
            // now belong to another socket: only the registration that was found ready is told.
            const QHash<int, Watch> &watches = m_alwaysReady.contains(activation.fd) ? m_alwaysReady : m_watches;
            const auto watch = watches.constFind(activation.fd);
            if (watch == watches.cend() || watch->notifiers[activation.type] != activation.notifier
                || watch->serials[activation.type] != activation.serial)
                continue;
            QEvent event(QEvent::SockAct);
            QCoreApplication::sendEvent(activation.notifier, &event);
            didWork = true;
        }
    }
    if (!flags.testFlag(QEventLoop::X11ExcludeTimers))
        didWork = fireDueTimers() || didWork;
    return didWork;
}

int EpollEventDispatcher::waitTimeoutMs() const
{
    if (m_dueOrder.empty())
        return -1;
    // Rounded up: a timer never fires before its time.
    const qint64 waitUs = m_dueOrder.begin()->first - nowUs();
    return waitUs <= 0 ? 0 : static_cast<int>(std::min<qint64>((waitUs + 999) / 1000, 24 * 3600 * 1000));
}

bool EpollEventDispatcher::fireDueTimers()
{
    const qint64 now = nowUs();
    // The timers due now, taken before any fires: one that is due again at once (interval 0) fires in
    // the next pass, not in an endless loop in this one.
    std::vector<int> due;
    for (auto entry = m_dueOrder.begin(); entry != m_dueOrder.end() && entry->first <= now; ++entry)
        due.push_back(entry->second);
    for (const int timerId : due) {
        const auto timer = m_timers.find(timerId);
        if (timer == m_timers.end() || timer->second.dueUs > now || timer->second.firing)
            continue; // stopped or started again by a timer before it; or running an event loop of its own
        qint64 next = timer->second.dueUs + timer->second.interval * 1000;
        if (next <= now)
            next = now + timer->second.interval * 1000; // missed turns are not made up for
        schedule(timerId, next);
        // As Qt's own dispatchers: a timer whose handler runs an event loop does not fire again inside it.
        timer->second.firing = true;
        QTimerEvent event(timerId);
        QCoreApplication::sendEvent(timer->second.object, &event);
        if (const auto still = m_timers.find(timerId); still != m_timers.end())
            still->second.firing = false;
    }
    return !due.empty();
}

void EpollEventDispatcher::schedule(int timerId, qint64 dueUs)
{
    Timer &timer = m_timers.at(timerId);
    m_dueOrder.erase({timer.dueUs, timerId});
    timer.dueUs = dueUs;
    m_dueOrder.insert({dueUs, timerId});
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = static_cast<int>(notifier->socket());
    const int type = notifier->type();
    const bool alwaysReady = m_alwaysReady.contains(fd);
    Watch &watch = alwaysReady ? m_alwaysReady[fd] : m_watches[fd];
    const bool added = interestOf(watch.notifiers) == 0;
    // Another notifier in this place means its descriptor was closed without a word: tell the kernel now.
    const bool replaced = watch.notifiers[type] != nullptr && watch.notifiers[type] != notifier;
    watch.notifiers[type] = notifier;
    watch.serials[type] = m_nextSerial++;
    if (alwaysReady)
        return;
    if (added || replaced)
        updateInterest(fd, watch, added);
    else
        noteChangedInterest(fd);
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = static_cast<int>(notifier->socket());
    const int type = notifier->type();
    for (QHash<int, Watch> *watches : {&m_watches, &m_alwaysReady}) {
        const auto watch = watches->find(fd);
        if (watch == watches->end() || watch->notifiers[type] != notifier)
            continue;
        watch->notifiers[type] = nullptr;
        watch->serials[type] = 0;
        const bool emptied = interestOf(watch->notifiers) == 0;
        if (watches == &m_watches) {
            if (emptied)
                updateInterest(fd, *watch, false);
            else
                noteChangedInterest(fd);
        }
        if (emptied)
            watches->erase(watch);
        return;
    }
}

void EpollEventDispatcher::noteChangedInterest(int fd)
{
    m_changed.push_back(fd);
}

void EpollEventDispatcher::applyChangedInterests()
{
    for (const int fd : std::exchange(m_changed, {})) {
        const auto watch = m_watches.constFind(fd);
        if (watch == m_watches.cend())
            continue; // it lost its last notifier since, and the kernel was told then
        const auto told = m_toldKernel.constFind(fd);
        if (told == m_toldKernel.cend() || told.value() != interestOf(watch->notifiers))
            updateInterest(fd, watch.value(), false);
    }
}

void EpollEventDispatcher::updateInterest(int fd, const Watch &watch, bool added)
{
    epoll_event event{};
    event.events = interestOf(watch.notifiers);
    event.data.fd = fd;
    const int operation = event.events == 0 ? EPOLL_CTL_DEL : added ? EPOLL_CTL_ADD : EPOLL_CTL_MOD;
    if (operation == EPOLL_CTL_DEL)
        m_toldKernel.remove(fd);
    else
        m_toldKernel.insert(fd, event.events);
    ++m_interestUpdates;
    if (::epoll_ctl(m_epoll, operation, fd, &event) == 0 || operation == EPOLL_CTL_DEL)
        return; // (a descriptor closed before its notifier went is gone from epoll already)
    // A descriptor closed while a notifier still named it left epoll with the close; the number may now be
    // another socket's. And the other way round.
    if ((errno == ENOENT && ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) == 0)
        || (errno == EEXIST && ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &event) == 0))
        return;
    m_toldKernel.remove(fd);
    if (errno == EPERM) {
        // A regular file or the like: always ready, as poll() would say.
        m_alwaysReady.insert(fd, watch);
        m_watches.remove(fd);
        return;
    }
    qCWarning(lcChat) << "the event loop cannot watch descriptor" << fd << ":" << std::strerror(errno);
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    Timer &timer = m_timers[timerId];
    timer.interval = std::max<qint64>(interval, 0);
    timer.type = timerType;
    timer.object = object;
    timer.dueUs = nowUs() + timer.interval * 1000;
    m_dueOrder.insert({timer.dueUs, timerId});
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto timer = m_timers.find(timerId);
    if (timer == m_timers.end())
        return false;
    m_dueOrder.erase({timer->second.dueUs, timerId});
    m_timers.erase(timer);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    bool found = false;
    for (auto timer = m_timers.begin(); timer != m_timers.end();) {
        if (timer->second.object != object) {
            ++timer;
            continue;
        }
        m_dueOrder.erase({timer->second.dueUs, timer->first});
        timer = m_timers.erase(timer);
        found = true;
    }
    return found;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> timers;
    for (const auto &[timerId, timer] : m_timers) {
        if (timer.object == object)
            timers.append(TimerInfo(timerId, static_cast<int>(timer.interval), timer.type));
    }
    return timers;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto timer = m_timers.find(timerId);
    if (timer == m_timers.end())
        return -1;
    return static_cast<int>(std::max<qint64>((timer->second.dueUs - nowUs() + 999) / 1000, 0));
}

void EpollEventDispatcher::wakeUp()
{
    ::eventfd_write(m_wakeFd, 1);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted.store(true);
    wakeUp();
}

} // namespace ww::chat
