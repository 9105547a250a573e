// SPDX-License-Identifier: GPL-3.0-or-later
// The anonymised monitoring report: the periods it compares (Dutch days, whole months, leap years), the
// suppression algorithm on small systems worked out by hand, counts read from both databases, and
// nothing personal in what it writes.
#include "review/MonitoringReport.h"
#include "ReviewSeed.h"
#include "TestDatabase.h"
#include "Vocabulary.h"
#include "review/MonitoringDocument.h"
#include "review/ReportFormat.h"
#include "review/ReportNames.h"
#include "review/SmallCellSuppression.h"
#include "storage/SqlCaseStore.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QTimeZone>

using namespace ww;

namespace {

QList<int> hiddenOf(const SmallCellSuppression &suppression)
{
    QList<int> hidden;
    for (int cell = 0; cell < suppression.cellCount(); ++cell) {
        if (suppression.isHidden(cell))
            hidden.append(cell);
    }
    return hidden;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

TEST(SmallCellSuppressionTest, HidesTheNextSmallestCountOfABreakdownWithOneSmallCount)
{
    SmallCellSuppression suppression(5);
    const int total = suppression.addCell(24);
    const QList<int> parts{suppression.addCell(3), suppression.addCell(9), suppression.addCell(5),
                           suppression.addCell(7)};
    suppression.addSum(total, parts);
    suppression.apply();
    EXPECT_EQ(hiddenOf(suppression), (QList<int>{parts[0], parts[2]})) << "24 - 9 - 7 leaves 3 + 5, not 3 alone";
    EXPECT_TRUE(suppression.isSecondary(parts[2]));
    EXPECT_TRUE(suppression.recoverable().isEmpty());
}

TEST(SmallCellSuppressionTest, HidesNothingWhenEveryCountIsLargeEnoughAndZeroWhenItIsNot)
{
    SmallCellSuppression suppression(5);
    const int total = suppression.addCell(17);
    suppression.addSum(total, {suppression.addCell(5), suppression.addCell(12)});
    const int zero = suppression.addCell(0);
    suppression.apply();
    EXPECT_EQ(hiddenOf(suppression), QList<int>{zero}) << "0 is below 5 as well";
}

TEST(SmallCellSuppressionTest, QuartersThatAddUpToTheYearAreProtectedTogether)
{
    // The year's 34 is in one table, the quarters in another: a table-by-table check sees no total
    // beside the quarters and would hide only the 3, which 34 - 10 - 12 - 9 gives away.
    SmallCellSuppression suppression(5);
    const int year = suppression.addCell(34);
    const QList<int> quarters{suppression.addCell(3), suppression.addCell(10), suppression.addCell(12),
                              suppression.addCell(9)};
    suppression.addSum(year, quarters);
    QList<bool> primaryOnly(suppression.cellCount(), false);
    primaryOnly[quarters[0]] = true;
    EXPECT_EQ(suppression.recoverable(primaryOnly), QList<int>{quarters[0]});
    suppression.apply();
    EXPECT_EQ(hiddenOf(suppression), (QList<int>{quarters[0], quarters[3]}));
}

TEST(SmallCellSuppressionTest, FollowsAChainThroughAMarginThatIsNotPublished)
{
    // a + b = M and c + d = M with M unpublished: a = c + d - b all the same.
    SmallCellSuppression suppression(5);
    const int margin = suppression.addCell(13, false);
    const int a = suppression.addCell(3);
    const int b = suppression.addCell(10);
    const int c = suppression.addCell(6);
    const int d = suppression.addCell(7);
    suppression.addSum(margin, {a, b});
    suppression.addSum(margin, {c, d});
    QList<bool> primaryOnly(suppression.cellCount(), false);
    primaryOnly[a] = true;
    EXPECT_EQ(suppression.recoverable(primaryOnly), QList<int>{a});
    suppression.apply();
    EXPECT_EQ(hiddenOf(suppression), (QList<int>{a, b})) << "hiding b breaks both ways to a";
    EXPECT_FALSE(suppression.isHidden(margin)) << "an unpublished cell is never shown, so never hidden either";
}

TEST(SmallCellSuppressionTest, AHiddenCountThatTwoOthersPinDownIsFound)
{
    // x = 4 hidden; y = x + 6 and z = x + 2 are shown through two equations: y - z = 4 does not give x,
    // but y = x + 6 alone does.
    SmallCellSuppression suppression(5);
    const int x = suppression.addCell(4);
    const int six = suppression.addCell(6);
    const int y = suppression.addCell(10);
    suppression.addSum(y, {x, six});
    suppression.apply();
    EXPECT_TRUE(suppression.isHidden(x));
    EXPECT_TRUE(suppression.isHidden(six));
    EXPECT_FALSE(suppression.isHidden(y));
}

TEST(ReportPeriodsTest, AMonthIsComparedWithTheMonthBeforeAndTheSameMonthAYearEarlier)
{
    const ReportPeriods periods = ReportPeriods::around(QDate(2026, 3, 1), QDate(2026, 3, 31));
    EXPECT_EQ(periods.previous, (ReportPeriod{QDate(2026, 2, 1), QDate(2026, 2, 28)}));
    EXPECT_EQ(periods.yearEarlier, (ReportPeriod{QDate(2025, 3, 1), QDate(2025, 3, 31)}));
    ASSERT_EQ(periods.quarters.size(), 4);
    EXPECT_EQ(periods.quarters.first(), (ReportPeriod{QDate(2025, 4, 1), QDate(2025, 6, 30)}));
    EXPECT_EQ(periods.quarters.last(), (ReportPeriod{QDate(2026, 1, 1), QDate(2026, 3, 31)}));
    EXPECT_EQ(periods.current.key(), u"2026-03-01/2026-03-31");
}

TEST(ReportPeriodsTest, AQuarterIsComparedWithTheQuarterBeforeAndAYearEarlier)
{
    const ReportPeriods periods = ReportPeriods::around(QDate(2026, 1, 1), QDate(2026, 3, 31));
    EXPECT_EQ(periods.previous, (ReportPeriod{QDate(2025, 10, 1), QDate(2025, 12, 31)}));
    EXPECT_EQ(periods.yearEarlier, (ReportPeriod{QDate(2025, 1, 1), QDate(2025, 3, 31)}));
    EXPECT_EQ(periods.quarters.last(), periods.current) << "the last quarter is the period itself";
    EXPECT_EQ(periods.quarters.at(2), periods.previous);
    EXPECT_EQ(periods.all().size(), 5) << "current, the three quarters before, a year earlier";
}

TEST(ReportPeriodsTest, FebruaryOfALeapYearIsComparedWithAllOfFebruary)
{
    EXPECT_EQ(ReportPeriods::around(QDate(2028, 2, 1), QDate(2028, 2, 29)).yearEarlier,
              (ReportPeriod{QDate(2027, 2, 1), QDate(2027, 2, 28)}));
    EXPECT_EQ(ReportPeriods::around(QDate(2029, 2, 1), QDate(2029, 2, 28)).yearEarlier,
              (ReportPeriod{QDate(2028, 2, 1), QDate(2028, 2, 29)}));
    EXPECT_EQ(ReportPeriods::around(QDate(2028, 3, 1), QDate(2028, 3, 31)).previous,
              (ReportPeriod{QDate(2028, 2, 1), QDate(2028, 2, 29)}));
}

TEST(ReportPeriodsTest, AnyOtherPeriodIsComparedWithAsManyDaysJustBeforeIt)
{
    const ReportPeriods periods = ReportPeriods::around(QDate(2026, 3, 10), QDate(2026, 3, 19));
    EXPECT_EQ(periods.previous, (ReportPeriod{QDate(2026, 2, 28), QDate(2026, 3, 9)}));
    EXPECT_EQ(periods.yearEarlier, (ReportPeriod{QDate(2025, 3, 10), QDate(2025, 3, 19)}));
    EXPECT_EQ(periods.quarters.last(), (ReportPeriod{QDate(2026, 1, 1), QDate(2026, 3, 19)}))
            << "the last quarter only up to the period's last day";
    EXPECT_EQ(ReportPeriods::wholeMonths(QDate(2026, 3, 10), QDate(2026, 3, 31)), 0);
    EXPECT_EQ(ReportPeriods::wholeMonths(QDate(2025, 11, 1), QDate(2026, 2, 28)), 4);
}

TEST(ReportPeriodsTest, DaysBeginAtMidnightInDutchTimeAcrossSummerTime)
{
    // Summer time began on 29 March 2026 (a day of 23 hours) and ends on 25 October 2026 (25 hours).
    EXPECT_EQ(ReportPeriod::startOfDutchDay(QDate(2026, 3, 29)), utc("2026-03-28T23:00:00Z"));
    EXPECT_EQ(ReportPeriod::startOfDutchDay(QDate(2026, 3, 30)), utc("2026-03-29T22:00:00Z"));
    EXPECT_EQ(ReportPeriod::startOfDutchDay(QDate(2026, 10, 25)), utc("2026-10-24T22:00:00Z"));
    EXPECT_EQ(ReportPeriod::startOfDutchDay(QDate(2026, 10, 26)), utc("2026-10-25T23:00:00Z"));
    const ReportPeriod march{QDate(2026, 3, 1), QDate(2026, 3, 31)};
    EXPECT_EQ(march.startUtc(), utc("2026-02-28T23:00:00Z"));
    EXPECT_EQ(march.endUtc(), utc("2026-03-31T22:00:00Z"));
}

TEST(ReportFormatTest, ChangesAndSharesOnlyBetweenShownCounts)
{
    const ReportFormat format(QLocale(u"nl"_qs));
    const MonitoringReport::Cell now{{}, u"total"_qs, {}, 1234, false};
    const MonitoringReport::Cell before{{}, u"total"_qs, {}, 1000, false};
    const MonitoringReport::Cell hidden{{}, u"total"_qs, {}, 3, true};
    EXPECT_EQ(format.count(&now), u"1.234");
    EXPECT_EQ(format.change(&now, &before), u"+234 (+23%)");
    EXPECT_EQ(format.change(&before, &now), u"−234 (−19%)");
    EXPECT_EQ(format.change(&now, &hidden), u"–");
    EXPECT_EQ(format.share(&before, &now), u"81%");
    EXPECT_EQ(format.share(&hidden, &now), QString());
    const MonitoringReport::Cell few{{}, u"theme"_qs, u"radicalisation"_qs, 5, false};
    EXPECT_EQ(format.share(&few, &now), u"<1%") << "5 of 1234 is not nothing";
    EXPECT_EQ(format.count(&hidden), u"<5");
}

namespace {

/// \a number cases of one kind, opened at \a opened, each with a note holding a marker.
void addCases(Database &database, const QString &treeIdentity, const QString &role, const QString &schoolType,
              const QString &theme, const QString &party, const QDateTime &opened, int number)
{
    SqlCaseStore store(database);
    for (int i = 0; i < number; ++i) {
        Case c = Case::open(Channel::Phone, u"agentmarkerdirk"_qs, treeIdentity, opened.addSecs(i));
        c.fields.callerRole = role;
        c.fields.schoolType = schoolType;
        c.fields.themes = {theme};
        c.referrals.append({party, ReferralOrigin::Suggested, ReferralDecision::Confirmed, {}, false, c.openedAt});
        c.notes.append({QUuid::createUuid(), c.owner, c.openedAt, u"Extra notemarkerextra"_qs, {}});
        store.saveCase(c);
    }
}

class MonitoringReportTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    MonitoringReportTest()
        : m_db(GetParam())
        , m_seed(m_db.database())
    { }

    void addMarchCases()
    {
        addCases(m_db.database(), m_seed.treeIdentity, u"pupil"_qs, u"po"_qs, u"bullying"_qs, u"school-route"_qs,
                 utc("2026-03-20T09:00:00Z"), 4);
        addCases(m_db.database(), m_seed.treeIdentity, u"staff"_qs, u"vo"_qs, u"violence"_qs, u"veilig-thuis"_qs,
                 utc("2026-03-21T09:00:00Z"), 4);
    }

    static QString csvOf(const MonitoringReport &report)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        report.writeCsv(buffer, CsvWriter::Separator::Comma, ReportNames(u"en"_qs));
        return QString::fromUtf8(buffer.data());
    }

    test::TemporaryDatabase m_db;
    test::ReviewSeed m_seed;
};

} // namespace

