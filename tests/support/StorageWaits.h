// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabase.h"

#include "storage/AsyncStorage.h"
#include "storage/Database.h"

#include <QObject>
#include <QTest>

#include <memory>
#include <semaphore>

namespace ww::test {

/// A storage of its own on the test's database, as the desk gives the supervisor windows.
inline std::unique_ptr<AsyncStorage> storageOn(const TemporaryDatabase &db)
{
    return std::make_unique<AsyncStorage>([url = db.url()] { return Database::open(url); });
}

/// Runs the event loop until every job given to \a storage has been answered (and the answers
/// handled, including the jobs those handlers gave). False after \a timeoutMs.
inline bool settle(AsyncStorage &storage, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return storage.pending() == 0; }, timeoutMs);
}

/// Holds the storage thread until open() (or the end of the scope): jobs given meanwhile wait
/// behind it, as behind a slow network, so a test can move on before their answers come.
class StorageGate
{
public:
    explicit StorageGate(AsyncStorage &storage)
    {
        storage.run<bool>(&m_receiver,
                          [semaphore = m_semaphore](Database &) {
                              semaphore->acquire();
                              return true;
                          },
                          {});
    }
    ~StorageGate() { open(); }
    StorageGate(const StorageGate &) = delete;
    StorageGate &operator=(const StorageGate &) = delete;

    void open()
    {
        if (!m_open)
            m_semaphore->release();
        m_open = true;
    }

private:
    QObject m_receiver;
    std::shared_ptr<std::binary_semaphore> m_semaphore = std::make_shared<std::binary_semaphore>(0);
    bool m_open = false;
};

} // namespace ww::test
