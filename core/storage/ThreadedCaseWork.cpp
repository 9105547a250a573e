// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThreadedCaseWork.h"

#include "storage/SqlCaseStore.h"

namespace ww {

ThreadedCaseWork::ThreadedCaseWork(AsyncStorage &storage, QObject *parent)
    : CaseWork(parent)
    , m_storage(storage)
{
    connect(&storage, &AsyncStorage::onlineChanged, this, &CaseWork::onlineChanged);
}

StorageRequest ThreadedCaseWork::run(QObject *receiver, Job job, Done done)
{
    return m_storage.run<bool>(
            receiver,
            [job = std::move(job)](Database &database) {
                SqlCaseStore store(database);
                job(store);
                return true;
            },
            [done = std::move(done)](StorageResult<bool> result) {
                if (done)
                    done(result.error);
            });
}

bool ThreadedCaseWork::isOnline() const
{
    return m_storage.isOnline();
}

} // namespace ww
