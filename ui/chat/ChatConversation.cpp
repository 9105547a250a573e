// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ChatConversation.h"

#include "case/CaseWorkspace.h"
#include "cases/CaseSession.h"
#include "chat/ChatProtocol.h"
#include "chat/ChatTreeText.h"
#include "common/ShortcutKeys.h"
#include "directory/ReferralDirectory.h"
#include "tree/DecisionTree.h"
#include "tree/TreeWalkerPanel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace ww {

namespace {

constexpr int MaxMessageLength = chat::FrameLimits{}.maxTextChars; // characters, as the gateway counts them

/// Enter sends, Shift+Enter starts a new line: as in every chat program.
class ChatInput : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void()> onSend;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
        if (enter && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)) && onSend) {
            onSend();
            return;
        }
        QPlainTextEdit::keyPressEvent(event);
    }
};

} // namespace

ChatConversation::ChatConversation(chat::ChatAgentClient &client, const chat::ChatAssignment &assignment,
                                   std::unique_ptr<CaseSession> session,
                                   std::shared_ptr<const ReferralDirectory> directory, const QString &contentLanguage,
                                   QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_assignment(assignment)
    , m_directory(directory)
    , m_transcript(new QListWidget(this))
    , m_typingLabel(new QLabel(this))
    , m_input(new ChatInput(this))
    , m_sendButton(new QPushButton(tr("Send (Enter)"), this))
    , m_treeTextButton(new QPushButton(tr("Send tree text (Ctrl+T)"), this))
    , m_transferButton(new QPushButton(tr("Transfer…"), this))
    , m_endButton(new QPushButton(tr("End chat"), this))
    , m_workspace(nullptr)
{
    setObjectName(u"chatConversation"_qs);
    setAccessibleName(tr("Chat"));
    m_transcript->setObjectName(u"chatTranscript"_qs);
    m_transcript->setAccessibleName(tr("Chat messages"));
    m_transcript->setWordWrap(true);
    m_typingLabel->setObjectName(u"chatTypingLabel"_qs);
    m_input->setObjectName(u"chatInput"_qs);
    m_input->setAccessibleName(tr("Message to the visitor"));
    m_input->setPlaceholderText(tr("Type a message. Enter sends it, Shift+Enter starts a new line."));
    m_input->setTabChangesFocus(true);
    m_input->setMaximumHeight(m_input->fontMetrics().lineSpacing() * 4);
    static_cast<ChatInput *>(m_input)->onSend = [this] { sendTyped(); };
    m_sendButton->setObjectName(u"chatSendButton"_qs);
    m_treeTextButton->setObjectName(u"chatTreeTextButton"_qs);
    m_treeTextButton->setToolTip(tr("Sends the question or advice the tree shows now, in the visitor's language"));
    m_transferButton->setObjectName(u"chatTransferButton"_qs);
    m_endButton->setObjectName(u"chatEndButton"_qs);
    connect(m_sendButton, &QPushButton::clicked, this, &ChatConversation::sendTyped);
    connect(m_treeTextButton, &QPushButton::clicked, this, &ChatConversation::sendTreeText);
    connect(m_transferButton, &QPushButton::clicked, this, [this] { emit transferRequested(chatId()); });
    connect(m_endButton, &QPushButton::clicked, this, &ChatConversation::endChat);
    auto *treeText = new QShortcut(this);
    treeText->setObjectName(u"chatTreeTextShortcut"_qs);
    treeText->setContext(Qt::WidgetWithChildrenShortcut);
    ShortcutKeys::instance().bind(treeText);
    connect(treeText, &QShortcut::activated, this, &ChatConversation::sendTreeText);
    // Typing is shown to the visitor while the agent types, and stops with an empty line.
    connect(m_input, &QPlainTextEdit::textChanged, this,
            [this] { m_client.setTyping(chatId(), !m_input->toPlainText().isEmpty()); });

    auto *chatPane = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_treeTextButton);
    buttons->addStretch();
    buttons->addWidget(m_transferButton);
    buttons->addWidget(m_endButton);
    auto *chatLayout = new QVBoxLayout(chatPane);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    QString header = tr("Language: %1").arg(assignment.lang.toUpper());
    if (!assignment.transferFrom.isEmpty())
        header += u" · "_qs + tr("Transferred by %1: %2").arg(assignment.transferFrom, assignment.transferNote);
    auto *headerLabel = new QLabel(header, chatPane);
    headerLabel->setObjectName(u"chatHeaderLabel"_qs);
    headerLabel->setWordWrap(true);
    chatLayout->addWidget(headerLabel);
    chatLayout->addWidget(m_transcript, 1);
    chatLayout->addWidget(m_typingLabel);
    chatLayout->addWidget(m_input);
    chatLayout->addLayout(buttons);

    // The case of the chat, walked from where the visitor stopped on the website when it is the same tree.
    if (!assignment.treePath.isEmpty() && assignment.treeIdentity == session->tree()->identity()
        && session->caseData().steps.size() <= 1) {
        const QList<WalkStep> walk
                = ChatTreeText::walkAlong(*session->tree(), assignment.treePath, QDateTime::currentDateTimeUtc());
        if (!walk.isEmpty())
            session->recordWalk(walk);
    }
    // A visitor on the English page is noted as speaking English, unless the case says otherwise already.
    // The Dutch page notes nothing: a visitor may have stayed on it and still find Dutch hard.
    if (assignment.lang == u"en" && session->caseData().fields.callerLanguage.isEmpty()) {
        CaseFields fields = session->caseData().fields;
        fields.callerLanguage = u"en"_qs;
        session->setFields(fields); // a closed case stays as it is
    }
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(chatPane);
    m_workspace = new CaseWorkspace(std::move(session), directory, contentLanguage, splitter);
    splitter->addWidget(m_workspace);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({420, 580}); // room for a real conversation above the case
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

ChatConversation::~ChatConversation() = default;

void ChatConversation::append(const QString &who, const QString &text, const QDateTime &at)
{
    const QString line
            = tr("%1 %2: %3").arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat), who, text);
    auto *item = new QListWidgetItem(line, m_transcript);
    item->setData(Qt::AccessibleTextRole, line);
    m_transcript->scrollToBottom();
}

