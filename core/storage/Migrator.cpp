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
{
}

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

QList<Migrator::Migration> Migrator::migrate()
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
    const QList<Migration> todo = pending();
    for (const Migration &migration : todo) {
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            throw StorageError(tr("cannot read the migration %1").arg(migration.resourcePath));
        const QString origin = QDir(migration.resourcePath).dirName();
        Database::Transaction transaction(m_database);
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
