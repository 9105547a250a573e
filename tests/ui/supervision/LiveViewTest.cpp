// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisors' live view window: its tables, alerts, wall-screen mode, and a real gateway behind it.
#include "supervision/LiveView.h"
#include "ChatTestSupport.h"
#include "StorageWaits.h"
#include "chat/ChatTickets.h"
#include "chat/FloorClient.h"
#include "common/DeskPalette.h"
#include "supervision/LiveAgentsModel.h"
#include "supervision/LiveQueueModel.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace ww;
using namespace ww::chat;

namespace {

FloorSnapshot floorOf(QList<FloorSnapshot::Agent> agents, QList<FloorSnapshot::Queued> queue = {},
                      QList<FloorAlert> alerts = {})
{
    FloorSnapshot floor;
    floor.agents = std::move(agents);
    floor.queue = std::move(queue);
    floor.alerts = std::move(alerts);
    floor.thresholds = {180, 120};
    return floor;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

class LiveViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_view = std::make_unique<LiveView>(nullptr, nullptr);
        m_view->setClock([this] { return m_nowMs; });
        m_view->resize(900, 600);
        m_view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get())); // its shortcuts (F11, Esc) need it
    }

    qint64 m_nowMs = 1'000'000;
    std::unique_ptr<LiveView> m_view;
};

} // namespace

TEST_F(LiveViewTest, TheAgentsTableShowsStatesInWordsAndColourAndTimeCountingUpWithoutAnnouncingIt)
{
    m_view->showFloor(floorOf({{u"joost"_qs, u"wrap-up"_qs, 95, 0, 3, false},
                               {u"maria"_qs, u"in-chat"_qs, 35, 2, 3, false},
                               {u"sanne"_qs, u"available"_qs, 3700, 0, 3, true}}));
    const QAbstractItemModel *model = m_view->findChild<QTableView *>(u"liveAgents"_qs)->model();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(cell(model, 0, LiveAgentsModel::Name), u"joost"_qs);
    EXPECT_EQ(cell(model, 0, LiveAgentsModel::State), u"Wrap-up"_qs);
    EXPECT_EQ(cell(model, 1, LiveAgentsModel::State), u"In chat"_qs);
    EXPECT_EQ(cell(model, 1, LiveAgentsModel::Chats), u"2 of 3"_qs);
    EXPECT_EQ(cell(model, 2, LiveAgentsModel::Name), u"sanne (supervisor)"_qs);
    EXPECT_EQ(cell(model, 0, LiveAgentsModel::TimeInState), u"1:35"_qs);
    EXPECT_EQ(cell(model, 2, LiveAgentsModel::TimeInState), u"1:01:40"_qs);
    EXPECT_EQ(cell(model, 0, LiveAgentsModel::OpenCases), u"not known"_qs);
    // A colour beside the words, a different one per state.
    const QPixmap wrapUp = model->index(0, LiveAgentsModel::State).data(Qt::DecorationRole).value<QPixmap>();
    const QPixmap inChat = model->index(1, LiveAgentsModel::State).data(Qt::DecorationRole).value<QPixmap>();
    ASSERT_FALSE(wrapUp.isNull());
    EXPECT_NE(wrapUp.toImage().pixelColor(2, 2), inChat.toImage().pixelColor(2, 2));

    // Two seconds later the times have counted up, and the model told nobody (no announcement each second).
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    m_nowMs += 2000;
    QTest::qWait(1100);
    EXPECT_EQ(cell(model, 0, LiveAgentsModel::TimeInState), u"1:37"_qs);
    EXPECT_EQ(cell(model, 1, LiveAgentsModel::TimeInState), u"0:37"_qs);
    EXPECT_EQ(changes.size(), 0);
    EXPECT_EQ(resets.size(), 0);

    // The next floor: only the row whose state changed is announced as changed.
    m_view->showFloor(floorOf({{u"joost"_qs, u"available"_qs, 0, 0, 3, false},
                               {u"maria"_qs, u"in-chat"_qs, 37, 2, 3, false},
                               {u"sanne"_qs, u"available"_qs, 3702, 0, 3, true}}));
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.at(0).at(0).toModelIndex().row(), 0);
    EXPECT_EQ(cell(model, 0, LiveAgentsModel::TimeInState), u"0:00"_qs);
}

