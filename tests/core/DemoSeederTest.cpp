// SPDX-License-Identifier: GPL-3.0-or-later
// The demo data: the distribution docs/demo-data.md describes, on 4,000 synthetic cases of the shipped
// tree, and the same cases again for the same seed.
#include "storage/DemoSeeder.h"
#include "TestDatabase.h"
#include "Vocabulary.h"
#include "content/ShippedContent.h"

#include <gtest/gtest.h>

#include <QTimeZone>

using namespace ww;

namespace {

class DemoSeederTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const DirectoryLoadResult directory = ShippedContent::loadDirectory();
        ASSERT_TRUE(directory.ok());
        const TreeLoadResult tree = ShippedContent::loadTree(*directory.directory);
        ASSERT_TRUE(tree.ok());
        m_tree = tree.tree;
        m_seeder = std::make_unique<DemoSeeder>(m_db.database(), tree.tree, directory.directory);
    }

    QList<Case> cases(quint32 seed, int number) const
    {
        QRandomGenerator random(seed);
        QList<Case> list;
        for (int i = 0; i < number; ++i)
            list.append(m_seeder->makeCase(random, u"agent-01"_qs, m_now));
        return list;
    }

    static double share(const QList<Case> &list, const std::function<bool(const Case &)> &which)
    {
        return double(std::count_if(list.cbegin(), list.cend(), which)) / double(list.size());
    }

    test::TemporaryDatabase m_db;
    std::shared_ptr<const DecisionTree> m_tree;
    std::unique_ptr<DemoSeeder> m_seeder;
    const QDateTime m_now{QDate(2026, 11, 30), QTime(20, 0), Qt::UTC};
};

} // namespace

TEST_F(DemoSeederTest, FewContactsAreAcuteAndTheRestHaveACallerAndASchool)
{
    const QList<Case> list = cases(1, 4000);
    const double acute = share(list, [&](const Case &c) {
        const TreeNode *end = m_tree->node(c.outcomeNodeId);
        return end && end->urgent;
    });
    EXPECT_GT(acute, 0.015);
    EXPECT_LT(acute, 0.05) << "the first answer is no longer picked uniformly (that made 80 % acute)";
    EXPECT_GT(share(list, [](const Case &c) { return !c.fields.callerRole.isEmpty(); }), 0.9);
    EXPECT_GT(share(list, [](const Case &c) { return !c.fields.schoolType.isEmpty(); }), 0.9);
    const double parents = share(list, [](const Case &c) { return c.fields.callerRole == u"parent"; });
    const double pupils = share(list, [](const Case &c) { return c.fields.callerRole == u"pupil"; });
    const double leaders = share(list, [](const Case &c) { return c.fields.callerRole == u"school-leader"; });
    EXPECT_GT(parents, 0.35);
    EXPECT_LT(parents, 0.55);
    EXPECT_GT(pupils, 0.15);
    EXPECT_LT(leaders, 0.1);
    const double bullying = share(list, [](const Case &c) { return c.fields.themes.contains(u"bullying"_qs); });
    const double radicalisation
            = share(list, [](const Case &c) { return c.fields.themes.contains(u"radicalisation"_qs); });
    EXPECT_GT(bullying, 0.25) << "bullying is the largest theme";
    EXPECT_LT(radicalisation, 0.03);
    EXPECT_GT(share(list, [](const Case &c) { return c.fields.themes.size() > 1; }), 0.05);
}

TEST_F(DemoSeederTest, ContactsFollowOpeningHoursWeekdaysAndTheSchoolYear)
{
    const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    const QList<Case> list = cases(2, 4000);
    QList<int> perMonth(13, 0);
    QList<int> perWeekday(8, 0);
    int chats = 0;
    for (const Case &c : list) {
        const QDateTime local = c.openedAt.toTimeZone(amsterdam);
        ++perMonth[local.date().month()];
        ++perWeekday[local.date().dayOfWeek()];
        EXPECT_LT(c.openedAt, m_now);
        EXPECT_GE(c.openedAt, m_now.addYears(-2).addDays(-1));
        if (c.channel == Channel::Phone) {
            EXPECT_LE(local.date().dayOfWeek(), 5) << "no phone at weekends";
            EXPECT_GE(local.time().hour(), 9);
            EXPECT_LT(local.time().hour(), 17);
        } else {
            ++chats;
            EXPECT_GE(local.time().hour(), 9);
            EXPECT_LT(local.time().hour(), 21);
        }
    }
    EXPECT_EQ(perWeekday[7], 0) << "closed on Sundays";
    EXPECT_GT(perWeekday[1], perWeekday[5]) << "Monday busier than Friday";
    EXPECT_GT(perMonth[9], 2 * perMonth[8]) << "September against the summer holidays";
    EXPECT_GT(chats, 1200);
    EXPECT_LT(chats, 1800);
}

