// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ww {

class Database;

/// What the logged-in account may do, as the database sees it.
class SessionRole
{
public:
    /// A supervisor or administrator on PostgreSQL; on SQLite (one workstation) always.
    static bool isSupervisor(Database &database);
};

} // namespace ww
