// SPDX-License-Identifier: GPL-3.0-or-later
// The coded fields: filled by the tree, corrected by the agent, never written back by showing them.
#include "case/CaseFieldsForm.h"
#include "CaseUiSupport.h"

#include "common/CheckList.h"
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>

using namespace ww;

namespace {

class CaseFieldsFormTest : public test::CaseUiTest
{
protected:
    void SetUp() override
    {
        CaseUiTest::SetUp();
        m_session = startCase();
        m_form = std::make_unique<CaseFieldsForm>(*m_session);
        showActive(m_form.get());
    }

    void walk(const QStringList &answers)
    {
        TreeWalker walker(m_tree, m_clock.clock());
        for (const QString &answer : answers)
            ASSERT_TRUE(walker.answer(answer));
        m_session->recordWalk(walker.path());
    }
    QComboBox *combo(const QString &name) const { return child<QComboBox>(m_form.get(), name); }
    CheckList *themes() const { return child<CheckList>(m_form.get(), u"themesList"_qs); }
    QCheckBox *theme(const QString &code) const
    {
        for (int i = 0; i < themes()->count(); ++i) {
            if (themes()->code(i) == code)
                return themes()->box(i);
        }
        return nullptr;
    }
    /// Goes to the theme as the agent does: into the list, then Down until it has the focus.
    void goToTheme(const QString &code)
    {
        themes()->setFocus();
        press(Qt::Key_Home);
        for (int i = 0; i < themes()->count() && QApplication::focusWidget() != theme(code); ++i)
            press(Qt::Key_Down);
        ASSERT_EQ(QApplication::focusWidget(), theme(code));
    }
    const CaseFields &fields() const { return m_session->caseData().fields; }

    std::unique_ptr<CaseSession> m_session;
    std::unique_ptr<CaseFieldsForm> m_form;
};

} // namespace

TEST_F(CaseFieldsFormTest, StartsEmptyWithEveryChoiceAvailable)
{
    EXPECT_EQ(combo(u"callerRoleCombo"_qs)->currentData().toString(), QString());
    EXPECT_EQ(combo(u"callerRoleCombo"_qs)->count(), 1 + Vocabulary::callerRoles().size());
    EXPECT_EQ(combo(u"callerLanguageCombo"_qs)->count(), 1 + Vocabulary::callerLanguages().size());
    EXPECT_EQ(combo(u"callerLanguageCombo"_qs)->currentData().toString(), QString()) << "never assumed";
    EXPECT_EQ(combo(u"schoolTypeCombo"_qs)->count(), 1 + Vocabulary::schoolTypes().size());
    EXPECT_EQ(combo(u"routeStageCombo"_qs)->count(), 1 + Vocabulary::routeStages().size());
    EXPECT_EQ(combo(u"provinceCombo"_qs)->count(), 1 + 12);
    EXPECT_EQ(themes()->count(), Vocabulary::themes().size());
}

TEST_F(CaseFieldsFormTest, TreeAnswersFillTheFields)
{
    walk({u"no"_qs, u"parent"_qs, u"bullying"_qs});
    EXPECT_EQ(combo(u"callerRoleCombo"_qs)->currentData().toString(), u"parent");
    EXPECT_TRUE(theme(u"bullying"_qs)->isChecked());
    EXPECT_FALSE(theme(u"violence"_qs)->isChecked());
}

TEST_F(CaseFieldsFormTest, TheAgentCorrectsByKeyboardAndTheSessionKeepsIt)
{
    walk({u"no"_qs, u"parent"_qs, u"bullying"_qs});
    combo(u"callerRoleCombo"_qs)->setFocus();
    press(Qt::Key_Down); // parent → staff
    EXPECT_EQ(fields().callerRole, u"staff");
    EXPECT_EQ(stored(m_session->caseData().id).fields.callerRole, u"staff");

    goToTheme(u"violence"_qs);
    press(Qt::Key_Space);
    EXPECT_EQ(fields().themes, (QStringList{u"bullying"_qs, u"violence"_qs}));
    goToTheme(u"bullying"_qs);
    press(Qt::Key_Space);
    EXPECT_EQ(fields().themes, QStringList{u"violence"_qs});

    combo(u"provinceCombo"_qs)->setCurrentIndex(combo(u"provinceCombo"_qs)->findData(u"Utrecht"_qs));
    EXPECT_EQ(fields().province, u"Utrecht");
}

// Callers with little Dutch: the agent notes the caller's language with the keyboard, and it is saved.
TEST_F(CaseFieldsFormTest, TheAgentNotesTheCallersLanguageByKeyboardAndItIsSaved)
{
    walk({u"no"_qs, u"parent"_qs, u"bullying"_qs});
    QComboBox *language = combo(u"callerLanguageCombo"_qs);
    EXPECT_EQ(language->accessibleName(), u"Caller's language");
    combo(u"callerRoleCombo"_qs)->setFocus();
    press(Qt::Key_Tab); // right after who called
    ASSERT_TRUE(language->hasFocus());
    press(Qt::Key_Down); // Dutch
    press(Qt::Key_Down); // Dutch, with difficulty
    EXPECT_EQ(fields().callerLanguage, u"nl-limited");
    language->setCurrentIndex(language->findData(u"ti"_qs));
    EXPECT_EQ(language->currentText(), u"Tigrinya");
    EXPECT_EQ(fields().callerLanguage, u"ti");
    EXPECT_EQ(stored(m_session->caseData().id).fields.callerLanguage, u"ti");
    EXPECT_EQ(fields().callerRole, u"parent") << "the other fields stay as they were";

    m_form->setReadOnly(true);
    EXPECT_FALSE(language->isEnabled());
}

