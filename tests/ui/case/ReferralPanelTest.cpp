// SPDX-License-Identifier: GPL-3.0-or-later
// The referral panel: suggestions from the tree, changes with their reasons, warm hand-overs.
#include "case/ReferralPanel.h"
#include "CaseUiSupport.h"
#include "directory/DirectoryLoader.h"
#include "json/JsonFileReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace ww;

namespace {

class CaseReferralPanelTest : public test::CaseUiTest
{
protected:
    void SetUp() override
    {
        CaseUiTest::SetUp();
        m_session = startCase();
        m_panel = std::make_unique<ReferralPanel>(*m_session, m_directory);
        showActive(m_panel.get());
    }

    void walk(const QStringList &answers)
    {
        TreeWalker walker(m_tree, m_clock.clock());
        for (const QString &answer : answers)
            ASSERT_TRUE(walker.answer(answer));
        m_session->recordWalk(walker.path());
    }
    void walkToBullying() { walk({u"no"_qs, u"parent"_qs, u"bullying"_qs}); }

    template<typename T>
    T *control(const QString &name, const QString &party) const
    {
        return child<T>(m_panel.get(), name + party);
    }
    const CaseReferral *referral(const QString &party) const { return m_session->caseData().referral(party); }

    std::unique_ptr<CaseSession> m_session;
    std::unique_ptr<ReferralPanel> m_panel;
};

} // namespace

TEST_F(CaseReferralPanelTest, BeforeAnAdviceThereAreNoSuggestions)
{
    EXPECT_TRUE(child<QLabel>(m_panel.get(), u"noReferralsLabel"_qs)->isVisible());
    EXPECT_FALSE(child<QWidget>(m_panel.get(), u"whiteSpotBox"_qs)->isVisible());
}

TEST_F(CaseReferralPanelTest, TheOutcomeSuggestsItsParties)
{
    walkToBullying();
    EXPECT_FALSE(child<QLabel>(m_panel.get(), u"noReferralsLabel"_qs)->isVisible());
    EXPECT_EQ(control<QLabel>(u"referralName_"_qs, u"school-route"_qs)->text(), u"De school");
    EXPECT_EQ(control<QLabel>(u"referralName_"_qs, u"kindertelefoon"_qs)->text(), u"De Kindertelefoon");
    EXPECT_TRUE(control<QLabel>(u"referralState_"_qs, u"kindertelefoon"_qs)->text().contains(u"Suggested"));
}

TEST_F(CaseReferralPanelTest, RemovingASuggestionAsksForAReasonInPlace)
{
    walkToBullying();
    click(control<QPushButton>(u"removeReferralButton_"_qs, u"kindertelefoon"_qs));
    QComboBox *category = control<QComboBox>(u"removeReasonCategory_"_qs, u"kindertelefoon"_qs);
    QLineEdit *reason = control<QLineEdit>(u"removeReasonEdit_"_qs, u"kindertelefoon"_qs);
    EXPECT_TRUE(reason->isVisible());
    EXPECT_TRUE(category->hasFocus()) << "first the kind of reason, from the fixed list";
    EXPECT_FALSE(category->accessibleName().isEmpty());

    press(Qt::Key_Tab);
    press(Qt::Key_Return); // no category yet: refused, and said why
    EXPECT_EQ(referral(u"kindertelefoon"_qs)->decision, ReferralDecision::Confirmed);
    EXPECT_TRUE(control<QLabel>(u"removeReasonMessage_"_qs, u"kindertelefoon"_qs)->text().contains(u"Choose why"));
    EXPECT_TRUE(category->hasFocus());
    press(Qt::Key_Down);
    EXPECT_EQ(category->currentData().toString(), u"already-contacted");
    reason->setFocus();

    press(Qt::Key_Return); // no reason in words yet: refused, and said why
    EXPECT_EQ(referral(u"kindertelefoon"_qs)->decision, ReferralDecision::Confirmed);
    EXPECT_TRUE(control<QLabel>(u"removeReasonMessage_"_qs, u"kindertelefoon"_qs)->isVisible());
    EXPECT_TRUE(control<QLabel>(u"removeReasonMessage_"_qs, u"kindertelefoon"_qs)->text().contains(u"Write why"));
    EXPECT_TRUE(reason->hasFocus());

    type(u"Kind is te jong"_qs);
    press(Qt::Key_Return);
    EXPECT_EQ(referral(u"kindertelefoon"_qs)->decision, ReferralDecision::Removed);
    EXPECT_EQ(stored(m_session->caseData().id).referral(u"kindertelefoon"_qs)->reason, u"Kind is te jong");
    EXPECT_EQ(stored(m_session->caseData().id).referral(u"kindertelefoon"_qs)->reasonCategory, u"already-contacted");
    EXPECT_TRUE(control<QLabel>(u"referralState_"_qs, u"kindertelefoon"_qs)->text().contains(u"Kind is te jong"));
    QPushButton *restore = control<QPushButton>(u"restoreReferralButton_"_qs, u"kindertelefoon"_qs);
    EXPECT_TRUE(restore->hasFocus()) << "focus stays with the party";

    QTest::keyClick(restore, Qt::Key_Space);
    EXPECT_EQ(referral(u"kindertelefoon"_qs)->decision, ReferralDecision::Confirmed);
}

