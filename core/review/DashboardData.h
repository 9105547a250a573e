// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/CountTable.h"

#include <QCoreApplication>
#include <QDate>

namespace ww {

class Database;

/// The counts behind the supervisor's dashboard for one period (days in Dutch time).
struct DashboardData
{
    CountTable contactsByChannel; ///< weeks (Monday, YYYY-MM-DD) × phone, chat
    CountTable contactsByTheme;   ///< weeks × themes
    CountTable referralsByParty;  ///< parties × "cases"
    CountTable whiteSpots;        ///< weeks × "cases"
    CountTable dropOff;           ///< last node reached without an outcome × "cases"
    CountTable handlingTime;      ///< minutes from opening to the end of the contact, in 5-minute buckets × "cases"
    CountTable followUps;         ///< overdue, today, this-week, later × "cases" (not bound to the period)

    static constexpr int handlingBuckets = 12; ///< 0–5 … 55–60 minutes; the last bucket holds everything longer
    static DashboardData load(Database &database, const QDate &from, const QDate &to, const QDate &today);
    /// The Mondays of the weeks from \a from to \a to.
    static QStringList weeks(const QDate &from, const QDate &to);
};

} // namespace ww
