// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervision/LiveView.h"

#include "chat/FloorClient.h"
#include "review/OpenCaseCounts.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "supervision/LiveAgentsModel.h"
#include "supervision/LiveQueueModel.h"
#include "supervision/RequestLane.h"

#include <QAccessible>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace ww {

namespace {

constexpr int openCasesIntervalMs = 30'000;

QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                      QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false); // Tab leaves the table: arrows move within it
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

void paintLabel(QLabel *label, DeskPalette::Role background, DeskPalette::Role text, DeskPalette::Appearance appearance)
{
    QPalette palette;
    palette.setColor(QPalette::Window, DeskPalette::color(background, appearance));
    palette.setColor(QPalette::WindowText, DeskPalette::color(text, appearance));
    label->setPalette(palette);
    label->setAutoFillBackground(true);
}

} // namespace

LiveView::LiveView(std::unique_ptr<chat::FloorClient> client, AsyncStorage *storage, QWidget *parent)
    : QWidget(parent)
    , m_client(std::move(client))
    , m_agentsModel(new LiveAgentsModel(this))
    , m_queueModel(new LiveQueueModel(this))
{
    setObjectName(u"liveView"_qs);
    auto *layout = new QVBoxLayout(this);

    m_status = new QLabel(this);
    m_status->setObjectName(u"liveStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setMargin(4);
    layout->addWidget(m_status);

    m_alerts = new QLabel(this);
    m_alerts->setObjectName(u"liveAlerts"_qs);
    m_alerts->setWordWrap(true);
    m_alerts->setMargin(6);
    m_alerts->setTextFormat(Qt::PlainText);
    QFont bold;
    bold.setBold(true); // only the weight: the size follows the window (the wall screen's large type)
    m_alerts->setFont(bold);
    m_alerts->hide();
    layout->addWidget(m_alerts);

    auto *tables = new QHBoxLayout;
    auto *agentsColumn = new QVBoxLayout;
    auto *agentsLabel = new QLabel(tr("&Agents"), this);
    m_agentsView = makeTable(m_agentsModel, u"liveAgents"_qs, tr("Agents"), this);
    agentsLabel->setBuddy(m_agentsView);
    agentsColumn->addWidget(agentsLabel);
    agentsColumn->addWidget(m_agentsView);
    auto *queueColumn = new QVBoxLayout;
    auto *queueLabel = new QLabel(tr("&Waiting chats"), this);
    m_queueView = makeTable(m_queueModel, u"liveQueue"_qs, tr("Waiting chats"), this);
    queueLabel->setBuddy(m_queueView);
    queueColumn->addWidget(queueLabel);
    queueColumn->addWidget(m_queueView);
    tables->addLayout(agentsColumn, 3);
    tables->addLayout(queueColumn, 2);
    layout->addLayout(tables, 1);

    auto *buttons = new QHBoxLayout;
    m_moveButton = new QPushButton(tr("&Move chat to…"), this);
    m_moveButton->setObjectName(u"liveMove"_qs);
    m_moveButton->setToolTip(tr("Give the selected waiting chat to an agent you choose"));
    m_wallButton = new QPushButton(tr("Wall &screen"), this);
    m_wallButton->setObjectName(u"liveWallScreen"_qs);
    m_wallButton->setCheckable(true);
    m_wallButton->setToolTip(tr("Full screen, large type and high contrast, for the office (F11; Esc leaves it)"));
    m_result = new QLabel(this);
    m_result->setObjectName(u"liveResult"_qs);
    m_result->setWordWrap(true);
    buttons->addWidget(m_moveButton);
    buttons->addWidget(m_result, 1);
    buttons->addWidget(m_wallButton);
    layout->addLayout(buttons);

    connect(m_moveButton, &QPushButton::clicked, this, &LiveView::chooseMoveTarget);
    connect(m_wallButton, &QPushButton::toggled, this, &LiveView::setWallScreen);
    auto *wallKey = new QShortcut(QKeySequence(Qt::Key_F11), this);
    wallKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(wallKey, &QShortcut::activated, this, [this] { setWallScreen(!m_wallScreen); });
    m_leaveWallScreen = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_leaveWallScreen->setContext(Qt::WidgetWithChildrenShortcut);
    m_leaveWallScreen->setEnabled(false);
    connect(m_leaveWallScreen, &QShortcut::activated, this, [this] { setWallScreen(false); });
    // A chat is chosen when the queue has a current row (the keyboard moves it, selected or not).
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_moveButton->setEnabled(m_client && m_client->isOnline() && m_queueView->currentIndex().isValid());
    });

    // The times count up here, each second: a repaint only, so nothing is announced each second.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &LiveView::tick);
    m_tick.start();

    if (storage) {
        m_openCasesLane = new RequestLane(*storage, this);
        connect(m_openCasesLane, &RequestLane::failed, this, [this](const StorageError &) {
            // The gateway's figures go on; the open cases keep their last count until the next reading.
            m_result->setText(tr("The open cases could not be read; trying again in 30 seconds."));
        });
        m_openCasesTimer.setInterval(openCasesIntervalMs);
        connect(&m_openCasesTimer, &QTimer::timeout, this, &LiveView::readOpenCases);
        m_openCasesTimer.start();
        readOpenCases();
    }

    if (m_client) {
        connect(m_client.get(), &chat::FloorClient::floorChanged, this, &LiveView::showFloor);
        connect(m_client.get(), &chat::FloorClient::onlineChanged, this, &LiveView::showOnline);
        connect(m_client.get(), &chat::FloorClient::moveAnswered, this, &LiveView::moveAnswered);
        connect(m_client.get(), &chat::FloorClient::refused, this, [this](const QString &code) {
            if (code == u"not-allowed")
                showOnline(false);
        });
        m_client->open();
    }
    showOnline(false);
    m_moveButton->setEnabled(false);
}

