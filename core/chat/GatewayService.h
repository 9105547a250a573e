// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ChatGateway.h"
#include "chat/GatewayLease.h"
#include "chat/HealthEndpoint.h"
#include "storage/AsyncStorage.h"
#include "storage/DatabaseUrl.h"

#include <QHostAddress>
#include <QObject>
#include <QTextStream>

#include <memory>
#include <optional>

namespace ww {
class Database;
}

namespace ww::chat {

/// wegwijzer-chatd once its arguments are checked: serves at once on an SQLite file; on PostgreSQL only
/// while it holds the gateways' lease (GatewayLease), so that two or more gateways can stand behind one
/// address and one takes over when the serving one dies (docs/operations.md, "Two gateways"). The
/// health endpoint tells a load balancer which one serves.
class GatewayService : public QObject
{
    Q_OBJECT

public:
    struct Address
    {
        QHostAddress host;
        quint16 port = 0;
        QString text; ///< as given, for the log
    };
    struct Settings
    {
        DatabaseUrl database;
        QString password;
        ChatGatewayConfig config;
        Address listen;
        std::optional<Address> health;
        /// The shipped tree's identity: chat cases use it when no version of the tree is published.
        QString shippedTreeIdentity;
        GatewayLease::Timing lease;
    };

    GatewayService(Settings settings, QTextStream &log, QObject *parent = nullptr);
    ~GatewayService() override;

    /// Opens the health endpoint and starts serving, or waiting for the lease; false and \a error when
    /// the health endpoint cannot listen.
    bool start(QString *error);
    /// Stops serving; what the gateway still has to store is stored first, as far as the database lets it.
    void close();
    /// What the health endpoint says.
    HealthEndpoint::Status status() const;
    /// The gateway while this service serves, else nothing.
    ChatGateway *gateway() const { return m_gateway.get(); }

    /// The identity of the tree chat cases are walked in: the newest published version, else
    /// \a shipped. \a log gets a line saying which.
    static QString caseTreeIdentity(Database &database, const QString &shipped, QString *log);

signals:
    /// The service cannot go on (it cannot listen): the program must stop.
    void mustStop(const QString &reason);

private:
    void takeOver();
    void serve(const QString &treeIdentity);
    /// The lease is lost: stop serving at once and wait as a standby.
    void stepDown(const QString &reason);
    void say(const QString &line);

    Settings m_settings;
    QTextStream &m_log;
    std::unique_ptr<AsyncStorage> m_leaseStorage;
    std::unique_ptr<GatewayLease> m_lease;
    std::unique_ptr<HealthEndpoint> m_health;
    std::unique_ptr<ChatGateway> m_gateway;
    QString m_lastTakeFailure;
    QString m_intruder; ///< the account of a session that holds the lease and is not a gateway
};

} // namespace ww::chat
