// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DatabaseUrl.h"

#include <QThread>

namespace ww::chat {

/// SQLite only: copies the write-ahead log into the database file from a thread and connection of
/// its own, every \a intervalMs. The gateway turns SQLite's own checkpoints (at a commit, in the
/// event loop, with a file sync) off, so no chat waits for one.
class WalCheckpointer : public QThread
{
    Q_OBJECT

public:
    WalCheckpointer(DatabaseUrl url, int intervalMs, QObject *parent = nullptr);
    ~WalCheckpointer() override;

protected:
    void run() override;

private:
    DatabaseUrl m_url;
    int m_intervalMs;
};

} // namespace ww::chat
