// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace ww {
class AsyncStorage;
}

namespace ww::chat {

/// Which one of several chat gateways on one PostgreSQL database serves: the one whose database session
/// holds the gateways' advisory lock (gateway_lease_take.sql). The others stay on standby and try again
/// every retryMs; the lock goes with the session, so when the serving gateway's process or machine dies
/// the server frees it and a standby takes over (docs/operations.md, "Two gateways").
///
/// A gateway that holds the lease checks every checkMs that its session still holds it; when the
/// connection broke, was made anew or does not answer within the storage's deadline, the lease is lost
/// and the gateway must stop serving at once, since another may take over.
class GatewayLease : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int retryMs = 500;  ///< standby: how often to try to take the lease
        int checkMs = 1000; ///< serving: how often to check that it is still held
    };

    /// \a storage is the lease's own connection: the lock lives in its session, so it must not be shared
    /// with work that may reconnect it.
    explicit GatewayLease(AsyncStorage &storage, QObject *parent = nullptr);
    GatewayLease(AsyncStorage &storage, Timing timing, QObject *parent = nullptr);

    void start();
    bool isHeld() const { return m_held; }

signals:
    void acquired();
    /// \a reason says why, for the log (never personal data).
    void lost(const QString &reason);
    /// Trying to take the lease failed (the database is away, or says no): \a reason is the first line of
    /// the error. Not emitted while another gateway simply holds it.
    void takeFailed(const QString &reason);
    /// A session of \a account, which is not a gateway, holds the lease (any account may take an advisory
    /// lock): no gateway can serve until that session ends. Empty when that is over.
    void intruderChanged(const QString &account);

private:
    void tick();
    void tryToTake();
    void checkStillHeld();
    void lose(const QString &reason);

    AsyncStorage &m_storage;
    Timing m_timing;
    QTimer m_timer;
    bool m_held = false;
    bool m_asking = false; ///< a question is on its way to the database: ask no second one
    QString m_intruder;
};

} // namespace ww::chat
