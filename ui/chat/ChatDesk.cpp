// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ChatDesk.h"

#include "case/CaseWorkspace.h"
#include "case/HandoverDialog.h"
#include "cases/CaseSession.h"
#include "chat/ChatConversation.h"
#include "chat/ChatOfferPanel.h"
#include "common/CaseLabels.h"
#include "common/DeskPalette.h"
#include "common/StorageProblem.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ww {

namespace {

const QString AlertKey = u"chat/alerts"_qs;
constexpr int ChatIdRole = Qt::UserRole + 1;

} // namespace

ChatDesk::ChatDesk(std::unique_ptr<chat::ChatAgentClient> client, CaseWork &cases, QString user,
                   std::shared_ptr<const ReferralDirectory> directory, QWidget *parent)
    : QWidget(parent)
    , m_client(std::move(client))
    , m_cases(cases)
    , m_user(std::move(user))
    , m_directory(std::move(directory))
    , m_statusLabel(new QLabel(this))
    , m_queueList(new QListWidget(this))
    , m_acceptButton(new QPushButton(tr("&Accept chat"), this))
    , m_alertBox(new QCheckBox(tr("Sound and flash for a new chat"), this))
    , m_offerPanel(new ChatOfferPanel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"chatDesk"_qs);
    setAccessibleName(tr("Chats"));
    m_statusLabel->setObjectName(u"chatStatusLabel"_qs);
    m_statusLabel->setWordWrap(true);
    m_queueList->setObjectName(u"chatQueueList"_qs);
    m_queueList->setAccessibleName(tr("Waiting chats"));
    auto *queueLabel = new QLabel(tr("&Waiting chats"), this);
    queueLabel->setBuddy(m_queueList);
    m_acceptButton->setObjectName(u"acceptChatButton"_qs);
    m_alertBox->setObjectName(u"chatAlertBox"_qs);
    m_alertBox->setChecked(QSettings().value(AlertKey, true).toBool());
    connect(m_alertBox, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(AlertKey, on); });
    connect(m_acceptButton, &QPushButton::clicked, this, &ChatDesk::acceptSelected);
    connect(m_queueList, &QListWidget::itemActivated, this, &ChatDesk::acceptSelected);
    m_queueList->setWordWrap(true);
    m_queueTicker.setInterval(1000);
    connect(&m_queueTicker, &QTimer::timeout, this, &ChatDesk::renderQueue);
    m_tabs->setObjectName(u"chatTabs"_qs);
    m_tabs->setAccessibleName(tr("Open chats"));
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (auto *conversation = qobject_cast<ChatConversation *>(m_tabs->widget(index))) {
            m_unread.remove(conversation->chatId());
            updateTabTitle(conversation->chatId());
            conversation->focusInput();
        }
    });
    // Ctrl+Tab goes through the tabs (QTabWidget); Ctrl+1..9 jumps to one.
    for (int i = 1; i <= 9; ++i) {
        auto *jump = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)), this);
        connect(jump, &QShortcut::activated, this, [this, i] {
            if (i <= m_tabs->count())
                m_tabs->setCurrentIndex(i - 1);
        });
    }

    auto *queuePane = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queuePane);
    queueLayout->addWidget(m_offerPanel);
    queueLayout->addWidget(queueLabel);
    queueLayout->addWidget(m_queueList, 1);
    queueLayout->addWidget(m_acceptButton);
    queueLayout->addWidget(m_alertBox);
    queueLayout->addWidget(m_statusLabel);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(queuePane);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    using chat::ChatAgentClient;
    connect(m_client.get(), &ChatAgentClient::ready, this,
            [this](const QString &agent) { showStatus(tr("Connected to the chat service as %1.").arg(agent)); });
    connect(m_client.get(), &ChatAgentClient::disconnected, this,
            [this] { showStatus(tr("The connection to the chat service is lost; reconnecting…")); });
    connect(m_client.get(), &ChatAgentClient::queueChanged, this, &ChatDesk::showQueue);
    connect(m_client.get(), &ChatAgentClient::chatAssigned, this, &ChatDesk::openChat);
    connect(m_client.get(), &ChatAgentClient::messageReceived, this, &ChatDesk::showMessage);
    connect(m_client.get(), &ChatAgentClient::typingChanged, this, [this](const QUuid &chat, bool typing) {
        if (ChatConversation *conversation = m_conversations.value(chat))
            conversation->showVisitorTyping(typing);
    });
    connect(m_client.get(), &ChatAgentClient::chatEnded, this, [this](const QUuid &chat, const QString &reason) {
        m_retrying.remove(chat);
        if (ChatConversation *conversation = m_conversations.value(chat))
            conversation->showEnded(reason);
    });
    connect(m_client.get(), &ChatAgentClient::chatReleased, this, [this](const QUuid &chat, const QString &) {
        m_retrying.remove(chat);
        closeChat(chat, tr("The chat went back to the queue."));
    });
    connect(m_client.get(), &ChatAgentClient::waitingTooLong, this, [this](const QUuid &chat, int) {
        m_waitingLong.insert(chat);
        showStatus(tr("A visitor has been waiting too long."), StatusAbout::Queue);
    });
    connect(m_client.get(), &ChatAgentClient::errorReceived, this,
            [this](const QString &code, const QString &message, const QString &) { showError(code, message); });
    // Offers (routing by availability): answered on the panel or with its shortcuts from anywhere in the window.
    addAction(m_offerPanel->acceptAction());
    addAction(m_offerPanel->declineAction());
    connect(m_client.get(), &ChatAgentClient::offerReceived, this, &ChatDesk::showOffer);
    connect(m_client.get(), &ChatAgentClient::offerWithdrawn, this, &ChatDesk::offerWithdrawn);
    connect(m_client.get(), &ChatAgentClient::disconnected, m_offerPanel, &ChatOfferPanel::clear);
    connect(m_offerPanel, &ChatOfferPanel::accepted, this, [this](const QUuid &chat) { m_client->accept(chat); });
    connect(m_offerPanel, &ChatOfferPanel::declined, this, [this](const QUuid &chat) {
        m_client->decline(chat);
        showStatus(tr("Declined: the chat is offered to a colleague."));
    });
    m_client->open();
}

