// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/WrapUpRules.h"
#include "TestContent.h"
#include "tree/DecisionTree.h"

#include <gtest/gtest.h>

using namespace ww;

namespace {

Case caseInWrapUp(const QString &outcome)
{
    Case c = Case::open(Channel::Phone, u"agent-a"_qs, u"test-1"_qs, QDateTime::currentDateTimeUtc());
    c.status = CaseStatus::WrapUp;
    c.outcomeNodeId = outcome;
    return c;
}

QStringList fields(const QList<WrapUpIssue> &issues)
{
    QStringList names;
    for (const WrapUpIssue &issue : issues) {
        EXPECT_FALSE(issue.message.isEmpty()) << qPrintable(issue.field);
        names.append(issue.field);
    }
    return names;
}

} // namespace

TEST(WrapUpRules, TheOutcomeKindComesFromTheTreeTheCaseWasWalkedIn)
{
    const auto tree = test::smallTree();
    EXPECT_EQ(WrapUpRules::outcomeKind(caseInWrapUp(u"urgent-help"_qs), tree.get()), OutcomeKind::Urgent);
    EXPECT_EQ(WrapUpRules::outcomeKind(caseInWrapUp(u"pupil-help"_qs), tree.get()), OutcomeKind::Regular);
    EXPECT_EQ(WrapUpRules::outcomeKind(caseInWrapUp(QString()), tree.get()), OutcomeKind::Regular);
    EXPECT_EQ(WrapUpRules::outcomeKind(caseInWrapUp(u"no-such-node"_qs), tree.get()), OutcomeKind::Regular);
    EXPECT_EQ(WrapUpRules::outcomeKind(caseInWrapUp(u"urgent-help"_qs), nullptr), OutcomeKind::Regular);
}

TEST(WrapUpRules, OnlyTheCallerRoleAndSchoolTypeMayBeUnknownAfterAnUrgentOutcome)
{
    const WrapUpRules urgent(OutcomeKind::Urgent);
    const WrapUpRules regular(OutcomeKind::Regular);
    for (const QString &field : {u"callerRole"_qs, u"schoolType"_qs}) {
        EXPECT_EQ(urgent.need(field), WrapUpRules::Need::MayBeUnknown) << qPrintable(field);
        EXPECT_EQ(regular.need(field), WrapUpRules::Need::Required) << qPrintable(field);
    }
    for (const QString &field : {u"contact"_qs, u"themes"_qs, u"routeStage"_qs, u"referrals"_qs,
                                 u"whiteSpotCategory"_qs, u"whiteSpotReason"_qs}) {
        EXPECT_EQ(urgent.need(field), WrapUpRules::Need::Required) << qPrintable(field);
        EXPECT_EQ(regular.need(field), WrapUpRules::Need::Required) << qPrintable(field);
    }
}

TEST(WrapUpRules, TheMissingItemsNameTheFieldsTheOutcomeStillNeeds)
{
    const auto tree = test::smallTree();
    Case urgent = caseInWrapUp(u"urgent-help"_qs);
    EXPECT_EQ(fields(WrapUpRules::forCase(urgent, tree.get()).issues(urgent)),
              (QStringList{u"themes"_qs, u"routeStage"_qs, u"referrals"_qs}));
    urgent.status = CaseStatus::Active;
    EXPECT_EQ(fields(WrapUpRules::forCase(urgent, tree.get()).issues(urgent)).constFirst(), u"contact"_qs)
            << "an urgent contact still ends before it closes";

    const Case regular = caseInWrapUp(u"pupil-help"_qs);
    EXPECT_EQ(fields(WrapUpRules::forCase(regular, tree.get()).issues(regular)),
              (QStringList{u"callerRole"_qs, u"schoolType"_qs, u"themes"_qs, u"routeStage"_qs, u"referrals"_qs}));
}
