// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ww {

class Database;

/// An operator's self-check of a live shared database: every weakness of the security model
/// (docs/security.md) that the catalog shows, each naming the object. The checks are the SQL files in
/// resources/sql/postgresql/checks, each answering rows of (object, problem); they read the catalog
/// only, so an administrator can run them, and they do not trust the schema's own functions.
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(ww::DatabaseCheck)

public:
    struct Weakness
    {
        QString object;  ///< e.g. "function public.ww_save_case(jsonb)"
        QString problem; ///< e.g. "PUBLIC may execute it"
    };
    struct Result
    {
        QList<Weakness> weaknesses;
        int checksRun = 0;
        QStringList superusers; ///< the cluster's superuser logins: not a weakness, but worth knowing
    };

    /// Throws StorageError for an SQLite database (it makes no multi-user promises) or when a check
    /// cannot run.
    static Result run(Database &database);
};

} // namespace ww
