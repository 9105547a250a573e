// SPDX-License-Identifier: GPL-3.0-or-later
// The walker panel driven as an agent drives it: keys and clicks, offscreen.
#include "tree/TreeWalkerPanel.h"
#include "TestContent.h"
#include "directory/DirectoryLoader.h"
#include "tree/BreadcrumbBar.h"
#include "tree/OutcomeView.h"
#include "tree/TreeLoader.h"
#include "json/JsonFileReader.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace ww;

namespace {

class TreeWalkerPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_panel = std::make_unique<TreeWalkerPanel>(test::smallTree(), test::smallDirectory());
        m_panel->resize(800, 600);
        m_panel->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_panel.get()));
        m_panel->activateWindow();
        m_panel->setFocus();
    }

    QString question() const { return m_panel->findChild<QLabel *>(u"questionLabel"_qs)->text(); }
    QString currentId() const { return m_panel->walker().current().id; }
    QPushButton *option(int number) const
    {
        return m_panel->findChild<QPushButton *>(u"optionButton"_qs + QString::number(number));
    }
    void press(Qt::Key key)
    {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_panel.get(), key);
    }

    std::unique_ptr<TreeWalkerPanel> m_panel;
};

} // namespace

TEST_F(TreeWalkerPanelTest, ShowsTheQuestionWithNumberedNamedOptions)
{
    EXPECT_EQ(question(), u"Is er nu gevaar?");
    ASSERT_NE(option(1), nullptr);
    EXPECT_TRUE(option(1)->text().startsWith(u"1"));
    EXPECT_TRUE(option(1)->text().contains(u"Ja"));
    EXPECT_EQ(option(1)->accessibleName(), u"Ja");
    EXPECT_EQ(option(2)->accessibleName(), u"Nee");
    EXPECT_EQ(option(3), nullptr);
    EXPECT_FALSE(m_panel->findChild<QPushButton *>(u"backButton"_qs)->isEnabled());
    EXPECT_FALSE(m_panel->findChild<OutcomeView *>(u"outcomeView"_qs)->isVisible());
}

TEST_F(TreeWalkerPanelTest, NumberKeysChooseAndBackspaceGoesBack)
{
    QSignalSpy changed(m_panel.get(), &TreeWalkerPanel::walkChanged);
    press(Qt::Key_2);
    EXPECT_EQ(currentId(), u"caller");
    EXPECT_EQ(question(), u"Wie belt er?");
    press(Qt::Key_2);
    EXPECT_EQ(currentId(), u"theme");
    press(Qt::Key_9); // no ninth option: nothing happens
    EXPECT_EQ(currentId(), u"theme");
    press(Qt::Key_Backspace);
    EXPECT_EQ(currentId(), u"caller");
    EXPECT_EQ(changed.count(), 3);
}

TEST_F(TreeWalkerPanelTest, KeypadDigitsChooseToo)
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2, Qt::KeypadModifier);
    EXPECT_EQ(currentId(), u"caller");
}

TEST_F(TreeWalkerPanelTest, ClickingAnOptionChoosesIt)
{
    QTest::mouseClick(option(2), Qt::LeftButton);
    QTest::mouseClick(option(1), Qt::LeftButton);
    EXPECT_EQ(currentId(), u"pupil-help");
}

TEST_F(TreeWalkerPanelTest, ShowsTheAgentNote)
{
    press(Qt::Key_2);
    auto *note = m_panel->findChild<QLabel *>(u"agentNoteLabel"_qs);
    EXPECT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(u"Vraag niet naar namen."));
}

TEST_F(TreeWalkerPanelTest, OutcomeShowsPartiesWithWhatTheyCanAndCannotDo)
{
    press(Qt::Key_2);
    press(Qt::Key_2);
    press(Qt::Key_1);
    ASSERT_EQ(currentId(), u"bullying-help");
    auto *view = m_panel->findChild<OutcomeView *>(u"outcomeView"_qs);
    EXPECT_TRUE(view->isVisible());
    EXPECT_FALSE(m_panel->findChild<QWidget *>(u"optionsBox"_qs)->isVisible());
    const QString text = view->toPlainText();
    EXPECT_TRUE(text.contains(u"De school"));
    EXPECT_TRUE(text.contains(u"Praat eerst met de mentor."));
    EXPECT_TRUE(text.contains(u"Luisteren en maatregelen nemen."));
    EXPECT_TRUE(text.contains(u"Geen bindend oordeel."));
    EXPECT_TRUE(text.contains(u"0800-0432"));
    EXPECT_TRUE(text.contains(u"elke dag 11-21 uur"));
    // Backspace still goes back from the outcome.
    press(Qt::Key_Backspace);
    EXPECT_EQ(currentId(), u"theme");
}

TEST_F(TreeWalkerPanelTest, WhiteSpotAndUrgentOutcomesSaySo)
{
    press(Qt::Key_2);
    press(Qt::Key_2);
    press(Qt::Key_2);
    auto *view = m_panel->findChild<OutcomeView *>(u"outcomeView"_qs);
    EXPECT_TRUE(view->toPlainText().contains(u"White spot")) << qPrintable(view->toPlainText());
    m_panel->restart();
    press(Qt::Key_1);
    EXPECT_TRUE(view->toPlainText().contains(u"Acute danger"));
}

TEST_F(TreeWalkerPanelTest, OutcomeSaysWhichLanguagesArePartlyUnknown)
{
    press(Qt::Key_1);
    ASSERT_EQ(currentId(), u"urgent-help");
    const QString text = m_panel->findChild<OutcomeView *>(u"outcomeView"_qs)->toPlainText();
    // The directory lists Dutch and English for Veilig Thuis, without saying that is all.
    EXPECT_TRUE(
            text.contains(u"Languages: Dutch, English. Other languages or an interpreter: not known; ask the party."))
            << qPrintable(text);
}

