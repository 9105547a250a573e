// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseRepository.h"
#include "storage/AsyncStorage.h"
#include "storage/StorageError.h"

#include <QObject>

#include <functional>
#include <optional>

namespace ww {

/// Where the desk's case work runs. A job gets a CaseRepository and leaves its results in what it
/// captured; `done` follows with the error that stopped the job, if any. On the desk the job runs on
/// the storage thread and `done` comes through the event loop (ThreadedCaseWork), so the GUI thread
/// never waits on the database; tools and tests may run it at once, before run() returns
/// (DirectCaseWork). Either way `done` is not called when \a receiver is gone or the request was
/// cancelled.
class CaseWork : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<void(CaseRepository &)>;
    using Done = std::function<void(const std::optional<StorageError> &)>;

    using QObject::QObject;
    virtual StorageRequest run(QObject *receiver, Job job, Done done) = 0;
    /// Whether the database answered the last job (or ping) it was asked.
    virtual bool isOnline() const = 0;

signals:
    void onlineChanged(bool online);
};

/// Runs each job at once on this thread, on \a repository.
class DirectCaseWork : public CaseWork
{
    Q_OBJECT

public:
    explicit DirectCaseWork(CaseRepository &repository, QObject *parent = nullptr)
        : CaseWork(parent)
        , m_repository(repository)
    { }

    StorageRequest run(QObject *receiver, Job job, Done done) override
    {
        std::optional<StorageError> failure;
        try {
            // After a lost connection, open it again first (the threaded storage does the same).
            if (m_broken && !m_repository.reconnect())
                throw StorageError(tr("the database cannot be reached"), StorageError::Cause::Unavailable);
            m_broken = false;
            job(m_repository);
        } catch (const StorageError &error) {
            failure = error;
            m_broken = !error.isRefusal();
        }
        const bool online = !failure || failure->isRefusal();
        if (online != m_online) {
            m_online = online;
            emit onlineChanged(online);
        }
        if (receiver && done)
            done(failure);
        return {};
    }
    bool isOnline() const override { return m_online; }

private:
    CaseRepository &m_repository;
    bool m_online = true;
    bool m_broken = false;
};

} // namespace ww