TEST_P(MonitoringReportTest, CountsTheCasesOfThePeriodAndHidesTheSmallOnes)
{
    addMarchCases();
    const MonitoringReport report = MonitoringReport::build(m_db.database(), QDate(2026, 3, 1), QDate(2026, 3, 31));
    const ReportPeriod &march = report.periods.current;
    // Six seeded March cases and eight more; seeded case 7 is in April.
    ASSERT_NE(report.find(march, u"total"_qs), nullptr);
    EXPECT_EQ(report.find(march, u"total"_qs)->count, 14);
    EXPECT_EQ(report.find(march, u"total"_qs)->shown(), u"14");
    EXPECT_EQ(report.find(march, u"theme"_qs, u"bullying"_qs)->shown(), u"7");
    EXPECT_EQ(report.find(march, u"theme"_qs, u"discrimination"_qs)->count, 2);
    EXPECT_EQ(report.find(march, u"caller_role"_qs, u"pupil"_qs)->shown(), u"7");
    EXPECT_EQ(report.find(march, u"caller_role"_qs, u"parent"_qs)->shown(), u"<5");
    // 14 - 7 - 5 leaves 2 for parents, school leaders, confidential advisers, others and "not recorded"
    // together: the hidden zeros keep the 2 parents from being worked out, so the 5 stays shown.
    EXPECT_EQ(report.find(march, u"caller_role"_qs, u"staff"_qs)->shown(), u"5");
    EXPECT_EQ(report.find(march, u"theme:caller_role"_qs, u"bullying:pupil"_qs)->count, 6);
    EXPECT_EQ(report.find(march, u"white_spot"_qs, u"yes"_qs)->count, 1);
    EXPECT_EQ(report.find(march, u"referred_party"_qs, u"school-route"_qs)->count, 7);
    EXPECT_EQ(report.find(march, u"referral_removed"_qs, u"kindertelefoon"_qs)->count, 1) << "case 4 removed it";
    EXPECT_EQ(report.find(report.periods.previous, u"total"_qs)->count, 0);
    for (const MonitoringReport::Cell &cell : report.cells) {
        if (cell.count < MonitoringReport::smallestShownCount) {
            EXPECT_TRUE(cell.hidden) << qPrintable(cell.period.key() + u' ' + cell.dimension + u' ' + cell.value);
        }
    }
    const QString csv = csvOf(report);
    EXPECT_TRUE(csv.startsWith(u"period,dimension,value,label,count,suppressed\r\n"_qs)) << "no byte order mark";
    EXPECT_TRUE(csv.contains(u"2026-03-01/2026-03-31,theme,bullying,Bullying,7,false\r\n"_qs)) << qPrintable(csv);
    EXPECT_TRUE(csv.contains(u"2026-03-01/2026-03-31,caller_role,parent,Parent or carer,,true\r\n"_qs));
    EXPECT_TRUE(
            csv.contains(u"2026-03-01/2026-03-31,theme:caller_role,bullying:pupil,Bullying – Pupil,6,false\r\n"_qs));
}

