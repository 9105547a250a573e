// SPDX-License-Identifier: GPL-3.0-or-later
// Realistic caller stories walked through the shipped tree, as an agent would answer them, one test per class of
// route that was found missing: each asserts where the caller ends up and which parties they hear about.
#include "Vocabulary.h"
#include "content/ShippedContent.h"
#include "directory/PartyLanguages.h"
#include "tree/TreeWalker.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace ww;

namespace {

class ShippedContentRoutesTest : public ::testing::Test
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

    /// Walks the answers from the start, after "no danger now"; fails the test at an answer that does not exist.
    std::unique_ptr<TreeWalker> walk(const QStringList &answers) const
    {
        auto walker = std::make_unique<TreeWalker>(m_tree);
        for (const QString &answer : QStringList{u"geen-gevaar"_qs} + answers) {
            const TreeNode &node = walker->current();
            EXPECT_TRUE(walker->answer(answer))
                    << "no answer \"" << qPrintable(answer) << "\" at node \"" << qPrintable(node.id) << "\"; it has "
                    << qPrintable(node.optionIds().join(u", "_qs));
        }
        EXPECT_TRUE(walker->atOutcome()) << "the walk stops at question " << qPrintable(walker->current().id);
        return walker;
    }

    static QStringList parties(const TreeNode &outcome)
    {
        QStringList ids;
        for (const TreeReferral &referral : outcome.referrals)
            ids.append(referral.partyId);
        return ids;
    }

    /// Every walk from the start: the answers, and the node each ends at.
    QList<QStringList> allWalks() const
    {
        QList<QStringList> done;
        QList<QStringList> pending{{}};
        while (!pending.isEmpty()) {
            const QStringList answers = pending.takeLast();
            TreeWalker walker(m_tree);
            for (const QString &answer : answers)
                walker.answer(answer);
            if (walker.atOutcome()) {
                done.append(answers);
                continue;
            }
            for (const TreeOption &option : walker.current().options)
                pending.append(answers + QStringList{option.id});
        }
        return done;
    }

    std::shared_ptr<const ReferralDirectory> m_directory;
    std::shared_ptr<const DecisionTree> m_tree;
};

#define EXPECT_REFERS_TO(walker, party) \
    EXPECT_TRUE(parties((walker)->current()).contains(u"" party ""_qs)) \
            << "outcome " << qPrintable((walker)->current().id) << " does not name " << party << "; it names " \
            << qPrintable(parties((walker)->current()).join(u", "_qs))

} // namespace

// Class 1: every caller group, whatever the school type, is asked what happened, so the specialists can follow.
TEST_F(ShippedContentRoutesTest, EveryCallerGroupReachesTheThemeQuestion)
{
    QSet<QString> combinations;
    for (const QStringList &answers : allWalks()) {
        TreeWalker walker(m_tree);
        bool themeQuestion = false;
        for (const QString &answer : answers) {
            qsizetype themeOptions = 0;
            for (const TreeOption &option : walker.current().options)
                themeOptions += option.sets.theme.isEmpty() ? 0 : 1;
            themeQuestion = themeQuestion || themeOptions >= 4;
            walker.answer(answer);
        }
        const CodedAnswers coded = walker.impliedAnswers();
        if (coded.callerRole.isEmpty())
            continue; // acute danger: help first, the caller's group is not asked
        combinations.insert(coded.callerRole + u'/' + coded.schoolType);
        EXPECT_TRUE(themeQuestion) << "a " << qPrintable(coded.callerRole) << " about school type "
                                   << qPrintable(coded.schoolType) << " reaches " << qPrintable(walker.current().id)
                                   << " without being asked what happened";
    }
    EXPECT_TRUE(combinations.contains(u"pupil/mbo"_qs));
    EXPECT_TRUE(combinations.contains(u"staff/mbo"_qs));
}

TEST_F(ShippedContentRoutesTest, AnMboStudentDiscriminatedAtTheInternshipHearsOfTheDiscriminationRoutes)
{
    const auto walker = walk({u"leerling"_qs, u"mbo"_qs, u"discriminatie"_qs});
    EXPECT_REFERS_TO(walker, "job-mbo");
    EXPECT_REFERS_TO(walker, "discriminatie-nl");
    EXPECT_REFERS_TO(walker, "vertrouwensinspecteurs");
    EXPECT_EQ(walker->impliedAnswers().theme, u"discrimination");
    EXPECT_TRUE(walker->current().text.nl.contains(u"stage"_qs)) << qPrintable(walker->current().text.nl);
}