TEST_F(LiveViewTest, TheQueueShowsWaitingTimeAndLanguageAndSaysWhenTooLong)
{
    const QUuid old = QUuid::createUuid();
    const QUuid fresh = QUuid::createUuid();
    m_view->showFloor(floorOf({}, {{old, 130, u"nl"_qs}, {fresh, 10, u"en"_qs}}));
    const QAbstractItemModel *model = m_view->findChild<QTableView *>(u"liveQueue"_qs)->model();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(cell(model, 0, LiveQueueModel::Waiting), u"2:10 (too long)"_qs);
    EXPECT_EQ(cell(model, 0, LiveQueueModel::Language), u"Dutch"_qs);
    EXPECT_EQ(cell(model, 0, LiveQueueModel::Chat), old.toString(QUuid::WithoutBraces).left(8));
    EXPECT_EQ(cell(model, 1, LiveQueueModel::Waiting), u"0:10"_qs);
    EXPECT_EQ(cell(model, 1, LiveQueueModel::Language), u"English"_qs);
}

TEST_F(LiveViewTest, AlertsAreAtTheTopAndAnnouncedWhenTheyCome)
{
    QSignalSpy announced(m_view.get(), &LiveView::alertsAnnounced);
    m_view->showFloor(floorOf({}));
    EXPECT_TRUE(m_view->alertText().isEmpty());
    EXPECT_FALSE(m_view->findChild<QLabel *>(u"liveAlerts"_qs)->isVisible());
    EXPECT_EQ(announced.size(), 0);

    const QUuid chat = QUuid::createUuid();
    const QList<FloorAlert> alerts{{FloorAlert::Kind::NobodyAvailable, {}, {}, 0, 2},
                                   {FloorAlert::Kind::WrapUpOver, u"joost"_qs, {}, 240, 0},
                                   {FloorAlert::Kind::ChatWaitingLong, {}, chat, 130, 0}};
    m_view->showFloor(floorOf({}, {}, alerts));
    EXPECT_TRUE(m_view->findChild<QLabel *>(u"liveAlerts"_qs)->isVisible());
    const QString text = m_view->alertText();
    EXPECT_TRUE(text.contains(u"Nobody is available while 2 chat(s) wait."_qs)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"joost is in wrap-up longer than 3:00."_qs)) << text.toStdString();
    EXPECT_TRUE(
            text.contains(u"Chat %1 has waited longer than 2:00."_qs.arg(chat.toString(QUuid::WithoutBraces).left(8))));
    EXPECT_EQ(announced.size(), 1);

    // The same alerts with more seconds: the same words, not announced again.
    QList<FloorAlert> later = alerts;
    later[1].seconds = 245;
    later[2].seconds = 135;
    m_view->showFloor(floorOf({}, {}, later));
    EXPECT_EQ(m_view->alertText(), text);
    EXPECT_EQ(announced.size(), 1);
    // One alert goes: nothing new to announce; one comes back: announced.
    m_view->showFloor(floorOf({}, {}, {alerts.at(0)}));
    EXPECT_EQ(announced.size(), 1);
    m_view->showFloor(floorOf({}, {}, alerts));
    EXPECT_EQ(announced.size(), 2);
}

