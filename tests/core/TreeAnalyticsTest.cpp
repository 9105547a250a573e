// SPDX-License-Identifier: GPL-3.0-or-later
// Tree analytics on seeded cases, on SQLite and on PostgreSQL (read there as a content manager through
// ww_tree_analytics), and the suppression of small counts.
#include "TestContent.h"
#include "TestDatabase.h"

#include "cases/Case.h"
#include "review/TreeAnalytics.h"
#include "storage/SqlCaseStore.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QUuid>

using namespace ww;
using test::Backend;

namespace {

const ReportPeriod march{QDate(2026, 3, 1), QDate(2026, 3, 31)};

/// One walk: the answers from the start; the last node is where it stands.
struct Walk
{
    QStringList path; ///< node, option, node, option, …, last node
    int times;
    QList<CaseReferral> referrals = {};
};

/// Cases walked as \a walks say, opened on 2 March 2026 (and one in April, outside the period). Each step
/// takes 30 seconds; the contact ends 60 seconds after the last step.
void seed(Database &database, const QList<Walk> &walks)
{
    SqlCaseStore store(database);
    const auto tree = test::smallTree();
    store.storeTree(*tree);
    int number = 0;
    for (const Walk &walk : walks) {
        for (int i = 0; i < walk.times; ++i) {
            const QDateTime opened(QDate(2026, 3, 2), QTime(9, 0).addSecs(60 * ++number), Qt::UTC);
            Case c = Case::open(Channel::Phone, u"anna"_qs, tree->identity(), opened);
            for (qsizetype s = 0; s < walk.path.size(); s += 2)
                c.steps.append({walk.path.at(s), walk.path.value(s + 1), opened.addSecs(30 * (s / 2))});
            c.referrals = walk.referrals;
            for (CaseReferral &referral : c.referrals)
                referral.decidedAt = opened.addSecs(5);
            c.contactEndedAt = c.steps.last().reachedAt.addSecs(60);
            c.updatedAt = c.contactEndedAt;
            c.status = CaseStatus::WrapUp;
            store.saveCase(c);
        }
    }
    // Outside the period: never counted.
    Case late = Case::open(Channel::Phone, u"anna"_qs, tree->identity(),
                           QDateTime(QDate(2026, 4, 2), QTime(9, 0), Qt::UTC));
    late.steps = {{u"danger"_qs, u"yes"_qs, late.openedAt}, {u"urgent-help"_qs, {}, late.openedAt.addSecs(30)}};
    store.saveCase(late);
}

CaseReferral removed(const QString &party, const QString &category)
{
    return {party, ReferralOrigin::Suggested, ReferralDecision::Removed, u"Past niet"_qs, false, {}, category};
}

CaseReferral added(const QString &party, const QString &category)
{
    return {party, ReferralOrigin::Added, ReferralDecision::Confirmed, u"Beller vroeg erom"_qs, false, {}, category};
}

/// 38 contacts in March: 3 in danger (a node reached by fewer than 5), 12 pupils, 10 parents about
/// bullying (6 took the Kindertelefoon off as not fitting, 2 added Veilig Thuis), 6 about something
/// else, and 7 calls that ended at the question who is calling.
QList<Walk> walks()
{
    const QStringList parent{u"danger"_qs, u"no"_qs, u"caller"_qs, u"parent"_qs, u"theme"_qs};
    return {
            {{u"danger"_qs, u"yes"_qs, u"urgent-help"_qs}, 3},
            {{u"danger"_qs, u"no"_qs, u"caller"_qs, u"pupil"_qs, u"pupil-help"_qs}, 12},
            {parent + QStringList{u"bullying"_qs, u"bullying-help"_qs}, 4},
            {parent + QStringList{u"bullying"_qs, u"bullying-help"_qs},
             4,
             {removed(u"kindertelefoon"_qs, u"does-not-fit"_qs)}},
            {parent + QStringList{u"bullying"_qs, u"bullying-help"_qs},
             2,
             {removed(u"kindertelefoon"_qs, u"does-not-fit"_qs), added(u"veilig-thuis"_qs, u"caller-asked"_qs)}},
            {parent + QStringList{u"other"_qs, u"white-spot"_qs}, 6},
            {{u"danger"_qs, u"no"_qs, u"caller"_qs}, 7},
    };
}

ShownCount chosen(const TreeAnalyticsNode *node, const QString &option)
{
    for (const TreeAnalyticsAnswer &answer : node->answers) {
        if (answer.optionId == option)
            return answer.chosen;
    }
    ADD_FAILURE() << "no option " << option.toStdString();
    return {};
}

ShownCount change(const QList<TreeAnalyticsChange> &changes, const QString &category)
{
    for (const TreeAnalyticsChange &entry : changes) {
        if (entry.category == category)
            return entry.count;
    }
    ADD_FAILURE() << "no category " << category.toStdString();
    return {};
}

class TreeAnalyticsTest : public ::testing::TestWithParam<Backend>
{
protected:
    /// The figures as the reader sees them: on PostgreSQL a content manager, who reads no case.
    TreeAnalytics analytics()
    {
        if (GetParam() == Backend::Sqlite)
            return TreeAnalytics::read(m_db.database(), *test::smallTree(), march);
        const QString editor = u"editor_"_qs + QUuid::createUuid().toString(QUuid::Id128).left(12);
        m_db.createRole(editor, u"ww_editor"_qs);
        m_editor = m_db.openAs(editor);
        return TreeAnalytics::read(*m_editor, *test::smallTree(), march);
    }