TEST_F(ShippedContentRoutesTest, AParentOfAnMboStudentWhoWasSexuallyAssaultedHearsOfTheSexualViolenceRoutes)
{
    const auto walker = walk({u"ouder"_qs, u"mbo"_qs, u"seksueel"_qs});
    EXPECT_REFERS_TO(walker, "centrum-seksueel-geweld");
    EXPECT_REFERS_TO(walker, "politie");
    EXPECT_REFERS_TO(walker, "job-mbo");
}

TEST_F(ShippedContentRoutesTest, AnMboTeacherThreatenedByAStudentHearsOfPoliceAndSafetyAdvice)
{
    const auto walker = walk({u"medewerker"_qs, u"mbo"_qs, u"geweld"_qs});
    EXPECT_REFERS_TO(walker, "politie");
    EXPECT_REFERS_TO(walker, "school-en-veiligheid");
    EXPECT_REFERS_TO(walker, "aob");
}

// Class 2: a formal complaint (running or finished) keeps the theme's own parties.
TEST_F(ShippedContentRoutesTest, AFormalComplaintKeepsTheThemesSpecialists)
{
    const QHash<QString, QStringList> specialists{
            {u"discrimination"_qs, {u"vertrouwensinspecteurs"_qs, u"discriminatie-nl"_qs}},
            {u"sexual-harassment"_qs, {u"vertrouwensinspecteurs"_qs}},
            {u"boundary-crossing"_qs, {u"vertrouwensinspecteurs"_qs}},
            {u"violence"_qs, {u"vertrouwensinspecteurs"_qs}},
            {u"intimidation"_qs, {u"vertrouwensinspecteurs"_qs}},
            {u"bullying"_qs, {u"vertrouwensinspecteurs"_qs}},
            {u"lgbti-exclusion"_qs, {u"regenboogloket"_qs}},
    };
    int complaints = 0;
    for (const QStringList &answers : allWalks()) {
        TreeWalker walker(m_tree);
        for (const QString &answer : answers)
            walker.answer(answer);
        const CodedAnswers coded = walker.impliedAnswers();
        if (coded.routeStage != u"formal-complaint" && coded.routeStage != u"completed")
            continue;
        ++complaints;
        for (const QString &party : specialists.value(coded.theme)) {
            EXPECT_TRUE(parties(walker.current()).contains(party))
                    << "a " << qPrintable(coded.callerRole) << "'s complaint about " << qPrintable(coded.theme)
                    << " ends at " << qPrintable(walker.current().id) << " without " << qPrintable(party);
        }
    }
    EXPECT_GT(complaints, 20);
}

TEST_F(ShippedContentRoutesTest, APupilWhoseDiscriminationComplaintIsRunningStillHearsOfDiscriminationNl)
{
    const auto walker = walk({u"leerling"_qs, u"middelbaar"_qs, u"discriminatie"_qs, u"klacht"_qs});
    EXPECT_REFERS_TO(walker, "discriminatie-nl");
    EXPECT_REFERS_TO(walker, "vertrouwensinspecteurs");
    EXPECT_REFERS_TO(walker, "schoolbestuur");
}

TEST_F(ShippedContentRoutesTest, AParentWhoseSexualHarassmentComplaintIsRunningHearsOfTheCommitteesAndInspectors)
{
    const auto walker = walk({u"ouder"_qs, u"po"_qs, u"seksueel"_qs, u"leerling"_qs, u"klacht"_qs});
    EXPECT_REFERS_TO(walker, "vertrouwensinspecteurs");
    EXPECT_REFERS_TO(walker, "lkc");
    EXPECT_REFERS_TO(walker, "gcbo");
}

// Class 3: the development plan's agreed support is not given.
TEST_F(ShippedContentRoutesTest, AgreedSupportInTheDevelopmentPlanThatIsNotGivenLeadsToTheGeschillencommissie)
{
    const auto walker = walk({u"ouder"_qs, u"so"_qs, u"passend"_qs, u"opp-niet-uitgevoerd"_qs});
    EXPECT_REFERS_TO(walker, "geschillencommissie-passend-onderwijs");
    EXPECT_REFERS_TO(walker, "school-zelf");
    EXPECT_EQ(walker->impliedAnswers().theme, u"passend-onderwijs");
}

