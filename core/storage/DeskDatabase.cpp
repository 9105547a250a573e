// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskDatabase.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SessionRole.h"

namespace ww {

DeskDatabase::DeskDatabase(DatabaseUrl url, QString password, AsyncStorage::Timing timing, QObject *parent)
    : QObject(parent)
    , m_url(url)
    // The password stays with the storage thread, which needs it again after a lost connection.
    , m_open([url, password = std::move(password)] { return Database::open(url, password); })
    , m_storage(m_open, timing)
    , m_cases(m_storage)
{
}

StorageRequest DeskDatabase::prepare(QObject *receiver, Prepared done)
{
    using Roles = std::pair<bool, bool>; // supervisor, content editor
    return m_storage.run<Roles>(
            receiver,
            [](Database &database) {
                Migrator(database).migrate();
                return Roles(SessionRole::isSupervisor(database), SessionRole::mayEditContent(database));
            },
            [this, done = std::move(done)](StorageResult<Roles> result) {
                m_supervisor = result.value ? result.value->first : false;
                m_contentEditor = result.value ? result.value->second : false;
                done(result.error);
            },
            PrepareDeadlineMs);
}

} // namespace ww
