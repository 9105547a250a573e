// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diagnostic.h"

#include <QTextStream>

#include <memory>

namespace ww {

class Database;

/// What the commands of wegwijzer-admin share.
namespace CliSupport {

void printDiagnostics(QTextStream &err, const Diagnostics &diagnostics);
/// Opens --db for a command; prints why not and returns null when the URL is not one.
/// Throws StorageError when the database cannot be opened.
std::unique_ptr<Database> openDatabase(const QString &urlText, QTextStream &err);

} // namespace CliSupport
} // namespace ww
