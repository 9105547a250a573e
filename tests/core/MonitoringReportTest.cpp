// SPDX-License-Identifier: GPL-3.0-or-later
// The anonymised monitoring report: known counts, small-cell suppression, and nothing personal.
#include "ReviewSeed.h"
#include "TestDatabase.h"
#include "review/MonitoringReport.h"
#include "review/SmallCellSuppression.h"
#include "storage/SqlCaseStore.h"

#include <gtest/gtest.h>

#include <QBuffer>

#include <algorithm>

using namespace ww;

namespace {

/// \a number more cases of one kind, opened on \a day by an agent with a marker name.
void addCases(Database &database, const QString &treeIdentity, const QString &role, const QString &schoolType,
              const QString &theme, const QString &party, const QDate &day, int number = 4)
{
    SqlCaseStore store(database);
    for (int i = 0; i < number; ++i) {
        Case c = Case::open(Channel::Phone, u"agentmarkerdirk"_qs, treeIdentity,
                            QDateTime(day, QTime(9, i), Qt::UTC));
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
    {
        addCases(m_db.database(), m_seed.treeIdentity, u"pupil"_qs, u"po"_qs, u"bullying"_qs, u"school-route"_qs,
                 QDate(2026, 3, 20));
        addCases(m_db.database(), m_seed.treeIdentity, u"staff"_qs, u"vo"_qs, u"violence"_qs, u"veilig-thuis"_qs,
                 QDate(2026, 3, 21));
    }

    MonitoringReport march() { return MonitoringReport::build(m_db.database(), QDate(2026, 3, 1), QDate(2026, 3, 31)); }

    static QString shown(const MonitoringReport &report, const QString &dimension, const QString &code)
    {
        for (const MonitoringReport::Section &section : report.sections) {
            if (section.dimension != dimension)
                continue;
            for (const MonitoringReport::Count &count : section.counts) {
                if (count.code == code)
                    return count.shown();
            }
        }
        return u"absent"_qs;
    }

    static QString csvOf(const MonitoringReport &report)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        report.writeCsv(buffer, CsvWriter::Separator::Semicolon);
        return QString::fromUtf8(buffer.data());
    }

    /// Whether a reader could subtract the shown counts of a breakdown from the total and get one hidden count.
    static void expectNoSingleHiddenCell(const MonitoringReport &report)
    {
        for (const MonitoringReport::Section &section : report.sections) {
            const auto hidden = std::count_if(section.counts.cbegin(), section.counts.cend(),
                                              [](const MonitoringReport::Count &count) { return count.hidden; });
            EXPECT_NE(hidden, 1) << qPrintable(section.dimension);
        }
    }

    test::TemporaryDatabase m_db;
    test::ReviewSeed m_seed;
};

} // namespace

TEST(SmallCellSuppressionTest, HidesTheNextSmallestCountWhenOnlyOneIsBelowTheThreshold)
{
    EXPECT_EQ(SmallCellSuppression::hiddenCells({3, 9, 5, 7}, 5), (QList<bool>{true, false, true, false}));
    EXPECT_EQ(SmallCellSuppression::hiddenCells({6, 3, 6}, 5), (QList<bool>{true, true, false}));
}

TEST(SmallCellSuppressionTest, LeavesTwoOrMoreHiddenCountsAsTheyAre)
{
    EXPECT_EQ(SmallCellSuppression::hiddenCells({2, 1, 7, 5}, 5), (QList<bool>{true, true, false, false}));
    EXPECT_EQ(SmallCellSuppression::hiddenCells({4, 4, 4}, 5), (QList<bool>{true, true, true}));
}

TEST(SmallCellSuppressionTest, HidesNothingWhenEveryCountIsLargeEnough)
{
    EXPECT_EQ(SmallCellSuppression::hiddenCells({5, 12, 7}, 5), (QList<bool>{false, false, false}));
    EXPECT_EQ(SmallCellSuppression::hiddenCells({}, 5), QList<bool>{});
    EXPECT_EQ(SmallCellSuppression::hiddenCells({3}, 5), QList<bool>{true});
}