LiveView::~LiveView()
{
    if (m_client)
        m_client->close();
}

void LiveView::setClock(std::function<qint64()> clock)
{
    m_clock = clock;
    m_agentsModel->setClock(clock);
    m_queueModel->setClock(std::move(clock));
}

qint64 LiveView::now() const
{
    if (m_clock)
        return m_clock();
    QElapsedTimer clock;
    clock.start();
    return clock.msecsSinceReference();
}

void LiveView::tick()
{
    m_agentsView->viewport()->update();
    m_queueView->viewport()->update();
}

void LiveView::showFloor(const chat::FloorSnapshot &floor)
{
    const qint64 received = now();
    // Keep the selected agent and chat selected when rows come and go.
    const QModelIndex agentIndex = m_agentsView->currentIndex();
    const QString agent = agentIndex.isValid() ? m_agentsModel->agentAt(agentIndex.row()).name : QString();
    const QModelIndex chatIndex = m_queueView->currentIndex();
    const QUuid chat = chatIndex.isValid() ? m_queueModel->chatAt(chatIndex.row()).chat : QUuid();
    const int agentColumn = agentIndex.isValid() ? agentIndex.column() : 0;
    const int chatColumn = chatIndex.isValid() ? chatIndex.column() : 0;

    m_agentsModel->setAgents(floor.agents, received);
    m_queueModel->setQueue(floor.queue, floor.thresholds.waitingTooLongSeconds, received);

    if (!agent.isEmpty() && !m_agentsView->currentIndex().isValid()) {
        for (int row = 0; row < m_agentsModel->rowCount(); ++row) {
            if (m_agentsModel->agentAt(row).name == agent)
                m_agentsView->setCurrentIndex(m_agentsModel->index(row, agentColumn));
        }
    }
    if (!chat.isNull() && !m_queueView->currentIndex().isValid()) {
        if (const int row = m_queueModel->rowOf(chat); row >= 0)
            m_queueView->setCurrentIndex(m_queueModel->index(row, chatColumn));
    }
    m_moveButton->setEnabled(m_client && m_client->isOnline() && m_queueView->currentIndex().isValid());
    m_lastUpdate = QTime::currentTime().toString(u"HH:mm:ss"_qs);
    showAlerts(floor);
    emit floorShown();
}