TEST_F(CaseFieldsFormTest, ShowingTheSessionDoesNotWriteItBack)
{
    QSignalSpy changes(m_session.get(), &CaseSession::changed);
    walk({u"no"_qs, u"pupil"_qs});
    EXPECT_EQ(changes.count(), 1) << "one walk, one change: the form did not echo it";
}

TEST_F(CaseFieldsFormTest, LabelsLeadToTheirFields)
{
    for (const QString &name : {u"callerRoleCombo"_qs, u"callerLanguageCombo"_qs, u"schoolTypeCombo"_qs,
                                u"routeStageCombo"_qs, u"provinceCombo"_qs, u"themesList"_qs}) {
        auto *label = m_form->findChild<QLabel *>(name + u"Label"_qs);
        ASSERT_NE(label, nullptr) << qPrintable(name);
        // The themes' label leads to the theme Tab leads to.
        EXPECT_EQ(label->buddy(), name == u"themesList" ? themes()->currentBox() : m_form->findChild<QWidget *>(name));
        EXPECT_FALSE(m_form->findChild<QWidget *>(name)->accessibleName().isEmpty());
    }
}

// The themes are one Tab stop, like a list, and each is a real check box for screen readers.
TEST_F(CaseFieldsFormTest, ThemesAreOneTabStopOfCheckBoxes)
{
    for (int i = 0; i < themes()->count(); ++i) {
        EXPECT_TRUE(themes()->box(i)->isCheckable());
        EXPECT_FALSE(themes()->box(i)->accessibleName().isEmpty());
    }
    goToTheme(u"violence"_qs);
    EXPECT_EQ(m_form->findChild<QLabel *>(u"themesListLabel"_qs)->buddy(), theme(u"violence"_qs));
    press(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), combo(u"routeStageCombo"_qs)) << "Tab leaves the list";
    press(Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), theme(u"violence"_qs)) << "and comes back to where it was";
    press(Qt::Key_Backtab);
    EXPECT_EQ(QApplication::focusWidget(), combo(u"schoolTypeCombo"_qs));
}

// Tab goes through the fields as they are laid out, the themes once, and comes round.
TEST_F(CaseFieldsFormTest, TabGoesThroughTheFieldsInOrderAndComesRound)
{
    goToTheme(u"truancy"_qs); // the current theme is not the first any more
    combo(u"callerRoleCombo"_qs)->setFocus();
    QStringList order;
    for (int i = 0; i < 8; ++i) {
        order.append(QApplication::focusWidget()->objectName());
        press(Qt::Key_Tab);
    }
    EXPECT_EQ(order,
              (QStringList{u"callerRoleCombo"_qs, u"callerLanguageCombo"_qs, u"schoolTypeCombo"_qs, u"check_truancy"_qs,
                           u"routeStageCombo"_qs, u"provinceCombo"_qs, u"callerRoleCombo"_qs,
                           u"callerLanguageCombo"_qs}));
}

TEST_F(CaseFieldsFormTest, ReadOnlyFieldsCannotBeChanged)
{
    walk({u"no"_qs, u"parent"_qs, u"bullying"_qs});
    m_form->setReadOnly(true);
    EXPECT_FALSE(combo(u"callerRoleCombo"_qs)->isEnabled());
    goToTheme(u"violence"_qs);
    press(Qt::Key_Space);
    EXPECT_EQ(fields().themes, QStringList{u"bullying"_qs});
    EXPECT_FALSE(theme(u"violence"_qs)->isChecked());
}

TEST_F(CaseFieldsFormTest, AfterAnUrgentOutcomeTheCallerRoleAndSchoolTypeOfferUnknown)
{
    EXPECT_EQ(combo(u"callerRoleCombo"_qs)->itemText(0), u"— choose —");
    walk({u"yes"_qs});
    for (const QString &name : {u"callerRoleCombo"_qs, u"schoolTypeCombo"_qs}) {
        EXPECT_EQ(combo(name)->itemText(0), u"Unknown (urgent contact)") << qPrintable(name);
        EXPECT_TRUE(combo(name)->itemData(0).toString().isEmpty()) << "unknown is stored as not set";
    }
    EXPECT_EQ(combo(u"routeStageCombo"_qs)->itemText(0), u"— choose —") << "the route stage is still asked";
    walk({u"no"_qs});
    EXPECT_EQ(combo(u"callerRoleCombo"_qs)->itemText(0), u"— choose —");
}