TEST_F(LiveViewTest, WallScreenIsFullScreenLargeTypeHighContrastAndEscLeavesIt)
{
    m_view->showFloor(floorOf({{u"maria"_qs, u"in-chat"_qs, 35, 2, 3, false}}));
    const qreal normalSize = m_view->font().pointSizeF();
    auto *agents = m_view->findChild<QTableView *>(u"liveAgents"_qs);
    agents->setFocus();
    QTest::keyClick(agents, Qt::Key_F11);
    ASSERT_TRUE(m_view->isWallScreen());
    EXPECT_TRUE(m_view->windowState().testFlag(Qt::WindowFullScreen));
    EXPECT_TRUE(m_view->findChild<QPushButton *>(u"liveWallScreen"_qs)->isChecked());
    EXPECT_GE(m_view->font().pointSizeF(), 2 * normalSize);
    EXPECT_GE(agents->font().pointSizeF(), 2 * normalSize); // the tables follow
    const QPalette highContrast = DeskPalette::palette(DeskPalette::Appearance::HighContrast);
    EXPECT_EQ(m_view->palette().color(QPalette::Window), QColor(Qt::black));
    EXPECT_EQ(agents->palette().color(QPalette::Text), QColor(Qt::white));
    EXPECT_EQ(agents->palette().color(QPalette::Highlight), highContrast.color(QPalette::Highlight));

    QTest::keyClick(agents, Qt::Key_Escape);
    EXPECT_FALSE(m_view->isWallScreen());
    EXPECT_FALSE(m_view->windowState().testFlag(Qt::WindowFullScreen));
    EXPECT_DOUBLE_EQ(m_view->font().pointSizeF(), normalSize);
    EXPECT_NE(m_view->palette().color(QPalette::Window), QColor(Qt::black));

    // The button does the same.
    m_view->findChild<QPushButton *>(u"liveWallScreen"_qs)->click();
    EXPECT_TRUE(m_view->isWallScreen());
    m_view->findChild<QPushButton *>(u"liveWallScreen"_qs)->click();
    EXPECT_FALSE(m_view->isWallScreen());
}

TEST_F(LiveViewTest, WithoutAGatewayItSaysOfflineAndWhy)
{
    EXPECT_TRUE(m_view->statusText().startsWith(u"Offline"_qs)) << m_view->statusText().toStdString();
    EXPECT_TRUE(m_view->statusText().contains(u"--chat"_qs));
    EXPECT_FALSE(m_view->findChild<QPushButton *>(u"liveMove"_qs)->isEnabled());
    // Every control has a name for screen readers.
    EXPECT_FALSE(m_view->findChild<QTableView *>(u"liveAgents"_qs)->accessibleName().isEmpty());
    EXPECT_FALSE(m_view->findChild<QTableView *>(u"liveQueue"_qs)->accessibleName().isEmpty());
}

namespace {

/// The live view on a real gateway (SQLite: the workstation's user is a supervisor).
class LiveViewGatewayTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_gateway.start();
        m_storage = test::storageOn(m_gateway.temporaryDatabase());
        Database *database = &m_gateway.database();
        auto client = std::make_unique<FloorClient>(QUrl(u"ws://127.0.0.1:%1/"_qs.arg(m_gateway.port())),
                                                    [database](std::function<void(const QString &)> deliver) {
                                                        deliver(ChatTickets(*database).issue(u"sanne"_qs));
                                                    });
        client->setReconnectDelay(50);
        m_view = std::make_unique<LiveView>(std::move(client), m_storage.get());
        m_view->show();
        ASSERT_TRUE(QTest::qWaitFor([this] { return m_view->client()->isOnline(); }, 3000));
    }
    void TearDown() override { m_view.reset(); }

    test::GatewayFixture m_gateway;
    std::unique_ptr<AsyncStorage> m_storage;
    std::unique_ptr<LiveView> m_view;
};

int rowOf(const QAbstractItemModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        // "maria", or "maria (supervisor)": on SQLite every login is a supervisor.
        const QString shown = model->index(row, 0).data().toString();
        if (shown == text || shown.startsWith(text + u" ("_qs))
            return row;
    }
    return -1;
}

} // namespace