    test::TemporaryDatabase m_db{GetParam()};
    std::unique_ptr<Database> m_editor;
};

} // namespace

TEST_P(TreeAnalyticsTest, CountsPerNodeWhereWalksStoppedOutcomesAndTimes)
{
    seed(m_db.database(), walks());
    const TreeAnalytics figures = analytics();
    ASSERT_EQ(figures.nodes().size(), test::smallTree()->nodes().size());
    EXPECT_EQ(figures.contacts(), 38);

    const TreeAnalyticsNode *danger = figures.node(u"danger"_qs);
    EXPECT_EQ(danger->passed, 38);
    EXPECT_EQ(chosen(danger, u"no"_qs), 35);
    EXPECT_EQ(danger->medianSeconds, 30);

    const TreeAnalyticsNode *caller = figures.node(u"caller"_qs);
    EXPECT_EQ(caller->passed, 35);
    EXPECT_EQ(caller->stopped, 7);
    EXPECT_EQ(chosen(caller, u"pupil"_qs), 12);
    EXPECT_EQ(chosen(caller, u"parent"_qs), 16);
    // 28 went on after 30 seconds, 7 hung up after 60: the median is 30.
    EXPECT_EQ(caller->medianSeconds, 30);

    EXPECT_EQ(figures.node(u"pupil-help"_qs)->passed, 12);
    EXPECT_EQ(figures.node(u"pupil-help"_qs)->medianSeconds, 60);
    const TreeAnalyticsNode *bullying = figures.node(u"bullying-help"_qs);
    EXPECT_EQ(bullying->passed, 10);
    EXPECT_TRUE(bullying->outcome);
    EXPECT_EQ(change(bullying->removed, u"does-not-fit"_qs), 6);
    EXPECT_EQ(change(bullying->removed, u"school-first"_qs), std::nullopt) << "0 is below 5 too";
    EXPECT_EQ(change(bullying->added, u"caller-asked"_qs), std::nullopt) << "2 additions";
    EXPECT_EQ(*figures.heat(u"caller"_qs), 35.0 / 38.0);
}