TEST_P(MonitoringReportTest, ComparesPeriodsAtTheBoundariesOfDutchDays)
{
    // Around the edges of March 2026 (winter time until 29 March) and of March 2025, in UTC.
    Database &database = m_db.database();
    const QString &tree = m_seed.treeIdentity;
    const auto add = [&](const char *opened, int number) {
        addCases(database, tree, u"parent"_qs, u"vo"_qs, u"bullying"_qs, u"school-route"_qs, utc(opened), number);
    };
    add("2026-02-28T22:59:00Z", 7); // 28 February, 23:59 in Amsterdam: the month before
    add("2026-02-28T23:00:00Z", 6); // 1 March, 00:00
    add("2026-03-31T21:59:00Z", 5); // 31 March, 23:59 summer time
    add("2026-03-31T22:00:00Z", 8); // 1 April, 00:00: after the period
    add("2025-02-28T23:00:00Z", 5); // 1 March 2025, 00:00
    add("2025-03-31T21:59:00Z", 5); // 31 March 2025, 23:59 summer time
    add("2025-12-31T22:59:00Z", 6); // 31 December 2025, 23:59: the fourth quarter
    add("2025-12-31T23:00:00Z", 5); // 1 January 2026, 00:00: the first quarter
    const MonitoringReport report = MonitoringReport::build(database, QDate(2026, 3, 1), QDate(2026, 3, 31));
    const ReportPeriods &periods = report.periods;
    // The seeded cases: six on 2–7 March 2026, one on 10 April 2026.
    EXPECT_EQ(report.find(periods.current, u"total"_qs)->count, 6 + 6 + 5);
    EXPECT_EQ(report.find(periods.previous, u"total"_qs)->count, 7);
    EXPECT_EQ(report.find(periods.yearEarlier, u"total"_qs)->count, 10);
    EXPECT_EQ(report.find(periods.quarters.at(3), u"total"_qs)->count, 17 + 7 + 5);
    EXPECT_EQ(report.find(periods.quarters.at(2), u"total"_qs)->count, 6);
    EXPECT_EQ(report.find(periods.quarters.at(1), u"total"_qs)->shown(), u"<5");
    const ReportFormat format(QLocale(u"en"_qs));
    EXPECT_EQ(format.change(report.find(periods.current, u"total"_qs), report.find(periods.previous, u"total"_qs)),
              u"+10 (+143%)");
    EXPECT_EQ(format.change(report.find(periods.current, u"total"_qs), report.find(periods.yearEarlier, u"total"_qs)),
              u"+7 (+70%)");
    EXPECT_EQ(report.find(periods.current, u"theme"_qs, u"bullying"_qs)->count, 3 + 6 + 5);
}

