// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AsyncStorage.h"

#include <QObject>

#include <functional>

namespace ww {

/// One kind of request a supervision window sends to its storage (the dashboard's numbers, a case's
/// timeline, an export): a new request replaces the one in flight, and the answer of a replaced,
/// cancelled or closed-over request is dropped, checked by a generation number when it arrives. A
/// failure, of the job or of handling its answer, comes out as failed(), never into the event loop.
class RequestLane : public QObject
{
    Q_OBJECT

public:
    /// What happens to a job not yet started when the lane goes (its window closed): reads are
    /// dropped; a write the user asked for is still carried out (only its answer is dropped).
    enum class Unstarted { Drop, Run };

    RequestLane(AsyncStorage &storage, QObject *owner, Unstarted unstarted = Unstarted::Drop);
    ~RequestLane() override;

    /// Runs \a job on the storage thread; \a done gets its value here, unless replaced or cancelled first.
    template<typename T>
    void start(std::function<T(Database &)> job, std::function<void(T &)> done)
    {
        if (m_unstarted == Unstarted::Drop)
            m_request.cancel();
        const quint64 generation = ++m_generation;
        setBusy(true);
        m_request = m_storage.run<T>(this, std::move(job),
                                     [this, generation, done = std::move(done)](StorageResult<T> result) {
                                         if (generation != m_generation)
                                             return; // a later request, or a cancel, came after it
                                         if (result.ok())
                                             deliver([&] { done(*result.value); });
                                         else
                                             emit failed(*result.error);
                                         // Still busy when handling the answer sent the next request.
                                         if (generation == m_generation)
                                             setBusy(false);
                                     });
    }
    /// Drops the answer of the request in flight, and a read not yet started with it.
    void cancel();
    bool isBusy() const { return m_busy; }
    AsyncStorage &storage() const { return m_storage; }

signals:
    void busyChanged(bool busy);
    void failed(const StorageError &error);

private:
    void setBusy(bool busy);
    /// Runs \a handle; what it throws becomes failed().
    void deliver(const std::function<void()> &handle);

    AsyncStorage &m_storage;
    Unstarted m_unstarted;
    StorageRequest m_request;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace ww
