// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatWriteBatch.h"

#include "storage/StorageError.h"

#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcChat)

namespace ww::chat {

ChatWriteBatch::ChatWriteBatch(Database &database, LostHandler lost, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_lost(std::move(lost))
{
}

ChatWriteBatch::~ChatWriteBatch()
{
    commit();
}

void ChatWriteBatch::begin()
{
    if (m_transaction)
        return;
    m_transaction = std::make_unique<Database::Transaction>(m_database);
    QTimer::singleShot(0, this, &ChatWriteBatch::commit);
}

void ChatWriteBatch::add(Entry entry)
{
    m_entries.append(std::move(entry));
}

void ChatWriteBatch::commit()
{
    if (!m_transaction)
        return;
    try {
        m_transaction->commit();
    } catch (const StorageError &error) {
        qCWarning(lcChat) << "storing messages failed:" << error.message();
        rollback();
        return;
    }
    m_transaction.reset();
    const QList<Entry> done = std::exchange(m_entries, {});
    for (const Entry &entry : done) {
        for (const auto &[peer, frame] : entry.sends) {
            if (peer)
                peer->send(frame);
        }
    }
}

void ChatWriteBatch::rollback()
{
    m_transaction.reset(); // its destructor rolls back
    const QList<Entry> lost = std::exchange(m_entries, {});
    for (auto entry = lost.crbegin(); entry != lost.crend(); ++entry)
        m_lost(*entry);
}

} // namespace ww::chat