TEST_P(MonitoringReportTest, HoldsNoFreeTextIdsOrNames)
{
    addMarchCases();
    const MonitoringReport report = MonitoringReport::build(m_db.database(), QDate(2026, 3, 1), QDate(2026, 3, 31));
    const ReportNames names(u"en"_qs);
    const QString csv = csvOf(report);
    const QString html = MonitoringDocument(report, names).html();
    EXPECT_TRUE(html.contains(u"Most questions were about bullying: 7 contacts (50% of all contacts)."_qs))
            << qPrintable(html);
    for (const QString &document : {csv, html}) {
        EXPECT_FALSE(document.contains(u"notemarker"_qs, Qt::CaseInsensitive));
        EXPECT_FALSE(document.contains(u"klachtenstelsel"_qs, Qt::CaseInsensitive)) << "white-spot reason";
        EXPECT_FALSE(document.contains(u"Terugbellen"_qs, Qt::CaseInsensitive)) << "follow-up instruction";
        EXPECT_FALSE(document.contains(u"Beller was daar al"_qs, Qt::CaseInsensitive)) << "a referral's reason";
        for (const QString &name : {u"anna"_qs, u"bram"_qs, u"carla"_qs, u"agentmarkerdirk"_qs})
            EXPECT_FALSE(document.contains(name, Qt::CaseInsensitive)) << qPrintable(name);
        for (const QUuid &id : m_seed.ids) {
            EXPECT_FALSE(document.contains(id.toString(QUuid::WithoutBraces), Qt::CaseInsensitive));
            EXPECT_FALSE(document.contains(id.toString(QUuid::Id128), Qt::CaseInsensitive));
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, MonitoringReportTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql),
                         [](const auto &param) { return test::backendName(param.param); });

// Callers with little Dutch: the report counts the languages callers spoke, with the same suppression.
TEST_P(MonitoringReportTest, CountsTheCallersLanguagesAndHidesTheSmallOnes)
{
    SqlCaseStore store(m_db.database());
    for (int i = 0; i < 7; ++i) {
        Case c = Case::open(Channel::Phone, u"agentmarkerdirk"_qs, m_seed.treeIdentity,
                            utc("2026-03-20T09:00:00Z").addSecs(i));
        c.fields.callerLanguage = i < 6 ? u"ar"_qs : u"tr"_qs;
        store.saveCase(c);
    }
    const MonitoringReport report = MonitoringReport::build(m_db.database(), QDate(2026, 3, 1), QDate(2026, 3, 31));
    const ReportPeriod &march = report.periods.current;
    EXPECT_EQ(report.callerLanguages.size(), Vocabulary::callerLanguages().size() + 1) << "with \"not recorded\"";
    EXPECT_EQ(report.find(march, u"caller_language"_qs, u"ar"_qs)->shown(), u"6");
    EXPECT_EQ(report.find(march, u"caller_language"_qs, QString())->shown(), u"6") << "the six seeded cases";
    EXPECT_EQ(report.find(march, u"caller_language"_qs, u"tr"_qs)->count, 1);
    EXPECT_EQ(report.find(march, u"caller_language"_qs, u"tr"_qs)->shown(), u"<5");
    const QString csv = csvOf(report);
    EXPECT_TRUE(csv.contains(u"2026-03-01/2026-03-31,caller_language,ar,Arabic,6,false\r\n"_qs)) << qPrintable(csv);
    EXPECT_TRUE(csv.contains(u"2026-03-01/2026-03-31,caller_language,tr,Turkish,,true\r\n"_qs));
}