TEST(MonitoringReportSuppression, CountsBelowFiveAreHidden)
{
    EXPECT_EQ(MonitoringReport::shownCount(0), u"<5");
    EXPECT_EQ(MonitoringReport::shownCount(1), u"<5");
    EXPECT_EQ(MonitoringReport::shownCount(4), u"<5");
    EXPECT_EQ(MonitoringReport::shownCount(5), u"5");
    EXPECT_EQ(MonitoringReport::shownCount(1234), u"1234");
}

TEST_P(MonitoringReportTest, CountsTheCasesOfThePeriod)
{
    const MonitoringReport report = march();
    EXPECT_EQ(report.total, 14); // six seeded March cases and eight more; case 7 is in April
    EXPECT_EQ(shown(report, u"theme"_qs, u"bullying"_qs), u"7");
    EXPECT_EQ(shown(report, u"theme"_qs, u"violence"_qs), u"5");
    EXPECT_EQ(shown(report, u"theme"_qs, u"discrimination"_qs), u"<5");
    EXPECT_EQ(shown(report, u"theme"_qs, u"truancy"_qs), u"<5");
    EXPECT_EQ(shown(report, u"caller_role"_qs, u"pupil"_qs), u"7");
    EXPECT_EQ(shown(report, u"caller_role"_qs, u"staff"_qs), u"<5") << "else 14 - 7 - 5 gives the 2 parents";
    EXPECT_EQ(shown(report, u"caller_role"_qs, u"parent"_qs), u"<5");
    EXPECT_EQ(shown(report, u"school_type"_qs, u"po"_qs), u"5");
    EXPECT_EQ(shown(report, u"school_type"_qs, u"vo"_qs), u"7");
    EXPECT_EQ(shown(report, u"school_type"_qs, u"mbo"_qs), u"<5");
    EXPECT_EQ(shown(report, u"referred_party"_qs, u"school-route"_qs), u"7");
    EXPECT_EQ(shown(report, u"referred_party"_qs, u"veilig-thuis"_qs), u"<5"); // hides kindertelefoon's 1
    EXPECT_EQ(shown(report, u"referred_party"_qs, u"kindertelefoon"_qs), u"<5"); // case 4's removal is no referral
    EXPECT_EQ(shown(report, u"white_spot"_qs, u"yes"_qs), u"<5");
    EXPECT_EQ(shown(report, u"white_spot"_qs, u"no"_qs), u"<5") << "else 14 - 13 gives the one white spot";
    // Themes and school types have two small counts each: the 5 violence and 5 po cases stay shown.
    ASSERT_EQ(report.trees.size(), 1);
    EXPECT_EQ(report.trees.at(0).identity, m_seed.treeIdentity);
    EXPECT_EQ(report.trees.at(0).count, 14);
    EXPECT_EQ(report.trees.at(0).shown(), u"14");
    expectNoSingleHiddenCell(report);

    // Exact counts: case 4 removed kindertelefoon, so March has one referral to it (case 2).
    for (const MonitoringReport::Section &section : report.sections) {
        for (const MonitoringReport::Count &count : section.counts) {
            if (section.dimension == u"referred_party" && count.code == u"kindertelefoon") {
                EXPECT_EQ(count.count, 1);
            }
        }
    }
}