// Class 4: honest expectations when the caller wants the school punished or investigated.
TEST_F(ShippedContentRoutesTest, ACallerWhoWantsTheSchoolPunishedHearsHonestlyWhatCanAndCannotHappen)
{
    for (const QStringList &answers :
         {QStringList{u"ouder"_qs, u"vo"_qs, u"anders"_qs, u"onderzoek-straf"_qs},
          QStringList{u"ouder"_qs, u"po"_qs, u"anders"_qs, u"klacht"_qs, u"onderzoek-straf"_qs},
          QStringList{u"leerling"_qs, u"middelbaar"_qs, u"anders"_qs, u"onderzoek-straf"_qs},
          QStringList{u"anders"_qs, u"vo"_qs, u"onderzoek-straf"_qs}}) {
        const auto walker = walk(answers);
        const TreeNode &outcome = walker->current();
        EXPECT_REFERS_TO(walker, "inspectie-meldpunt");
        EXPECT_REFERS_TO(walker, "schoolbestuur");
        // A court can order a school to act; the other parties advise or use signals.
        EXPECT_TRUE(outcome.text.nl.contains(u"rechter"_qs)) << qPrintable(outcome.id);
        EXPECT_TRUE(outcome.text.en.contains(u"court"_qs)) << qPrintable(outcome.id);
    }
}

TEST_F(ShippedContentRoutesTest, NoTextSaysThatNobodyCanForceTheSchool)
{
    const QStringList overstated{u"niemand kan de school dwingen"_qs, u"geen enkele partij kan de school"_qs,
                                 u"nobody can force the school"_qs, u"no party can force the school"_qs,
                                 u"no one can force the school"_qs};
    for (const TreeNode &node : m_tree->nodes()) {
        QList<const LocalizedText *> texts{&node.text, &node.agentNote};
        for (const TreeReferral &referral : node.referrals)
            texts.append(&referral.script);
        for (const LocalizedText *text : std::as_const(texts)) {
            for (const QString &claim : overstated) {
                EXPECT_FALSE(text->nl.contains(claim, Qt::CaseInsensitive)
                             || text->en.contains(claim, Qt::CaseInsensitive))
                        << qPrintable(node.id) << ": \"" << qPrintable(claim) << "\" overstates it: a court can";
            }
        }
    }
}

// Class 5: where did the violence happen, and was it sexual?
TEST_F(ShippedContentRoutesTest, APupilHitAtHomeIsSentToVeiligThuis)
{
    const auto walker = walk({u"leerling"_qs, u"basisschool"_qs, u"geweld"_qs, u"thuis"_qs});
    EXPECT_REFERS_TO(walker, "veilig-thuis");
}

TEST_F(ShippedContentRoutesTest, AnAssaultOfASexualNatureInTheViolenceBranchLeadsToTheCentrumSeksueelGeweld)
{
    for (const QStringList &answers : {QStringList{u"leerling"_qs, u"middelbaar"_qs, u"geweld"_qs, u"seksueel"_qs},
                                       QStringList{u"ouder"_qs, u"vo"_qs, u"geweld"_qs, u"seksueel"_qs}}) {
        const auto walker = walk(answers);
        EXPECT_REFERS_TO(walker, "centrum-seksueel-geweld");
        EXPECT_REFERS_TO(walker, "politie");
        EXPECT_EQ(walker->impliedAnswers().theme, u"sexual-harassment");
    }
}

TEST_F(ShippedContentRoutesTest, ThreatsOnlineWithNudeImagesGoToHelpwantedFromTheViolenceBranch)
{
    for (const QStringList &answers :
         {QStringList{u"leerling"_qs, u"middelbaar"_qs, u"bedreiging"_qs, u"online-beelden"_qs},
          QStringList{u"ouder"_qs, u"vo"_qs, u"geweld"_qs, u"online-beelden"_qs}}) {
        const auto walker = walk(answers);
        EXPECT_REFERS_TO(walker, "helpwanted");
        EXPECT_REFERS_TO(walker, "politie");
    }
}

