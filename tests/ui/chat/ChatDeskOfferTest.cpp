// SPDX-License-Identifier: GPL-3.0-or-later
// The chat desk's offers (routing by availability) against a real gateway and a visitor on a real socket.
#include "CaseUiSupport.h"
#include "ChatTestSupport.h"
#include "chat/ChatDesk.h"
#include "chat/ChatOfferPanel.h"
#include "chat/ChatTickets.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace ww;

namespace {

class ChatDeskOfferTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_gateway.start();
        Database &database = m_gateway.database();
        auto client = std::make_unique<chat::ChatAgentClient>(
                QUrl(u"ws://127.0.0.1:%1"_qs.arg(m_gateway.port())),
                [&database] { return chat::ChatTickets(database).issue(u"agent-a"_qs); });
        m_desk = std::make_unique<ChatDesk>(std::move(client), m_work, u"agent-a"_qs, test::smallDirectory());
        m_desk->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_desk.get()));
        m_desk->activateWindow();
        QApplication::setActiveWindow(m_desk.get());
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_desk->client().isReady(); }, 5000));
    }

    ChatOfferPanel *panel() const { return m_desk->offerPanel(); }
    QWidget *focus() const { return QApplication::focusWidget() ? QApplication::focusWidget() : m_desk.get(); }
    /// A visitor arrives; waits until the desk shows the offer of their chat.
    QUuid offered(test::TestPeer &visitor)
    {
        const QUuid chat = QUuid::fromString(visitor.helloVisitor().value(u"chat"_qs).toString());
        EXPECT_TRUE(QTest::qWaitFor([&] { return panel()->chat() == chat; }, 5000));
        return chat;
    }

    test::TemporarySettings m_settings;
    test::GatewayFixture m_gateway;
    SqlCaseStore m_store{m_gateway.database()};
    DirectCaseWork m_work{m_store};
    std::unique_ptr<ChatDesk> m_desk;
};

} // namespace

TEST_F(ChatDeskOfferTest, AnOfferShowsItsCountdownIsAnnouncedAndIsAcceptedWithOneShortcut)
{
    test::TestPeer visitor(m_gateway.port());
    const QUuid chat = offered(visitor);
    EXPECT_TRUE(panel()->isVisible());
    EXPECT_FALSE(panel()->accessibleName().isEmpty());
    EXPECT_TRUE(panel()->accessibleDescription().contains(u"NL"));
    const auto *countdown = panel()->findChild<QLabel *>(u"chatOfferCountdown"_qs);
    EXPECT_TRUE(countdown->text().contains(u"20"_qs) || countdown->text().contains(u"19"_qs))
            << qPrintable(countdown->text());
    // Screen readers hear it from the status line, with how to answer; the focus stays where it was.
    EXPECT_TRUE(m_desk->statusText().contains(u"Ctrl+Shift+Enter"_qs)) << qPrintable(m_desk->statusText());
    EXPECT_NE(QApplication::focusWidget(), panel()->findChild<QPushButton *>(u"acceptOfferButton"_qs));
    for (const auto *button : panel()->findChildren<QPushButton *>())
        EXPECT_FALSE(button->accessibleName().isEmpty());

    QTest::keyClick(focus(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_desk->tabs()->count() == 1; }, 5000));
    EXPECT_FALSE(panel()->isVisible());
    EXPECT_TRUE(panel()->chat().isNull());
    EXPECT_EQ(m_gateway.gateway().router().openOffers(), 0);
    EXPECT_EQ(m_gateway.gateway().roster().agent(u"agent-a"_qs)->openChats, 1);
    (void)chat;
}

TEST_F(ChatDeskOfferTest, EnterOnThePanelAcceptsAndTheDeclineShortcutPassesTheChatOn)
{
    test::TestPeer first(m_gateway.port());
    const QUuid declined = offered(first);
    QTest::keyClick(focus(), Qt::Key_Backspace, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_gateway.gateway().router().openOffers() == 0; }, 3000));
    EXPECT_FALSE(panel()->isVisible());
    EXPECT_TRUE(m_desk->statusText().contains(u"Declined"_qs));

    test::TestPeer second(m_gateway.port());
    const QUuid chat = offered(second);
    EXPECT_NE(chat, declined); // the declined chat is not offered to this agent again soon
    auto *accept = panel()->findChild<QPushButton *>(u"acceptOfferButton"_qs);
    accept->setFocus(); // Tab reaches the panel; Enter there accepts
    QTest::keyClick(accept, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_desk->tabs()->count() == 1; }, 5000));
}

TEST_F(ChatDeskOfferTest, TheDesksStatusGoesToTheGatewayAndABreakWithdrawsTheOffer)
{
    test::TestPeer visitor(m_gateway.port());
    offered(visitor);

    m_desk->setAgentState(AgentState::Break);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !panel()->isVisible(); }, 3000));
    EXPECT_EQ(m_gateway.gateway().roster().agent(u"agent-a"_qs)->state, AgentState::Break);
    EXPECT_TRUE(m_desk->statusText().contains(u"no longer offered"_qs)) << qPrintable(m_desk->statusText());
    EXPECT_FALSE(panel()->acceptAction()->isEnabled());

    // Accepting from the queue by hand is refused while on a break, and says why.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_desk->queueList()->count() == 1; }, 3000));
    m_desk->acceptSelected();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_desk->statusText().contains(u"available"_qs); }, 3000));
    EXPECT_EQ(m_desk->tabs()->count(), 0);

    m_desk->setAgentState(AgentState::Available);
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel()->isVisible(); }, 3000));
}
