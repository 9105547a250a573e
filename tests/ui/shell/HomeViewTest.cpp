// SPDX-License-Identifier: GPL-3.0-or-later
// The home list: due follow-ups first, then open cases, later follow-ups, then recent closed cases.
#include "shell/HomeView.h"
#include "CaseUiSupport.h"
#include "shell/CaseListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace ww;

namespace {

class HomeViewTest : public test::CaseUiTest
{
protected:
    void SetUp() override
    {
        CaseUiTest::SetUp();
        m_view = std::make_unique<HomeView>(m_work, u"agent-a"_qs);
        m_view->model()->setToday([this] { return m_clock.now.date(); });
    }

    /// A case that has reached wrap-up, with a caller role.
    std::unique_ptr<CaseSession> wrappedUp(const QString &callerRole)
    {
        std::unique_ptr<CaseSession> session = startCase();
        CaseFields fields;
        fields.callerRole = callerRole;
        session->setFields(fields);
        session->endContact();
        return session;
    }
    QUuid followUp(int inDays, const QString &instruction)
    {
        std::unique_ptr<CaseSession> session = wrappedUp(u"parent"_qs);
        QString error;
        EXPECT_TRUE(session->scheduleFollowUp(m_clock.now.date().addDays(inDays), instruction, &error));
        return session->caseData().id;
    }
    QUuid closed()
    {
        std::unique_ptr<CaseSession> session = wrappedUp(u"pupil"_qs);
        CaseFields fields = session->caseData().fields;
        fields.schoolType = u"vo"_qs;
        fields.routeStage = u"not-started"_qs;
        fields.themes = {u"bullying"_qs};
        session->setFields(fields);
        session->addReferral(u"kindertelefoon"_qs, u"past"_qs);
        EXPECT_TRUE(session->close());
        return session->caseData().id;
    }

    QTableView *table() const { return child<QTableView>(m_view.get(), u"caseTable"_qs); }
    QString cell(int row, int column) const { return m_view->model()->index(row, column).data().toString(); }

    std::unique_ptr<HomeView> m_view;
};

} // namespace

TEST_F(HomeViewTest, DueFollowUpsComeFirstThenOpenCasesThenRecentOnes)
{
    const QUuid later = followUp(3, u"Later bellen"_qs);
    m_clock.advance(60);
    const QUuid active = startCase()->caseData().id;
    m_clock.advance(60);
    const QUuid done = closed();
    m_clock.advance(60);
    const QUuid due = followUp(0, u"Vandaag terugbellen"_qs);
    CaseSession::start(m_work, m_tree, Channel::Chat, u"agent-b"_qs, m_clock.clock()); // someone else's

    m_view->reload();
    CaseListModel *model = m_view->model();
    ASSERT_EQ(model->rowCount(), 4);
    EXPECT_EQ(model->summary(0).id, due);
    EXPECT_EQ(model->summary(1).id, active);
    EXPECT_EQ(model->summary(2).id, later);
    EXPECT_EQ(model->summary(3).id, done);

    EXPECT_EQ(cell(0, CaseListModel::StatusColumn), u"Follow-up due");
    EXPECT_TRUE(cell(0, CaseListModel::FollowUpColumn).contains(u"Vandaag terugbellen"));
    EXPECT_TRUE(model->index(0, 0).data(CaseListModel::FollowUpDueRole).toBool());
    EXPECT_TRUE(model->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(model->index(2, 0).data(CaseListModel::FollowUpDueRole).toBool());
    EXPECT_EQ(cell(2, CaseListModel::StatusColumn), u"Follow-up");
    EXPECT_EQ(cell(1, CaseListModel::StatusColumn), u"In contact");
    EXPECT_EQ(cell(1, CaseListModel::ChannelColumn), u"Phone");
    EXPECT_EQ(cell(3, CaseListModel::StatusColumn), u"Closed");
    EXPECT_EQ(cell(3, CaseListModel::CallerRoleColumn), u"Pupil");
    EXPECT_TRUE(model->index(3, CaseListModel::CallerRoleColumn)
                        .data(Qt::AccessibleTextRole)
                        .toString()
                        .startsWith(u"Caller: "));
}

TEST_F(HomeViewTest, EnterOpensTheSelectedCase)
{
    startCase();
    m_clock.advance(60);
    const QUuid second = startCase()->caseData().id;
    showActive(m_view.get());
    m_view->reload();
    m_view->focusList();
    QSignalSpy open(m_view.get(), &HomeView::openRequested);
    EXPECT_EQ(m_view->selectedCase(), second) << "the newest open case is selected";
    press(Qt::Key_Return);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().first().toUuid(), second);
}

TEST_F(HomeViewTest, DoubleClickOpensToo)
{
    const QUuid id = startCase()->caseData().id;
    showActive(m_view.get());
    m_view->reload();
    QSignalSpy open(m_view.get(), &HomeView::openRequested);
    const QRect rect = table()->visualRect(m_view->model()->index(0, 1));
    // A double click is a press, a release, then the double click, as a real mouse sends it.
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.first().first().toUuid(), id);
}

TEST_F(HomeViewTest, AFollowUpOffersToContinueIt)
{
    const QUuid id = followUp(0, u"Terugbellen"_qs);
    showActive(m_view.get());
    m_view->reload();
    auto *continueButton = child<QPushButton>(m_view.get(), u"homeContinueFollowUpButton"_qs);
    EXPECT_TRUE(continueButton->isVisible());
    QSignalSpy continued(m_view.get(), &HomeView::continueFollowUpRequested);
    click(continueButton);
    ASSERT_EQ(continued.count(), 1);
    EXPECT_EQ(continued.first().first().toUuid(), id);
}

TEST_F(HomeViewTest, AnEmptyListSaysWhatToDo)
{
    showActive(m_view.get());
    m_view->reload();
    EXPECT_TRUE(child<QLabel>(m_view.get(), u"homeEmptyLabel"_qs)->isVisible());
    EXPECT_FALSE(child<QPushButton>(m_view.get(), u"openCaseButton"_qs)->isEnabled());
    EXPECT_FALSE(table()->accessibleName().isEmpty());
}
