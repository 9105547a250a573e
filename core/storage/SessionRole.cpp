// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionRole.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

namespace ww {

bool SessionRole::isSupervisor(Database &database)
{
    try {
        QSqlQuery &query = database.run(u"session_is_supervisor"_qs);
        const bool supervisor = query.next() && query.value(0).toBool();
        query.finish();
        return supervisor;
    } catch (const StorageError &) {
        return false; // when in doubt, no supervisor views: the database would refuse their reads anyway
    }
}

} // namespace ww
