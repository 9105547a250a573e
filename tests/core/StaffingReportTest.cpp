// SPDX-License-Identifier: GPL-3.0-or-later
// The staffing report's figures on a seeded database (StaffingSeed.h), on SQLite and PostgreSQL, against
// totals worked out by hand.
#include "review/StaffingReport.h"
#include "StaffingSeed.h"
#include "storage/StorageError.h"

#include <gtest/gtest.h>

using namespace ww;

namespace {
class StaffingReportTest : public test::StaffingSeedTest
{ };
} // namespace

TEST_P(StaffingReportTest, TimeInEachStatePerAgentAndDayMatchesTheHandTotals)
{
    const StaffingReport report = StaffingReport::read(*open(m_supervisor), m_period, m_now);
    ASSERT_EQ(report.agentDays().size(), 3);
    const StaffingAgentDay *anna1 = day(report, u"anna"_qs, 1);
    ASSERT_TRUE(anna1);
    EXPECT_EQ(anna1->seconds(AgentState::Available), 34200 + 49620); // 00:00–09:30 and 09:43–23:30
    EXPECT_EQ(anna1->seconds(AgentState::OnCall), 600);
    EXPECT_EQ(anna1->seconds(AgentState::WrapUp), 180);
    EXPECT_EQ(anna1->seconds(AgentState::Break), 1800); // until midnight
    EXPECT_EQ(anna1->seconds(AgentState::Offline), 0);
    const StaffingAgentDay *anna2 = day(report, u"anna"_qs, 2);
    ASSERT_TRUE(anna2);
    EXPECT_EQ(anna2->seconds(AgentState::Break), 900); // after midnight
    EXPECT_EQ(anna2->seconds(AgentState::Offline), 85500);
    EXPECT_EQ(anna2->seconds(AgentState::Available), 0);
    const StaffingAgentDay *bram2 = day(report, u"bram"_qs, 2);
    ASSERT_TRUE(bram2);
    EXPECT_EQ(bram2->seconds(AgentState::Available), 3570);
    EXPECT_EQ(bram2->seconds(AgentState::InChat), 3660);
    EXPECT_EQ(bram2->seconds(AgentState::OtherWork), 3570);
    EXPECT_EQ(bram2->seconds(AgentState::Offline), 46800); // until the end of the period, not the next change
}

TEST_P(StaffingReportTest, ContactsPerChannelAndAverageHandlingAndWrapUp)
{
    const StaffingReport report = StaffingReport::read(*open(m_supervisor), m_period, m_now);
    const StaffingAgentDay *anna1 = day(report, u"anna"_qs, 1);
    ASSERT_TRUE(anna1);
    EXPECT_EQ(anna1->phoneContacts, 3);
    EXPECT_EQ(anna1->chatContacts, 0);
    EXPECT_EQ(anna1->averageHandlingSeconds(), 450); // (600 + 300) / 2; the open call has no end yet
    EXPECT_EQ(anna1->averageWrapUpSeconds(), 150);   // (180 + 120) / 2
    const StaffingAgentDay *bram2 = day(report, u"bram"_qs, 2);
    ASSERT_TRUE(bram2);
    EXPECT_EQ(bram2->phoneContacts, 0);
    EXPECT_EQ(bram2->chatContacts, 2);                // the abandoned and the waiting chat were nobody's contact
    EXPECT_EQ(bram2->averageHandlingSeconds(), 1215); // (1230 + 1200) / 2
    EXPECT_EQ(bram2->averageWrapUpSeconds(), 300);
    EXPECT_EQ(day(report, u"chatgw"_qs, 2), nullptr);
}

TEST_P(StaffingReportTest, ChatsPerHourOfferedAnsweredWithin60sAndAbandoned)
{
    const StaffingReport report = StaffingReport::read(*open(m_supervisor), m_period, m_now);
    ASSERT_EQ(report.hours().size(), 3);
    const StaffingHour &eight = report.hours().at(0);
    EXPECT_EQ(eight.day, QDate(2026, 12, 2));
    EXPECT_EQ(eight.hour, 8);
    EXPECT_EQ(eight.offered, 1);
    EXPECT_EQ(eight.answered, 1);
    EXPECT_EQ(eight.answeredWithinTarget, 1); // 59 s
    EXPECT_EQ(eight.abandoned, 0);
    const StaffingHour &nine = report.hours().at(1);
    EXPECT_EQ(nine.hour, 9);
    EXPECT_EQ(nine.offered, 2);
    EXPECT_EQ(nine.answered, 1);
    EXPECT_EQ(nine.answeredWithinTarget, 0); // 61 s
    EXPECT_EQ(nine.abandoned, 1);
    const StaffingHour &ten = report.hours().at(2);
    EXPECT_EQ(ten.hour, 10);
    EXPECT_EQ(ten.offered, 1);
    EXPECT_EQ(ten.answered, 0);
    EXPECT_EQ(ten.abandoned, 0); // still waiting
}

TEST_P(StaffingReportTest, AgentsAndContentManagersAreRefusedTheFigures)
{
    if (sqlite()) {
        // The embedded database has one user and no roles: whoever may read the file reads the figures.
        EXPECT_EQ(StaffingReport::read(m_db.database(), m_period, m_now).agentDays().size(), 3);
    } else {
        for (const QString &role : {m_agent, m_editor})
            EXPECT_THROW(StaffingReport::read(*open(role), m_period, m_now), StorageError) << role.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, StaffingReportTest,
                         ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql));
