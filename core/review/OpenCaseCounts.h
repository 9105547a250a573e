// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace ww {

class Database;

/// How many open cases (active, wrap-up, follow-up) each holder has, for the supervisors' live view.
/// On PostgreSQL only the cases the reader may read are counted: for a supervisor, every case.
class OpenCaseCounts
{
public:
    static QHash<QString, int> read(Database &database);
};

} // namespace ww
