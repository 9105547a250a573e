// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ww {

class Database;

/// Brings a database's schema to the version this program needs, one migration file per
/// version (resources/sql/<dialect>/migrations/NNN_name.sql), each in one transaction.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(ww::Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    explicit Migrator(Database &database);

    /// The version the database has now; 0 for an empty database.
    int currentVersion() const;
    /// The newest version this program knows.
    int latestVersion() const;
    QList<Migration> pending() const;
    /// Applies every pending migration. Throws StorageError when the database is newer than
    /// the program or a migration fails (that migration is rolled back, earlier ones stay).
    /// Returns the migrations applied.
    QList<Migration> migrate();

private:
    QList<Migration> available() const;

    Database &m_database;
};

} // namespace ww
