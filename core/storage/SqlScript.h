// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ww {

/// Splits an SQL script into statements. Qt SQL runs one statement per call, so migration files
/// are split here: on semicolons outside quotes, comments, dollar-quoted bodies (PostgreSQL) and
/// BEGIN … END blocks of triggers (SQLite).
class SqlScript
{
public:
    static QStringList split(const QString &script);
};

} // namespace ww
