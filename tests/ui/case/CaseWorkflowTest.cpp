// SPDX-License-Identifier: GPL-3.0-or-later
// A day at the desk, by keyboard: open a case, walk the tree, take notes, change referrals, wrap up,
// close, reopen read-only; plan a follow-up and continue it.
#include "CaseUiSupport.h"
#include "case/CaseWorkspace.h"
#include "case/FollowUpDialog.h"
#include "shell/CaseListModel.h"
#include "shell/HomeView.h"
#include "shell/MainWindow.h"
#include "tree/TreeWalkerPanel.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

using namespace ww;

namespace {

class MainWindowCaseWorkflowTest : public test::CaseUiTest
{
protected:
    void SetUp() override
    {
        CaseUiTest::SetUp();
        m_window = std::make_unique<MainWindow>(m_tree, m_directory, m_work, u"agent-a"_qs);
        m_window->setClock(m_clock.clock());
        showActive(m_window.get());
    }
    void TearDown() override { m_window.reset(); }

    CaseWorkspace *workspace() const { return m_window->workspace(); }
    CaseSession &session() const { return workspace()->session(); }
    template<typename T>
    T *inCase(const QString &name) const
    {
        return child<T>(workspace(), name);
    }
    QString checklist() const { return inCase<QLabel>(u"wrapUpChecklist"_qs)->text(); }
    CaseListModel *homeList() const { return m_window->homeView()->model(); }
    bool focusIn(const QWidget *widget) const
    {
        return widget == QApplication::focusWidget() || widget->isAncestorOf(QApplication::focusWidget());
    }
    /// Walks the tree with number keys, as the agent does.
    void walk(std::initializer_list<int> keys)
    {
        ASSERT_TRUE(focusIn(m_window->walkerPanel()));
        for (int key : keys)
            press(key);
    }

    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(MainWindowCaseWorkflowTest, PhoneCaseFromF2ToClosedAndReopenedReadOnly)
{
    // F2: a new phone case, the timer runs, focus is in the tree.
    press(Qt::Key_F2);
    ASSERT_NE(workspace(), nullptr);
    EXPECT_EQ(session().caseData().channel, Channel::Phone);
    EXPECT_EQ(session().caseData().status, CaseStatus::Active);
    EXPECT_TRUE(inCase<QLabel>(u"channelLabel"_qs)->text().contains(u"Phone"));
    m_clock.advance(75);
    EXPECT_TRUE(QTest::qWaitFor([&] { return inCase<QLabel>(u"callTimerLabel"_qs)->text() == u"01:15"; }, 2500));

    // Walk by keys: no danger, a parent, about bullying.
    walk({Qt::Key_2, Qt::Key_2, Qt::Key_1});
    EXPECT_EQ(m_window->walkerPanel()->walker().current().id, u"bullying-help");
    EXPECT_EQ(session().caseData().fields.callerRole, u"parent");

    // Alt+N goes to the note; what is typed is kept after the pause; Ctrl+Return saves it.
    press(Qt::Key_N, Qt::AltModifier);
    ASSERT_TRUE(inCase<QPlainTextEdit>(u"noteEditor"_qs)->hasFocus());
    type(u"Ouder belt over pesten in groep 7"_qs);
    QTest::qWait(CaseSession::DraftSaveDelayMs + 200);
    const QUuid id = session().caseData().id;
    EXPECT_EQ(m_store.draft(id), u"Ouder belt over pesten in groep 7");
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(stored(id).notes.size(), 1);

    // Remove a suggested party with a reason (a kind from the list, then in words), and add another from
    // the directory.
    inCase<QPushButton>(u"removeReferralButton_kindertelefoon"_qs)->setFocus();
    press(Qt::Key_Space);
    ASSERT_TRUE(inCase<QComboBox>(u"removeReasonCategory_kindertelefoon"_qs)->hasFocus());
    press(Qt::Key_Down);
    press(Qt::Key_Tab);
    type(u"Kind wil niet bellen"_qs);
    press(Qt::Key_Return);
    press(Qt::Key_D, Qt::AltModifier);
    ASSERT_TRUE(focusIn(inCase<QComboBox>(u"addPartyCombo"_qs)));
    type(u"Veilig Thuis"_qs);
    press(Qt::Key_G, Qt::AltModifier);
    ASSERT_TRUE(inCase<QComboBox>(u"addReasonCategory"_qs)->hasFocus());
    press(Qt::Key_Down);
    press(Qt::Key_Tab);
    ASSERT_TRUE(inCase<QLineEdit>(u"addReasonEdit"_qs)->hasFocus());
    type(u"Ook geweld thuis genoemd"_qs);
    press(Qt::Key_Return);
    EXPECT_EQ(stored(id).referral(u"kindertelefoon"_qs)->decision, ReferralDecision::Removed);
    EXPECT_EQ(stored(id).referral(u"kindertelefoon"_qs)->reasonCategory, u"already-contacted");
    EXPECT_EQ(stored(id).referral(u"veilig-thuis"_qs)->origin, ReferralOrigin::Added);
    EXPECT_EQ(stored(id).referral(u"veilig-thuis"_qs)->reasonCategory, u"better-fit");

    // F8 ends the call; F9 cannot close yet and says what is missing.
    press(Qt::Key_F8);
    EXPECT_EQ(session().caseData().status, CaseStatus::WrapUp);
    press(Qt::Key_F9);
    EXPECT_EQ(session().caseData().status, CaseStatus::WrapUp);
    EXPECT_TRUE(checklist().contains(u"Choose the type of school.")) << qPrintable(checklist());
    EXPECT_TRUE(checklist().contains(u"Choose how far the caller is in the complaint route."));
    EXPECT_FALSE(checklist().contains(u"Choose who called.")) << "the tree filled that in";
    EXPECT_TRUE(inCase<QComboBox>(u"schoolTypeCombo"_qs)->hasFocus()) << "focus goes to what is missing";

    // Fill the fields by keyboard and close.
    press(Qt::Key_Down);
    press(Qt::Key_R, Qt::AltModifier);
    ASSERT_TRUE(inCase<QComboBox>(u"routeStageCombo"_qs)->hasFocus());
    press(Qt::Key_Down);
    EXPECT_TRUE(checklist().contains(u"Ready to close")) << qPrintable(checklist());
    press(Qt::Key_F9);
    EXPECT_EQ(workspace(), nullptr) << "closing goes back to the home list";
    EXPECT_EQ(stored(id).status, CaseStatus::Closed);

    // The home list shows it; Enter reopens it read-only with its whole history.
    ASSERT_EQ(homeList()->rowCount(), 1);
    EXPECT_EQ(homeList()->summary(0).status, CaseStatus::Closed);
    ASSERT_TRUE(focusIn(m_window->homeView()));
    press(Qt::Key_Return);
    ASSERT_NE(workspace(), nullptr);
    EXPECT_TRUE(workspace()->isReadOnly());
    auto *notes = inCase<QListWidget>(u"notesList"_qs);
    ASSERT_EQ(notes->count(), 1);
    EXPECT_TRUE(notes->item(0)->text().contains(u"Ouder belt over pesten in groep 7"));
    EXPECT_FALSE(inCase<QPlainTextEdit>(u"noteEditor"_qs)->isVisible());
    EXPECT_EQ(m_window->walkerPanel()->walker().current().id, u"bullying-help");
    EXPECT_TRUE(inCase<QToolButton>(u"breadcrumbStep1"_qs)->text().contains(u"Ouder"));
    EXPECT_TRUE(inCase<QLabel>(u"referralState_kindertelefoon"_qs)->text().contains(u"Kind wil niet bellen"));
    EXPECT_TRUE(inCase<QLabel>(u"referralState_veilig-thuis"_qs)->text().contains(u"Ook geweld thuis genoemd"));
    EXPECT_EQ(workspace()->findChild<QPushButton *>(u"removeReferralButton_school-route"_qs), nullptr);
    EXPECT_EQ(inCase<QComboBox>(u"schoolTypeCombo"_qs)->currentData().toString(), u"po");
    press(Qt::Key_2); // number keys change nothing in a closed case
    EXPECT_EQ(m_window->walkerPanel()->walker().current().id, u"bullying-help");
}

TEST_F(MainWindowCaseWorkflowTest, AFollowUpComesFirstWhenDueAndCanBeContinued)
{
    // A call that stays open in the list.
    press(Qt::Key_F2);
    const QUuid active = session().caseData().id;
    press(Qt::Key_Escape);
    ASSERT_EQ(workspace(), nullptr);
    ASSERT_EQ(homeList()->rowCount(), 1);
    EXPECT_EQ(homeList()->summary(0).status, CaseStatus::Active);

    // A call that ends at a white spot and is planned for a follow-up today.
    m_clock.advance(600);
    press(Qt::Key_F2);
    const QUuid later = session().caseData().id;
    walk({Qt::Key_2, Qt::Key_2, Qt::Key_2});
    EXPECT_TRUE(inCase<QWidget>(u"whiteSpotBox"_qs)->isVisible());
    press(Qt::Key_F8);

    bool dialogSeen = false;
    answerNextDialog<FollowUpDialog>(m_window.get(), [&](FollowUpDialog *dialog) {
        dialogSeen = true;
        dialog->findChild<QDateEdit *>(u"followUpDateEdit"_qs)->setDate(m_clock.now.date());
        auto *plan = dialog->findChild<QPushButton *>(u"planFollowUpButton"_qs);
        QTest::mouseClick(plan, Qt::LeftButton); // no instruction yet: refused, and said why
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_TRUE(dialog->findChild<QLabel *>(u"followUpErrorLabel"_qs)->isVisible());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"followUpInstructionEdit"_qs), u"Terugbellen na gesprek"_qs);
        QTest::mouseClick(plan, Qt::LeftButton);
    });
    press(Qt::Key_F10);
    ASSERT_TRUE(dialogSeen);
    // Offscreen there is no window manager to give the window back its activation after a dialog.
    QApplication::setActiveWindow(m_window.get());
    EXPECT_EQ(workspace(), nullptr);
    EXPECT_EQ(stored(later).status, CaseStatus::FollowUp);

