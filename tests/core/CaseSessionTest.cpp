// SPDX-License-Identifier: GPL-3.0-or-later
#include "cases/CaseSession.h"
#include "OpenedCase.h"
#include "TestContent.h"
#include "TestDatabase.h"
#include "storage/SqlCaseStore.h"
#include "tree/TreeLoader.h"
#include "json/JsonFileReader.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTest>

using namespace ww;

namespace {

/// Runs against SQLite and PostgreSQL.
class CaseSessionTest : public ::testing::TestWithParam<test::Backend>
{
protected:
    CaseSessionTest()
        : m_db(GetParam())
    { }

    void SetUp() override
    {
        m_store = std::make_unique<SqlCaseStore>(m_db.database());
        m_work = std::make_unique<DirectCaseWork>(*m_store);
        m_session = CaseSession::start(*m_work, test::smallTree(), Channel::Phone, u"agent-a"_qs, clock());
    }

    CaseSession::Clock clock()
    {
        return [this] { return QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC).addSecs(m_seconds); };
    }

    /// Walks the tree with the given answers, as the walker panel reports it.
    void walk(const QStringList &answers)
    {
        TreeWalker walker(m_session->tree(), clock());
        for (const QString &answer : answers)
            ASSERT_TRUE(walker.answer(answer)) << qPrintable(answer);
        m_session->recordWalk(walker.path());
    }

    Case stored() { return *m_store->loadCase(m_session->caseData().id); }

    test::TemporaryDatabase m_db;
    std::unique_ptr<SqlCaseStore> m_store;
    std::unique_ptr<DirectCaseWork> m_work;
    std::unique_ptr<CaseSession> m_session;
    qint64 m_seconds = 0;
};

} // namespace

TEST_P(CaseSessionTest, AWalkFromTheWebsiteIsContinuedOnceAndRecordedAsSuchWithoutTheCode)
{
    TreeWalker walker(m_session->tree(), clock());
    for (const QString &answer : {u"no"_qs, u"parent"_qs, u"bullying"_qs})
        ASSERT_TRUE(walker.answer(answer));
    EXPECT_FALSE(m_session->continueWebsiteWalk({})) << "an empty walk is no walk";
    ASSERT_TRUE(m_session->continueWebsiteWalk(walker.path()));
    const Case saved = stored();
    ASSERT_EQ(saved.steps.size(), 4);
    EXPECT_EQ(saved.steps.constLast().nodeId, u"bullying-help");
    EXPECT_EQ(saved.fields.callerRole, u"parent");
    ASSERT_FALSE(saved.referrals.isEmpty()) << "the outcome's parties are suggested";
    QStringList kinds;
    for (const CaseEvent &event : saved.events) {
        kinds.append(event.kind);
        EXPECT_TRUE(event.detail.isEmpty() || event.kind != u"website-path");
    }
    EXPECT_EQ(kinds, (QStringList{u"opened"_qs, u"website-path"_qs}));
    EXPECT_FALSE(m_session->continueWebsiteWalk(walker.path())) << "only a case not walked yet";
}

TEST_P(CaseSessionTest, StartingSavesAnActiveCaseOnTheCurrentTree)
{
    const Case c = stored();
    EXPECT_EQ(c.status, CaseStatus::Active);
    EXPECT_EQ(c.channel, Channel::Phone);
    EXPECT_EQ(c.owner, u"agent-a");
    EXPECT_EQ(c.treeIdentity, test::smallTree()->identity());
    ASSERT_EQ(c.steps.size(), 1);
    EXPECT_EQ(c.steps.first().nodeId, u"danger");
    EXPECT_EQ(c.events.first().kind, u"opened");
}

TEST_P(CaseSessionTest, TreeAnswersFillTheFieldsTheyImplyAndCorrectionsStick)
{
    walk({u"no"_qs, u"parent"_qs, u"bullying"_qs});
    EXPECT_EQ(stored().fields.callerRole, u"parent");
    EXPECT_EQ(stored().fields.themes, QStringList{u"bullying"_qs});

    CaseFields corrected = m_session->caseData().fields;
    corrected.callerRole = u"staff"_qs;
    corrected.themes.append(u"violence"_qs);
    m_session->setFields(corrected);
    walk({u"no"_qs, u"parent"_qs, u"bullying"_qs}); // same walk: the correction stays
    EXPECT_EQ(stored().fields.callerRole, u"staff");

    walk({u"no"_qs, u"parent"_qs, u"other"_qs}); // another theme replaces only the implied one
    EXPECT_EQ(stored().fields.themes, (QStringList{u"other"_qs, u"violence"_qs}));
}

