// SPDX-License-Identifier: GPL-3.0-or-later
#include "TreeVersionWatch.h"

#include "storage/Database.h"

namespace ww {

namespace {

struct Look
{
    qint64 newestId = 0;
    std::optional<TreeVersionContent> content; ///< only when newer than the one known
    QString problem;                           ///< why the newer version does not load
};

} // namespace

TreeVersionWatch::TreeVersionWatch(AsyncStorage &storage, qint64 knownId, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_knownId(knownId)
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TreeVersionWatch::checkNow);
}

void TreeVersionWatch::checkNow()
{
    if (m_asking)
        return;
    m_asking = true;
    m_storage.run<Look>(
            this,
            [known = m_knownId](Database &database) {
                Look look;
                TreeVersions versions(database);
                look.newestId = versions.newestId();
                if (look.newestId <= known)
                    return look;
                try {
                    look.content = versions.load(look.newestId);
                } catch (const StorageError &error) {
                    if (!error.isRefusal())
                        throw; // the network: ask again next time
                    look.problem = error.message();
                }
                return look;
            },
            [this](StorageResult<Look> result) {
                m_asking = false;
                // Offline or refused: the next look asks again.
                if (!result.ok() || result.value->newestId <= m_knownId)
                    return;
                m_knownId = result.value->newestId;
                if (result.value->content)
                    emit newerVersion(*result.value->content);
                else
                    emit versionUnusable(m_knownId, result.value->problem);
            });
}

} // namespace ww
