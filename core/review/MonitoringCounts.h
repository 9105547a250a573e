// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/ReportPeriods.h"

#include <QHash>
#include <QStringList>

namespace ww {

class Database;

/// The raw counts of one period for the monitoring report, as the database gives them: per dimension
/// (theme, caller_role, "theme:caller_role", …) a count per value (a code; two codes joined with ':').
/// Nothing here is suppressed yet; it never leaves the program as it is.
struct MonitoringCounts
{
    enum class Scope {
        Full,  ///< every dimension of the report
        Trend, ///< all cases, themes and white spots only (the quarters)
    };

    QHash<QString, QHash<QString, qint64>> values;

    qint64 count(const QString &dimension, const QString &value = {}) const;
    QStringList valuesOf(const QString &dimension) const;
    void add(const QString &dimension, const QString &value, qint64 count);

    static MonitoringCounts read(Database &database, const ReportPeriod &period, Scope scope);
};

} // namespace ww