QStringList ChatConversation::transcriptLines() const
{
    QStringList lines;
    for (int i = 0; i < m_transcript->count(); ++i)
        lines.append(m_transcript->item(i)->text());
    return lines;
}

void ChatConversation::showMessage(const chat::ChatIncomingMessage &message)
{
    if (message.from == u"agent" && m_sentIds.contains(message.id))
        return; // shown when it was sent
    const QDateTime at = message.at.isValid() ? message.at : QDateTime::currentDateTimeUtc();
    append(message.from == u"visitor" ? tr("Visitor") : tr("Agent"), message.text, at);
    if (message.from == u"visitor")
        m_typingLabel->clear();
}

void ChatConversation::showVisitorTyping(bool typing)
{
    m_typingLabel->setText(typing ? tr("The visitor is typing…") : QString());
}

void ChatConversation::showEnded(const QString &reason)
{
    if (m_ended)
        return;
    m_ended = true;
    append(tr("Chat"), reason == u"visitor" ? tr("The visitor ended the chat.") : tr("The chat has ended."),
           QDateTime::currentDateTimeUtc());
    for (QWidget *control : {static_cast<QWidget *>(m_input), static_cast<QWidget *>(m_sendButton),
                             static_cast<QWidget *>(m_treeTextButton), static_cast<QWidget *>(m_transferButton),
                             static_cast<QWidget *>(m_endButton)})
        control->setEnabled(false);
    m_typingLabel->clear();
    m_workspace->session().endContact(); // the chat is over: wrap up the case
}

bool ChatConversation::sendTyped()
{
    const QString text = m_input->toPlainText().trimmed();
    if (m_ended || text.isEmpty())
        return false;
    if (chat::FrameParser::characterCount(text) > MaxMessageLength) {
        m_typingLabel->setText(tr("The message is too long (at most %1 characters).").arg(MaxMessageLength));
        return false;
    }
    m_sentIds.insert(m_client.sendMessage(chatId(), text));
    append(tr("You"), text, QDateTime::currentDateTimeUtc());
    m_input->clear();
    return true;
}

bool ChatConversation::sendTreeText()
{
    const TreeWalkerPanel *walker = m_workspace->walkerPanel();
    if (m_ended || !walker || !m_directory)
        return false;
    const QString language = m_assignment.lang.isEmpty() ? u"nl"_qs : m_assignment.lang;
    const QString text = ChatTreeText::forNode(walker->walker().current(), *m_directory, language);
    if (text.isEmpty())
        return false;
    m_sentIds.insert(m_client.sendMessage(chatId(), chat::FrameParser::leftCharacters(text, MaxMessageLength)));
    append(tr("You"), text, QDateTime::currentDateTimeUtc());
    return true;
}

void ChatConversation::endChat()
{
    if (m_ended)
        return;
    m_client.end(chatId());
    showEnded(u"agent"_qs);
}

void ChatConversation::focusInput()
{
    m_input->setFocus(Qt::OtherFocusReason);
}

} // namespace ww