TEST_F(LiveViewGatewayTest, TheWindowFollowsTheGatewayWithinOneSecondAndMovesAChat)
{
    EXPECT_TRUE(m_view->statusText().startsWith(u"Live"_qs)) << m_view->statusText().toStdString();
    const QAbstractItemModel *agents = m_view->findChild<QTableView *>(u"liveAgents"_qs)->model();
    auto *queueView = m_view->findChild<QTableView *>(u"liveQueue"_qs);

    QElapsedTimer clock;
    clock.start();
    auto maria = m_gateway.agent(u"maria"_qs);
    ASSERT_TRUE(QTest::qWaitFor([&] { return rowOf(agents, u"maria"_qs) >= 0; }, 3000))
            << agents->rowCount() << " rows, first: "
            << (agents->rowCount() ? agents->index(0, 0).data().toString().toStdString() : std::string());
    EXPECT_LT(clock.elapsed(), 1000);
    EXPECT_EQ(cell(agents, rowOf(agents, u"maria"_qs), LiveAgentsModel::State), u"Available"_qs);

    test::TestPeer visitor(m_gateway.port());
    const QUuid chat = QUuid::fromString(visitor.helloVisitor().value(u"chat").toString());
    clock.restart();
    ASSERT_TRUE(QTest::qWaitFor([&] { return queueView->model()->rowCount() == 1; }, 3000));
    EXPECT_LT(clock.elapsed(), 1000);
    EXPECT_EQ(m_view->queueModel()->chatAt(0).chat, chat);
    EXPECT_TRUE(m_view->alertText().isEmpty());

    // Select the chat with the keyboard and move it to maria.
    queueView->setFocus();
    QTest::keyClick(queueView, Qt::Key_Down);
    ASSERT_TRUE(queueView->currentIndex().isValid());
    EXPECT_TRUE(m_view->findChild<QPushButton *>(u"liveMove"_qs)->isEnabled());
    const auto targets = m_view->moveTargets();
    ASSERT_EQ(targets.size(), 1);
    EXPECT_EQ(targets.constFirst(), (std::pair<QString, bool>{u"maria"_qs, true}));
    clock.restart();
    ASSERT_TRUE(m_view->moveSelectedChatTo(u"maria"_qs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->resultText() == u"The chat was moved to maria."_qs; }, 3000))
            << m_view->resultText().toStdString();
    ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return queueView->model()->rowCount() == 0
                        && cell(agents, rowOf(agents, u"maria"_qs), LiveAgentsModel::State) == u"In chat"_qs;
            },
            3000));
    EXPECT_LT(clock.elapsed(), 1000);

    // The chat's case is maria's now: one open case, read from the database.
    QSignalSpy openCases(m_view.get(), &LiveView::openCasesShown);
    m_view->readOpenCases();
    ASSERT_TRUE(QTest::qWaitFor(
            [&] { return cell(agents, rowOf(agents, u"maria"_qs), LiveAgentsModel::OpenCases) == u"1"_qs; }, 5000));

    // The gateway goes: the window says so clearly.
    m_gateway.stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->statusText().startsWith(u"Offline"_qs); }, 3000));
    EXPECT_TRUE(m_view->statusText().contains(u"gone"_qs));
    EXPECT_FALSE(m_view->findChild<QPushButton *>(u"liveMove"_qs)->isEnabled());
}

