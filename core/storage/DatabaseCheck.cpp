// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseCheck.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace ww {

namespace {

const QString checksFolder = u":/sql/postgresql/checks"_qs;
constexpr int hardenedVersion = 8;

QSqlQuery runCheck(Database &database, const QString &file)
{
    QFile source(checksFolder + u'/' + file);
    if (!source.open(QIODevice::ReadOnly))
        throw StorageError(DatabaseCheck::tr("the check %1 is missing from the program's resources").arg(file));
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QString::fromUtf8(source.readAll())))
        throw StorageError(DatabaseCheck::tr("the check %1 could not run: %2").arg(file, query.lastError().text()));
    return query;
}

} // namespace

DatabaseCheck::Result DatabaseCheck::run(Database &database)
{
    if (database.dialect() != SqlDialect::PostgreSql)
        throw StorageError(tr("%1 is an embedded SQLite database: it makes no multi-user promises, so there is "
                              "nothing to check (see docs/security.md)")
                                   .arg(database.url().toString()),
                           StorageError::Cause::Refused);
    Result result;
    const int version = Migrator(database).currentVersion();
    if (version < hardenedVersion) {
        result.weaknesses.append({tr("database %1").arg(database.url().databaseName()),
                                  tr("schema version %1 is older than %2, which enforces the security model; run "
                                     "\"db migrate\" as a superuser")
                                          .arg(version)
                                          .arg(hardenedVersion)});
    }
    const QStringList files = QDir(checksFolder).entryList({u"*.sql"_qs}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QSqlQuery query = runCheck(database, file);
        while (query.next())
            result.weaknesses.append({query.value(0).toString(), query.value(1).toString()});
        ++result.checksRun;
    }
    QSqlQuery &superusers = database.run(u"superuser_logins"_qs);
    while (superusers.next())
        result.superusers.append(superusers.value(0).toString());
    superusers.finish();
    return result;
}

} // namespace ww
