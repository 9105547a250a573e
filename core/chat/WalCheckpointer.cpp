// SPDX-License-Identifier: GPL-3.0-or-later
#include "WalCheckpointer.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcChat)

namespace ww::chat {

WalCheckpointer::WalCheckpointer(DatabaseUrl url, int intervalMs, QObject *parent)
    : QThread(parent)
    , m_url(std::move(url))
    , m_intervalMs(intervalMs)
{ }

WalCheckpointer::~WalCheckpointer()
{
    quit();
    wait();
}

void WalCheckpointer::run()
{
    try {
        // A connection belongs to the thread that opens it.
        std::unique_ptr<Database> database = Database::open(m_url);
        QTimer timer;
        connect(&timer, &QTimer::timeout, &timer, [&database] {
            try {
                database->runOnce(u"wal_checkpoint"_qs);
            } catch (const StorageError &error) {
                qCWarning(lcChat) << "checkpoint failed:" << error.message();
            }
        });
        timer.start(m_intervalMs);
        exec();
    } catch (const StorageError &error) {
        qCWarning(lcChat) << "no checkpoints:" << error.message();
    }
}

} // namespace ww::chat
