// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CaseLogFilter.h"

#include <QDateTime>

namespace ww {

class Database;

/// Records in the audit log that someone exported the filtered case log: one entry per export,
/// with the number of rows and the filter in coded form ("rows=12 theme=bullying text=yes"). No
/// free text goes in: of a search in the notes only that there was one, and a typed-in agent or
/// node that is not a plain code only as "not-a-code". On PostgreSQL the database names the
/// person and the time (ww_record_case_log_export); on SQLite the caller does.
class CaseLogExportAudit
{
public:
    static constexpr auto action = u"case-log-exported";

    explicit CaseLogExportAudit(Database &database);

    /// The filter as space-separated key=value pairs of codes, ISO times and dates.
    static QString codedFilter(const CaseLogFilter &filter);
    void record(const CaseLogFilter &filter, qint64 rows, const QString &actor, const QDateTime &now);

private:
    Database &m_database;
};

} // namespace ww
