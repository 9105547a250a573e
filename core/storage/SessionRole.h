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
    /// A content manager (ww_editor) or administrator on PostgreSQL, who may draft and publish the tree;
    /// on SQLite always. False on a database without published versions (schema before 11).
    static bool mayEditContent(Database &database);
};

} // namespace ww