TEST_P(MonitoringReportTest, ASingleSmallThemeCannotBeWorkedOutFromTheTotal)
{
    // June: 6 bullying, 5 violence and 3 discrimination cases; without secondary suppression the
    // total 14 minus 6 minus 5 would give the 3.
    Database &database = m_db.database();
    addCases(database, m_seed.treeIdentity, u"pupil"_qs, u"po"_qs, u"bullying"_qs, u"school-route"_qs,
             QDate(2026, 6, 2), 6);
    addCases(database, m_seed.treeIdentity, u"staff"_qs, u"vo"_qs, u"violence"_qs, u"veilig-thuis"_qs,
             QDate(2026, 6, 3), 5);
    addCases(database, m_seed.treeIdentity, u"parent"_qs, u"mbo"_qs, u"discrimination"_qs, u"kindertelefoon"_qs,
             QDate(2026, 6, 4), 3);
    const MonitoringReport report = MonitoringReport::build(database, QDate(2026, 6, 1), QDate(2026, 6, 30));
    ASSERT_EQ(report.total, 14);
    EXPECT_EQ(shown(report, u"theme"_qs, u"discrimination"_qs), u"<5");
    EXPECT_EQ(shown(report, u"theme"_qs, u"violence"_qs), u"<5");
    EXPECT_EQ(shown(report, u"theme"_qs, u"bullying"_qs), u"6");
    EXPECT_EQ(shown(report, u"caller_role"_qs, u"staff"_qs), u"<5");
    EXPECT_EQ(shown(report, u"school_type"_qs, u"vo"_qs), u"<5");
    EXPECT_EQ(shown(report, u"referred_party"_qs, u"veilig-thuis"_qs), u"<5");
    EXPECT_EQ(shown(report, u"white_spot"_qs, u"no"_qs), u"14") << "a breakdown without small counts is untouched";
    expectNoSingleHiddenCell(report);

    const QString csv = csvOf(report);
    EXPECT_TRUE(csv.contains(u"Theme;violence;<5\r\n"_qs)) << qPrintable(csv);
    EXPECT_TRUE(csv.contains(u"Theme;discrimination;<5\r\n"_qs));
    EXPECT_TRUE(csv.contains(u"Theme;bullying;6\r\n"_qs));
    EXPECT_TRUE(csv.contains(u"even when it is 5 or more"_qs)) << "the CSV says why a count of 5 or more can be hidden";
    EXPECT_TRUE(report.html().contains(u"even when it is 5 or more"_qs));
}

TEST_P(MonitoringReportTest, NothingIsHiddenWhenEveryCountIsLargeEnough)
{
    Database &database = m_db.database();
    addCases(database, m_seed.treeIdentity, u"pupil"_qs, u"po"_qs, u"bullying"_qs, u"school-route"_qs,
             QDate(2026, 7, 1), 5);
    addCases(database, m_seed.treeIdentity, u"staff"_qs, u"vo"_qs, u"violence"_qs, u"veilig-thuis"_qs,
             QDate(2026, 7, 2), 6);
    const MonitoringReport report = MonitoringReport::build(database, QDate(2026, 7, 1), QDate(2026, 7, 31));
    for (const MonitoringReport::Section &section : report.sections) {
        for (const MonitoringReport::Count &count : section.counts) {
            EXPECT_FALSE(count.hidden) << qPrintable(section.dimension) << ' ' << qPrintable(count.code);
            EXPECT_EQ(count.shown(), QString::number(count.count));
        }
    }
    EXPECT_EQ(shown(report, u"theme"_qs, u"bullying"_qs), u"5");
    EXPECT_EQ(shown(report, u"white_spot"_qs, u"no"_qs), u"11");
    ASSERT_EQ(report.trees.size(), 1);
    EXPECT_FALSE(report.trees.at(0).hidden);
}

TEST_P(MonitoringReportTest, ThePeriodIncludesBothDaysInDutchTime)
{
    // Case 1 was opened on 2 March 10:00 UTC; a report for that one day counts it, the day before does not.
    EXPECT_EQ(MonitoringReport::build(m_db.database(), QDate(2026, 3, 2), QDate(2026, 3, 2)).total, 1);
    EXPECT_EQ(MonitoringReport::build(m_db.database(), QDate(2026, 3, 1), QDate(2026, 3, 1)).total, 0);
    EXPECT_EQ(MonitoringReport::build(m_db.database(), QDate(2026, 4, 1), QDate(2026, 4, 30)).total, 1);
}

TEST_P(MonitoringReportTest, HoldsNoFreeTextIdsOrNames)
{
    const MonitoringReport report = march();
    const QString csv = csvOf(report);
    const QString html = report.html();
    EXPECT_TRUE(csv.contains(u"Theme;bullying;7\r\n"_qs)) << qPrintable(csv);
    EXPECT_TRUE(csv.contains(u"Theme;discrimination;<5\r\n"_qs));
    for (const QString &document : {csv, html}) {
        EXPECT_FALSE(document.contains(u"notemarker"_qs, Qt::CaseInsensitive));
        EXPECT_FALSE(document.contains(u"klachtenstelsel"_qs, Qt::CaseInsensitive)) << "white-spot reason";
        EXPECT_FALSE(document.contains(u"Terugbellen"_qs, Qt::CaseInsensitive)) << "follow-up instruction";
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