TEST_P(CaseSessionTest, AnOutcomeSuggestsItsPartiesAndAnotherOutcomeReplacesUntouchedSuggestions)
{
    walk({u"no"_qs, u"parent"_qs, u"bullying"_qs});
    ASSERT_EQ(m_session->caseData().referrals.size(), 2);
    EXPECT_EQ(m_session->caseData().outcomeNodeId, u"bullying-help");
    ASSERT_TRUE(m_session->setWarmHandover(u"school-route"_qs, true));

    walk({u"no"_qs, u"pupil"_qs});
    const Case c = stored();
    QStringList parties;
    for (const CaseReferral &referral : c.referrals)
        parties.append(referral.partyId);
    // school-route was touched (warm hand-over) and stays; kindertelefoon is suggested again.
    EXPECT_EQ(parties, (QStringList{u"school-route"_qs, u"kindertelefoon"_qs}));
}

TEST_P(CaseSessionTest, ChangingASuggestionNeedsAReason)
{
    walk({u"no"_qs, u"parent"_qs, u"bullying"_qs});
    EXPECT_FALSE(m_session->removeReferral(u"kindertelefoon"_qs, u"  "_qs));
    EXPECT_TRUE(m_session->removeReferral(u"kindertelefoon"_qs, u"Ouder wil dit niet."_qs));
    EXPECT_FALSE(m_session->addReferral(u"veilig-thuis"_qs, {}));
    EXPECT_TRUE(m_session->addReferral(u"veilig-thuis"_qs, u"Zorgen over thuis."_qs));
    const Case c = stored();
    ASSERT_EQ(c.referrals.size(), 3);
    EXPECT_EQ(c.referral(u"kindertelefoon"_qs)->decision, ReferralDecision::Removed);
    EXPECT_EQ(c.referral(u"kindertelefoon"_qs)->reason, u"Ouder wil dit niet.");
    EXPECT_EQ(c.referral(u"veilig-thuis"_qs)->origin, ReferralOrigin::Added);
    EXPECT_TRUE(m_session->restoreReferral(u"kindertelefoon"_qs));
    EXPECT_EQ(stored().referral(u"kindertelefoon"_qs)->decision, ReferralDecision::Confirmed);
}

TEST_P(CaseSessionTest, HoldTimeIsLeftOutOfTheContactTime)
{
    m_seconds = 60;
    m_session->toggleHold();
    EXPECT_TRUE(m_session->isOnHold());
    m_seconds = 100;
    EXPECT_EQ(m_session->contactSeconds(), 60);
    m_session->toggleHold();
    m_seconds = 130;
    EXPECT_EQ(m_session->contactSeconds(), 90);
    m_session->endContact();
    m_seconds = 500;
    EXPECT_EQ(m_session->contactSeconds(), 90);
    const Case c = stored();
    EXPECT_EQ(c.status, CaseStatus::WrapUp);
    EXPECT_EQ(c.holdSeconds, 40);
    QStringList kinds;
    for (const CaseEvent &event : c.events)
        kinds.append(event.kind);
    EXPECT_EQ(kinds, (QStringList{u"opened"_qs, u"hold"_qs, u"resumed"_qs, u"contact-ended"_qs}));
}

TEST_P(CaseSessionTest, TheDraftIsSavedShortlyAfterTypingAndANoteIsAppendOnly)
{
    m_session->setDraft(u"Beller is"_qs);
    m_session->setDraft(u"Beller is boos"_qs);
    EXPECT_TRUE(m_store->draft(m_session->caseData().id).isEmpty()); // not on every keystroke
    QTest::qWait(CaseSession::DraftSaveDelayMs + 200);
    EXPECT_EQ(m_store->draft(m_session->caseData().id), u"Beller is boos");

    const std::optional<CaseNote> note = m_session->addNote(m_session->draft());
    ASSERT_TRUE(note.has_value());
    EXPECT_TRUE(m_store->draft(m_session->caseData().id).isEmpty());
    const std::optional<CaseNote> correction = m_session->addNote(u"Beller is teleurgesteld, niet boos."_qs, note->id);
    ASSERT_TRUE(correction.has_value());
    EXPECT_FALSE(m_session->addNote(u"x"_qs, QUuid::createUuid()).has_value()); // correcting an unknown note
    EXPECT_FALSE(m_session->addNote(u"   "_qs).has_value());
    const Case c = stored();
    ASSERT_EQ(c.notes.size(), 2);
    EXPECT_EQ(c.notes.at(0).body, u"Beller is boos");
    EXPECT_EQ(c.notes.at(1).correctsNoteId, note->id);
}

