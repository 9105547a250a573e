// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/TreeVersions.h"
#include "storage/AsyncStorage.h"
#include "storage/DatabaseUrl.h"
#include "storage/ThreadedCaseWork.h"

#include <QObject>

#include <functional>
#include <optional>

namespace ww {

/// The desk's case database, reached through a storage thread of its own. Opening it, bringing
/// its schema up to date and asking for the user's role happen there too, so the window never
/// waits for the network, not even at login. One DeskDatabase per login attempt: a wrong password
/// shows in prepare()'s answer, and the next attempt makes a new one.
class DeskDatabase : public QObject
{
    Q_OBJECT

public:
    /// Bringing an old schema up to date over a slow network may take long; a normal job may not.
    static constexpr int PrepareDeadlineMs = 120000;
    using Prepared = std::function<void(const std::optional<StorageError> &error)>;

    DeskDatabase(DatabaseUrl url, QString password, AsyncStorage::Timing timing = {}, QObject *parent = nullptr);

    /// Connects, migrates, reads the user's role and loads the newest published version of the tree,
    /// as the first job: every later job finds the schema current. \a done gets what failed, or nothing.
    StorageRequest prepare(QObject *receiver, Prepared done);

    const DatabaseUrl &url() const { return m_url; }
    /// A supervisor or administrator (known once prepared): the case log and dashboard are theirs.
    bool isSupervisor() const { return m_supervisor; }
    /// A content manager or administrator (known once prepared): the tree editor is theirs.
    bool mayEditContent() const { return m_contentEditor; }
    /// The newest published version of the tree and directory (known once prepared), or nothing when
    /// none is published or it does not load (publishedProblem() says why).
    const std::optional<TreeVersionContent> &publishedContent() const { return m_published; }
    QString publishedProblem() const { return m_publishedProblem; }
    AsyncStorage &storage() { return m_storage; }
    /// Opens another connection with the same login, for a storage of its own (readers that must not
    /// hold up the saving of cases).
    const AsyncStorage::Opener &opener() const { return m_open; }
    CaseWork &cases() { return m_cases; }

private:
    DatabaseUrl m_url;
    AsyncStorage::Opener m_open;
    AsyncStorage m_storage;
    ThreadedCaseWork m_cases;
    bool m_supervisor = false;
    bool m_contentEditor = false;
    std::optional<TreeVersionContent> m_published;
    QString m_publishedProblem;
};

} // namespace ww
