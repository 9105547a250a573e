// SPDX-License-Identifier: GPL-3.0-or-later
#include "AsyncStorage.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

#include <sys/socket.h>

namespace ww {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

/// Lives on the storage thread: owns the connection and runs the jobs.
class AsyncStorage::Worker : public QObject
{
public:
    Worker(Opener open, int idlePingMs)
        : m_open(std::move(open))
        , m_idlePingMs(idlePingMs)
    { }

    // Read by the owner's watchdog on its own thread.
    std::atomic<qint64> jobStartedMs{0};
    std::atomic<int> socket{-1};
    std::atomic<int> jobDeadlineMs{0}; ///< 0: the storage's usual deadline

    void start(AsyncStorage *owner)
    {
        m_owner = owner;
        m_ping = new QTimer(this);
        m_ping->setSingleShot(true);
        m_ping->setInterval(m_idlePingMs);
        QObject::connect(m_ping, &QTimer::timeout, this, [this] { ping(); });
        m_ping->start();
    }

    void close()
    {
        m_ping->stop();
        socket = -1;
        m_database.reset();
    }

    /// Runs one job and posts its answer, with whether the database answered, to the owner.
    void run(AsyncStorage *owner, const std::shared_ptr<std::atomic_bool> &cancelled,
             const std::function<void(Database &)> &job, const std::function<void(const StorageError &)> &failed,
             const std::function<void()> &answered, int deadlineMs)
    {
        m_ping->stop();
        std::optional<bool> reachable;
        if (!cancelled->load()) {
            jobDeadlineMs = deadlineMs;
            jobStartedMs = nowMs();
            try {
                job(connected());
                reachable = true;
            } catch (const StorageError &error) {
                if (!error.isRefusal()) {
                    m_broken = true;
                    reachable = false;
                } else {
                    reachable = true;
                }
                failed(error);
            } catch (const std::exception &error) {
                failed(StorageError(QString::fromUtf8(error.what()), StorageError::Cause::Refused));
            }
            jobStartedMs = 0;
            jobDeadlineMs = 0;
        }
        QMetaObject::invokeMethod(
                owner,
                [owner, reachable, answered] {
                    --owner->m_pending;
                    if (reachable)
                        owner->setOnline(*reachable);
                    answered();
                },
                Qt::QueuedConnection);
        m_ping->start();
    }

private:
    /// The connection, (re)opened when needed. Throws StorageError when the database is out of reach.
    Database &connected()
    {
        if (!m_database) {
            m_database = m_open();
            // The deadline counts from the last statement, not the job's start: a job of many statements
            // on a slow network is not a silent one.
            m_database->setProgressClock(&jobStartedMs);
            m_broken = false;
        } else if (m_broken) {
            socket = -1;
            if (!m_database->reconnect())
                throw StorageError(QCoreApplication::translate("ww::AsyncStorage", "the database cannot be reached"),
                                   StorageError::Cause::Unavailable);
            m_broken = false;
        }
        socket = m_database->socketDescriptor();
        return *m_database;
    }

    /// Between jobs: a query that proves the connection still works, or finds out that it does not.
    void ping()
    {
        if (m_database && m_database->dialect() == SqlDialect::Sqlite)
            return; // a file on this computer: nothing to lose touch with
        bool reachable = true;
        jobStartedMs = nowMs();
        try {
            connected().run(u"database_ping"_qs).finish();
        } catch (const StorageError &error) {
            reachable = error.isRefusal();
            m_broken = !reachable;
        }
        jobStartedMs = 0;
        AsyncStorage *owner = m_owner;
        QMetaObject::invokeMethod(
                owner, [owner, reachable] { owner->setOnline(reachable); }, Qt::QueuedConnection);
        m_ping->start();
    }

    Opener m_open;
    int m_idlePingMs;
    std::unique_ptr<Database> m_database;
    bool m_broken = false;
    QTimer *m_ping = nullptr;
    AsyncStorage *m_owner = nullptr;
};

AsyncStorage::AsyncStorage(Opener open, QObject *parent)
    : AsyncStorage(std::move(open), Timing{}, parent)
{ }

AsyncStorage::AsyncStorage(Opener open, Timing timing, QObject *parent)
    : QObject(parent)
    , m_timing(timing)
    , m_thread(new QThread)
    , m_worker(new Worker(std::move(open), timing.idlePingMs))
{
    m_thread->setObjectName(u"storage"_qs);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, owner = this] { worker->start(owner); }, Qt::QueuedConnection);
    m_watchdog.setInterval(timing.watchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, &AsyncStorage::checkDeadline);
    m_watchdog.start();
}

AsyncStorage::~AsyncStorage()
{
    m_watchdog.stop();
    // Free a thread that waits on a silent network, then let it close its connection itself.
    if (const int socket = m_worker->socket.load(); socket >= 0 && m_worker->jobStartedMs.load() != 0)
        ::shutdown(socket, SHUT_RDWR);
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void AsyncStorage::enqueue(std::shared_ptr<std::atomic_bool> cancelled, std::function<void(Database &)> job,
                           std::function<void(const StorageError &)> failed, std::function<void()> answered,
                           int deadlineMs)
{
    ++m_pending;
    QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, owner = this, cancelled = std::move(cancelled), job = std::move(job),
             failed = std::move(failed), answered = std::move(answered),
             deadlineMs] { worker->run(owner, cancelled, job, failed, answered, deadlineMs); },
            Qt::QueuedConnection);
}

void AsyncStorage::checkDeadline()
{
    const qint64 started = m_worker->jobStartedMs.load();
    const int jobDeadline = m_worker->jobDeadlineMs.load();
    if (started == 0 || nowMs() - started < (jobDeadline > 0 ? jobDeadline : m_timing.deadlineMs))
        return;
    // The network went silent (a dropped VPN, a server that vanished): nothing comes back. Shutting
    // the socket makes the waiting job fail at once; the next job connects anew. (An SQLite file has
    // no socket: a long job there is just long.)
    const int socket = m_worker->socket.exchange(-1);
    if (socket < 0)
        return;
    ::shutdown(socket, SHUT_RDWR);
    setOnline(false);
}

void AsyncStorage::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

} // namespace ww
