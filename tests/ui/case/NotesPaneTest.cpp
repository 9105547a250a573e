// SPDX-License-Identifier: GPL-3.0-or-later
// The notes pane: what is typed is kept as it is typed; saved notes never change.
#include "case/NotesPane.h"
#include "CaseUiSupport.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace ww;

namespace {

class CaseNotesPaneTest : public test::CaseUiTest
{
protected:
    void SetUp() override
    {
        CaseUiTest::SetUp();
        m_session = startCase();
        m_pane = std::make_unique<NotesPane>(*m_session);
        showActive(m_pane.get());
        editor()->setFocus();
    }

    QPlainTextEdit *editor() const { return child<QPlainTextEdit>(m_pane.get(), u"noteEditor"_qs); }
    QListWidget *notes() const { return child<QListWidget>(m_pane.get(), u"notesList"_qs); }
    QUuid caseId() const { return m_session->caseData().id; }

    std::unique_ptr<CaseSession> m_session;
    std::unique_ptr<NotesPane> m_pane;
};

} // namespace

TEST_F(CaseNotesPaneTest, WhatIsTypedIsSavedAfterTheTypingPause)
{
    type(u"Ouder belt over pesten in groep 7"_qs);
    EXPECT_EQ(m_store.draft(caseId()), QString()) << "saved before the pause";
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_store.draft(caseId()) == u"Ouder belt over pesten in groep 7"; },
                                CaseSession::DraftSaveDelayMs * 10));
}

TEST_F(CaseNotesPaneTest, ControlReturnSavesTheNoteAndClearsTheDraft)
{
    type(u"Eerste notitie"_qs);
    QTest::qWait(CaseSession::DraftSaveDelayMs + 100);
    press(Qt::Key_Return, Qt::ControlModifier);
    const Case c = stored(caseId());
    ASSERT_EQ(c.notes.size(), 1);
    EXPECT_EQ(c.notes.first().body, u"Eerste notitie");
    EXPECT_EQ(c.notes.first().author, u"agent-a");
    EXPECT_TRUE(editor()->toPlainText().isEmpty());
    EXPECT_EQ(m_store.draft(caseId()), QString());
    ASSERT_EQ(notes()->count(), 1);
    EXPECT_TRUE(notes()->item(0)->text().contains(u"Eerste notitie"));
    EXPECT_TRUE(notes()->item(0)->text().contains(u"agent-a"));
    EXPECT_TRUE(editor()->hasFocus()) << "the agent types on";
}

TEST_F(CaseNotesPaneTest, AnEmptyNoteIsNotSaved)
{
    type(u"   "_qs);
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(stored(caseId()).notes.isEmpty());
    EXPECT_FALSE(child<QPushButton>(m_pane.get(), u"saveNoteButton"_qs)->isEnabled());
}

TEST_F(CaseNotesPaneTest, ACorrectionIsANewNoteThatPointsAtTheOldOne)
{
    type(u"Leerling zit in groep 6"_qs);
    press(Qt::Key_Return, Qt::ControlModifier);
    notes()->setFocus();
    notes()->setCurrentRow(0);
    click(child<QPushButton>(m_pane.get(), u"correctNoteButton"_qs));
    EXPECT_TRUE(child<QWidget>(m_pane.get(), u"correctionBar"_qs)->isVisible());
    EXPECT_TRUE(editor()->hasFocus());
    type(u"Groep 7, niet groep 6"_qs);
    press(Qt::Key_Return, Qt::ControlModifier);

    const Case c = stored(caseId());
    ASSERT_EQ(c.notes.size(), 2);
    EXPECT_EQ(c.notes.at(0).body, u"Leerling zit in groep 6") << "the first note is never changed";
    EXPECT_EQ(c.notes.at(1).correctsNoteId, c.notes.at(0).id);
    EXPECT_FALSE(child<QWidget>(m_pane.get(), u"correctionBar"_qs)->isVisible());
    EXPECT_TRUE(notes()->item(0)->text().contains(u"corrected at"));
    EXPECT_TRUE(notes()->item(1)->text().contains(u"corrects the note of"));
}

TEST_F(CaseNotesPaneTest, ACancelledCorrectionIsAnOrdinaryNote)
{
    type(u"Een"_qs);
    press(Qt::Key_Return, Qt::ControlModifier);
    notes()->setCurrentRow(0);
    click(child<QPushButton>(m_pane.get(), u"correctNoteButton"_qs));
    click(child<QPushButton>(m_pane.get(), u"cancelCorrectionButton"_qs));
    type(u"Twee"_qs);
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(stored(caseId()).notes.at(1).correctsNoteId.isNull());
}

TEST_F(CaseNotesPaneTest, AReopenedCaseShowsTheDraftThatWasBeingTyped)
{
    type(u"Half getypt"_qs);
    m_pane.reset();
    const QUuid id = caseId();
    m_session.reset(); // the session saves what is pending when it goes
    std::unique_ptr<CaseSession> reopened = test::openCase(m_work, id, u"agent-a"_qs, m_clock.clock());
    NotesPane pane(*reopened);
    EXPECT_EQ(pane.findChild<QPlainTextEdit *>(u"noteEditor"_qs)->toPlainText(), u"Half getypt");
}

TEST_F(CaseNotesPaneTest, TabLeavesTheEditorInsteadOfTypingATab)
{
    type(u"x"_qs);
    press(Qt::Key_Tab);
    EXPECT_FALSE(editor()->hasFocus());
    EXPECT_EQ(editor()->toPlainText(), u"x");
}

TEST_F(CaseNotesPaneTest, ReadOnlyShowsNotesButNoEditor)
{
    type(u"Bewaard"_qs);
    press(Qt::Key_Return, Qt::ControlModifier);
    m_pane->setReadOnly(true);
    EXPECT_FALSE(editor()->isVisible());
    EXPECT_FALSE(child<QPushButton>(m_pane.get(), u"saveNoteButton"_qs)->isVisible());
    EXPECT_FALSE(child<QPushButton>(m_pane.get(), u"correctNoteButton"_qs)->isVisible());
    EXPECT_EQ(notes()->count(), 1);
    EXPECT_FALSE(m_pane->saveNote());
}

TEST_F(CaseNotesPaneTest, LabelsLeadToTheirControls)
{
    EXPECT_EQ(child<QLabel>(m_pane.get(), u"noteEditorLabel"_qs)->buddy(), editor());
    EXPECT_EQ(child<QLabel>(m_pane.get(), u"savedNotesLabel"_qs)->buddy(), notes());
    EXPECT_FALSE(editor()->accessibleName().isEmpty());
    EXPECT_FALSE(notes()->accessibleName().isEmpty());
}
