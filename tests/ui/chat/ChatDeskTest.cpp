// SPDX-License-Identifier: GPL-3.0-or-later
// The chat operator's window against a real gateway and a visitor on a real socket.
#include "chat/ChatDesk.h"
#include "CaseUiSupport.h"
#include "ChatTestSupport.h"
#include "FlakyCaseStore.h"
#include "case/CaseWorkspace.h"
#include "chat/ChatConversation.h"
#include "chat/ChatTickets.h"
#include "tree/TreeWalkerPanel.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QJsonArray>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>

using namespace ww;

namespace {

auto withText(const QString &needle)
{
    return [needle](const QJsonObject &frame) { return frame.value(u"text"_qs).toString().contains(needle); };
}

class ChatDeskTest : public ::testing::Test
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
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_desk->client().isReady(); }, 5000));
    }

    test::TemporarySettings m_settings;
    test::GatewayFixture m_gateway;
    FlakyCaseStore m_store{m_gateway.database()}; ///< a plain store until told to fail
    DirectCaseWork m_work{m_store};
    std::unique_ptr<ChatDesk> m_desk;
};

} // namespace

TEST_F(ChatDeskTest, AVisitorIsQueuedAcceptedAndTalkedToWithTheTreeBesideTheChat)
{
    test::TestPeer visitor(m_gateway.port());
    const QJsonObject tree{{u"identity"_qs, test::smallTree()->identity()},
                           {u"path"_qs, QJsonArray{u"danger"_qs, u"caller"_qs, u"theme"_qs}}};
    ASSERT_FALSE(visitor.helloVisitor({}, tree).isEmpty());

    // The queue shows the new chat, with a sound and a flash.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_desk->queueList()->count() == 1; }, 5000));
    EXPECT_EQ(m_desk->alertsGiven(), 1);
    EXPECT_TRUE(m_desk->queueList()->item(0)->text().contains(u"NL"));

    m_desk->acceptSelected();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_desk->tabs()->count() == 1; }, 5000));
    auto *conversation = qobject_cast<ChatConversation *>(m_desk->tabs()->widget(0));
    ASSERT_TRUE(conversation);
    // The agent continues where the visitor stopped on the website, not at the start.
    CaseSession &session = conversation->workspace()->session();
    EXPECT_EQ(session.caseData().channel, Channel::Chat);
    EXPECT_EQ(conversation->workspace()->walkerPanel()->walker().current().id, u"theme");
    EXPECT_EQ(session.caseData().fields.callerRole, u"parent"); // implied by the visitor's answers

    visitor.send(u"message"_qs, u"v1"_qs, {{u"text"_qs, u"Mijn zoon wordt gepest"_qs}});
    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return conversation->transcriptLines().join(u'\n').contains(u"Mijn zoon wordt gepest"); }, 5000));

    // The current question goes to the visitor in their language, with its answers numbered.
    ASSERT_TRUE(conversation->sendTreeText());
    EXPECT_TRUE(visitor.take(u"message"_qs, withText(u"1. Pesten"_qs)).has_value());

    auto *input = conversation->findChild<QPlainTextEdit *>(u"chatInput"_qs);
    input->setFocus();
    QTest::keyClicks(input, u"Sinds wanneer speelt het?"_qs);
    QTest::keyClick(input, Qt::Key_Return); // Enter sends
    EXPECT_TRUE(visitor.take(u"message"_qs, withText(u"Sinds wanneer speelt het?"_qs)).has_value());
    EXPECT_TRUE(input->toPlainText().isEmpty());
    EXPECT_EQ(conversation->transcriptLines().size(), 3);

    visitor.send(u"end"_qs, u"e1"_qs);
    ASSERT_TRUE(QTest::qWaitFor([&] { return conversation->hasEnded(); }, 5000));
    EXPECT_EQ(session.caseData().status, CaseStatus::WrapUp); // the case stays for wrap-up
    EXPECT_FALSE(input->isEnabled());
}

TEST_F(ChatDeskTest, NewChatAlertsCanBeSwitchedOffAndStayOff)
{
    m_desk->findChild<QCheckBox *>(u"chatAlertBox"_qs)->setChecked(false);
    test::TestPeer visitor(m_gateway.port());
    ASSERT_FALSE(visitor.helloVisitor().isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_desk->queueList()->count() == 1; }, 5000));
    EXPECT_EQ(m_desk->alertsGiven(), 0);
    EXPECT_FALSE(QSettings().value(u"chat/alerts"_qs, true).toBool());
}

// Callers with little Dutch: a visitor on the English page is noted as speaking English; the Dutch page
// notes nothing, because a visitor may stay on it and still find Dutch hard.
TEST_F(ChatDeskTest, AVisitorOnTheEnglishPageIsNotedAsSpeakingEnglish)
{
    test::TestPeer english(m_gateway.port());
    ASSERT_FALSE(english.helloVisitor({}, {}, u"en"_qs).isEmpty());
    test::TestPeer dutch(m_gateway.port());
    ASSERT_FALSE(dutch.helloVisitor({}, {}, u"nl"_qs).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_desk->queueList()->count() == 2; }, 5000));

    for (int accepted = 1; accepted <= 2; ++accepted) {
        m_desk->queueList()->setCurrentRow(0);
        m_desk->acceptSelected();
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_desk->tabs()->count() == accepted; }, 5000));
        ASSERT_TRUE(QTest::qWaitFor([&] { return m_desk->queueList()->count() == 2 - accepted; }, 5000));
    }
    QStringList languages;
    for (int tab = 0; tab < 2; ++tab) {
        auto *conversation = qobject_cast<ChatConversation *>(m_desk->tabs()->widget(tab));
        ASSERT_TRUE(conversation);
        const Case &c = conversation->workspace()->session().caseData();
        languages.append(c.fields.callerLanguage);
        EXPECT_EQ(m_store.loadCase(c.id)->fields.callerLanguage, c.fields.callerLanguage) << "saved";
    }
    languages.sort();
    EXPECT_EQ(languages, (QStringList{QString(), u"en"_qs}));
}

TEST_F(ChatDeskTest, AChatWhoseCaseCannotBeReadSaysWhatToDoAndOpensOnceTheDatabaseAnswers)
{
    test::TestPeer visitor(m_gateway.port());
    ASSERT_FALSE(visitor.helloVisitor({}).isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_desk->queueList()->count() == 1; }, 5000));

    m_store.failing = true; // the desk's database is gone; the gateway's is not
    m_desk->acceptSelected();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_desk->statusText().contains(u"cannot be opened"); }, 5000));
    EXPECT_TRUE(m_desk->statusText().contains(u"Check the network connection")) << m_desk->statusText().toStdString();
    EXPECT_TRUE(m_desk->statusText().contains(u"tried again in 5 second")) << m_desk->statusText().toStdString();
    EXPECT_EQ(m_desk->tabs()->count(), 0);

    // Still failing at the first retry: no tab, and it keeps trying.
    QTest::qWait(5500);
    EXPECT_EQ(m_desk->tabs()->count(), 0);
    m_store.failing = false;
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_desk->tabs()->count() == 1; }, 8000));
    auto *conversation = qobject_cast<ChatConversation *>(m_desk->tabs()->widget(0));
    ASSERT_TRUE(conversation);
    EXPECT_EQ(conversation->workspace()->session().caseData().channel, Channel::Chat);
    // Opened once: a later retry does not open a second tab.
    QTest::qWait(500);
    EXPECT_EQ(m_desk->tabs()->count(), 1);
}