// The supervisor's way in: the button (or Alt+M) opens a menu of the connected agents with their state and
// chats; choosing one by keyboard moves the selected waiting chat.
TEST_F(LiveViewGatewayTest, MoveChatToOpensAMenuOfAgentsAndMovesTheChatToTheOneChosen)
{
    const QAbstractItemModel *agents = m_view->findChild<QTableView *>(u"liveAgents"_qs)->model();
    auto *queueView = m_view->findChild<QTableView *>(u"liveQueue"_qs);
    auto *move = m_view->findChild<QPushButton *>(u"liveMove"_qs);
    auto maria = m_gateway.agent(u"maria"_qs);
    ASSERT_TRUE(QTest::qWaitFor([&] { return rowOf(agents, u"maria"_qs) >= 0; }, 3000));
    test::TestPeer visitor(m_gateway.port());
    visitor.helloVisitor();
    ASSERT_TRUE(QTest::qWaitFor([&] { return queueView->model()->rowCount() == 1; }, 3000));

    // No chat chosen yet: the button is off.
    EXPECT_FALSE(move->isEnabled());
    m_view->activateWindow(); // mnemonics reach the active window only
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
    queueView->setFocus();
    QTest::keyClick(queueView, Qt::Key_Down);
    ASSERT_TRUE(move->isEnabled());

    QStringList shown;
    QList<bool> enabled;
    bool menuSeen = false;
    // Alt+M clicks the button after its short press animation; the menu then runs its own loop.
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || menu->objectName() != u"liveMoveMenu"_qs)
            return;
        poll.stop();
        menuSeen = true;
        for (const QAction *action : menu->actions()) {
            shown << action->text();
            enabled << action->isEnabled();
        }
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    poll.start();
    QTest::keyClick(m_view.get(), Qt::Key_M, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return menuSeen; }, 3000)) << "Alt+M opens the menu of agents";
    ASSERT_EQ(shown.size(), 1);
    EXPECT_TRUE(shown.constFirst().startsWith(u"maria"_qs)) << shown.constFirst().toStdString();
    EXPECT_TRUE(shown.constFirst().contains(u"Available"_qs)) << shown.constFirst().toStdString();
    EXPECT_TRUE(enabled.constFirst());
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_view->resultText() == u"The chat was moved to maria."_qs; }, 3000))
            << m_view->resultText().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return queueView->model()->rowCount() == 0; }, 3000));

    // Escape closes the menu and moves nothing.
    test::TestPeer second(m_gateway.port());
    second.helloVisitor();
    ASSERT_TRUE(QTest::qWaitFor([&] { return queueView->model()->rowCount() == 1; }, 3000));
    queueView->setFocus();
    QTest::keyClick(queueView, Qt::Key_Down);
    ASSERT_TRUE(move->isEnabled());
    bool escaped = false;
    QTimer escapePoll;
    escapePoll.setInterval(20);
    QObject::connect(&escapePoll, &QTimer::timeout, [&] {
        if (QWidget *menu = QApplication::activePopupWidget()) {
            escapePoll.stop();
            escaped = true;
            QTest::keyClick(menu, Qt::Key_Escape);
        }
    });
    escapePoll.start();
    const QString before = m_view->resultText();
    // The first menu has closed; Alt+M reaches the window only once it is active again.
    QApplication::setActiveWindow(m_view.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
    QTest::keyClick(m_view.get(), Qt::Key_M, Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return escaped; }, 3000));
    QTest::qWait(300);
    EXPECT_EQ(queueView->model()->rowCount(), 1);
    EXPECT_EQ(m_view->resultText(), before);
}

TEST_F(LiveViewTest, ItsColoursFollowTheDesksAppearanceAndTheWallScreenIsHighContrast)
{
    using Appearance = DeskPalette::Appearance;
    using Role = DeskPalette::Role;
    // A window takes the appearance in use when it opens (DeskPalette::apply).
    DeskPalette::apply(Appearance::Dark);
    m_view = std::make_unique<LiveView>(nullptr, nullptr);
    m_view->showFloor(floorOf({{u"maria"_qs, u"in-chat"_qs, 35, 2, 3, false}}));
    const QAbstractItemModel *model = m_view->findChild<QTableView *>(u"liveAgents"_qs)->model();
    const auto swatch = [model] {
        return model->index(0, LiveAgentsModel::State)
                .data(Qt::DecorationRole)
                .value<QPixmap>()
                .toImage()
                .pixelColor(2, 2);
    };
    auto *status = m_view->findChild<QLabel *>(u"liveStatus"_qs);
    // Without a gateway the status line says offline, in the danger colours of the appearance in use.
    EXPECT_EQ(swatch(), DeskPalette::color(Role::AgentInChat, Appearance::Dark));
    EXPECT_EQ(status->palette().color(QPalette::Window), DeskPalette::color(Role::DangerBackground, Appearance::Dark));

    m_view->setWallScreen(true);
    EXPECT_EQ(swatch(), DeskPalette::color(Role::AgentInChat, Appearance::HighContrast));
    EXPECT_EQ(status->palette().color(QPalette::Window),
              DeskPalette::color(Role::DangerBackground, Appearance::HighContrast));
    EXPECT_EQ(status->palette().color(QPalette::WindowText),
              DeskPalette::color(Role::DangerText, Appearance::HighContrast));

    m_view->setWallScreen(false);
    EXPECT_EQ(swatch(), DeskPalette::color(Role::AgentInChat, Appearance::Dark));
    EXPECT_EQ(status->palette().color(QPalette::Window), DeskPalette::color(Role::DangerBackground, Appearance::Dark));
    DeskPalette::apply(Appearance::System);
}
