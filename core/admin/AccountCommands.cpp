// SPDX-License-Identifier: GPL-3.0-or-later
// wegwijzer-admin user add | disable | list
#include "AdminCli.h"

#include "admin/CliSupport.h"
#include "admin/PasswordPrompt.h"
#include "storage/AccountAdmin.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCommandLineParser>

namespace ww {

using ww::CliSupport::openDatabase;

int AdminCli::user(const QString &subcommand, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_qs, tr("The database."), u"URL"_qs);
    const QCommandLineOption roleOption(u"role"_qs, tr("agent, supervisor, admin, editor or gateway."), u"ROLE"_qs);
    parser.addOptions({dbOption, roleOption});
    if (!parser.parse(QStringList{u"user"_qs} + arguments))
        return usageError(parser.errorText());
    const QStringList names = parser.positionalArguments();
    const bool wantsName = subcommand != u"list";
    if (!parser.isSet(dbOption) || names.size() != (wantsName ? 1 : 0))
        return usageError(wantsName ? tr("\"user %1\" needs NAME and --db URL").arg(subcommand)
                                    : tr("\"user list\" needs --db URL"));
    if (subcommand == u"add") {
        if (!parser.isSet(roleOption))
            return usageError(tr("\"user add\" needs --role agent|supervisor|admin|editor|gateway"));
        for (const QString &problem :
             {AccountAdmin::checkName(names.first()), AccountAdmin::checkRole(parser.value(roleOption))}) {
            if (!problem.isEmpty())
                return usageError(problem);
        }
    } else if (parser.isSet(roleOption)) {
        return usageError(tr("--role belongs to \"user add\" only"));
    }
    try {
        const std::unique_ptr<Database> db = openDatabase(parser.value(dbOption), m_err);
        if (!db)
            return UsageError;
        AccountAdmin accounts(*db);
        if (subcommand == u"list") {
            for (const AccountAdmin::Account &account : accounts.list()) {
                m_out << account.name << '\t' << account.role << '\t'
                      << (account.canLogIn ? tr("active") : tr("disabled")) << '\n';
            }
            return Success;
        }
        if (subcommand == u"disable") {
            accounts.disable(names.first());
            m_out << tr("account %1 disabled").arg(names.first()) << '\n';
            return Success;
        }
        QString error;
        const std::optional<QString> password
                = PasswordPrompt::read(tr("Password for %1: ").arg(names.first()), tr("Repeat the password: "), &error);
        if (!password) {
            m_err << "wegwijzer-admin: " << error << '\n';
            return Failure;
        }
        if (const QString problem = AccountAdmin::checkPassword(*password); !problem.isEmpty()) {
            m_err << "wegwijzer-admin: " << problem << '\n';
            return Failure;
        }
        accounts.add(names.first(), parser.value(roleOption), *password);
        m_out << tr("account %1 added as %2").arg(names.first(), parser.value(roleOption)) << '\n';
        return Success;
    } catch (const StorageError &error) {
        return storageFailure(error);
    }
}

} // namespace ww
