// SPDX-License-Identifier: GPL-3.0-or-later
// Which condition of the case log leads, from how many cases each one finds.
#include "review/CaseLogPlan.h"

#include <gtest/gtest.h>

using namespace ww;
using Kind = CaseLogPlan::Kind;
using Form = CaseLogPlan::Form;

namespace {
constexpr qint64 rare = 20000;
constexpr bool openingOrder = true;
constexpr bool otherOrder = false;
} // namespace

TEST(CaseLogPlan, TheRarestColumnLeadsAndTheOthersAreChecked)
{
    const CaseLogPlan plan({{Kind::Column, rare}, {Kind::Column, 900}, {Kind::Column, rare}}, openingOrder, rare);
    EXPECT_EQ(plan.form(0), Form::Probed);
    EXPECT_EQ(plan.form(1), Form::Indexed);
    EXPECT_EQ(plan.form(2), Form::Probed);
    EXPECT_EQ(plan.driver(), -1);
}

TEST(CaseLogPlan, InOpeningOrderARarerThemeDrivesFromItsOwnIndex)
{
    const CaseLogPlan plan({{Kind::Column, rare}, {Kind::Theme, 9000}, {Kind::Party, 15000}}, openingOrder, rare);
    EXPECT_EQ(plan.form(0), Form::Probed);
    EXPECT_EQ(plan.form(1), Form::Driver);
    EXPECT_EQ(plan.form(2), Form::Exists);
    EXPECT_EQ(plan.driver(), 1);
}

TEST(CaseLogPlan, AThemeThatIsNotTheRarestIsCheckedPerCase)
{
    const CaseLogPlan plan({{Kind::Theme, rare}, {Kind::Column, 40}}, openingOrder, rare);
    EXPECT_EQ(plan.form(0), Form::Exists);
    EXPECT_EQ(plan.form(1), Form::Indexed);
    EXPECT_EQ(plan.driver(), -1);
}

TEST(CaseLogPlan, InOpeningOrderThePeriodNarrowsWhicheverIndexLeads)
{
    const CaseLogPlan plan({{Kind::Period, 10}, {Kind::Column, 5000}}, openingOrder, rare);
    EXPECT_EQ(plan.form(0), Form::Indexed);
    EXPECT_EQ(plan.form(1), Form::Indexed);
}

TEST(CaseLogPlan, InAnotherOrderOnlyARareConditionLeadsAndIsSorted)
{
    const CaseLogPlan rarePeriod({{Kind::Period, 300}, {Kind::Column, rare}}, otherOrder, rare);
    EXPECT_EQ(rarePeriod.form(0), Form::Indexed);
    EXPECT_EQ(rarePeriod.form(1), Form::Probed);

    const CaseLogPlan rareTheme({{Kind::Theme, 9000}, {Kind::Column, rare}}, otherOrder, rare);
    EXPECT_EQ(rareTheme.form(0), Form::Listed);
    EXPECT_EQ(rareTheme.form(1), Form::Probed);
    EXPECT_EQ(rareTheme.driver(), -1) << "a theme's index is in opening order only";

    // All common: the sort column's index is walked and every condition checked per row.
    const CaseLogPlan common({{Kind::Theme, rare}, {Kind::Column, rare}, {Kind::Period, rare}}, otherOrder, rare);
    EXPECT_EQ(common.form(0), Form::Exists);
    EXPECT_EQ(common.form(1), Form::Probed);
    EXPECT_EQ(common.form(2), Form::Probed);
}

TEST(CaseLogPlan, UncountedConditionsAreLeftToTheDatabase)
{
    // PostgreSQL: columns are not counted; its planner knows how rare a value is.
    const CaseLogPlan plan({{Kind::Column, -1}, {Kind::Column, -1}, {Kind::Other, -1}}, otherOrder, rare);
    EXPECT_EQ(plan.form(0), Form::Indexed);
    EXPECT_EQ(plan.form(1), Form::Indexed);
    EXPECT_EQ(plan.form(2), Form::Indexed);
}

TEST(CaseLogPlan, ALoneThemeOrPartyDrivesUncounted)
{
    const CaseLogPlan plan({{Kind::Column, -1}, {Kind::Party, -1}}, openingOrder, rare);
    EXPECT_EQ(plan.form(1), Form::Driver);
    EXPECT_EQ(plan.driver(), 1);
    EXPECT_EQ(plan.form(0), Form::Indexed);
}