TEST_F(DemoSeederTest, WhiteSpotsAndChangedAdviceComeWithTheirReasonsCategories)
{
    const QList<Case> list = cases(3, 4000);
    const double whiteSpots = share(list, [](const Case &c) { return c.whiteSpot; });
    EXPECT_GT(whiteSpots, 0.02);
    EXPECT_LT(whiteSpots, 0.1);
    int removed = 0;
    int added = 0;
    int lkcRemoved = 0;
    int lkcSuggested = 0;
    for (const Case &c : list) {
        if (c.whiteSpot) {
            EXPECT_TRUE(Vocabulary::whiteSpotReasons().contains(c.whiteSpotCategory)) << qPrintable(c.outcomeNodeId);
            EXPECT_FALSE(c.whiteSpotReason.isEmpty());
        } else {
            EXPECT_TRUE(c.whiteSpotCategory.isEmpty());
        }
        for (const CaseReferral &referral : c.referrals) {
            if (referral.origin == ReferralOrigin::Suggested && referral.partyId == u"lkc")
                ++lkcSuggested;
            if (referral.decision == ReferralDecision::Removed) {
                ++removed;
                lkcRemoved += referral.partyId == u"lkc" ? 1 : 0;
                EXPECT_TRUE(Vocabulary::referralRemovalReasons().contains(referral.reasonCategory));
            } else if (referral.origin == ReferralOrigin::Added) {
                ++added;
                EXPECT_TRUE(Vocabulary::referralAdditionReasons().contains(referral.reasonCategory));
            } else {
                EXPECT_TRUE(referral.reasonCategory.isEmpty());
            }
            EXPECT_EQ(referral.reason.isEmpty(), referral.reasonCategory.isEmpty()) << "words beside every category";
        }
    }
    EXPECT_GT(removed, 200);
    EXPECT_GT(added, 200);
    ASSERT_GT(lkcSuggested, 20);
    EXPECT_GT(double(lkcRemoved) / lkcSuggested, 0.15) << "the route that does not fit, for the report to show";
}

TEST_F(DemoSeederTest, TheSameSeedGivesTheSameCases)
{
    const QList<Case> first = cases(11, 200);
    EXPECT_EQ(first, cases(11, 200));
    EXPECT_NE(first, cases(12, 200));
}

TEST_F(DemoSeederTest, TheUniformRulesForComparingBenchmarksGiveTheOldMostlyAcuteHelpdesk)
{
    const DirectoryLoadResult directory = ShippedContent::loadDirectory();
    DemoSeeder uniform(m_db.database(), m_tree, directory.directory, DemoDistribution::uniform());
    QRandomGenerator random(1);
    QList<Case> list;
    for (int i = 0; i < 2000; ++i)
        list.append(uniform.makeCase(random, u"agent-01"_qs, m_now));
    const double acute = share(list, [&](const Case &c) {
        const TreeNode *end = m_tree->node(c.outcomeNodeId);
        return end && end->urgent;
    });
    EXPECT_GT(acute, 0.6) << "four acute answers of five at the first question, picked uniformly";
    const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    EXPECT_GT(share(list, [&](const Case &c) { return c.openedAt.toTimeZone(amsterdam).date().dayOfWeek() == 7; }), 0.1)
            << "every day of the week alike";
    const double chat = share(list, [](const Case &c) { return c.channel == Channel::Chat; });
    EXPECT_GT(chat, 0.25);
    EXPECT_LT(chat, 0.35);
}
