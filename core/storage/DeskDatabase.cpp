// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeskDatabase.h"

#include "content/TreeVersions.h"
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
{ }

StorageRequest DeskDatabase::prepare(QObject *receiver, Prepared done)
{
    struct Ready
    {
        bool supervisor = false;
        bool contentEditor = false;
        std::optional<TreeVersionContent> published;
        QString publishedProblem;
    };
    return m_storage.run<Ready>(
            receiver,
            [](Database &database) {
                Migrator(database).migrate();
                Ready prepared;
                prepared.supervisor = SessionRole::isSupervisor(database);
                prepared.contentEditor = SessionRole::mayEditContent(database);
                // The newest published tree, if any; one that no longer loads leaves the shipped one.
                try {
                    prepared.published = TreeVersions(database).newest();
                } catch (const StorageError &error) {
                    if (!error.isRefusal())
                        throw;
                    prepared.publishedProblem = error.message();
                }
                return prepared;
            },
            [this, done = std::move(done)](StorageResult<Ready> result) {
                m_supervisor = result.value && result.value->supervisor;
                m_contentEditor = result.value && result.value->contentEditor;
                if (result.value) {
                    m_published = std::move(result.value->published);
                    m_publishedProblem = result.value->publishedProblem;
                }
                done(result.error);
            },
            PrepareDeadlineMs);
}

} // namespace ww
