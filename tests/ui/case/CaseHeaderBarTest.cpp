// SPDX-License-Identifier: GPL-3.0-or-later
// The case header: contact time, hold, status and what is missing before closing.
#include "case/CaseHeaderBar.h"
#include "CaseUiSupport.h"

#include <QLabel>
#include <QPushButton>

using namespace ww;

namespace {

class CaseHeaderBarTest : public test::CaseUiTest
{
protected:
    void SetUp() override
    {
        CaseUiTest::SetUp();
        m_session = startCase();
        m_header = std::make_unique<CaseHeaderBar>(*m_session);
        showActive(m_header.get());
    }

    QString timer() const { return child<QLabel>(m_header.get(), u"callTimerLabel"_qs)->text(); }
    QLabel *checklist() const { return child<QLabel>(m_header.get(), u"wrapUpChecklist"_qs); }

    std::unique_ptr<CaseSession> m_session;
    std::unique_ptr<CaseHeaderBar> m_header;
};

} // namespace

TEST_F(CaseHeaderBarTest, TheCallTimerCountsEverySecond)
{
    EXPECT_EQ(timer(), u"00:00");
    EXPECT_TRUE(child<QLabel>(m_header.get(), u"channelLabel"_qs)->text().contains(u"Phone"));
    m_clock.advance(65);
    EXPECT_TRUE(QTest::qWaitFor([&] { return timer() == u"01:05"; }, 2500)) << qPrintable(timer());
}

TEST_F(CaseHeaderBarTest, HoldTimeIsLeftOutAndShown)
{
    m_clock.advance(30);
    m_session->toggleHold();
    EXPECT_TRUE(child<QLabel>(m_header.get(), u"holdLabel"_qs)->isVisible());
    m_clock.advance(100);
    m_session->toggleHold();
    EXPECT_FALSE(child<QLabel>(m_header.get(), u"holdLabel"_qs)->isVisible());
    m_clock.advance(10);
    m_session->endContact();
    EXPECT_EQ(timer(), u"00:40");
    m_clock.advance(600);
    QTest::qWait(1100);
    EXPECT_EQ(timer(), u"00:40") << "the timer stops when the contact ends";
}

TEST_F(CaseHeaderBarTest, WrapUpListsWhatIsMissing)
{
    EXPECT_FALSE(checklist()->isVisible()) << "not during the call";
    m_session->endContact();
    EXPECT_TRUE(checklist()->isVisible());
    EXPECT_TRUE(checklist()->text().contains(u"Choose who called."));
    EXPECT_TRUE(checklist()->text().contains(u"Refer to at least one party"));
    EXPECT_EQ(checklist()->accessibleName(), checklist()->text());

    CaseFields fields;
    fields.callerRole = u"parent"_qs;
    m_session->setFields(fields);
    EXPECT_FALSE(checklist()->text().contains(u"Choose who called."));
}

TEST_F(CaseHeaderBarTest, AFollowUpShowsItsDateInstructionAndContinueButton)
{
    m_session->endContact();
    QString error;
    ASSERT_TRUE(m_session->scheduleFollowUp(m_clock.now.date().addDays(2), u"Terugbellen"_qs, &error));
    EXPECT_TRUE(child<QLabel>(m_header.get(), u"caseStatusLabel"_qs)->text().contains(u"Terugbellen"));
    auto *continueButton = child<QPushButton>(m_header.get(), u"continueFollowUpButton"_qs);
    EXPECT_TRUE(continueButton->isVisible());
    EXPECT_FALSE(checklist()->isVisible());
}
