// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin db install, db check: the shared database's security model (docs/security.md)
#include "AdminCli.h"

#include "admin/CliSupport.h"
#include "admin/PasswordPrompt.h"
#include "storage/AccountAdmin.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/Migrator.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>

namespace ww {

using ww::CliSupport::openDatabase;

int AdminCli::databaseCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    parser.addOption(dbOption);
    if (!parser.parse(QStringList{u"db-check"_qs} + arguments))
        return usageError(parser.errorText());
    if (!parser.isSet(dbOption) || !parser.positionalArguments().isEmpty())
        return usageError(tr("\"db check\" needs --db URL and nothing else"));
    try {
        const std::unique_ptr<Database> db = openDatabase(parser.value(dbOption), m_err);
        if (!db)
            return UsageError;
        const DatabaseCheck::Result result = DatabaseCheck::run(*db);
        for (const DatabaseCheck::Weakness &weakness : result.weaknesses)
            m_out << tr("weakness: %1: %2").arg(weakness.object, weakness.problem) << '\n';
        if (!result.superusers.isEmpty())
            m_out << tr("superuser logins (they can do anything; use them only to install): %1")
                             .arg(result.superusers.join(u", "_qs))
                  << '\n';
        if (!result.weaknesses.isEmpty()) {
            m_out << tr("%n weakness(es) found by %1 checks", nullptr, int(result.weaknesses.size()))
                             .arg(result.checksRun)
                  << '\n';
            return Failure;
        }
        m_out << tr("no weaknesses found by %1 checks").arg(result.checksRun) << '\n';
        return Success;
    } catch (const StorageError &error) {
        return storageFailure(error);
    }
}

int AdminCli::databaseInstall(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_qs, tr("The database, with a superuser account."), u"URL"_qs);
    const QCommandLineOption adminOption(u"admin"_qs, tr("The first administrator's account name."), u"NAME"_qs);
    parser.addOptions({dbOption, adminOption});
    if (!parser.parse(QStringList{u"db-install"_qs} + arguments))
        return usageError(parser.errorText());
    if (!parser.isSet(dbOption) || !parser.isSet(adminOption) || !parser.positionalArguments().isEmpty())
        return usageError(tr("\"db install\" needs --db URL and --admin NAME"));
    const QString admin = parser.value(adminOption);
    if (const QString problem = AccountAdmin::checkName(admin); !problem.isEmpty())
        return usageError(problem);
    try {
        const std::unique_ptr<Database> db = openDatabase(parser.value(dbOption), m_err);
        if (!db)
            return UsageError;
        if (db->dialect() != SqlDialect::PostgreSql)
            return usageError(tr("\"db install\" is for the shared PostgreSQL database; the embedded SQLite database "
                                 "is made when the desktop first opens it"));
        AccountAdmin accounts(*db);
        const bool adminExists = accounts.exists(admin);
        // Ask first: a failed prompt leaves the database as it was.
        std::optional<QString> password;
        if (!adminExists) {
            QString error;
            password = PasswordPrompt::read(tr("Password for %1: ").arg(admin), tr("Repeat the password: "), &error);
            if (!password) {
                m_err << "wegwijzer-admin: " << error << '\n';
                return Failure;
            }
            if (const QString problem = AccountAdmin::checkPassword(*password); !problem.isEmpty()) {
                m_err << "wegwijzer-admin: " << problem << '\n';
                return Failure;
            }
        }
        Migrator migrator(*db);
        for (const Migrator::Migration &migration : migrator.migrate())
            m_out << tr("applied %1 %2").arg(migration.version, 3, 10, QChar(u'0')).arg(migration.name) << '\n';
        if (password) {
            accounts.add(admin, u"admin"_qs, *password);
            m_out << tr("account %1 added as admin").arg(admin) << '\n';
        } else {
            m_out << tr("account %1 already exists; left as it is").arg(admin) << '\n';
        }
        m_out << tr("installed: schema version %1, owned by ww_owner. From now on use %2's account, not a superuser: "
                    "\"user add\" for accounts, \"db check\" to verify.")
                         .arg(migrator.currentVersion())
                         .arg(admin)
              << '\n';
        return Success;
    } catch (const StorageError &error) {
        return storageFailure(error);
    }
}

} // namespace ww
