// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/StorageDraftPublisher.h"

#include "content/TreeVersions.h"
#include "storage/AsyncStorage.h"

namespace ww {

StorageDraftPublisher::StorageDraftPublisher(AsyncStorage &storage, QString localPublisher)
    : m_storage(storage)
    , m_localPublisher(std::move(localPublisher))
{ }

QString StorageDraftPublisher::checkNote(const QString &note) const
{
    return TreeVersions::checkNote(note);
}

void StorageDraftPublisher::publish(std::shared_ptr<const DecisionTree> tree,
                                    std::shared_ptr<const ReferralDirectory> directory, const QString &note,
                                    QObject *receiver, std::function<void(Result)> done)
{
    m_storage.run<qint64>(
            receiver,
            [tree, directory, note, publisher = m_localPublisher](Database &database) {
                return TreeVersions(database, publisher).publish(*tree, *directory, note);
            },
            [done = std::move(done)](StorageResult<qint64> result) {
                done(result.ok() ? Result{*result.value, {}}
                                 : Result{0, result.error ? result.error->message() : QString()});
            });
}

} // namespace ww