TEST_P(CaseSessionTest, ADraftPendingAtShutdownIsStillSaved)
{
    const QUuid id = m_session->caseData().id;
    m_session->setDraft(u"Laatste woorden"_qs);
    m_session.reset();
    EXPECT_EQ(m_store->draft(id), u"Laatste woorden");
}

TEST_P(CaseSessionTest, WrapUpShowsWhatIsMissingAndClosesOnlyWhenComplete)
{
    EXPECT_FALSE(m_session->close()); // still active
    m_session->endContact();
    QStringList missing;
    for (const WrapUpIssue &issue : m_session->wrapUpIssues())
        missing.append(issue.field);
    EXPECT_EQ(missing,
              (QStringList{u"callerRole"_qs, u"schoolType"_qs, u"themes"_qs, u"routeStage"_qs, u"referrals"_qs}));
    EXPECT_FALSE(m_session->close());

    walk({u"no"_qs, u"parent"_qs, u"bullying"_qs});
    CaseFields fields = m_session->caseData().fields;
    fields.schoolType = u"po"_qs;
    fields.routeStage = u"not-started"_qs;
    m_session->setFields(fields);
    EXPECT_TRUE(m_session->wrapUpIssues().isEmpty());
    ASSERT_TRUE(m_session->close());
    EXPECT_EQ(stored().status, CaseStatus::Closed);
    EXPECT_TRUE(stored().closedAt.isValid());
}

TEST_P(CaseSessionTest, AnUrgentContactClosesWithTheCallerRoleAndSchoolTypeUnknown)
{
    m_session->endContact();
    walk({u"yes"_qs}); // acute danger: the call ends at 112 before anyone asks who calls or which school
    QStringList missing;
    for (const WrapUpIssue &issue : m_session->wrapUpIssues())
        missing.append(issue.field);
    EXPECT_EQ(missing, (QStringList{u"themes"_qs, u"routeStage"_qs})) << "everything else is still asked";
    EXPECT_FALSE(m_session->close());

    CaseFields fields = m_session->caseData().fields;
    fields.themes = {u"violence"_qs};
    fields.routeStage = u"not-started"_qs;
    m_session->setFields(fields);
    EXPECT_TRUE(m_session->wrapUpIssues().isEmpty());
    ASSERT_TRUE(m_session->close());
    const Case saved = stored();
    EXPECT_EQ(saved.status, CaseStatus::Closed);
    EXPECT_TRUE(saved.fields.callerRole.isEmpty());
    EXPECT_TRUE(saved.fields.schoolType.isEmpty());
}

TEST_P(CaseSessionTest, ARegularContactStillNeedsTheCallerRoleAndSchoolType)
{
    m_session->endContact();
    walk({u"no"_qs, u"parent"_qs, u"bullying"_qs});
    CaseFields fields = m_session->caseData().fields;
    fields.callerRole.clear(); // the agent corrected the tree's answer back to "not set"
    fields.routeStage = u"not-started"_qs;
    m_session->setFields(fields);
    QStringList missing;
    for (const WrapUpIssue &issue : m_session->wrapUpIssues())
        missing.append(issue.field);
    EXPECT_EQ(missing, (QStringList{u"callerRole"_qs, u"schoolType"_qs}));
    EXPECT_FALSE(m_session->close());
    EXPECT_EQ(stored().status, CaseStatus::WrapUp);
}

TEST_P(CaseSessionTest, AWhiteSpotNeedsAReasonInsteadOfAReferral)
{
    m_session->endContact();
    walk({u"no"_qs, u"parent"_qs, u"other"_qs});
    CaseFields fields = m_session->caseData().fields;
    fields.schoolType = u"vo"_qs;
    fields.routeStage = u"completed"_qs;
    m_session->setFields(fields);
    ASSERT_EQ(m_session->wrapUpIssues().size(), 2);
    EXPECT_EQ(m_session->wrapUpIssues().at(0).field, u"whiteSpotCategory");
    EXPECT_EQ(m_session->wrapUpIssues().at(1).field, u"whiteSpotReason");
    m_session->setWhiteSpotCategory(u"no-binding-power"_qs);
    ASSERT_EQ(m_session->wrapUpIssues().size(), 1) << "the category for the report, and the agent's own words";
    m_session->setWhiteSpotReason(u"Buiten school, geen commissie bevoegd."_qs);
    EXPECT_TRUE(m_session->close());
    EXPECT_TRUE(stored().whiteSpot);
    EXPECT_EQ(stored().whiteSpotCategory, u"no-binding-power");
}

