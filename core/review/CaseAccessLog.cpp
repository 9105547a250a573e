// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseAccessLog.h"

#include "storage/Database.h"

namespace ww {

CaseAccessLog::CaseAccessLog(Database &database)
    : m_database(database)
{ }

void CaseAccessLog::record(const QUuid &caseId, Access access, const QString &actor, const QDateTime &now)
{
    QVariantMap bindings{{u"case_id"_qs, caseId.toString(QUuid::WithoutBraces)},
                         {u"action"_qs, access == Access::Opened ? u"opened"_qs : u"exported"_qs}};
    if (m_database.dialect() == SqlDialect::Sqlite) {
        bindings.insert(u"actor"_qs, actor);
        bindings.insert(u"at"_qs, now.toUTC());
    }
    m_database.run(u"case_access_record"_qs, bindings).finish();
}

} // namespace ww
