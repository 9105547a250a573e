// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editor/DraftPublisher.h"

namespace ww {

class AsyncStorage;

/// Publishes drafts as new versions in the case database (TreeVersions), on the storage's thread.
class StorageDraftPublisher : public DraftPublisher
{
public:
    /// \a localPublisher names who publishes on SQLite, which has no accounts.
    StorageDraftPublisher(AsyncStorage &storage, QString localPublisher);

    QString checkNote(const QString &note) const override;
    void publish(std::shared_ptr<const DecisionTree> tree, std::shared_ptr<const ReferralDirectory> directory,
                 const QString &note, QObject *receiver, std::function<void(Result)> done) override;

private:
    AsyncStorage &m_storage;
    QString m_localPublisher;
};

} // namespace ww