TEST_F(TreeWalkerPanelTest, OutcomeNamesAnInterpreterOnlyWhereTheDirectoryDoes)
{
    QByteArray json = test::smallDirectoryJson();
    json.replace(R"("languages": ["nl", "en"])",
                 R"("languages": ["nl", "en"], "interpreter": {"nl": "Vraag om een tolk.", "en": "Ask for one."})");
    const DirectoryLoadResult directory = DirectoryLoader::load(JsonFileReader::readBytes(json, u"d.json"_qs));
    ASSERT_TRUE(directory.ok());
    TreeWalkerPanel panel(test::smallTree(), directory.directory);
    panel.chooseOption(0);
    ASSERT_EQ(panel.walker().current().id, u"urgent-help");
    const QString text = panel.findChild<OutcomeView *>(u"outcomeView"_qs)->toPlainText();
    EXPECT_TRUE(text.contains(u"Languages: Dutch, English. Other languages: not known; ask the party. Interpreter: "
                              u"Vraag om een tolk."))
            << qPrintable(text);
}

TEST_F(TreeWalkerPanelTest, ContentHtmlIsEscaped)
{
    QByteArray json = test::smallTreeJson();
    json.replace("Bel nu 112.", "<b>Bel</b> <img src=x> nu 112.");
    const auto result = TreeLoader::load(JsonFileReader::readBytes(json, u"x.json"_qs), *test::smallDirectory());
    ASSERT_TRUE(result.ok());
    TreeWalkerPanel panel(result.tree, test::smallDirectory());
    panel.chooseOption(0);
    EXPECT_TRUE(panel.findChild<OutcomeView *>(u"outcomeView"_qs)->toPlainText().contains(u"<b>Bel</b> <img src=x>"));
}

TEST_F(TreeWalkerPanelTest, BreadcrumbJumpsBackToAnEarlierQuestion)
{
    press(Qt::Key_2);
    press(Qt::Key_2);
    press(Qt::Key_1);
    auto *firstStep = m_panel->findChild<QToolButton *>(u"breadcrumbStep0"_qs);
    ASSERT_NE(firstStep, nullptr);
    EXPECT_TRUE(firstStep->text().contains(u"Nee"));
    EXPECT_TRUE(firstStep->accessibleName().contains(u"Is er nu gevaar?"));
    ASSERT_NE(m_panel->findChild<QToolButton *>(u"breadcrumbStep2"_qs), nullptr);
    QTest::mouseClick(m_panel->findChild<QToolButton *>(u"breadcrumbStep1"_qs), Qt::LeftButton);
    EXPECT_EQ(currentId(), u"caller");
    EXPECT_EQ(m_panel->walker().path().size(), 2);
    EXPECT_EQ(m_panel->findChild<QToolButton *>(u"breadcrumbStep1"_qs), nullptr);
}

TEST_F(TreeWalkerPanelTest, KeyboardFocusStaysInThePanel)
{
    press(Qt::Key_2);
    EXPECT_TRUE(m_panel->isAncestorOf(QApplication::focusWidget()));
    press(Qt::Key_1);
    EXPECT_TRUE(m_panel->isAncestorOf(QApplication::focusWidget()));
    press(Qt::Key_Backspace);
    press(Qt::Key_2);
    EXPECT_EQ(currentId(), u"theme");
}

TEST_F(TreeWalkerPanelTest, EnglishContentLanguage)
{
    m_panel->setContentLanguage(u"en"_qs);
    EXPECT_EQ(question(), u"Is there danger now?");
    EXPECT_EQ(option(2)->accessibleName(), u"No");
}

TEST_F(TreeWalkerPanelTest, RestartButtonGoesBackToTheStart)
{
    press(Qt::Key_2);
    QTest::mouseClick(m_panel->findChild<QPushButton *>(u"restartButton"_qs), Qt::LeftButton);
    EXPECT_EQ(currentId(), u"danger");
}

TEST_F(TreeWalkerPanelTest, RestoresASavedPathWithoutReportingAChange)
{
    TreeWalker walked(test::smallTree());
    walked.answer(u"no"_qs);
    walked.answer(u"parent"_qs);
    QSignalSpy changed(m_panel.get(), &TreeWalkerPanel::walkChanged);
    EXPECT_TRUE(m_panel->restorePath(walked.path()));
    EXPECT_EQ(currentId(), u"theme");
    EXPECT_EQ(question(), u"Waar gaat het over?");
    EXPECT_NE(m_panel->findChild<QToolButton *>(u"breadcrumbStep1"_qs), nullptr);
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(TreeWalkerPanelTest, ReadOnlyShowsThePathButNothingChangesIt)
{
    press(Qt::Key_2);
    m_panel->setReadOnly(true);
    QSignalSpy changed(m_panel.get(), &TreeWalkerPanel::walkChanged);
    press(Qt::Key_1);
    press(Qt::Key_Backspace);
    EXPECT_FALSE(m_panel->jumpTo(0));
    m_panel->restart();
    EXPECT_EQ(currentId(), u"caller");
    EXPECT_EQ(changed.count(), 0);
    EXPECT_FALSE(option(1)->isEnabled());
    EXPECT_FALSE(m_panel->findChild<QPushButton *>(u"backButton"_qs)->isVisible());
    EXPECT_FALSE(m_panel->findChild<QToolButton *>(u"breadcrumbStep0"_qs)->isEnabled());
}