    // Due today: first in the list, highlighted, before the older open call.
    ASSERT_EQ(homeList()->rowCount(), 2);
    EXPECT_EQ(homeList()->summary(0).id, later);
    EXPECT_EQ(homeList()->summary(1).id, active);
    EXPECT_TRUE(homeList()->index(0, 0).data(CaseListModel::FollowUpDueRole).toBool());
    EXPECT_EQ(homeList()->index(0, CaseListModel::StatusColumn).data().toString(), u"Follow-up due");
    EXPECT_TRUE(homeList()->index(0, CaseListModel::FollowUpColumn).data().toString().contains(u"Terugbellen"));

    // Open it: read-only until continued; F7 continues it.
    m_window->homeView()->reload(later);
    press(Qt::Key_Return);
    ASSERT_NE(workspace(), nullptr);
    EXPECT_TRUE(workspace()->isReadOnly());
    EXPECT_TRUE(inCase<QPushButton>(u"continueFollowUpButton"_qs)->isVisible());
    press(Qt::Key_F7);
    EXPECT_FALSE(workspace()->isReadOnly());
    EXPECT_EQ(session().caseData().status, CaseStatus::WrapUp);
    EXPECT_TRUE(inCase<QPlainTextEdit>(u"noteEditor"_qs)->isVisible());

