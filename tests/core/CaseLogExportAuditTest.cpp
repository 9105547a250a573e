// SPDX-License-Identifier: GPL-3.0-or-later
// Exports of the case log in the audit log: one entry per export, the filter in codes only, and
// on PostgreSQL written by the database in the name of whoever is logged in.
#include "review/CaseLogExportAudit.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTimeZone>

using namespace ww;

namespace {

struct Entry
{
    QString actor;
    QString action;
    QString detail;
};

QList<Entry> entriesWithoutCase(Database &database)
{
    QList<Entry> list;
    QSqlQuery &query = database.run(u"audit_without_case_select"_qs,
                                    {{u"period_start"_qs, QDateTime::currentDateTimeUtc().addDays(-1)},
                                     {u"period_end"_qs, QDateTime::currentDateTimeUtc().addDays(1)}});
    while (query.next())
        list.append({query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    query.finish();
    return list;
}

class CaseLogExportAuditTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    CaseLogExportAuditTest()
        : m_db(GetParam())
    { }

    test::TemporaryDatabase m_db;
};

} // namespace

TEST(CaseLogExportAuditFilter, HoldsCodesAndNoFreeText)
{
    CaseLogFilter filter;
    const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    filter.openedFrom = QDateTime(QDate(2026, 3, 1), QTime(0, 0), amsterdam);
    filter.openedBefore = QDateTime(QDate(2026, 4, 1), QTime(0, 0), amsterdam);
    filter.channel = Channel::Chat;
    filter.agent = u"anna"_qs;
    filter.callerRole = u"parent"_qs;
    filter.schoolType = u"vo"_qs;
    filter.theme = u"bullying"_qs;
    filter.referredParty = u"school-route"_qs;
    filter.outcomeNode = u"bullying-help"_qs;
    filter.whiteSpot = false;
    filter.status = CaseStatus::FollowUp;
    filter.followUpDueOn = QDate(2026, 3, 10);
    filter.noteText = u"gepest kantine"_qs;
    EXPECT_EQ(CaseLogExportAudit::codedFilter(filter),
              u"from=2026-02-28T23:00:00Z before=2026-03-31T22:00:00Z channel=chat agent=anna caller=parent school=vo "
              "theme=bullying party=school-route outcome=bullying-help white_spot=no status=follow-up "
              "follow_up_due=2026-03-10 text=yes"_qs);
    EXPECT_EQ(CaseLogExportAudit::codedFilter({}), QString()) << "no filter, no pairs";

    // Typed-in fields that are not codes are not copied.
    CaseLogFilter typed;
    typed.agent = u"Jan de Vries belde over zijn zoon"_qs;
    typed.outcomeNode = u"x'; DROP TABLE cases; --"_qs;
    EXPECT_EQ(CaseLogExportAudit::codedFilter(typed), u"agent=not-a-code outcome=not-a-code"_qs);
}

TEST_P(CaseLogExportAuditTest, RecordsOneEntryWithoutACasePerExport)
{
    CaseLogFilter filter;
    filter.theme = u"bullying"_qs;
    filter.noteText = u"geheimewoorden"_qs;
    CaseLogExportAudit(m_db.database()).record(filter, 3, u"supervisorsanne"_qs, QDateTime::currentDateTimeUtc());
    CaseLogExportAudit(m_db.database()).record({}, 0, u"supervisorsanne"_qs, QDateTime::currentDateTimeUtc());

    const QList<Entry> entries = entriesWithoutCase(m_db.database());
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).action, u"case-log-exported");
    EXPECT_EQ(entries.at(0).detail, u"rows=3 theme=bullying text=yes");
    EXPECT_EQ(entries.at(1).detail, u"rows=0");
    // On PostgreSQL the database names the login, whatever the program says.
    const QString expectedActor = GetParam() == test::Backend::Sqlite ? u"supervisorsanne"_qs : m_db.url().user();
    EXPECT_EQ(entries.at(0).actor, expectedActor);
    for (const Entry &entry : entries)
        EXPECT_FALSE(entry.detail.contains(u"geheime"_qs));
}

INSTANTIATE_TEST_SUITE_P(Backends, CaseLogExportAuditTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql),
                         [](const auto &param) { return test::backendName(param.param); });
