// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/AgentState.h"
#include "chat/ChatAgentClient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace ww {

class CaseWork;
class ChatConversation;
class ChatOfferPanel;
class ReferralDirectory;

/// The chat operator's window: the queue of waiting chats, and a tab for every chat this agent
/// handles (several at once), each with its own tree walk, notes and referrals. A new chat in the
/// queue is signalled by sound and by the window asking for attention (switchable); tabs show
/// unread messages, the queue shows how long each visitor has been waiting.
class ChatDesk : public QWidget
{
    Q_OBJECT

public:
    ChatDesk(std::unique_ptr<chat::ChatAgentClient> client, CaseWork &cases, QString user,
             std::shared_ptr<const ReferralDirectory> directory, QWidget *parent = nullptr);
    ~ChatDesk() override;

    chat::ChatAgentClient &client() const { return *m_client; }
    QListWidget *queueList() const { return m_queueList; }
    QTabWidget *tabs() const { return m_tabs; }
    ChatConversation *conversation(const QUuid &chat) const { return m_conversations.value(chat); }
    int unreadCount(const QUuid &chat) const { return m_unread.value(chat); }
    bool alertsEnabled() const;
    int alertsGiven() const { return m_alertsGiven; }
    void setContentLanguage(const QString &language) { m_language = language; }

    /// Accepts the chat selected in the queue (Enter in the queue does the same).
    void acceptSelected();
    ChatOfferPanel *offerPanel() const { return m_offerPanel; }
    QString statusText() const;

public slots:
    /// What the agent is doing now (the desk's status): the gateway offers chats only to agents whose state
    /// allows them, and learns it again after every reconnect.
    void setAgentState(ww::AgentState state);

signals:
    /// A chat tab opened or closed: the agent's state counts the chats (AgentStatus::setOpenChats).
    void openChatsChanged(int count);

private:
    void showQueue(const QList<chat::ChatQueueEntry> &queue);
    void renderQueue();
    void openChat(const chat::ChatAssignment &assignment);
    void showMessage(const chat::ChatIncomingMessage &message);
    void closeChat(const QUuid &chat, const QString &why);
    void transfer(const QUuid &chat);
    void updateTabTitle(const QUuid &chat);
    void alertNewChat();
    enum class StatusAbout { Queue, Other };
    void showStatus(const QString &text, StatusAbout about = StatusAbout::Other);
    void showOffer(const chat::ChatOffer &offer);
    void offerWithdrawn(const QUuid &chat, const QString &reason);
    void showError(const QString &code, const QString &message);

    std::unique_ptr<chat::ChatAgentClient> m_client;
    CaseWork &m_cases;
    QSet<QUuid> m_opening; ///< chats whose case is on its way from the database
    QSet<QUuid> m_retrying;
    bool m_statusAboutQueue = false; ///< chats whose case could not be read, waiting to be tried again
    static constexpr int OpenRetryMs = 5000;
    QString m_user;
    std::shared_ptr<const ReferralDirectory> m_directory;
    QString m_language = u"nl"_qs;
    QLabel *m_statusLabel;
    QListWidget *m_queueList;
    QPushButton *m_acceptButton;
    QCheckBox *m_alertBox;
    ChatOfferPanel *m_offerPanel;
    QTabWidget *m_tabs;
    QHash<QUuid, ChatConversation *> m_conversations;
    QHash<QUuid, int> m_unread;
    QSet<QUuid> m_queued;
    QList<chat::ChatQueueEntry> m_queue;
    QElapsedTimer m_queueAge; ///< since the gateway last told the waiting times
    QTimer m_queueTicker;     ///< the waiting times count on between the gateway's updates
    QSet<QUuid> m_waitingLong;
    int m_alertsGiven = 0;
};

} // namespace ww
