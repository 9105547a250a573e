// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatStore.h"

#include "chat/FlatJsonWriter.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace ww::chat {

using namespace SqlValues;

namespace {

ChatState stateFrom(const QString &code)
{
    return code == u"active" ? ChatState::Active : code == u"ended" ? ChatState::Ended : ChatState::Queued;
}

QString pathText(const QStringList &path)
{
    return path.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(path)).toJson(QJsonDocument::Compact));
}

/// As nullable() does for bound values: an empty text is no value.
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QStringList pathFrom(const QString &text)
{
    QStringList path;
    for (const QJsonValue &node : QJsonDocument::fromJson(text.toUtf8()).array())
        path.append(node.toString());
    return path;
}

// The owner of a chat case before an agent accepts it (SQLite; PostgreSQL uses the gateway's role).
const QString unassignedOwner = u"chat-gateway"_qs;

} // namespace

QString chatStateCode(ChatState state)
{
    switch (state) {
    case ChatState::Queued:
        return u"queued"_qs;
    case ChatState::Active:
        return u"active"_qs;
    case ChatState::Ended:
        return u"ended"_qs;
    }
    return {};
}

ChatStore::ChatStore(Database &database, QString caseTreeIdentity)
    : m_database(database)
    , m_caseTreeIdentity(std::move(caseTreeIdentity))
{ }

void ChatStore::open(const StoredChat &chat)
{
    const QString caseId = uuidText(chat.caseId);
    const QVariantMap chatBindings{{u"id"_qs, uuidText(chat.id)},
                                   {u"case_id"_qs, caseId},
                                   {u"resume_hash"_qs, chat.resumeHash},
                                   {u"lang"_qs, chat.lang},
                                   {u"visitor_tree"_qs, nullable(chat.visitorTree)},
                                   {u"visitor_path"_qs, nullable(pathText(chat.visitorPath))},
                                   {u"tree_identity"_qs, m_caseTreeIdentity},
                                   {u"opened_at"_qs, chat.openedAt}};
    if (m_database.dialect() == SqlDialect::PostgreSql) {
        // One definer function opens the case and the chat, and checks what the gateway sends.
        m_database.run(u"chat_open"_qs, chatBindings).finish();
        return;
    }
    Database::Transaction transaction(m_database);
    m_database.run(u"chat_case_open"_qs,
                   {{u"case_id"_qs, caseId},
                    {u"owner"_qs, unassignedOwner},
                    {u"tree_identity"_qs, m_caseTreeIdentity},
                    {u"at"_qs, chat.openedAt}});
    m_database.run(u"case_event_insert"_qs,
                   {{u"case_id"_qs, caseId},
                    {u"seq"_qs, 0},
                    {u"at"_qs, chat.openedAt},
                    {u"kind"_qs, u"opened"_qs},
                    {u"detail"_qs, u"chat"_qs}});
    m_database.run(u"chat_insert"_qs, chatBindings);
    transaction.commit();
}

void ChatStore::saveState(const StoredChat &chat)
{
    m_database
            .run(u"chat_state_update"_qs,
                 {{u"id"_qs, uuidText(chat.id)},
                  {u"state"_qs, chatStateCode(chat.state)},
                  {u"agent"_qs, nullable(chat.agent)},
                  {u"queued_at"_qs, chat.queuedAt},
                  {u"ended_at"_qs,
                   nullable(chat.state == ChatState::Ended ? QDateTime::currentDateTimeUtc() : QDateTime())},
                  {u"transfer_from"_qs, nullable(chat.transferFrom)},
                  {u"transfer_note"_qs, nullable(chat.transferNote)}})
            .finish();
}

void ChatStore::assignCase(const StoredChat &chat, const QString &agent, const QString &note)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString caseId = uuidText(chat.caseId);
    if (m_database.dialect() == SqlDialect::PostgreSql) {
        m_database
                .run(u"chat_case_assign"_qs,
                     {{u"chat_id"_qs, uuidText(chat.id)}, {u"agent"_qs, agent}, {u"note"_qs, nullable(note)}})
                .finish();
        return;
    }
    Database::Transaction transaction(m_database);
    QSqlQuery &owner = m_database.run(u"chat_case_owner"_qs, {{u"case_id"_qs, caseId}});
    const QString previous = owner.next() ? owner.value(0).toString() : QString();
    owner.finish();
    m_database.run(u"chat_case_assign"_qs, {{u"case_id"_qs, caseId}, {u"agent"_qs, agent}, {u"at"_qs, now}});
    if (!note.isEmpty()) {
        m_database.run(u"chat_handover_insert"_qs,
                       {{u"case_id"_qs, caseId},
                        {u"from_role"_qs, previous},
                        {u"to_role"_qs, agent},
                        {u"note"_qs, note},
                        {u"at"_qs, now}});
    }
    transaction.commit();
}