TEST_F(CaseReferralPanelTest, EscapeCancelsTheRemoval)
{
    walkToBullying();
    click(control<QPushButton>(u"removeReferralButton_"_qs, u"school-route"_qs));
    type(u"half"_qs);
    press(Qt::Key_Escape);
    EXPECT_FALSE(control<QWidget>(u"removeReasonBox_"_qs, u"school-route"_qs)->isVisible());
    EXPECT_TRUE(control<QPushButton>(u"removeReferralButton_"_qs, u"school-route"_qs)->hasFocus());
    EXPECT_EQ(referral(u"school-route"_qs)->decision, ReferralDecision::Confirmed);
}

TEST_F(CaseReferralPanelTest, AddingAPartyFromTheDirectoryNeedsAReason)
{
    walkToBullying();
    auto *combo = child<QComboBox>(m_panel.get(), u"addPartyCombo"_qs);
    combo->setFocus();
    type(u"Veilig Thuis"_qs);
    click(child<QPushButton>(m_panel.get(), u"addReferralButton"_qs));
    EXPECT_EQ(referral(u"veilig-thuis"_qs), nullptr);
    EXPECT_TRUE(child<QComboBox>(m_panel.get(), u"addReasonCategory"_qs)->hasFocus());
    EXPECT_TRUE(child<QLabel>(m_panel.get(), u"referralMessageLabel"_qs)->text().contains(u"Choose why you add"));
    press(Qt::Key_Down);
    click(child<QPushButton>(m_panel.get(), u"addReferralButton"_qs));
    EXPECT_EQ(referral(u"veilig-thuis"_qs), nullptr);
    EXPECT_TRUE(child<QLineEdit>(m_panel.get(), u"addReasonEdit"_qs)->hasFocus());

    type(u"Geweld thuis genoemd"_qs);
    press(Qt::Key_Return);
    ASSERT_NE(referral(u"veilig-thuis"_qs), nullptr);
    EXPECT_EQ(referral(u"veilig-thuis"_qs)->origin, ReferralOrigin::Added);
    EXPECT_EQ(referral(u"veilig-thuis"_qs)->reason, u"Geweld thuis genoemd");
    EXPECT_EQ(referral(u"veilig-thuis"_qs)->reasonCategory, u"better-fit");
    EXPECT_TRUE(control<QLabel>(u"referralState_"_qs, u"veilig-thuis"_qs)->text().contains(u"Added"));
    EXPECT_TRUE(combo->currentText().isEmpty());
}

