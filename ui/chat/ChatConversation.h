// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ChatAgentClient.h"

#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace ww {

class CaseSession;
class CaseWorkspace;
class ReferralDirectory;

/// One chat in its tab: the transcript and the line being typed above the chat's own case
/// workspace (tree, notes, referrals). The current tree text goes to the visitor with Ctrl+T,
/// in the visitor's language.
class ChatConversation : public QWidget
{
    Q_OBJECT

public:
    ChatConversation(chat::ChatAgentClient &client, const chat::ChatAssignment &assignment,
                     std::unique_ptr<CaseSession> session, std::shared_ptr<const ReferralDirectory> directory,
                     const QString &contentLanguage, QWidget *parent = nullptr);
    ~ChatConversation() override;

    QUuid chatId() const { return m_assignment.chat; }
    const chat::ChatAssignment &assignment() const { return m_assignment; }
    CaseWorkspace *workspace() const { return m_workspace; }
    QStringList transcriptLines() const;
    bool hasEnded() const { return m_ended; }

    void showMessage(const chat::ChatIncomingMessage &message);
    void showVisitorTyping(bool typing);
    /// The chat ended (by the visitor, or by this agent): no more typing; the case stays to wrap up.
    void showEnded(const QString &reason);

    /// Sends what is typed; false when there is nothing to send or the chat has ended.
    bool sendTyped();
    /// Sends the text of the tree's current node, in the visitor's language.
    bool sendTreeText();
    void endChat();
    void focusInput();

signals:
    void transferRequested(const QUuid &chat);

private:
    void append(const QString &who, const QString &text, const QDateTime &at);

    chat::ChatAgentClient &m_client;
    chat::ChatAssignment m_assignment;
    std::shared_ptr<const ReferralDirectory> m_directory;
    QListWidget *m_transcript;
    QLabel *m_typingLabel;
    QPlainTextEdit *m_input;
    QPushButton *m_sendButton;
    QPushButton *m_treeTextButton;
    QPushButton *m_transferButton;
    QPushButton *m_endButton;
    CaseWorkspace *m_workspace;
    QSet<QString> m_sentIds; ///< our own lines, shown when sent; the gateway's replay of them is skipped
    bool m_ended = false;
};

} // namespace ww
