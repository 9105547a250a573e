// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QString>

namespace ww {

/// A consistent copy of an embedded (SQLite) case database, also while a desk keeps saving to it:
/// SQLite's VACUUM INTO reads one snapshot and, in WAL mode, lets writers go on meanwhile.
class SqliteBackup
{
    Q_DECLARE_TR_FUNCTIONS(ww::SqliteBackup)

public:
    struct Result
    {
        qint64 bytes = 0;
        qint64 milliseconds = 0;
    };

    /// Copies the database of \a source to \a destination and checks the copy (PRAGMA quick_check).
    /// The copy is readable and writable by its owner only, since it holds case data. An existing
    /// \a destination is replaced only once the new copy is complete and checked. Throws StorageError
    /// naming what failed.
    static Result copy(const DatabaseUrl &source, const QString &destination);
};

} // namespace ww
