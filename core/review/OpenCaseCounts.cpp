// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/OpenCaseCounts.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace ww {

QHash<QString, int> OpenCaseCounts::read(Database &database)
{
    QSqlQuery &query = database.run(u"open_cases_per_owner"_qs);
    QHash<QString, int> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    query.finish();
    return counts;
}

} // namespace ww