TEST_F(CaseReferralPanelTest, AnUnknownPartyCannotBeAdded)
{
    child<QComboBox>(m_panel.get(), u"addPartyCombo"_qs)->setFocus();
    type(u"Niet bestaand"_qs);
    child<QLineEdit>(m_panel.get(), u"addReasonEdit"_qs)->setText(u"reden"_qs);
    click(child<QPushButton>(m_panel.get(), u"addReferralButton"_qs));
    EXPECT_TRUE(m_session->caseData().referrals.isEmpty());
    EXPECT_TRUE(child<QLabel>(m_panel.get(), u"referralMessageLabel"_qs)->text().contains(u"Choose a party"));
}

TEST_F(CaseReferralPanelTest, WarmHandOverIsRecordedPerParty)
{
    walkToBullying();
    QCheckBox *warm = control<QCheckBox>(u"warmHandoverCheck_"_qs, u"school-route"_qs);
    EXPECT_TRUE(warm->accessibleName().contains(u"De school"));
    warm->setFocus();
    press(Qt::Key_Space);
    EXPECT_TRUE(stored(m_session->caseData().id).referral(u"school-route"_qs)->warmHandover);
    EXPECT_FALSE(referral(u"kindertelefoon"_qs)->warmHandover);
    EXPECT_TRUE(control<QCheckBox>(u"warmHandoverCheck_"_qs, u"school-route"_qs)->isChecked());
}

TEST_F(CaseReferralPanelTest, AWhiteSpotAsksWhyNoPartyFits)
{
    walk({u"no"_qs, u"parent"_qs, u"other"_qs});
    auto *reason = child<QLineEdit>(m_panel.get(), u"whiteSpotReasonEdit"_qs);
    auto *category = child<QComboBox>(m_panel.get(), u"whiteSpotCategoryCombo"_qs);
    EXPECT_TRUE(reason->isVisible());
    EXPECT_EQ(child<QLabel>(m_panel.get(), u"whiteSpotReasonLabel"_qs)->buddy(), category);
    category->setFocus();
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    EXPECT_EQ(stored(m_session->caseData().id).whiteSpotCategory, u"no-complaints-body");
    reason->setFocus();
    type(u"Vraag over schoolkosten"_qs);
    EXPECT_TRUE(QTest::qWaitFor(
            [&] { return stored(m_session->caseData().id).whiteSpotReason == u"Vraag over schoolkosten"; }, 3000));
}

TEST_F(CaseReferralPanelTest, ReadOnlyShowsDecisionsWithoutControls)
{
    walkToBullying();
    m_session->removeReferral(u"kindertelefoon"_qs, u"te jong"_qs);
    m_panel->setReadOnly(true);
    EXPECT_EQ(m_panel->findChild<QPushButton *>(u"restoreReferralButton_kindertelefoon"_qs), nullptr);
    EXPECT_EQ(m_panel->findChild<QPushButton *>(u"removeReferralButton_school-route"_qs), nullptr);
    EXPECT_FALSE(control<QCheckBox>(u"warmHandoverCheck_"_qs, u"school-route"_qs)->isEnabled());
    EXPECT_FALSE(child<QWidget>(m_panel.get(), u"addReferralBox"_qs)->isVisible());
    EXPECT_TRUE(control<QLabel>(u"referralState_"_qs, u"kindertelefoon"_qs)->text().contains(u"te jong"));
}

namespace {

void noteLanguage(CaseSession &session, const QString &code)
{
    CaseFields fields = session.caseData().fields;
    fields.callerLanguage = code;
    session.setFields(fields);
}

} // namespace

