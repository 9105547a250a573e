// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardData.h"

#include "Vocabulary.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace ww {

namespace {

const QString casesSeries = u"cases"_qs;

QDateTime startOfDutchDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))).toUTC();
}

// For SQLite, which has no time zones: each week as [Monday, start, end] with start and end as UTC
// text in the form the driver stores times in. PostgreSQL groups with AT TIME ZONE instead.
QString dutchWeekBounds(const QStringList &mondays)
{
    QJsonArray weeks;
    for (const QString &monday : mondays) {
        const QDate day = QDate::fromString(monday, Qt::ISODate);
        weeks.append(QJsonArray{monday, startOfDutchDay(day).toString(Qt::ISODateWithMs),
                                startOfDutchDay(day.addDays(7)).toString(Qt::ISODateWithMs)});
    }
    return QString::fromUtf8(QJsonDocument(weeks).toJson(QJsonDocument::Compact));
}

template<typename Visit>
void forEachRow(Database &database, const QString &name, const QVariantMap &bindings, Visit visit)
{
    QSqlQuery &query = database.run(name, bindings);
    while (query.next())
        visit(query);
    query.finish();
}

} // namespace

QStringList DashboardData::weeks(const QDate &from, const QDate &to)
{
    QStringList list;
    for (QDate monday = from.addDays(1 - from.dayOfWeek()); monday <= to; monday = monday.addDays(7))
        list.append(monday.toString(Qt::ISODate));
    return list;
}

DashboardData DashboardData::load(Database &database, const QDate &from, const QDate &to, const QDate &today)
{
    DashboardData data;
    const QVariantMap period{{u"period_start"_qs, startOfDutchDay(from)},
                             {u"period_end"_qs, startOfDutchDay(to.addDays(1))}};
    const QStringList weekKeys = weeks(from, to);
    QVariantMap weekPeriod = period;
    weekPeriod.insert(u"weeks"_qs, dutchWeekBounds(weekKeys));
    data.contactsByChannel = CountTable(weekKeys, {u"phone"_qs, u"chat"_qs});
    data.whiteSpots = CountTable(weekKeys, {casesSeries});
    forEachRow(database, u"dashboard_weeks"_qs, weekPeriod, [&](const QSqlQuery &row) {
        const QString week = row.value(0).toString();
        const qint64 count = row.value(3).toLongLong();
        data.contactsByChannel.add(week, row.value(1).toString(), count);
        if (row.value(2).toInt() != 0)
            data.whiteSpots.add(week, casesSeries, count);
    });

    data.contactsByTheme = CountTable(weekKeys, {});
    forEachRow(database, u"dashboard_theme_weeks"_qs, weekPeriod, [&](const QSqlQuery &row) {
        data.contactsByTheme.add(row.value(0).toString(), row.value(1).toString(), row.value(2).toLongLong());
    });
    // Themes in the vocabulary's order, so colours stay the same from one period to the next.
    CountTable ordered(weekKeys, {});
    for (const QString &theme : Vocabulary::themes()) {
        if (data.contactsByTheme.seriesKeys.contains(theme))
            ordered.seriesKeys.append(theme);
    }
    for (const QString &theme : std::as_const(data.contactsByTheme.seriesKeys)) {
        if (!ordered.seriesKeys.contains(theme))
            ordered.seriesKeys.append(theme);
    }
    ordered.values = QList<QList<qint64>>(weekKeys.size(), QList<qint64>(ordered.seriesKeys.size(), 0));
    for (const QString &week : weekKeys) {
        for (const QString &theme : std::as_const(ordered.seriesKeys))
            ordered.add(week, theme, data.contactsByTheme.value(week, theme));
    }
    data.contactsByTheme = ordered;
    data.contactsByChannel.sortRows();
    data.whiteSpots.sortRows();
    data.contactsByTheme.sortRows();

    data.referralsByParty = CountTable({}, {casesSeries});
    forEachRow(database, u"dashboard_referrals"_qs, period, [&](const QSqlQuery &row) {
        data.referralsByParty.add(row.value(0).toString(), casesSeries, row.value(1).toLongLong());
    });

    data.dropOff = CountTable({}, {casesSeries});
    forEachRow(database, u"dashboard_drop_off"_qs, period, [&](const QSqlQuery &row) {
        data.dropOff.add(row.value(0).toString(), casesSeries, row.value(1).toLongLong());
    });

    QStringList buckets;
    for (int i = 0; i < handlingBuckets; ++i)
        buckets.append(QString::number(i * 5));
    data.handlingTime = CountTable(buckets, {casesSeries});
    forEachRow(database, u"dashboard_handling_minutes"_qs, period, [&](const QSqlQuery &row) {
        const int bucket = std::clamp(row.value(0).toInt(), 0, handlingBuckets - 1);
        data.handlingTime.add(buckets.at(bucket), casesSeries, row.value(1).toLongLong());
    });

    const QStringList dueKeys{u"overdue"_qs, u"today"_qs, u"this-week"_qs, u"later"_qs};
    data.followUps = CountTable(dueKeys, {casesSeries});
    forEachRow(database, u"dashboard_follow_ups"_qs,
               {{u"today"_qs, today.toString(Qt::ISODate)}, {u"week_end"_qs, today.addDays(7).toString(Qt::ISODate)}},
               [&](const QSqlQuery &row) {
                   const int due = std::clamp(row.value(0).toInt(), 0, 3);
                   data.followUps.add(dueKeys.at(due), casesSeries, row.value(1).toLongLong());
               });
    return data;
}

} // namespace ww
