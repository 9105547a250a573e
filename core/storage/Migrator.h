// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ww {

class Database;

/// Brings a database's schema to the version this program needs, one migration file per
/// version (resources/sql/<dialect>/migrations/NNN_name.sql), each in one transaction.
///
/// On PostgreSQL the versions up to ownedFromVersion - 1 must be installed by a superuser (version 8
/// hands the schema to the NOLOGIN role ww_owner and locks the database down); every later version
/// runs as ww_owner, so that a login that is a member of ww_owner can upgrade without superuser
/// powers, and whatever the migration creates belongs to ww_owner.
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

    static constexpr int ownedFromVersion = 9;

    explicit Migrator(Database &database);

    /// The version the database has now; 0 for an empty database.
    int currentVersion() const;
    /// The newest version this program knows.
    int latestVersion() const;
    QList<Migration> pending() const;
    /// Applies every pending migration. Throws StorageError when the database is newer than
    /// the program or a migration fails (that migration is rolled back, earlier ones stay).
    /// Returns the migrations applied. \a upTo stops at that version (for tests of an upgrade).
    QList<Migration> migrate(int upTo = -1);

private:
    QList<Migration> available() const;
    /// Refuses, before anything is changed, a PostgreSQL login that may not apply \a todo.
    void checkPostgresqlPowers(const QList<Migration> &todo) const;
    bool sessionAnswers(const QString &statement) const;

    Database &m_database;
};

} // namespace ww
