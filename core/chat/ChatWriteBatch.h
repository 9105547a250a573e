// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ChatPeer.h"
#include "storage/Database.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>
#include <memory>

namespace ww::chat {

/// Group commit: the messages stored during one pass of the event loop share one transaction, and
/// what depends on them (the sender's ack, the delivery to the other side) leaves only after the
/// commit. One commit per pass instead of one per message is what lets the gateway keep up.
class ChatWriteBatch : public QObject
{
    Q_OBJECT

public:
    /// A message written in the open transaction, and what to send once it is committed.
    struct Entry
    {
        QUuid chat;
        QString key;
        int seqBefore = 0;
        QPointer<ChatPeer> sender;
        QString frameId;
        QList<std::pair<QPointer<ChatPeer>, QString>> sends;
    };
    /// Called with the entries of a batch that did not reach the database, newest first.
    using LostHandler = std::function<void(const Entry &)>;

    ChatWriteBatch(Database &database, LostHandler lost, QObject *parent = nullptr);
    ~ChatWriteBatch() override;

    /// Opens the transaction if none is open; the commit follows when the event loop is next idle.
    void begin();
    void add(Entry entry);
    /// Commits now and sends; on failure hands every entry to the lost handler.
    void commit();
    /// Rolls back and hands every entry to the lost handler.
    void rollback();

private:
    Database &m_database;
    LostHandler m_lost;
    std::unique_ptr<Database::Transaction> m_transaction;
    QList<Entry> m_entries;
};

} // namespace ww::chat
