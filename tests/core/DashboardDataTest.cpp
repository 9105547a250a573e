// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's numbers and models against seeded cases with known answers, on both backends.
#include "review/DashboardData.h"
#include "ReviewSeed.h"
#include "TestDatabase.h"
#include "storage/SqlCaseStore.h"

#include <gtest/gtest.h>

#include <QBuffer>

using namespace ww;

namespace {

class DashboardDataTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    DashboardDataTest()
        : m_db(GetParam())
        , m_seed(m_db.database())
        , m_data(DashboardData::load(m_db.database(), QDate(2026, 3, 1), QDate(2026, 3, 31), QDate(2026, 3, 10)))
    { }

    test::TemporaryDatabase m_db;
    test::ReviewSeed m_seed;
    DashboardData m_data;
};

const QString week = u"2026-03-02"_qs;
const QString cases = u"cases"_qs;

} // namespace

TEST(DashboardWeeks, AreTheMondaysOfThePeriod)
{
    EXPECT_EQ(DashboardData::weeks(QDate(2026, 3, 1), QDate(2026, 3, 16)),
              (QStringList{u"2026-02-23"_qs, u"2026-03-02"_qs, u"2026-03-09"_qs, u"2026-03-16"_qs}));
}

TEST_P(DashboardDataTest, CountsContactsPerWeekByChannelAndTheme)
{
    EXPECT_EQ(m_data.contactsByChannel.rowKeys.size(), 6); // 23 Feb … 30 Mar, empty weeks included
    EXPECT_EQ(m_data.contactsByChannel.value(week, u"phone"_qs), 4);
    EXPECT_EQ(m_data.contactsByChannel.value(week, u"chat"_qs), 2);
    EXPECT_EQ(m_data.contactsByChannel.value(u"2026-03-09"_qs, u"phone"_qs), 0);
    EXPECT_EQ(m_data.contactsByChannel.total(), 6) << "case 7 (April) is outside the period";
    EXPECT_EQ(m_data.contactsByTheme.value(week, u"bullying"_qs), 3);
    EXPECT_EQ(m_data.contactsByTheme.value(week, u"discrimination"_qs), 2);
    EXPECT_EQ(m_data.contactsByTheme.value(week, u"truancy"_qs), 1);
    EXPECT_EQ(m_data.contactsByTheme.seriesKeys.first(), u"bullying") << "themes in the vocabulary's order";
    EXPECT_EQ(m_data.whiteSpots.value(week, cases), 1);
}

TEST_P(DashboardDataTest, CountsReferralsDropOffHandlingTimeAndFollowUps)
{
    EXPECT_EQ(m_data.referralsByParty.rowKeys.first(), u"school-route");
    EXPECT_EQ(m_data.referralsByParty.value(u"school-route"_qs, cases), 3);
    EXPECT_EQ(m_data.referralsByParty.value(u"kindertelefoon"_qs, cases), 1);
    EXPECT_EQ(m_data.referralsByParty.value(u"veilig-thuis"_qs, cases), 1);
    // Case 6 ended at the caller question without an outcome.
    EXPECT_EQ(m_data.dropOff.rowKeys, QStringList{u"caller"_qs});
    EXPECT_EQ(m_data.dropOff.value(u"caller"_qs, cases), 1);
    // Case N's contact lasted 5·N minutes.
    for (int n = 1; n <= 6; ++n)
        EXPECT_EQ(m_data.handlingTime.value(QString::number(5 * n), cases), 1) << n;
    EXPECT_EQ(m_data.handlingTime.value(u"0"_qs, cases), 0);
    EXPECT_EQ(m_data.followUps.value(u"today"_qs, cases), 1);
    EXPECT_EQ(m_data.followUps.value(u"later"_qs, cases), 1);
    EXPECT_EQ(m_data.followUps.value(u"overdue"_qs, cases), 0);
}

