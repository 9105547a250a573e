// SPDX-License-Identifier: GPL-3.0-or-later
// The case workspace: its panels side by side on one session, read-only cases, failed saves.
#include "case/CaseWorkspace.h"
#include "CaseUiSupport.h"
#include "case/CaseHeaderBar.h"
#include "tree/TreeWalkerPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>

using namespace ww;

namespace {

class CaseWorkspaceTest : public test::CaseUiTest
{
protected:
    std::unique_ptr<CaseWorkspace> show(std::unique_ptr<CaseSession> session)
    {
        auto workspace = std::make_unique<CaseWorkspace>(std::move(session), m_directory, u"nl"_qs);
        showActive(workspace.get());
        return workspace;
    }
    std::unique_ptr<CaseSession> reload(const QUuid &id)
    {
        return test::openCase(m_work, id, u"agent-a"_qs, m_clock.clock());
    }
};

} // namespace

TEST_F(CaseWorkspaceTest, ShowsTheFourPanelsSideBySide)
{
    auto workspace = show(startCase());
    auto *splitter = child<QSplitter>(workspace.get(), u"workspaceSplitter"_qs);
    ASSERT_EQ(splitter->count(), 4);
    EXPECT_EQ(splitter->orientation(), Qt::Horizontal);
    EXPECT_EQ(splitter->widget(0)->objectName(), u"treeWalkerPanel");
    EXPECT_EQ(splitter->widget(1)->objectName(), u"notesPane");
    EXPECT_NE(splitter->widget(2)->findChild<QWidget *>(u"referralPanel"_qs), nullptr);
    EXPECT_NE(splitter->widget(3)->findChild<QWidget *>(u"caseFieldsForm"_qs), nullptr);
    for (int i = 0; i < splitter->count(); ++i)
        EXPECT_GT(splitter->widget(i)->width(), 150) << i;
}

TEST_F(CaseWorkspaceTest, WalkingByKeysFillsTheFieldsAndSuggestsParties)
{
    auto workspace = show(startCase());
    workspace->focusStart();
    press(Qt::Key_2);
    press(Qt::Key_2);
    press(Qt::Key_1);
    const Case c = stored(workspace->session().caseData().id);
    EXPECT_EQ(c.outcomeNodeId, u"bullying-help");
    EXPECT_EQ(c.steps.size(), 4);
    EXPECT_EQ(c.fields.callerRole, u"parent");
    EXPECT_EQ(child<QComboBox>(workspace.get(), u"callerRoleCombo"_qs)->currentData().toString(), u"parent");
    EXPECT_NE(workspace->findChild<QWidget *>(u"referralRow_school-route"_qs), nullptr);
}

TEST_F(CaseWorkspaceTest, AReopenedCaseStandsWhereTheWalkEnded)
{
    std::unique_ptr<CaseSession> session = startCase();
    TreeWalker walker(m_tree, m_clock.clock());
    walker.answer(u"no"_qs);
    walker.answer(u"pupil"_qs);
    session->recordWalk(walker.path());
    const QUuid id = session->caseData().id;
    session.reset();
    auto workspace = show(reload(id));
    EXPECT_EQ(workspace->walkerPanel()->walker().current().id, u"pupil-help");
    EXPECT_EQ(workspace->walkerPanel()->walker().path().size(), 3);
}

TEST_F(CaseWorkspaceTest, TheSplitterIsRemembered)
{
    QList<int> sizes;
    {
        auto workspace = show(startCase());
        auto *splitter = child<QSplitter>(workspace.get(), u"workspaceSplitter"_qs);
        sizes = splitter->sizes();
        std::swap(sizes[0], sizes[3]);
        splitter->setSizes(sizes);
        sizes = splitter->sizes();
    }
    auto workspace = show(startCase());
    EXPECT_EQ(child<QSplitter>(workspace.get(), u"workspaceSplitter"_qs)->sizes(), sizes);
}