ChatDesk::~ChatDesk()
{
    m_client->close();
}

bool ChatDesk::alertsEnabled() const
{
    return m_alertBox->isChecked();
}

void ChatDesk::showStatus(const QString &text, StatusAbout about)
{
    m_statusAboutQueue = about == StatusAbout::Queue;
    m_statusLabel->setText(text);
    m_statusLabel->setAccessibleName(text);
}

QString ChatDesk::statusText() const
{
    return m_statusLabel->text();
}

void ChatDesk::setAgentState(AgentState state)
{
    m_client->sendState(state);
}

void ChatDesk::showOffer(const chat::ChatOffer &offer)
{
    m_offerPanel->showOffer(offer);
    showStatus(m_offerPanel->announcement()); // the status line is what screen readers hear
}

void ChatDesk::offerWithdrawn(const QUuid &chat, const QString &reason)
{
    if (chat != m_offerPanel->chat())
        return;
    m_offerPanel->withdraw(chat);
    if (reason == u"expired")
        showStatus(tr("The offered chat was not answered in time; it goes to a colleague."));
    else if (reason == u"taken")
        showStatus(tr("A colleague has taken the offered chat."));
    else
        showStatus(tr("The chat is no longer offered to you."));
}

void ChatDesk::showError(const QString &code, const QString &message)
{
    if (code == u"not-available")
        showStatus(tr("Your status does not allow chats now. Set your status to available to take a chat."));
    else if (code == u"target-unavailable")
        showStatus(tr("That colleague cannot take a chat now: not connected, not available or without room."));
    else
        showStatus(message);
}

void ChatDesk::showQueue(const QList<chat::ChatQueueEntry> &queue)
{
    bool somethingNew = false;
    QSet<QUuid> nowQueued;
    for (const chat::ChatQueueEntry &entry : queue) {
        nowQueued.insert(entry.chat);
        somethingNew = somethingNew || !m_queued.contains(entry.chat);
    }
    m_queued = nowQueued;
    m_queue = queue;
    m_queueAge.start();
    renderQueue();
    if (m_queue.isEmpty()) {
        m_queueTicker.stop();
        // Nobody waits any more; a message about something else (a chat that cannot open) stays.
        if (m_statusAboutQueue)
            showStatus(QString());
    } else if (!m_queueTicker.isActive())
        m_queueTicker.start();
    if (somethingNew)
        alertNewChat();
}

void ChatDesk::renderQueue()
{
    const QUuid selected = m_queueList->currentItem() ? m_queueList->currentItem()->data(ChatIdRole).toUuid() : QUuid();
    const int sinceUpdate = m_queueAge.isValid() ? int(m_queueAge.elapsed() / 1000) : 0;
    m_queueList->clear();
    for (const chat::ChatQueueEntry &entry : std::as_const(m_queue)) {
        QString text = tr("Waiting %1 · %2")
                               .arg(CaseLabels::duration(entry.waitingSeconds + sinceUpdate), entry.lang.toUpper());
        if (!entry.treePath.isEmpty())
            text += u" · "_qs + tr("%n step(s) on the website", nullptr, int(entry.treePath.size()));
        if (!entry.transferFrom.isEmpty())
            text += u" · "_qs + tr("from %1: %2").arg(entry.transferFrom, entry.transferNote);
        auto *item = new QListWidgetItem(text, m_queueList);
        item->setData(ChatIdRole, entry.chat);
        item->setData(Qt::AccessibleTextRole, text);
        if (m_waitingLong.contains(entry.chat)) {
            item->setBackground(DeskPalette::color(DeskPalette::Role::RefusedBackground));
            item->setForeground(DeskPalette::color(DeskPalette::Role::BannerText));
        }
        if (entry.chat == selected)
            m_queueList->setCurrentItem(item);
    }
    if (!m_queueList->currentItem() && m_queueList->count() > 0)
        m_queueList->setCurrentRow(0);
    m_acceptButton->setEnabled(m_queueList->count() > 0);
}

