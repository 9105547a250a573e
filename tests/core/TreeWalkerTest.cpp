// SPDX-License-Identifier: GPL-3.0-or-later
#include "tree/TreeWalker.h"
#include "TestContent.h"

#include <gtest/gtest.h>

using namespace ww;

namespace {

/// A clock that advances one minute per reading.
TreeWalker::Clock steppingClock()
{
    auto minutes = std::make_shared<int>(0);
    return [minutes] { return QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC).addSecs(60 * (*minutes)++); };
}

QStringList ids(const TreeWalker &walker)
{
    QStringList result;
    for (const WalkStep &step : walker.path())
        result.append(step.nodeId);
    return result;
}

} // namespace

TEST(TreeWalker, StartsAtTheStartNode)
{
    TreeWalker walker(test::smallTree());
    EXPECT_EQ(walker.current().id, u"danger");
    EXPECT_FALSE(walker.canGoBack());
    EXPECT_FALSE(walker.atOutcome());
}

TEST(TreeWalker, AnswersFollowOptionsAndRecordTimes)
{
    TreeWalker walker(test::smallTree(), steppingClock());
    ASSERT_TRUE(walker.answer(u"no"_qs));
    ASSERT_TRUE(walker.answer(u"parent"_qs));
    ASSERT_TRUE(walker.answer(u"bullying"_qs));
    EXPECT_EQ(ids(walker), (QStringList{u"danger"_qs, u"caller"_qs, u"theme"_qs, u"bullying-help"_qs}));
    EXPECT_TRUE(walker.atOutcome());
    EXPECT_EQ(walker.path().at(0).chosenOptionId, u"no");
    EXPECT_EQ(walker.path().at(2).chosenOptionId, u"bullying");
    EXPECT_TRUE(walker.path().last().chosenOptionId.isEmpty());
    EXPECT_EQ(walker.path().at(0).reachedAt.secsTo(walker.path().at(3).reachedAt), 180);
}

TEST(TreeWalker, RefusesAnAnswerThatIsNotAnOption)
{
    TreeWalker walker(test::smallTree());
    EXPECT_FALSE(walker.answer(u"maybe"_qs));
    EXPECT_EQ(walker.path().size(), 1);
    EXPECT_TRUE(walker.path().first().chosenOptionId.isEmpty());
}

TEST(TreeWalker, BackForgetsTheLastAnswer)
{
    TreeWalker walker(test::smallTree());
    walker.answer(u"no"_qs);
    walker.answer(u"pupil"_qs);
    ASSERT_TRUE(walker.back());
    EXPECT_EQ(walker.current().id, u"caller");
    EXPECT_TRUE(walker.path().last().chosenOptionId.isEmpty());
    ASSERT_TRUE(walker.back());
    EXPECT_FALSE(walker.back());
    EXPECT_EQ(walker.current().id, u"danger");
}

TEST(TreeWalker, JumpsToAnEarlierStep)
{
    TreeWalker walker(test::smallTree());
    walker.answer(u"no"_qs);
    walker.answer(u"parent"_qs);
    walker.answer(u"other"_qs);
    ASSERT_TRUE(walker.jumpTo(1));
    EXPECT_EQ(ids(walker), (QStringList{u"danger"_qs, u"caller"_qs}));
    EXPECT_FALSE(walker.jumpTo(1)); // already the current step
    EXPECT_FALSE(walker.jumpTo(5));
    EXPECT_FALSE(walker.jumpTo(-1));
    ASSERT_TRUE(walker.answer(u"pupil"_qs));
    EXPECT_EQ(walker.current().id, u"pupil-help");
}

TEST(TreeWalker, RestartGoesBackToTheStart)
{
    TreeWalker walker(test::smallTree());
    walker.answer(u"yes"_qs);
    walker.restart();
    EXPECT_EQ(ids(walker), QStringList{u"danger"_qs});
}

TEST(TreeWalker, ImpliedAnswersFollowThePath)
{
    TreeWalker walker(test::smallTree());
    walker.answer(u"no"_qs);
    walker.answer(u"parent"_qs);
    walker.answer(u"bullying"_qs);
    CodedAnswers expected;
    expected.callerRole = u"parent"_qs;
    expected.theme = u"bullying"_qs;
    EXPECT_EQ(walker.impliedAnswers(), expected);
    walker.jumpTo(1);
    EXPECT_EQ(walker.impliedAnswers(), CodedAnswers{});
}
