// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ww {

class Database;

/// Personal accounts on the shared PostgreSQL database: each person is a login role in one of the
/// group roles ww_agent, ww_supervisor, ww_admin or ww_editor (content managers, who publish the tree
/// and read no case data), with a SCRAM-SHA-256 password. The chat gateway logs in with an account of
/// its own in ww_gateway, which reads no case data either.
class AccountAdmin
{
    Q_DECLARE_TR_FUNCTIONS(ww::AccountAdmin)

public:
    struct Account
    {
        QString name;
        QString role; ///< agent, supervisor, admin, editor or gateway (the chat gateway's own account)
        bool canLogIn = false;
    };

    static constexpr qsizetype MinPasswordLength = 12;
    static constexpr qsizetype MaxPasswordLength = 1024;

    /// Throws StorageError when the database is not PostgreSQL.
    explicit AccountAdmin(Database &database);

    /// The roles an account may have, as `user add --role` takes them (ww_ROLE in the database).
    static const QStringList &roles();
    /// Problems with the input, or empty when it is acceptable.
    static QString checkName(const QString &name);
    static QString checkRole(const QString &role);
    static QString checkPassword(const QString &password);

    /// Whether a role of that name exists in the cluster (an account or anything else).
    bool exists(const QString &name);
    /// Adds a login role in ww_ROLE through the database's account function (migration 008): the
    /// caller is an administrator, not a role with CREATEROLE.
    void add(const QString &name, const QString &role, const QString &password);
    void disable(const QString &name);
    QList<Account> list();

private:
    Database &m_database;
};

} // namespace ww