void ChatStore::applyAll(const QList<ChatChange> &changes)
{
    if (m_database.dialect() == SqlDialect::Sqlite) {
        // A file on this computer: a statement costs no round trip, and each change is its own transaction.
        for (const ChatChange &change : changes) {
            ChatStore store(m_database, change.caseTreeIdentity);
            switch (change.kind) {
            case ChatChange::Kind::Open:
                store.open(change.chat);
                break;
            case ChatChange::Kind::Assign:
                store.assignCase(change.chat, change.agent, change.note);
                break;
            case ChatChange::Kind::State:
                store.saveState(change.chat);
                break;
            }
        }
        return;
    }
    QJsonArray list;
    for (const ChatChange &change : changes) {
        const StoredChat &chat = change.chat;
        QJsonObject object{{u"chat_id"_qs, uuidText(chat.id)}};
        switch (change.kind) {
        case ChatChange::Kind::Open:
            object.insert(u"kind"_qs, u"open"_qs);
            object.insert(u"case_id"_qs, uuidText(chat.caseId));
            object.insert(u"resume_hash"_qs, chat.resumeHash);
            object.insert(u"lang"_qs, chat.lang);
            object.insert(u"visitor_tree"_qs, orNull(chat.visitorTree));
            object.insert(u"visitor_path"_qs, orNull(pathText(chat.visitorPath)));
            object.insert(u"tree_identity"_qs, change.caseTreeIdentity);
            object.insert(u"at"_qs, chat.openedAt.toUTC().toString(Qt::ISODateWithMs));
            break;
        case ChatChange::Kind::Assign:
            object.insert(u"kind"_qs, u"assign"_qs);
            object.insert(u"agent"_qs, change.agent);
            object.insert(u"note"_qs, orNull(change.note));
            break;
        case ChatChange::Kind::State:
            object.insert(u"kind"_qs, u"state"_qs);
            object.insert(u"state"_qs, chatStateCode(chat.state));
            object.insert(u"agent"_qs, orNull(chat.agent));
            object.insert(u"queued_at"_qs, chat.queuedAt.toUTC().toString(Qt::ISODateWithMs));
            object.insert(u"transfer_from"_qs, orNull(chat.transferFrom));
            object.insert(u"transfer_note"_qs, orNull(chat.transferNote));
            break;
        }
        list.append(object);
    }
    m_database
            .run(u"chat_changes_apply"_qs,
                 {{u"changes"_qs, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))}})
            .finish();
}

std::optional<int> ChatStore::findMessage(const QUuid &chatId, const QString &sender, const QString &clientId)
{
    QSqlQuery &query
            = m_database.run(u"chat_message_find"_qs,
                             {{u"chat_id"_qs, uuidText(chatId)}, {u"sender"_qs, sender}, {u"client_id"_qs, clientId}});
    std::optional<int> seq;
    if (query.next())
        seq = query.value(0).toInt();
    query.finish();
    return seq;
}

void ChatStore::append(const StoredChat &chat, const ChatLine &line)
{
    m_database
            .run(u"chat_message_insert"_qs,
                 {{u"chat_id"_qs, uuidText(chat.id)},
                  {u"case_id"_qs, uuidText(chat.caseId)},
                  {u"seq"_qs, line.seq},
                  {u"sender"_qs, line.sender},
                  {u"author"_qs, nullable(line.author)},
                  {u"client_id"_qs, line.clientId},
                  {u"body"_qs, line.body},
                  {u"sent_at"_qs, line.sentAt}})
            .finish();
}

void ChatStore::appendAll(const QList<NewLine> &lines)
{
    if (lines.isEmpty())
        return;
    if (lines.size() == 1) {
        StoredChat chat;
        chat.id = lines.constFirst().chat;
        chat.caseId = lines.constFirst().caseId;
        append(chat, lines.constFirst().line);
        return;
    }
    if (m_database.dialect() == SqlDialect::PostgreSql) {
        // Written directly: under load this list holds hundreds of lines, and building it as a QJsonArray of
        // QJsonObjects was half of the storage thread's work (docs/performance.md).
        FlatJsonWriter messages(lines.size() * 256);
        messages.beginList();
        for (const NewLine &entry : lines) {
            messages.beginObject();
            messages.field(u"chat_id", uuidText(entry.chat));
            messages.field(u"seq", entry.line.seq);
            messages.field(u"sender", entry.line.sender);
            if (entry.line.author.isEmpty())
                messages.nullField(u"author");
            else
                messages.field(u"author", entry.line.author);
            messages.field(u"client_id", entry.line.clientId);
            messages.field(u"body", entry.line.body);
            messages.field(u"sent_at", entry.line.sentAt.toUTC().toString(Qt::ISODateWithMs));
            messages.endObject();
        }
        messages.endList();
        m_database.run(u"chat_messages_append"_qs, {{u"messages"_qs, messages.take()}}).finish();
        return;
    }
    Database::Transaction transaction(m_database);
    for (const NewLine &entry : lines) {
        StoredChat chat;
        chat.id = entry.chat;
        chat.caseId = entry.caseId;
        append(chat, entry.line);
    }
    transaction.commit();
}

QList<ChatLine> ChatStore::messagesAfter(const QUuid &chatId, int seq)
{
    QSqlQuery &query
            = m_database.run(u"chat_messages_after"_qs, {{u"chat_id"_qs, uuidText(chatId)}, {u"after"_qs, seq}});
    QList<ChatLine> lines;
    while (query.next()) {
        lines.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toString(), timeFrom(query.value(5))});
    }
    query.finish();
    return lines;
}

QList<StoredChat> ChatStore::openChats()
{
    QSqlQuery &query = m_database.run(u"chats_open_select"_qs);
    QList<StoredChat> chats;
    while (query.next()) {
        StoredChat chat;
        chat.id = QUuid::fromString(query.value(0).toString());
        chat.caseId = QUuid::fromString(query.value(1).toString());
        chat.resumeHash = query.value(2).toString();
        chat.state = stateFrom(query.value(3).toString());
        chat.agent = query.value(4).toString();
        chat.lang = query.value(5).toString();
        chat.visitorTree = query.value(6).toString();
        chat.visitorPath = pathFrom(query.value(7).toString());
        chat.transferFrom = query.value(8).toString();
        chat.transferNote = query.value(9).toString();
        chat.openedAt = timeFrom(query.value(10));
        chat.queuedAt = timeFrom(query.value(11));
        chat.lastSeq = query.value(12).toInt();
        chats.append(chat);
    }
    query.finish();
    return chats;
}

QString ChatStore::randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString ChatStore::hashOf(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace ww::chat