TEST_F(CaseWorkspaceTest, AFailedSaveShowsAWarningAndKeepsWhatWasTyped)
{
    auto workspace = show(startCase());
    auto *bar = child<QWidget>(workspace.get(), u"saveWarningBar"_qs);
    EXPECT_FALSE(bar->isVisible());

    m_store.failing = true;
    auto *editor = child<QPlainTextEdit>(workspace.get(), u"noteEditor"_qs);
    editor->setFocus();
    type(u"Belangrijk detail"_qs);
    EXPECT_TRUE(QTest::qWaitFor([&] { return bar->isVisible(); }, 3000));
    // The store cannot reconnect either: the agent is told they are offline and can go on.
    EXPECT_TRUE(child<QLabel>(workspace.get(), u"saveWarningLabel"_qs)->text().startsWith(u"Offline"));
    EXPECT_TRUE(workspace->session().isOffline());
    EXPECT_EQ(editor->toPlainText(), u"Belangrijk detail");
    EXPECT_FALSE(QApplication::activeModalWidget()) << "the warning does not block typing";
    EXPECT_TRUE(editor->hasFocus());

    m_store.failing = false;
    workspace->session().toggleHold(); // the next change saves everything again
    EXPECT_FALSE(bar->isVisible());
    type(u"!"_qs);
    EXPECT_TRUE(QTest::qWaitFor(
            [&] { return m_store.draft(workspace->session().caseData().id) == u"Belangrijk detail!"; }, 3000));
}

TEST_F(CaseWorkspaceTest, ClosingListsWhatIsMissingAndGoesToTheFirstMissingField)
{
    auto workspace = show(startCase());
    workspace->session().endContact();
    child<QPlainTextEdit>(workspace.get(), u"noteEditor"_qs)->setPlainText(u"nog niet bewaard"_qs);
    EXPECT_FALSE(workspace->tryClose());
    const QString missing = child<QLabel>(workspace.get(), u"wrapUpChecklist"_qs)->text();
    EXPECT_TRUE(missing.contains(u"Choose who called.")) << qPrintable(missing);
    EXPECT_TRUE(missing.contains(u"Choose the type of school."));
    EXPECT_TRUE(missing.contains(u"Refer to at least one party"));
    EXPECT_TRUE(missing.contains(u"Save the note you are typing"));
    EXPECT_EQ(QApplication::focusWidget(), workspace->findChild<QWidget *>(u"callerRoleCombo"_qs));
    EXPECT_EQ(workspace->session().caseData().status, CaseStatus::WrapUp);
}

TEST_F(CaseWorkspaceTest, AClosedCaseIsReadOnlyWithItsWholeHistory)
{
    std::unique_ptr<CaseSession> session = startCase();
    TreeWalker walker(m_tree, m_clock.clock());
    for (const QString &answer : {u"no"_qs, u"parent"_qs, u"bullying"_qs})
        walker.answer(answer);
    session->recordWalk(walker.path());
    session->addNote(u"Notitie"_qs);
    session->endContact();
    CaseFields fields = session->caseData().fields;
    fields.schoolType = u"po"_qs;
    fields.routeStage = u"talked-to-school"_qs;
    session->setFields(fields);
    ASSERT_TRUE(session->close());
    const QUuid id = session->caseData().id;
    session.reset();

    auto workspace = show(reload(id));
    EXPECT_TRUE(workspace->isReadOnly());
    EXPECT_TRUE(workspace->walkerPanel()->isReadOnly());
    EXPECT_FALSE(workspace->walkerPanel()->goBack());
    EXPECT_FALSE(child<QPushButton>(workspace.get(), u"backButton"_qs)->isVisible());
    EXPECT_FALSE(child<QPlainTextEdit>(workspace.get(), u"noteEditor"_qs)->isVisible());
    EXPECT_EQ(child<QListWidget>(workspace.get(), u"notesList"_qs)->count(), 1);
    EXPECT_FALSE(child<QComboBox>(workspace.get(), u"schoolTypeCombo"_qs)->isEnabled());
    EXPECT_TRUE(child<QLabel>(workspace.get(), u"caseStatusLabel"_qs)->text().contains(u"read-only"));
    auto *history = child<QListWidget>(workspace.get(), u"caseHistoryList"_qs);
    ASSERT_GE(history->count(), 3);
    EXPECT_TRUE(history->item(0)->text().contains(u"Opened"));
    EXPECT_TRUE(history->item(history->count() - 1)->text().contains(u"Closed"));
    EXPECT_FALSE(workspace->tryClose());
}

