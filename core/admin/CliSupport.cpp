// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include "storage/Database.h"

namespace ww::CliSupport {

void printDiagnostics(QTextStream &err, const Diagnostics &diagnostics)
{
    for (const Diagnostic &diagnostic : diagnostics)
        err << diagnostic.toString() << '\n';
}

std::unique_ptr<Database> openDatabase(const QString &urlText, QTextStream &err)
{
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(urlText, &error);
    if (!url) {
        err << "wegwijzer-admin: " << error << '\n';
        return nullptr;
    }
    return Database::open(*url);
}

} // namespace ww::CliSupport