TEST_P(TreeAnalyticsTest, SuppressionHidesANodeReachedByFewerCasesAndWhatWouldGiveItAway)
{
    seed(m_db.database(), walks());
    const TreeAnalytics figures = analytics();
    // Three callers in danger: the outcome, the answer that leads there and the stops at the first
    // question (0) are all hidden, and so nothing can be worked out from 38 = stopped + yes + no.
    EXPECT_EQ(figures.node(u"urgent-help"_qs)->passed, std::nullopt);
    EXPECT_EQ(figures.node(u"urgent-help"_qs)->medianSeconds, std::nullopt);
    EXPECT_EQ(figures.heat(u"urgent-help"_qs), std::nullopt);
    const TreeAnalyticsNode *danger = figures.node(u"danger"_qs);
    EXPECT_EQ(chosen(danger, u"yes"_qs), std::nullopt);
    EXPECT_EQ(danger->stopped, std::nullopt);
    // At "theme" nobody stopped (0, hidden): 16 = 0 + 10 + 6 would give it away, so one more count of
    // that equation is hidden (the smallest, "other" with 6), and with it the white spot it leads to.
    const TreeAnalyticsNode *theme = figures.node(u"theme"_qs);
    EXPECT_EQ(theme->passed, 16);
    EXPECT_EQ(theme->stopped, std::nullopt);
    EXPECT_EQ(chosen(theme, u"bullying"_qs), 10);
    EXPECT_EQ(chosen(theme, u"other"_qs), std::nullopt);
    EXPECT_EQ(figures.node(u"white-spot"_qs)->passed, std::nullopt);
}

TEST_P(TreeAnalyticsTest, TheCsvHasEveryFigureAndMarksTheHiddenOnes)
{
    seed(m_db.database(), walks());
    const TreeAnalytics figures = analytics();
    QByteArray csv;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    figures.writeCsv(buffer, CsvWriter::Separator::Comma, *test::smallTree(), u"en"_qs);
    const QString text = QString::fromUtf8(csv);
    EXPECT_TRUE(text.startsWith(u"node,kind,measure,item,category,label,value,suppressed\r\n"_qs)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"caller,question,stopped,,,Who is calling?,7,false\r\n"_qs)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"danger,question,chosen,no,,No,35,false\r\n"_qs));
    EXPECT_TRUE(text.contains(u"urgent-help,outcome,passed,,,Bel nu 112.,,true\r\n"_qs));
    EXPECT_TRUE(text.contains(u"bullying-help,outcome,removed,,does-not-fit,Eerst naar school.,6,false\r\n"_qs));
    EXPECT_FALSE(text.contains(u"anna"_qs));
}

TEST_P(TreeAnalyticsTest, NothingInThePeriodShowsEveryNodeHidden)
{
    seed(m_db.database(), {});
    const TreeAnalytics figures = analytics();
    ASSERT_EQ(figures.nodes().size(), test::smallTree()->nodes().size());
    for (const TreeAnalyticsNode &node : figures.nodes())
        EXPECT_EQ(node.passed, std::nullopt) << node.nodeId.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, TreeAnalyticsTest, ::testing::Values(Backend::Sqlite, Backend::PostgreSql),
                         [](const auto &param) { return test::backendName(param.param); });

TEST(TreeAnalyticsSuppression, RowsTheDatabaseHidAreHiddenAndTheRestFollowsTheEquations)
{
    // As ww_tree_analytics would give them: danger's stops and the way to urgent help hidden.
    const QList<TreeAnalytics::Row> rows{
            {u"passed"_qs, u"danger"_qs, {}, {}, 40, 25},        {u"stopped"_qs, u"danger"_qs, {}, {}, {}, {}},
            {u"chosen"_qs, u"danger"_qs, u"yes"_qs, {}, {}, {}}, {u"chosen"_qs, u"danger"_qs, u"no"_qs, {}, 37, {}},
            {u"passed"_qs, u"caller"_qs, {}, {}, 37, {}},        {u"passed"_qs, u"urgent-help"_qs, {}, {}, {}, {}},
    };
    const TreeAnalytics figures = TreeAnalytics::fromRows(*test::smallTree(), march, rows);
    EXPECT_EQ(figures.node(u"danger"_qs)->passed, 40);
    EXPECT_EQ(figures.node(u"danger"_qs)->medianSeconds, 25);
    EXPECT_EQ(figures.node(u"danger"_qs)->stopped, std::nullopt);
    EXPECT_EQ(figures.node(u"urgent-help"_qs)->passed, std::nullopt);
    EXPECT_EQ(figures.node(u"caller"_qs)->passed, 37);
    // The caller's stops and answers were not given: 0, hidden; three unknowns in one sum, so 37 stays.
    EXPECT_EQ(figures.node(u"caller"_qs)->stopped, std::nullopt);
}
