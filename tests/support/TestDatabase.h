// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>
#include <ostream>
#include <string>

namespace ww::test {

enum class Backend { Sqlite, PostgreSql };
std::string backendName(Backend backend);
/// Names the backend in GoogleTest output.
void PrintTo(Backend backend, std::ostream *out);

/// A fresh database for one test, removed afterwards: an SQLite file in a temporary directory, or
/// a new database on the PostgreSQL test server named by WW_TEST_POSTGRES_URL (started by the
/// README's test command). Without that server a PostgreSQL test fails; it never skips.
class TemporaryDatabase
{
public:
    enum class Schema { Migrated, Empty };

    explicit TemporaryDatabase(Backend backend = Backend::Sqlite, Schema schema = Schema::Migrated);
    ~TemporaryDatabase();

    Database &database() { return *m_database; }
    const DatabaseUrl &url() const { return m_url; }
    /// Opens a second connection to the same database.
    std::unique_ptr<Database> reopen() const;
    /// PostgreSQL: the same database, logged in as \a role (the test server trusts local logins).
    DatabaseUrl urlAs(const QString &role) const;
    /// PostgreSQL: a connection to the same database as \a role, as a user with their own SQL would have.
    std::unique_ptr<Database> openAs(const QString &role) const { return Database::open(urlAs(role)); }
    /// PostgreSQL: a login role in \a group, dropped again with the database (roles are cluster-wide).
    void createRole(const QString &name, const QString &group);
    /// PostgreSQL: drops a role made elsewhere in the test together with the database.
    void adoptRole(const QString &name) { m_roles.append(name); }

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_admin; ///< PostgreSQL: the connection that creates and drops the database
    std::unique_ptr<Database> m_database;
    QStringList m_roles;
};

} // namespace ww::test
