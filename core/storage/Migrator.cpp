// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrator.h"

#include "storage/Database.h"
#include "storage/SqlScript.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace ww {

Migrator::Migrator(Database &database)
    : m_database(database)
{ }

QList<Migrator::Migration> Migrator::available() const
{
    const QString folder = m_database.dialect() == SqlDialect::Sqlite ? u":/sql/sqlite/migrations"_qs
                                                                      : u":/sql/postgresql/migrations"_qs;
    static const QRegularExpression pattern(u"^(\\d{3})_([a-z0-9_]+)\\.sql$"_qs);
    QList<Migration> migrations;
    const QStringList files = QDir(folder).entryList({u"*.sql"_qs}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (match.hasMatch())
            migrations.append({match.captured(1).toInt(), match.captured(2), folder + u'/' + file});
    }
    return migrations;
}

int Migrator::latestVersion() const
{
    const QList<Migration> migrations = available();
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

int Migrator::currentVersion() const
{
    if (!m_database.connection().tables().contains(u"schema_migrations"_qs))
        return 0;
    QSqlQuery &query = m_database.run(u"schema_version_select"_qs);
    const int version = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return version;
}

QList<Migrator::Migration> Migrator::pending() const
{
    const int current = currentVersion();
    QList<Migration> result;
    for (const Migration &migration : available()) {
        if (migration.version > current)
            result.append(migration);
    }
    return result;
}

bool Migrator::sessionAnswers(const QString &statement) const
{
    QSqlQuery &query = m_database.run(statement);
    const bool yes = query.next() && query.value(0).toBool();
    query.finish();
    return yes;
}

void Migrator::checkPostgresqlPowers(const QList<Migration> &todo) const
{
    if (todo.isEmpty() || sessionAnswers(u"session_is_superuser"_qs))
        return;
    if (todo.constFirst().version < ownedFromVersion) {
        throw StorageError(tr("schema version %1 of %2 must be installed once by a PostgreSQL superuser "
                              "(wegwijzer-admin db install, see docs/operations.md); %3 is not one")
                                   .arg(todo.constFirst().version)
                                   .arg(m_database.url().toString(), m_database.url().user()));
    }
    if (!sessionAnswers(u"session_is_schema_owner"_qs)) {
        throw StorageError(tr("%1 may not change the schema of %2: upgrades run as a member of ww_owner or as a "
                              "superuser")
                                   .arg(m_database.url().user(), m_database.url().toString()));
    }
}

QList<Migrator::Migration> Migrator::migrate(int upTo)
{
    if (available().isEmpty())
        throw StorageError(tr("this program has no schema for the database %1 yet").arg(m_database.url().toString()));
    const int current = currentVersion();
    if (current > latestVersion()) {
        throw StorageError(tr("the database %1 has schema version %2, but this program knows only up to version %3; "
                              "install a newer program")
                                   .arg(m_database.url().toString())
                                   .arg(current)
                                   .arg(latestVersion()));
    }
    QList<Migration> todo = pending();
    if (upTo >= 0)
        todo.removeIf([upTo](const Migration &migration) { return migration.version > upTo; });
    const bool postgresql = m_database.dialect() == SqlDialect::PostgreSql;
    if (postgresql)
        checkPostgresqlPowers(todo);
    for (const Migration &migration : todo) {
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            throw StorageError(tr("cannot read the migration %1").arg(migration.resourcePath));
        const QString origin = QDir(migration.resourcePath).dirName();
        Database::Transaction transaction(m_database);
        // Rebuilding an index on a large database may take longer than any statement a desk runs.
        if (postgresql)
            m_database.runOnce(u"migration_without_statement_timeout"_qs);
        if (postgresql && migration.version >= ownedFromVersion)
            m_database.runOnce(u"migration_as_schema_owner"_qs);
        for (const QString &statement : SqlScript::split(QString::fromUtf8(file.readAll())))
            m_database.execute(statement, origin);
        m_database.run(u"schema_migration_insert"_qs,
                       {{u"version"_qs, migration.version},
                        {u"name"_qs, migration.name},
                        {u"applied_at"_qs, QDateTime::currentDateTimeUtc()}});
        transaction.commit();
    }
    return todo;
}

} // namespace ww