TEST_F(ShippedContentRoutesTest, ViolenceOnTheStreetByStrangersGoesToThePolice)
{
    const auto walker = walk({u"ouder"_qs, u"po"_qs, u"geweld"_qs, u"ergens-anders"_qs});
    EXPECT_REFERS_TO(walker, "politie");
    const auto pupil = walk({u"leerling"_qs, u"middelbaar"_qs, u"geweld"_qs, u"ergens-anders"_qs});
    EXPECT_REFERS_TO(pupil, "politie");
}

// Class 6: school leaders and boards asking about their legal duties.
TEST_F(ShippedContentRoutesTest, ASchoolLeaderAskingAboutLegalDutiesHearsThemWithTheRightParties)
{
    const auto walker = walk({u"schoolleider"_qs, u"vo"_qs, u"beleid"_qs, u"plichten"_qs});
    EXPECT_REFERS_TO(walker, "school-en-veiligheid");
    EXPECT_REFERS_TO(walker, "vo-raad");
    EXPECT_REFERS_TO(walker, "po-raad");
    EXPECT_REFERS_TO(walker, "lkc");
    EXPECT_REFERS_TO(walker, "gcbo");
    const QString duties = walker->current().text.nl;
    for (const QString &duty : {u"veiligheidsbeleid"_qs, u"veiligheid van leerlingen"_qs, u"contactpersoon"_qs,
                                u"klachtenregeling"_qs, u"klachtencommissie"_qs})
        EXPECT_TRUE(duties.contains(duty)) << "the duties do not mention " << qPrintable(duty);
}

// Class 7: callers with little Dutch.
TEST_F(ShippedContentRoutesTest, TheAgentLearnsWhatToDoForACallerWithLittleDutch)
{
    // Every call passes the question who is calling: its note for the agent covers language and interpreters.
    const TreeNode *caller = m_tree->node(u"wie-belt"_qs);
    ASSERT_TRUE(caller);
    EXPECT_TRUE(caller->agentNote.nl.contains(u"tolk"_qs)) << qPrintable(caller->agentNote.nl);
    EXPECT_TRUE(caller->agentNote.nl.contains(u"Ctrl+L"_qs));
    EXPECT_TRUE(caller->agentNote.en.contains(u"interpreter"_qs));
}

TEST_F(ShippedContentRoutesTest, TheDirectoryMarksForEveryPartyThatItsOtherLanguagesAreNotKnown)
{
    // The sources name no party's languages: the directory says so explicitly, per party, instead of implying
    // that Dutch is all there is.
    QFile file(ShippedContent::directoryPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonArray parties = QJsonDocument::fromJson(file.readAll()).object().value(u"parties"_qs).toArray();
    ASSERT_FALSE(parties.isEmpty());
    for (const QJsonValue &party : parties) {
        const QJsonObject object = party.toObject();
        EXPECT_TRUE(object.contains(u"languages_complete"_qs)) << qPrintable(object.value(u"id"_qs).toString());
    }
    for (const Party &party : m_directory->parties())
        EXPECT_FALSE(party.languagesComplete) << qPrintable(party.id) << " claims to list all its languages";
}

TEST_F(ShippedContentRoutesTest, ForACallerWithLittleDutchNoPartyIsClaimedToSpeakTheirLanguage)
{
    // What the desk tells the agent per referred party comes from the directory alone: with the shipped
    // directory every other language is "not known", no party "does not" help in one, and none names an
    // interpreter the sources never named.
    for (const Party &party : m_directory->parties()) {
        EXPECT_TRUE(party.interpreter.isEmpty()) << qPrintable(party.id) << " names an interpreter";
        for (const QString &language : Vocabulary::callerLanguages()) {
            if (!PartyLanguages::needsNotice(language))
                continue;
            const PartyLanguages::Support support = PartyLanguages::support(party, language);
            if (language == u"nl-limited")
                EXPECT_EQ(support, PartyLanguages::Support::Known) << qPrintable(party.id) << " speaks Dutch";
            else
                EXPECT_EQ(support, PartyLanguages::Support::NotKnown)
                        << qPrintable(party.id) << ' ' << qPrintable(language);
        }
    }
}