void LiveView::showAlerts(const chat::FloorSnapshot &floor)
{
    QStringList lines;
    QStringList keys;
    for (const chat::FloorAlert &alert : floor.alerts) {
        keys.append(alert.key());
        switch (alert.kind) {
        case chat::FloorAlert::Kind::NobodyAvailable:
            lines.append(tr("Nobody is available while %n chat(s) wait.", nullptr, alert.waiting));
            break;
        case chat::FloorAlert::Kind::WrapUpOver:
            lines.append(tr("%1 is in wrap-up longer than %2.")
                                 .arg(alert.agent, LiveAgentsModel::duration(floor.thresholds.wrapUpLimitSeconds)));
            break;
        case chat::FloorAlert::Kind::ChatWaitingLong:
            lines.append(tr("Chat %1 has waited longer than %2.")
                                 .arg(LiveQueueModel::shortId(alert.chat),
                                      LiveAgentsModel::duration(floor.thresholds.waitingTooLongSeconds)));
            break;
        }
    }
    // The words do not change with the seconds: a screen reader hears an alert when it comes, not every update.
    const QString text = lines.join(u'\n');
    if (text != m_alerts->text())
        m_alerts->setText(text);
    m_alerts->setVisible(!lines.isEmpty());
    const bool anyNew = std::any_of(keys.cbegin(), keys.cend(),
                                    [this](const QString &key) { return !m_alertKeys.contains(key); });
    m_alertKeys = keys;
    if (anyNew) {
        QAccessibleEvent event(m_alerts, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
        emit alertsAnnounced(text);
    }
}

void LiveView::showOnline(bool online)
{
    if (!m_client) {
        m_status->setText(tr("Offline: no chat gateway is set for this desktop. Start it once with "
                             "--chat ws://HOST:PORT."));
    } else if (m_client->isRefused()) {
        m_status->setText(tr("The chat gateway does not show the live view to this login: it is for supervisors."));
    } else if (online) {
        m_status->setText(tr("Live: changes show within a second."));
    } else if (m_lastUpdate.isEmpty()) {
        m_status->setText(tr("Offline: connecting to the chat gateway…"));
    } else {
        m_status->setText(tr("Offline: the connection to the chat gateway is gone. What you see is from %1; "
                             "trying again.")
                                  .arg(m_lastUpdate));
    }
    const bool live = online && m_client;
    m_live = live;
    paintBanners();
    QFont font;
    font.setBold(!live);
    m_status->setFont(font);
    m_moveButton->setEnabled(live && m_queueView->currentIndex().isValid());
}

DeskPalette::Appearance LiveView::appearance() const
{
    return m_wallScreen ? DeskPalette::Appearance::HighContrast : DeskPalette::current();
}

void LiveView::paintBanners()
{
    using Role = DeskPalette::Role;
    paintLabel(m_alerts, Role::DangerBackground, Role::DangerText, appearance());
    if (m_live)
        paintLabel(m_status, Role::SuccessBackground, Role::BannerText, appearance());
    else
        paintLabel(m_status, Role::DangerBackground, Role::DangerText, appearance());
}

QList<std::pair<QString, bool>> LiveView::moveTargets() const
{
    QList<std::pair<QString, bool>> targets;
    for (int row = 0; row < m_agentsModel->rowCount(); ++row) {
        const chat::FloorSnapshot::Agent &agent = m_agentsModel->agentAt(row);
        // The gateway takes any connected agent with room; the state is shown to help choose.
        targets.append(
                {agent.name, agent.state != agentStateCode(AgentState::Offline) && agent.chats < agent.maxChats});
    }
    return targets;
}

void LiveView::chooseMoveTarget()
{
    if (!m_queueView->currentIndex().isValid()) {
        m_result->setText(tr("Select a waiting chat first."));
        return;
    }
    QMenu menu(this);
    menu.setObjectName(u"liveMoveMenu"_qs);
    const QList<std::pair<QString, bool>> targets = moveTargets();
    for (int row = 0; row < m_agentsModel->rowCount(); ++row) {
        const chat::FloorSnapshot::Agent &agent = m_agentsModel->agentAt(row);
        QAction *action = menu.addAction(tr("%1 — %2, %3 of %4 chats")
                                                 .arg(agent.name, LiveAgentsModel::stateText(agent.state))
                                                 .arg(agent.chats)
                                                 .arg(agent.maxChats));
        action->setData(agent.name);
        action->setEnabled(targets.at(row).second);
    }
    if (menu.isEmpty()) {
        m_result->setText(tr("No agent is connected."));
        return;
    }
    const QAction *chosen = menu.exec(m_moveButton->mapToGlobal(QPoint(0, m_moveButton->height())));
    if (chosen)
        moveSelectedChatTo(chosen->data().toString());
}

bool LiveView::moveSelectedChatTo(const QString &agent)
{
    const QModelIndex current = m_queueView->currentIndex();
    if (!m_client || !current.isValid())
        return false;
    const QUuid chat = m_queueModel->chatAt(current.row()).chat;
    // The note goes with the chat's case as its hand-over, in the desk's language.
    const QString id = m_client->move(chat, agent, tr("Moved from the queue by %1.").arg(m_client->login()));
    if (id.isEmpty()) {
        m_result->setText(tr("Offline: the chat cannot be moved now."));
        return false;
    }
    m_moves.insert(id, agent);
    m_result->setText(tr("Moving chat %1 to %2…").arg(LiveQueueModel::shortId(chat), agent));
    return true;
}

void LiveView::moveAnswered(const QString &id, const QString &errorCode)
{
    const QString agent = m_moves.take(id);
    if (errorCode.isEmpty())
        m_result->setText(tr("The chat was moved to %1.").arg(agent));
    else if (errorCode == u"target-unavailable")
        m_result->setText(tr("%1 is not connected or has no room for another chat.").arg(agent));
    else if (errorCode == u"chat-taken" || errorCode == u"unknown-chat")
        m_result->setText(tr("The chat is no longer waiting."));
    else
        m_result->setText(tr("The chat could not be moved; try again."));
}

void LiveView::readOpenCases()
{
    if (!m_openCasesLane)
        return;
    m_openCasesLane->start<QHash<QString, int>>([](Database &database) { return OpenCaseCounts::read(database); },
                                                [this](QHash<QString, int> &counts) {
                                                    m_agentsModel->setOpenCases(counts);
                                                    emit openCasesShown();
                                                });
}

void LiveView::setOpenCasesInterval(int intervalMs)
{
    m_openCasesTimer.setInterval(intervalMs);
}

void LiveView::setWallScreen(bool on)
{
    if (on == m_wallScreen)
        return;
    m_wallScreen = on;
    m_wallButton->setChecked(on);
    m_leaveWallScreen->setEnabled(on);
    m_agentsModel->setWallScreen(on);
    m_queueModel->setWallScreen(on);
    if (on) {
        m_normalFont = font();
        m_normalPalette = palette();
        m_wasMaximized = isMaximized();
        QFont large = font();
        large.setPointSizeF(std::max(24.0, large.pointSizeF() * 2.4));
        setFont(large);
        setPalette(DeskPalette::palette(DeskPalette::Appearance::HighContrast));
        setAutoFillBackground(true);
        m_agentsView->setIconSize(QSize(32, 32));
        showFullScreen();
    } else {
        setFont(m_normalFont);
        setPalette(m_normalPalette);
        setAutoFillBackground(false);
        m_agentsView->setIconSize(QSize(14, 14));
        if (m_wasMaximized)
            showMaximized();
        else
            showNormal();
    }
    paintBanners();
    tick();
}

QString LiveView::statusText() const
{
    return m_status->text();
}

QString LiveView::alertText() const
{
    return m_alerts->isHidden() ? QString() : m_alerts->text();
}

QString LiveView::resultText() const
{
    return m_result->text();
}

void LiveView::closeEvent(QCloseEvent *event)
{
    m_tick.stop();
    m_openCasesTimer.stop();
    if (m_openCasesLane)
        m_openCasesLane->cancel();
    QWidget::closeEvent(event);
}

} // namespace ww