TEST_F(CaseWorkspaceTest, TabGoesThroughThePanelsInTheOrderTheyAreSeen)
{
    auto workspace = show(startCase());
    workspace->focusStart();
    press(Qt::Key_2);
    press(Qt::Key_2);
    press(Qt::Key_1); // at an outcome: steps, advice and suggested parties were all made just now
    const QList<std::pair<QString, QWidget *>> panels{
            {u"walker"_qs, workspace->findChild<QWidget *>(u"treeWalkerPanel"_qs)},
            {u"notes"_qs, workspace->findChild<QWidget *>(u"notesPane"_qs)},
            {u"referrals"_qs, workspace->findChild<QWidget *>(u"referralPanel"_qs)},
            {u"fields"_qs, workspace->findChild<QWidget *>(u"caseFieldsForm"_qs)},
            {u"history"_qs, workspace->findChild<QWidget *>(u"caseHistoryList"_qs)},
    };
    QStringList visited;
    QStringList referralControls;
    QWidget *first = QApplication::focusWidget();
    for (int i = 0; i < 80; ++i) {
        QWidget *focused = QApplication::focusWidget();
        for (const auto &[name, panel] : panels) {
            if (focused == panel || panel->isAncestorOf(focused)) {
                if (visited.isEmpty() || visited.constLast() != name)
                    visited.append(name);
                if (name == u"referrals")
                    referralControls.append(focused->objectName());
            }
        }
        press(Qt::Key_Tab);
        if (QApplication::focusWidget() == first)
            break;
    }
    EXPECT_EQ(visited.mid(0, 5), (QStringList{u"walker"_qs, u"notes"_qs, u"referrals"_qs, u"fields"_qs, u"history"_qs}))
            << qPrintable(visited.join(u" → "_qs));
    ASSERT_FALSE(referralControls.isEmpty());
    EXPECT_TRUE(referralControls.first().startsWith(u"warmHandoverCheck_"))
            << qPrintable(referralControls.join(u", "_qs));
    EXPECT_LT(referralControls.indexOf(u"removeReferralButton_kindertelefoon"_qs),
              referralControls.indexOf(u"addPartyCombo"_qs));
}

// Tab and Shift+Tab each come round through the whole case, every control once, the same controls
// both ways (screen-reader users work by Tab alone; the AT-SPI test checks the same on the real desk).
TEST_F(CaseWorkspaceTest, TabAndShiftTabComeRoundThroughEveryControlOnce)
{
    auto workspace = show(startCase());
    workspace->focusStart();
    press(Qt::Key_5);                  // no danger: the question who calls
    workspace->session().endContact(); // wrap-up: the list of what is missing shows too
    QWidget *start = QApplication::focusWidget();
    ASSERT_NE(start, nullptr);
    const auto cycle = [&](Qt::Key key) {
        QStringList passed;
        for (int i = 0; i < 120; ++i) {
            press(key);
            QWidget *now = QApplication::focusWidget();
            if (now == start)
                return passed;
            passed.append(now ? now->objectName() + u'/' + now->accessibleName() : u"nothing"_qs);
        }
        ADD_FAILURE() << "did not come round: " << passed.join(u", "_qs).toStdString();
        return passed;
    };
    const QStringList forward = cycle(Qt::Key_Tab);
    const QStringList backward = cycle(Qt::Key_Backtab);
    EXPECT_EQ(forward.size(), QSet<QString>(forward.begin(), forward.end()).size())
            << forward.join(u", "_qs).toStdString();
    QStringList reversed(backward.rbegin(), backward.rend());
    EXPECT_EQ(forward, reversed);
    // The list of what is missing is at the top of the case, so it is the case's first stop: Tab reaches it
    // coming round from the last control (the history) and goes on from it into the tree.
    const auto checklist = std::find_if(forward.cbegin(), forward.cend(),
                                        [](const QString &stop) { return stop.startsWith(u"wrapUpChecklist/"); });
    ASSERT_NE(checklist, forward.cend()) << forward.join(u", "_qs).toStdString();
    ASSERT_NE(checklist, forward.cbegin());
    EXPECT_TRUE(std::prev(checklist)->startsWith(u"caseHistoryList/")) << forward.join(u", "_qs).toStdString();
}