    // Complete it: the white spot needs its reason.
    press(Qt::Key_F9);
    EXPECT_TRUE(checklist().contains(u"Write why no party fits")) << qPrintable(checklist());
    EXPECT_TRUE(checklist().contains(u"Choose why no party fits")) << qPrintable(checklist());
    auto *category = inCase<QComboBox>(u"whiteSpotCategoryCombo"_qs);
    category->setFocus();
    press(Qt::Key_Down); // the first reason of the list
    inCase<QLineEdit>(u"whiteSpotReasonEdit"_qs)->setFocus();
    type(u"Vraag over schoolkosten"_qs);
    auto *school = inCase<QComboBox>(u"schoolTypeCombo"_qs);
    school->setCurrentIndex(school->findData(u"vo"_qs));
    auto *route = inCase<QComboBox>(u"routeStageCombo"_qs);
    route->setCurrentIndex(route->findData(u"formal-complaint"_qs));
    press(Qt::Key_F9);
    EXPECT_EQ(workspace(), nullptr) << qPrintable(checklist());
    const Case c = stored(later);
    EXPECT_EQ(c.status, CaseStatus::Closed);
    EXPECT_EQ(c.whiteSpotReason, u"Vraag over schoolkosten");
    EXPECT_EQ(c.whiteSpotCategory, u"outside-school");
    EXPECT_EQ(c.events.at(c.events.size() - 2).kind, u"continued");
}

