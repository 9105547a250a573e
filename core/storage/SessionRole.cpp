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

bool SessionRole::mayEditContent(Database &database)
{
    try {
        QSqlQuery &query = database.run(u"session_may_edit_content"_qs);
        const bool editor = query.next() && query.value(0).toBool();
        query.finish();
        return editor;
    } catch (const StorageError &) {
        return false; // no tree versions in this schema, or no right to publish them
    }
}

} // namespace ww
