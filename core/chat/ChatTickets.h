// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ww {
class Database;
}

namespace ww::chat {

/// One-time tickets with which an agent logs in to the gateway (docs/chat-protocol.md, "Agents").
/// On PostgreSQL the database issues them to the logged-in role and only the gateway's role redeems;
/// on SQLite (one workstation) the program does the same through plain statements.
class ChatTickets
{
public:
    explicit ChatTickets(Database &database);
    /// A ticket for \a sqliteRole (SQLite) or for the connection's own role (PostgreSQL; \a sqliteRole unused).
    QString issue(const QString &sqliteRole = {}, int validSeconds = 60);
    /// The role the ticket was issued to; nothing when it is unknown, used or expired. Deletes it.
    std::optional<QString> redeem(const QString &ticket);
    /// Whether \a role (a redeemed ticket's) is a supervisor (PostgreSQL: a member of `ww_supervisor`;
    /// SQLite: the workstation's one user is).
    bool isSupervisor(const QString &role);

private:
    Database &m_database;
};

} // namespace ww::chat