// Callers with little Dutch: each referred party says what the directory knows of the caller's language,
// "not known" where its list may be incomplete, and never an interpreter nobody named.
TEST_F(CaseReferralPanelTest, ForACallerWithoutDutchEachPartySaysWhatIsKnownOfTheLanguage)
{
    walkToBullying();
    EXPECT_EQ(m_panel->findChild<QLabel *>(u"referralLanguage_kindertelefoon"_qs), nullptr) << "nothing noted";
    EXPECT_FALSE(child<QLabel>(m_panel.get(), u"referralLanguageLabel"_qs)->isVisible());

    noteLanguage(*m_session, u"ar"_qs);
    EXPECT_TRUE(child<QLabel>(m_panel.get(), u"referralLanguageLabel"_qs)->isVisible());
    EXPECT_TRUE(child<QLabel>(m_panel.get(), u"referralLanguageLabel"_qs)->text().contains(u"Arabic"));
    for (const QString &party : {u"school-route"_qs, u"kindertelefoon"_qs}) {
        const QString text = control<QLabel>(u"referralLanguage_"_qs, party)->text();
        EXPECT_TRUE(text.contains(u"Whether it helps callers in Arabic: not known"_qs)) << qPrintable(text);
        EXPECT_TRUE(text.contains(u"Interpreter: not known"_qs)) << qPrintable(text);
        EXPECT_FALSE(text.contains(u"Known to help"_qs)) << qPrintable(text);
        // Read out when tabbing to the party's hand-over box: a label never gets the focus.
        EXPECT_EQ(control<QCheckBox>(u"warmHandoverCheck_"_qs, party)->accessibleDescription(), text);
    }

    // Dutch again: nothing to say.
    noteLanguage(*m_session, u"nl"_qs);
    EXPECT_EQ(m_panel->findChild<QLabel *>(u"referralLanguage_kindertelefoon"_qs), nullptr);
    EXPECT_FALSE(child<QLabel>(m_panel.get(), u"referralLanguageLabel"_qs)->isVisible());
}

TEST_F(CaseReferralPanelTest, AKnownLanguageOrInterpreterIsShownOnlyWhereTheDirectoryListsIt)
{
    // The school lists Arabic and says its list is complete; the Kindertelefoon names how to get an interpreter.
    QByteArray json = test::smallDirectoryJson();
    json.replace(R"("https://school.example"}],
     "languages": ["nl"])",
                 R"("https://school.example"}],
     "languages": ["nl", "ar"], "languages_complete": true)");
    json.replace(R"("conditions": [{"nl": "8 tot 18 jaar."}],)",
                 R"("conditions": [{"nl": "8 tot 18 jaar."}],
     "interpreter": {"nl": "Vraag om een tolk.", "en": "Ask for an interpreter."},)");
    const DirectoryLoadResult loaded = DirectoryLoader::load(JsonFileReader::readBytes(json, u"languages.json"_qs));
    ASSERT_TRUE(loaded.ok());
    m_panel.reset();
    ReferralPanel panel(*m_session, loaded.directory);
    panel.setContentLanguage(u"en"_qs);
    showActive(&panel);
    walkToBullying();

    noteLanguage(*m_session, u"ar"_qs);
    EXPECT_EQ(child<QLabel>(&panel, u"referralLanguage_school-route"_qs)->text(), u"Known to help callers in Arabic.");
    EXPECT_EQ(child<QLabel>(&panel, u"referralLanguage_kindertelefoon"_qs)->text(),
              u"Whether it helps callers in Arabic: not known. Ask the party. Interpreter: Ask for an interpreter.");

    noteLanguage(*m_session, u"tr"_qs); // not on the school's complete list
    EXPECT_EQ(child<QLabel>(&panel, u"referralLanguage_school-route"_qs)->text(),
              u"Does not help callers in Turkish, according to the directory. Interpreter: not known. Ask the party.");

    noteLanguage(*m_session, u"nl-limited"_qs); // Dutch is spoken, but an interpreter may still be needed
    EXPECT_EQ(child<QLabel>(&panel, u"referralLanguage_school-route"_qs)->text(),
              u"Known to help callers in Dutch. Interpreter: not known. Ask the party.");

    noteLanguage(*m_session, u"other"_qs);
    EXPECT_EQ(child<QLabel>(&panel, u"referralLanguage_school-route"_qs)->text(),
              u"Whether it helps callers in their language: not known. Ask the party. "
              u"Interpreter: not known. Ask the party.");
}
