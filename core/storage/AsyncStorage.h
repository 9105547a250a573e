// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StorageError.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace ww {

class Database;

/// A job's answer: its value, or the error that stopped it.
template<typename T>
struct StorageResult
{
    std::optional<T> value;
    std::optional<StorageError> error;
    bool ok() const { return value.has_value(); }
};

/// A job handed to an AsyncStorage; cancel() drops it if it has not started, and its answer if it has.
class StorageRequest
{
public:
    StorageRequest() = default;
    void cancel()
    {
        if (m_cancelled)
            m_cancelled->store(true);
    }
    bool isCancelled() const { return m_cancelled && m_cancelled->load(); }

private:
    friend class AsyncStorage;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

/// The database, on a thread of its own, so that no event loop waits on the network: jobs run there
/// one after another, in the order given, on the thread's own connection (Qt SQL connections belong
/// to one thread), and their answers come back on the thread that asked, through its event loop.
///
/// A job that runs longer than the deadline means the network went silent: the storage then says it
/// is offline and shuts the connection's socket, so the job fails and the thread is free again; the
/// next job connects anew. Between jobs the connection is pinged, so that a silent network is
/// noticed without anyone waiting for it.
class AsyncStorage : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int deadlineMs = 6000; ///< a job running longer than this: offline, connection given up
        int idlePingMs = 3000; ///< ping an idle connection this often
        int watchdogMs = 250;  ///< how often the deadline is checked
    };
    using Opener = std::function<std::unique_ptr<Database>()>;

    /// \a open makes the connection; it runs on the storage thread, at the first job.
    explicit AsyncStorage(Opener open, QObject *parent = nullptr);
    AsyncStorage(Opener open, Timing timing, QObject *parent = nullptr);
    ~AsyncStorage() override;

    /// Runs \a job on the storage thread; \a done gets its answer on this object's thread, unless
    /// \a receiver is gone by then or the request was cancelled. \a deadlineMs, when given, replaces
    /// the usual deadline for a job known to take long (bringing the schema up to date).
    template<typename T>
    StorageRequest run(QObject *receiver, std::function<T(Database &)> job, std::function<void(StorageResult<T>)> done,
                       int deadlineMs = 0)
    {
        StorageRequest request;
        auto cancelled = request.m_cancelled;
        auto answer = std::make_shared<StorageResult<T>>();
        enqueue(
                cancelled, [job = std::move(job), answer](Database &database) { answer->value.emplace(job(database)); },
                [answer](const StorageError &error) { answer->error.emplace(error); },
                [receiver = QPointer<QObject>(receiver), cancelled, answer, done = std::move(done)] {
                    if (receiver && !cancelled->load() && done)
                        done(std::move(*answer));
                },
                deadlineMs);
        return request;
    }

    bool isOnline() const { return m_online; }
    /// Jobs given and not yet answered.
    int pending() const { return m_pending; }

signals:
    /// The database could not be reached (false), or answered again (true).
    void onlineChanged(bool online);

private:
    class Worker;
    void enqueue(std::shared_ptr<std::atomic_bool> cancelled, std::function<void(Database &)> job,
                 std::function<void(const StorageError &)> failed, std::function<void()> answered, int deadlineMs);
    void checkDeadline();
    void setOnline(bool online);

    Timing m_timing;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    QTimer m_watchdog;
    bool m_online = true;
    int m_pending = 0;
};

} // namespace ww
