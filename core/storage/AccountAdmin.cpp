// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountAdmin.h"

#include "storage/Database.h"
#include "storage/ScramVerifier.h"
#include "storage/StorageError.h"

#include <QRegularExpression>

namespace ww {

AccountAdmin::AccountAdmin(Database &database)
    : m_database(database)
{
    if (database.dialect() != SqlDialect::PostgreSql)
        throw StorageError(
                tr("accounts exist only on the shared PostgreSQL database, not on %1").arg(database.url().toString()));
}

QString AccountAdmin::checkName(const QString &name)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[a-z][a-z0-9_]{1,62}"_qs));
    if (!pattern.match(name).hasMatch())
        return tr("the account name \"%1\" must be 2 to 63 lower-case letters, digits or underscores, starting "
                  "with a letter")
                .arg(name);
    if (name.startsWith(u"ww_") || name.startsWith(u"pg_"))
        return tr("the account name must not start with ww_ or pg_");
    return {};
}

QString AccountAdmin::checkRole(const QString &role)
{
    if (!roles().contains(role))
        return tr("the role must be agent, supervisor, admin, editor or gateway, not \"%1\"").arg(role);
    return {};
}

const QStringList &AccountAdmin::roles()
{
    static const QStringList known{u"agent"_qs, u"supervisor"_qs, u"admin"_qs, u"editor"_qs, u"gateway"_qs};
    return known;
}

QString AccountAdmin::checkPassword(const QString &password)
{
    if (password.size() < MinPasswordLength)
        return tr("the password must be at least %1 characters long").arg(MinPasswordLength);
    if (password.size() > MaxPasswordLength)
        return tr("the password must be at most %1 characters long").arg(MaxPasswordLength);
    if (password.contains(QChar(0)))
        return tr("the password must not contain a NUL character");
    return {};
}

void AccountAdmin::add(const QString &name, const QString &role, const QString &password)
{
    for (const QString &problem : {checkName(name), checkRole(role), checkPassword(password)}) {
        if (!problem.isEmpty())
            throw StorageError(problem);
    }
    if (exists(name))
        throw StorageError(tr("an account or role named \"%1\" already exists").arg(name));
    // The database makes the role through a definer function (migration 008) that checks all of this
    // again: the administrator needs no CREATEROLE, and the password never reaches the server.
    m_database
            .run(u"account_create"_qs,
                 {{u"name"_qs, name},
                  {u"verifier"_qs, ScramVerifier::make(password)},
                  {u"group"_qs, QString(u"ww_"_qs + role)}})
            .finish();
}

bool AccountAdmin::exists(const QString &name)
{
    QSqlQuery &query = m_database.run(u"account_exists"_qs, {{u"name"_qs, name}});
    const bool found = query.next() && query.value(0).toInt() > 0;
    query.finish();
    return found;
}

void AccountAdmin::disable(const QString &name)
{
    if (const QString problem = checkName(name); !problem.isEmpty())
        throw StorageError(problem);
    const QList<Account> accounts = list();
    const bool known
            = std::any_of(accounts.cbegin(), accounts.cend(), [&](const Account &a) { return a.name == name; });
    if (!known)
        throw StorageError(tr("there is no account \"%1\"").arg(name));
    m_database.run(u"account_disable"_qs, {{u"name"_qs, name}}).finish();
}

QList<AccountAdmin::Account> AccountAdmin::list()
{
    QList<Account> accounts;
    QSqlQuery &query = m_database.run(u"account_list"_qs);
    while (query.next())
        accounts.append({query.value(0).toString(), query.value(1).toString().mid(3), query.value(2).toBool()});
    query.finish();
    return accounts;
}

} // namespace ww
