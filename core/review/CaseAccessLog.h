// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QUuid>

namespace ww {

class Database;

/// Records in the audit log that someone viewed or exported a case. On PostgreSQL the database
/// names the person (session_user) and refuses cases the caller may not see; on SQLite the
/// workstation's user is named by the caller.
class CaseAccessLog
{
public:
    enum class Access { Opened, Exported };

    explicit CaseAccessLog(Database &database);
    void record(const QUuid &caseId, Access access, const QString &actor, const QDateTime &now);

private:
    Database &m_database;
};

} // namespace ww
