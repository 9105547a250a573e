// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin db backup
#include "AdminCli.h"

#include "storage/SqliteBackup.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>
#include <QLocale>

namespace ww {

int AdminCli::databaseBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    const QCommandLineOption outputOption(u"o"_qs, tr("The backup file."), u"FILE"_qs);
    parser.addOptions({dbOption, outputOption});
    if (!parser.parse(QStringList{u"db-backup"_qs} + arguments))
        return usageError(parser.errorText());
    if (!parser.isSet(dbOption) || !parser.isSet(outputOption) || !parser.positionalArguments().isEmpty())
        return usageError(tr("\"db backup\" needs --db URL and -o FILE and nothing else"));
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(parser.value(dbOption), &error);
    if (!url)
        return usageError(error);
    if (url->dialect() != SqlDialect::Sqlite)
        return usageError(tr("\"db backup\" copies an embedded SQLite database; back up a PostgreSQL database "
                             "with pg_dump (or pg_basebackup for the whole server), as docs/operations.md describes"));
    try {
        const SqliteBackup::Result result = SqliteBackup::copy(*url, parser.value(outputOption));
        m_out << tr("%1 copied to %2 (%3, %4 s); the copy passed its integrity check")
                         .arg(url->toString(), parser.value(outputOption), QLocale::c().formattedDataSize(result.bytes),
                              QString::number(double(result.milliseconds) / 1000.0, 'f', 1))
              << '\n';
        return Success;
    } catch (const StorageError &failure) {
        return storageFailure(failure);
    }
}

} // namespace ww