TEST_F(MainWindowCaseWorkflowTest, ShiftF2OpensAChatCase)
{
    press(Qt::Key_F2, Qt::ShiftModifier);
    ASSERT_NE(workspace(), nullptr);
    EXPECT_EQ(session().caseData().channel, Channel::Chat);
    EXPECT_TRUE(inCase<QLabel>(u"channelLabel"_qs)->text().contains(u"Chat"));
}

TEST_F(MainWindowCaseWorkflowTest, F6HoldsAndResumes)
{
    press(Qt::Key_F2);
    auto *hold = m_window->findChild<QAction *>(u"holdAction"_qs);
    press(Qt::Key_F6);
    EXPECT_TRUE(session().isOnHold());
    EXPECT_TRUE(inCase<QLabel>(u"holdLabel"_qs)->isVisible());
    EXPECT_TRUE(hold->text().contains(u"Resume"));
    m_clock.advance(120);
    press(Qt::Key_F6);
    EXPECT_FALSE(session().isOnHold());
    EXPECT_EQ(session().caseData().holdSeconds, 120);
    press(Qt::Key_F8);
    EXPECT_FALSE(hold->isEnabled()) << "nothing to hold after the call";
}

TEST_F(MainWindowCaseWorkflowTest, F9DuringTheCallSaysToEndItFirst)
{
    press(Qt::Key_F2);
    press(Qt::Key_F9);
    EXPECT_EQ(session().caseData().status, CaseStatus::Active);
    EXPECT_TRUE(inCase<QLabel>(u"wrapUpChecklist"_qs)->isVisible());
    EXPECT_TRUE(checklist().contains(u"End the contact first."));
}

TEST_F(MainWindowCaseWorkflowTest, F4LeavesAnActiveCaseOpenInTheListAndItCarriesOn)
{
    press(Qt::Key_F2);
    walk({Qt::Key_2});
    const QUuid id = session().caseData().id;
    press(Qt::Key_F4);
    ASSERT_EQ(workspace(), nullptr);
    EXPECT_EQ(homeList()->index(0, CaseListModel::StatusColumn).data().toString(), u"In contact");
    press(Qt::Key_Return);
    ASSERT_NE(workspace(), nullptr);
    EXPECT_EQ(session().caseData().id, id);
    EXPECT_FALSE(workspace()->isReadOnly());
    EXPECT_EQ(m_window->walkerPanel()->walker().current().id, u"caller");
    EXPECT_TRUE(focusIn(m_window->walkerPanel()));
    press(Qt::Key_1);
    EXPECT_EQ(stored(id).outcomeNodeId, u"pupil-help");
}

TEST_F(MainWindowCaseWorkflowTest, AContactLeftOnHoldIsStillOnHoldWhenReopened)
{
    press(Qt::Key_F2);
    m_clock.advance(30);
    press(Qt::Key_F6);
    press(Qt::Key_Escape);
    m_clock.advance(300);
    press(Qt::Key_Return);
    ASSERT_NE(workspace(), nullptr);
    EXPECT_TRUE(session().isOnHold());
    EXPECT_TRUE(inCase<QLabel>(u"holdLabel"_qs)->isVisible());
    EXPECT_EQ(session().contactSeconds(), 30) << "time on hold is not contact time";
    press(Qt::Key_F6);
    EXPECT_EQ(session().caseData().holdSeconds, 300);
}
