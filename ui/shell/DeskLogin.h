// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DatabaseUrl.h"
#include "storage/DeskDatabase.h"

#include <memory>
#include <vector>

namespace ww {

/// Reaches the case database at start-up. The storage thread opens it and brings it up to date;
/// the GUI thread only shows that it waits ("Connecting…", after half a second, with Cancel).
/// A shared PostgreSQL database is tried with libpq's own means first (PGPASSWORD, ~/.pgpass);
/// when that fails and someone is there, the login dialog asks.
class DeskLogin
{
public:
    explicit DeskLogin(bool interactive);
    ~DeskLogin();

    /// The prepared database, or null after saying why there is none (or when the user cancelled).
    /// \a url becomes the address logged in to.
    std::unique_ptr<DeskDatabase> connect(DatabaseUrl *url);

private:
    std::optional<StorageError> prepare(DeskDatabase &database, bool *cancelled);
    std::unique_ptr<DeskDatabase> logIn(DatabaseUrl *url, const QString &problem);

    bool m_interactive;
    /// Attempts given up while they still wait on the network: dropping them would wait for that.
    std::vector<std::unique_ptr<DeskDatabase>> m_abandoned;
};

} // namespace ww
