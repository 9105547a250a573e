// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace ww {
class Database;
}

namespace ww::chat {

enum class ChatState { Queued, Active, Ended };
QString chatStateCode(ChatState state);

/// A chat as the database keeps it: enough for a restarted gateway to carry on.
struct StoredChat
{
    QUuid id;
    QUuid caseId;
    QString resumeHash; ///< SHA-256 of the visitor's resume token; the token itself is never stored
    ChatState state = ChatState::Queued;
    QString agent;
    QString lang;
    QString visitorTree; ///< the website tree's identity, when the visitor handed over a path
    QStringList visitorPath;
    QString transferFrom;
    QString transferNote;
    QDateTime openedAt;
    QDateTime queuedAt;
    int lastSeq = 0;
};

/// One line of a transcript.
struct ChatLine
{
    int seq = 0;
    QString sender; ///< "visitor" or "agent"
    QString author; ///< the agent's role; empty for the visitor
    QString clientId;
    QString body;
    QDateTime sentAt;
};

/// A change to a chat that may be stored together with others (ChatStore::applyAll).
struct ChatChange
{
    enum class Kind { Open, Assign, State };
    Kind kind = Kind::State;
    StoredChat chat;
    QString caseTreeIdentity; ///< Open: the tree the chat's case is walked in
    QString agent;            ///< Assign: who holds the chat's case from now on
    QString note;             ///< Assign: a transfer's note, kept as a hand-over
};

/// Chats, their cases and transcripts in the case database, through named statements.
class ChatStore
{
public:
    /// New chat cases are walked in \a caseTreeIdentity (a tree already stored in the database).
    ChatStore(Database &database, QString caseTreeIdentity);

    /// Opens the chat's case (channel chat) and the chat, in one transaction.
    void open(const StoredChat &chat);
    void saveState(const StoredChat &chat);
    /// Makes \a agent the holder of the chat's case; a transfer \a note is kept as a hand-over.
    void assignCase(const StoredChat &chat, const QString &agent, const QString &note = {});
    /// Stores \a changes in the order given: one statement on PostgreSQL (each change checked as on its
    /// own; one refused change refuses them all), one after another on SQLite.
    void applyAll(const QList<ChatChange> &changes);
    /// The seq of a message already stored under this sender's id, for re-sent messages.
    std::optional<int> findMessage(const QUuid &chatId, const QString &sender, const QString &clientId);
    void append(const StoredChat &chat, const ChatLine &line);
    /// A line for appendAll: the chat it belongs to and its place (seq) already given.
    struct NewLine
    {
        QUuid chat;
        QUuid caseId;
        ChatLine line;
    };
    /// Stores \a lines all or none: one statement on PostgreSQL (one round trip), one transaction on SQLite.
    void appendAll(const QList<NewLine> &lines);
    QList<ChatLine> messagesAfter(const QUuid &chatId, int seq);
    QList<StoredChat> openChats();

    /// A new random token, and the hash under which it is stored.
    static QString randomToken();
    static QString hashOf(const QString &token);

private:
    Database &m_database;
    QString m_caseTreeIdentity;
};

} // namespace ww::chat
