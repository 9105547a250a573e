// SPDX-License-Identifier: GPL-3.0-or-later
// The content the program ships: valid, complete, and every walk ends in an outcome.
#include "content/ShippedContent.h"
#include "content/TreeLanguageCheck.h"
#include "tree/TreeWalker.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace ww;

namespace {

class ShippedContentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const DirectoryLoadResult directory = ShippedContent::loadDirectory();
        ASSERT_TRUE(directory.ok()) << qPrintable(directory.diagnostics.value(0).toString());
        m_directory = directory.directory;
        const TreeLoadResult tree = ShippedContent::loadTree(*m_directory);
        ASSERT_TRUE(tree.ok()) << qPrintable(tree.diagnostics.value(0).toString());
        m_tree = tree.tree;
    }

    std::shared_ptr<const ReferralDirectory> m_directory;
    std::shared_ptr<const DecisionTree> m_tree;
};

bool hasBothLanguages(const LocalizedText &text)
{
    return !text.nl.isEmpty() && !text.en.isEmpty();
}

} // namespace

TEST_F(ShippedContentTest, EveryPathEndsInAnOutcome)
{
    // Depth-first over every distinct path, with the walker the desktop uses.
    qsizetype paths = 0;
    QSet<QString> outcomesReached;
    QList<QStringList> pending{{}};
    while (!pending.isEmpty()) {
        const QStringList answers = pending.takeLast();
        TreeWalker walker(m_tree);
        for (const QString &answer : answers)
            ASSERT_TRUE(walker.answer(answer));
        const TreeNode &node = walker.current();
        if (node.isOutcome()) {
            ++paths;
            outcomesReached.insert(node.id);
            EXPECT_TRUE(!node.referrals.isEmpty() || node.whiteSpot) << qPrintable(node.id);
            continue;
        }
        ASSERT_FALSE(node.options.isEmpty()) << qPrintable(node.id);
        ASSERT_LT(answers.size(), 30) << "path too long at " << qPrintable(node.id);
        for (const TreeOption &option : node.options)
            pending.append(answers + QStringList{option.id});
    }
    EXPECT_GT(paths, 50);
    qsizetype outcomes = 0;
    for (const TreeNode &node : m_tree->nodes())
        outcomes += node.isOutcome() ? 1 : 0;
    EXPECT_EQ(outcomesReached.size(), outcomes);
}

TEST_F(ShippedContentTest, StartsWithTheCheckForAcuteDanger)
{
    const TreeNode &start = m_tree->startNode();
    bool leadsToUrgentOutcome = false;
    for (const TreeOption &option : start.options)
        leadsToUrgentOutcome |= m_tree->node(option.nextNodeId)->urgent;
    EXPECT_TRUE(leadsToUrgentOutcome) << "the first question must be able to lead straight to urgent help";
}

TEST_F(ShippedContentTest, IsMarkedAsAwaitingReview)
{
    EXPECT_TRUE(m_tree->awaitingReview());
    EXPECT_TRUE(m_directory->awaitingReview());
}

TEST_F(ShippedContentTest, HasAllSixteenPartiesOfTheExpertiseNetwork)
{
    QStringList names;
    for (const Party &party : m_directory->parties()) {
        if (party.kind == u"network")
            names.append(party.name.nl + u' ' + party.alternateName);
    }
    const QStringList expected{u"Ouders"_qs,
                               u"Balans"_qs,
                               u"School & Veiligheid"_qs,
                               u"Ingrado"_qs,
                               u"Inspectie"_qs,
                               u"Kinderombudsman"_qs,
                               u"Onderwijsgeschillen"_qs,
                               u"Regenboogloket"_qs,
                               u"Rutgers"_qs,
                               u"LAKS"_qs,
                               u"COC"_qs,
                               u"PO-Raad"_qs,
                               u"VO-raad"_qs,
                               u"Bijzonder Onderwijs"_qs,
                               u"Kindertelefoon"_qs,
                               u"Onderwijsbond"_qs};
    for (const QString &name : expected) {
        const bool found = std::any_of(names.cbegin(), names.cend(),
                                       [&](const QString &n) { return n.contains(name, Qt::CaseInsensitive); });
        EXPECT_TRUE(found) << "missing network party " << qPrintable(name);
    }
}

TEST_F(ShippedContentTest, EveryPartyIsReferredToAndSaysWhatItCannotDo)
{
    QSet<QString> referred;
    for (const TreeNode &node : m_tree->nodes()) {
        for (const TreeReferral &referral : node.referrals)
            referred.insert(referral.partyId);
    }
    for (const Party &party : m_directory->parties()) {
        EXPECT_TRUE(referred.contains(party.id)) << "party never referred to: " << qPrintable(party.id);
        EXPECT_FALSE(party.cannot.isEmpty()) << qPrintable(party.id);
        EXPECT_TRUE(party.assuredDate.isValid()) << qPrintable(party.id);
    }
}

TEST_F(ShippedContentTest, HasWhiteSpotsAndMboPupilsAndParentsHearOfJob)
{
    int whiteSpots = 0;
    for (const TreeNode &node : m_tree->nodes())
        whiteSpots += node.whiteSpot ? 1 : 0;
    EXPECT_GE(whiteSpots, 2);

    // Mbo is outside this service: whatever happened, a student or parent also hears of JOB.
    int mboOutcomes = 0;
    QList<QStringList> pending{{}};
    while (!pending.isEmpty()) {
        const QStringList answers = pending.takeLast();
        TreeWalker walker(m_tree);
        for (const QString &answer : answers)
            walker.answer(answer);
        const CodedAnswers coded = walker.impliedAnswers();
        if (!walker.atOutcome()) {
            for (const TreeOption &option : walker.current().options)
                pending.append(answers + QStringList{option.id});
            continue;
        }
        if (coded.schoolType != u"mbo" || (coded.callerRole != u"pupil" && coded.callerRole != u"parent"))
            continue;
        ++mboOutcomes;
        bool job = false;
        for (const TreeReferral &referral : walker.current().referrals)
            job |= m_directory->party(referral.partyId)->name.nl.contains(u"JOB");
        EXPECT_TRUE(job) << qPrintable(walker.current().id);
    }
    EXPECT_GE(mboOutcomes, 2);
}

TEST_F(ShippedContentTest, HasNoLanguageWarnings)
{
    // Every remaining warning is explained in the tree itself (languageExceptions) or the text is rewritten.
    const JsonInput input = JsonFileReader::readFile(ShippedContent::treePath());
    const Diagnostics warnings = TreeLanguageCheck().check(*m_tree, input);
    for (const Diagnostic &warning : warnings)
        ADD_FAILURE() << qPrintable(warning.toString());
}

TEST_F(ShippedContentTest, EveryTextHasDutchAndEnglish)
{
    for (const TreeNode &node : m_tree->nodes()) {
        EXPECT_TRUE(hasBothLanguages(node.text)) << qPrintable(node.id);
        for (const TreeOption &option : node.options)
            EXPECT_TRUE(hasBothLanguages(option.label)) << qPrintable(node.id + u'/' + option.id);
        for (const TreeReferral &referral : node.referrals)
            EXPECT_TRUE(hasBothLanguages(referral.script)) << qPrintable(node.id + u'/' + referral.partyId);
    }
    for (const Party &party : m_directory->parties()) {
        EXPECT_TRUE(hasBothLanguages(party.name)) << qPrintable(party.id);
        EXPECT_TRUE(hasBothLanguages(party.description)) << qPrintable(party.id);
    }
}