TEST_P(CaseSessionTest, ChangedReferralsKeepTheirReasonsCategory)
{
    walk({u"no"_qs, u"parent"_qs, u"bullying"_qs});
    ASSERT_TRUE(m_session->removeReferral(u"kindertelefoon"_qs, u"Kind is te jong"_qs, u"does-not-fit"_qs));
    ASSERT_TRUE(m_session->addReferral(u"veilig-thuis"_qs, u"Geweld thuis genoemd"_qs, u"extra-support"_qs));
    EXPECT_EQ(stored().referral(u"kindertelefoon"_qs)->reasonCategory, u"does-not-fit");
    EXPECT_EQ(stored().referral(u"veilig-thuis"_qs)->reasonCategory, u"extra-support");
    ASSERT_TRUE(m_session->restoreReferral(u"kindertelefoon"_qs));
    EXPECT_EQ(stored().referral(u"kindertelefoon"_qs)->reasonCategory, QString()) << "a restored party has no reason";
}

TEST_P(CaseSessionTest, AClosedCaseReopensReadOnlyWithItsHistory)
{
    walk({u"no"_qs, u"pupil"_qs});
    m_session->addNote(u"Leerling belt later terug."_qs);
    m_session->endContact();
    CaseFields fields = m_session->caseData().fields;
    fields.schoolType = u"po"_qs;
    fields.routeStage = u"not-started"_qs;
    fields.themes = {u"bullying"_qs};
    m_session->setFields(fields);
    ASSERT_TRUE(m_session->close());
    const QUuid id = m_session->caseData().id;
    m_session.reset();

    std::unique_ptr<CaseSession> reopened = test::openCase(*m_work, id, u"agent-a"_qs, clock());
    ASSERT_NE(reopened, nullptr);
    EXPECT_TRUE(reopened->isReadOnly());
    EXPECT_EQ(reopened->walkPath().size(), 3);
    EXPECT_EQ(reopened->caseData().notes.size(), 1);
    EXPECT_FALSE(reopened->addNote(u"mag niet"_qs).has_value());
    EXPECT_FALSE(reopened->removeReferral(u"kindertelefoon"_qs, u"x"_qs));
    EXPECT_EQ(test::openCase(*m_work, QUuid::createUuid(), u"agent-a"_qs), nullptr);
}

TEST_P(CaseSessionTest, AReopenedCaseShowsTheTreeItWasWalkedIn)
{
    walk({u"no"_qs, u"pupil"_qs});
    const QUuid id = m_session->caseData().id;
    m_session.reset();
    // The shipped tree changes later: the case still loads the texts it was walked with.
    QByteArray changed = test::smallTreeJson();
    changed.replace("Praat erover.", "Nieuwe tekst.");
    changed.replace("\"version\": \"test-1\"", "\"version\": \"test-2\"");
    const auto newer = TreeLoader::load(JsonFileReader::readBytes(changed, u"n.json"_qs), *test::smallDirectory());
    ASSERT_TRUE(newer.ok());
    m_store->storeTree(*newer.tree);
    const auto reopened = test::openCase(*m_work, id, u"agent-a"_qs);
    EXPECT_EQ(reopened->tree()->version(), u"test-1");
    EXPECT_EQ(reopened->tree()->node(u"pupil-help"_qs)->text.nl, u"Praat erover.");
}

TEST_P(CaseSessionTest, AFollowUpIsPlannedShownAndContinued)
{
    QString error;
    EXPECT_FALSE(m_session->scheduleFollowUp(QDate(2026, 12, 1), u"Bel terug"_qs, &error)); // contact still going
    m_session->endContact();
    EXPECT_FALSE(m_session->scheduleFollowUp(QDate(2026, 11, 27), u"Bel terug"_qs, &error));
    EXPECT_TRUE(error.contains(u"today"));
    EXPECT_FALSE(m_session->scheduleFollowUp(QDate(2026, 12, 1), u""_qs, &error));
    ASSERT_TRUE(m_session->scheduleFollowUp(QDate(2026, 12, 1), u"Bel terug na gesprek met mentor"_qs, &error));
    EXPECT_EQ(stored().status, CaseStatus::FollowUp);
    EXPECT_EQ(m_store->homeList(u"agent-a"_qs, QDate(2026, 12, 1), 5).first().followUpDue(QDate(2026, 12, 1)), true);
    EXPECT_FALSE(m_session->addReferral(u"veilig-thuis"_qs, u"reden"_qs)); // waiting: not editable
    ASSERT_TRUE(m_session->continueFollowUp());
    EXPECT_EQ(stored().status, CaseStatus::WrapUp);
    EXPECT_EQ(stored().events.last().kind, u"continued");
}

INSTANTIATE_TEST_SUITE_P(Backends, CaseSessionTest, ::testing::Values(test::Backend::Sqlite, test::Backend::PostgreSql),
                         [](const auto &param) { return test::backendName(param.param); });