TEST_P(DashboardDataTest, GroupsWeeksAndPeriodsInDutchTime)
{
    SqlCaseStore store(m_db.database());
    const auto openAt = [&](const QString &utc) {
        Case c = Case::open(Channel::Phone, u"anna"_qs, m_seed.treeIdentity, QDateTime::fromString(utc, Qt::ISODate));
        c.fields.themes = {u"violence"_qs};
        store.saveCase(c);
    };
    openAt(u"2026-01-11T23:30:00Z"_qs); // Monday 12 January 00:30 CET
    openAt(u"2026-01-18T22:30:00Z"_qs); // Sunday 18 January 23:30 CET
    openAt(u"2026-03-29T22:30:00Z"_qs); // Monday 30 March 00:30 CEST, the day after the clocks went forward
    openAt(u"2026-06-07T22:30:00Z"_qs); // Monday 8 June 00:30 CEST
    openAt(u"2026-06-14T21:30:00Z"_qs); // Sunday 14 June 23:30 CEST

    const DashboardData data
            = DashboardData::load(m_db.database(), QDate(2026, 1, 1), QDate(2026, 6, 30), QDate(2026, 7, 1));
    EXPECT_EQ(data.contactsByChannel.value(u"2026-01-05"_qs, u"phone"_qs), 0);
    EXPECT_EQ(data.contactsByChannel.value(u"2026-01-12"_qs, u"phone"_qs), 2);
    EXPECT_EQ(data.contactsByChannel.value(u"2026-03-23"_qs, u"phone"_qs), 0);
    EXPECT_EQ(data.contactsByChannel.value(u"2026-03-30"_qs, u"phone"_qs), 1);
    EXPECT_EQ(data.contactsByChannel.value(u"2026-06-01"_qs, u"phone"_qs), 0);
    EXPECT_EQ(data.contactsByChannel.value(u"2026-06-08"_qs, u"phone"_qs), 2);
    EXPECT_EQ(data.contactsByTheme.value(u"2026-01-12"_qs, u"violence"_qs), 2);
    EXPECT_EQ(data.contactsByTheme.value(u"2026-06-08"_qs, u"violence"_qs), 2);
    EXPECT_EQ(data.contactsByTheme.value(u"2026-06-01"_qs, u"violence"_qs), 0);
    EXPECT_EQ(data.contactsByChannel.total(), 5 + 7) << "the five above and the seven seeded cases";
    EXPECT_EQ(data.contactsByChannel.rowKeys, DashboardData::weeks(QDate(2026, 1, 1), QDate(2026, 6, 30)))
            << "no week outside the period's Mondays";

    // The period's days are Dutch days too: Monday 12 January holds the 00:30 case, Sunday 11 January none.
    EXPECT_EQ(DashboardData::load(m_db.database(), QDate(2026, 1, 12), QDate(2026, 1, 12), QDate(2026, 7, 1))
                      .contactsByChannel.total(),
              1);
    EXPECT_EQ(DashboardData::load(m_db.database(), QDate(2026, 1, 11), QDate(2026, 1, 11), QDate(2026, 7, 1))
                      .contactsByChannel.total(),
              0);
    EXPECT_EQ(DashboardData::load(m_db.database(), QDate(2026, 6, 14), QDate(2026, 6, 14), QDate(2026, 7, 1))
                      .contactsByTheme.value(u"2026-06-08"_qs, u"violence"_qs),
              1);
}

INSTANTIATE_TEST_SUITE_P(Backends, DashboardDataTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql),
                         [](const auto &param) { return test::backendName(param.param); });

TEST(CountTableModel, ShowsLabelsAndCountsAndWritesCsv)
{
    CountTable table({u"2026-03-02"_qs, u"2026-03-09"_qs}, {u"phone"_qs, u"chat"_qs});
    table.add(u"2026-03-02"_qs, u"phone"_qs, 4);
    table.add(u"2026-03-09"_qs, u"chat"_qs, 2);
    table.add(u"2026-03-09"_qs, u"web"_qs, 1); // a series not known in advance is added
    CountTableModel model(u"Week"_qs);
    model.setTable(table);
    model.setLabels([](const QString &code) -> QString { return u"week of "_qs + code; },
                    [](const QString &code) { return code.toUpper(); });
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), 4);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), u"Week");
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), u"PHONE");
    EXPECT_EQ(model.data(model.index(0, 0)).toString(), u"week of 2026-03-02");
    EXPECT_EQ(model.data(model.index(0, 1)).toString(), u"4");
    EXPECT_EQ(model.data(model.index(1, 2), CountTableModel::CountRole).toLongLong(), 2);
    EXPECT_EQ(model.data(model.index(1, 3)).toString(), u"1");
    EXPECT_EQ(model.data(model.index(1, 0), CountTableModel::KeyRole).toString(), u"2026-03-09");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    model.writeCsv(buffer, CsvWriter::Separator::Semicolon);
    EXPECT_EQ(buffer.data(),
              QByteArray("\xEF\xBB\xBF"
                         "Week;PHONE;CHAT;WEB\r\n"
                         "week of 2026-03-02;4;0;0\r\nweek of 2026-03-09;0;2;1\r\n"));
}

TEST(CountTable, SortsRowsByKey)
{
    CountTable table({u"2026-03-09"_qs}, {u"cases"_qs});
    table.add(u"2026-03-02"_qs, u"cases"_qs, 3);
    table.add(u"2026-03-09"_qs, u"cases"_qs, 1);
    table.sortRows();
    EXPECT_EQ(table.rowKeys, (QStringList{u"2026-03-02"_qs, u"2026-03-09"_qs}));
    EXPECT_EQ(table.values, (QList<QList<qint64>>{{3}, {1}}));
}