void ChatDesk::alertNewChat()
{
    if (!alertsEnabled())
        return;
    ++m_alertsGiven;
    QApplication::beep();
    QApplication::alert(window()); // the task bar entry asks for attention
    showStatus(tr("A new chat is waiting."), StatusAbout::Queue);
}

void ChatDesk::acceptSelected()
{
    if (const QListWidgetItem *item = m_queueList->currentItem())
        m_client->accept(item->data(ChatIdRole).toUuid());
}

void ChatDesk::openChat(const chat::ChatAssignment &assignment)
{
    if (m_conversations.contains(assignment.chat) || m_opening.contains(assignment.chat))
        return; // given again after a reconnect: the tab is there, or on its way
    m_opening.insert(assignment.chat);
    showStatus(tr("Opening the chat's case…"));
    CaseSession::open(m_cases, this, assignment.caseId, m_user, [this, assignment](CaseSession::Opened opened) {
        m_opening.remove(assignment.chat);
        if (opened.error && opened.error->isRefusal()) {
            showStatus(StorageProblem::describeRetried(tr("The chat's case cannot be opened."), *opened.error, {}));
            return;
        }
        if (opened.error) {
            // The visitor waits in this chat: try again by itself for as long as the chat is this agent's.
            showStatus(StorageProblem::describeRetried(
                    tr("The chat's case cannot be opened."), *opened.error,
                    tr("It is tried again in %n second(s).", nullptr, OpenRetryMs / 1000)));
            m_retrying.insert(assignment.chat);
            QTimer::singleShot(OpenRetryMs, this, [this, assignment] {
                if (m_retrying.remove(assignment.chat))
                    openChat(assignment);
            });
            return;
        }
        if (!opened.session) {
            showStatus(tr("The chat's case cannot be found. Tell your supervisor: they see the chat in the "
                          "live view and can move it."));
            return;
        }
        auto *conversation = new ChatConversation(*m_client, assignment, std::move(opened.session), m_directory,
                                                  m_language, m_tabs);
        m_conversations.insert(assignment.chat, conversation);
        connect(conversation, &ChatConversation::transferRequested, this, &ChatDesk::transfer);
        m_tabs->addTab(conversation, QString());
        updateTabTitle(assignment.chat);
        m_tabs->setCurrentWidget(conversation);
        conversation->focusInput();
        showStatus(tr("Chat opened."));
        emit openChatsChanged(int(m_conversations.size()));
    });
}

void ChatDesk::showMessage(const chat::ChatIncomingMessage &message)
{
    ChatConversation *conversation = m_conversations.value(message.chat);
    if (!conversation)
        return;
    conversation->showMessage(message);
    if (m_tabs->currentWidget() != conversation || !isActiveWindow()) {
        ++m_unread[message.chat];
        updateTabTitle(message.chat);
    }
}

void ChatDesk::updateTabTitle(const QUuid &chat)
{
    ChatConversation *conversation = m_conversations.value(chat);
    if (!conversation)
        return;
    const int index = m_tabs->indexOf(conversation);
    const int unread = m_unread.value(chat);
    const QString name = tr("Chat %1").arg(index + 1);
    const QString title = unread > 0 ? tr("%1 (%2 new)").arg(name).arg(unread) : name;
    m_tabs->setTabText(index, title);
    m_tabs->setTabToolTip(index, title);
}

void ChatDesk::closeChat(const QUuid &chat, const QString &why)
{
    ChatConversation *conversation = m_conversations.take(chat);
    if (!conversation)
        return;
    m_unread.remove(chat);
    m_tabs->removeTab(m_tabs->indexOf(conversation));
    delete conversation; // its case is saved as it is
    showStatus(why);
    emit openChatsChanged(int(m_conversations.size()));
}

void ChatDesk::transfer(const QUuid &chat)
{
    bool transferred = false;
    HandoverDialog dialog(
            [&](const QString &receiver, const QString &note, std::function<void(const QString &)> finished) {
                if (receiver.isEmpty() || note.trimmed().isEmpty()) {
                    finished(tr("Choose who takes the chat over and write a note for them."));
                    return;
                }
                // The gateway moves the chat and its case; it answers through the chat connection.
                m_client->transfer(chat, receiver, note.trimmed());
                transferred = true;
                finished({});
            },
            this);
    dialog.setWindowTitle(tr("Transfer the chat"));
    auto receivers = std::make_shared<QStringList>();
    m_cases.run(
            &dialog,
            [user = m_user, receivers](CaseRepository &repository) { *receivers = repository.handoverReceivers(user); },
            [&dialog, receivers](const std::optional<StorageError> &error) {
                if (error)
                    dialog.receiversUnavailable();
                else
                    dialog.setReceivers(*receivers);
            });
    if (dialog.exec() == QDialog::Accepted && transferred)
        closeChat(chat, tr("The chat was transferred; its case, tree position and notes go with it."));
}

} // namespace ww
