// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayService.h"

#include "content/TreeVersions.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "tree/DecisionTree.h"

namespace ww::chat {

namespace {

/// The lease's session must notice a dead network quickly, so its jobs get a short deadline.
constexpr int leaseDeadlineMs = 3000;

} // namespace

GatewayService::GatewayService(Settings settings, QTextStream &log, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_log(log)
{ }

GatewayService::~GatewayService()
{
    close();
}

QString GatewayService::caseTreeIdentity(Database &database, const QString &shipped, QString *log)
{
    try {
        if (const std::optional<TreeVersionContent> published = TreeVersions(database).newest()) {
            *log = u"chat cases use published version %1 of the tree (%2)"_qs.arg(published->version.id)
                           .arg(published->tree->identity());
            return published->tree->identity();
        }
    } catch (const StorageError &unusable) {
        *log = u"the newest published tree is not used: "_qs + unusable.message().section(u'\n', 0, 0);
        return shipped;
    }
    *log = u"chat cases use the shipped tree (%1)"_qs.arg(shipped);
    return shipped;
}

bool GatewayService::start(QString *error)
{
    if (m_settings.health) {
        m_health = std::make_unique<HealthEndpoint>([this] { return status(); });
        if (!m_health->listen(m_settings.health->host, m_settings.health->port, error)) {
            *error = tr("cannot listen on %1 for health checks: %2").arg(m_settings.health->text, *error);
            return false;
        }
        say(u"health checks on http://%1/"_qs.arg(m_settings.health->text));
    }
    if (m_settings.database.dialect() != SqlDialect::PostgreSql) {
        // One file on one machine: there is no second gateway to share it with.
        std::unique_ptr<Database> database = Database::open(m_settings.database, m_settings.password);
        QString line;
        const QString identity = caseTreeIdentity(*database, m_settings.shippedTreeIdentity, &line);
        say(line);
        serve(identity);
        return true;
    }
    const DatabaseUrl url = m_settings.database;
    const QString password = m_settings.password;
    AsyncStorage::Timing timing;
    timing.deadlineMs = leaseDeadlineMs;
    m_leaseStorage = std::make_unique<AsyncStorage>([url, password] { return Database::open(url, password); }, timing);
    m_lease = std::make_unique<GatewayLease>(*m_leaseStorage, m_settings.lease);
    connect(m_lease.get(), &GatewayLease::acquired, this, &GatewayService::takeOver);
    connect(m_lease.get(), &GatewayLease::lost, this, &GatewayService::stepDown);
    connect(m_lease.get(), &GatewayLease::takeFailed, this, [this](const QString &reason) {
        if (reason != std::exchange(m_lastTakeFailure, reason))
            say(u"standby: cannot ask the database for the lease: "_qs + reason);
    });
    connect(m_lease.get(), &GatewayLease::intruderChanged, this, [this](const QString &account) {
        // A role name may hold any character, line breaks too: one line in the log and the health check.
        m_intruder = account.simplified();
        if (!account.isEmpty())
            say(u"standby: the gateways' lease is held by a session of the account \"%1\", which is not a "
                "gateway; no gateway can serve until that session ends (docs/operations.md, \"Two gateways\")"_qs.arg(
                        m_intruder));
    });
    say(u"standby: serving when no other gateway on this database does"_qs);
    m_lease->start();
    return true;
}

void GatewayService::takeOver()
{
    say(u"took the lease: this gateway serves now"_qs);
    const QString shipped = m_settings.shippedTreeIdentity;
    auto line = std::make_shared<QString>();
    // Read now, not at start: a standby may wait for weeks while new versions of the tree are published.
    m_leaseStorage->run<QString>(
            this, [shipped, line](Database &database) { return caseTreeIdentity(database, shipped, line.get()); },
            [this, shipped, line](StorageResult<QString> identity) {
                if (!m_lease->isHeld())
                    return;
                say(identity.ok() ? *line
                                  : u"the newest published tree cannot be read; chat cases use the shipped tree"_qs);
                serve(identity.ok() ? *identity.value : shipped);
            });
}

void GatewayService::serve(const QString &treeIdentity)
{
    if (m_gateway)
        return; // the lease was lost and taken again before the first take-over finished: one gateway serves
    m_gateway
            = std::make_unique<ChatGateway>(m_settings.database, treeIdentity, m_settings.config, m_settings.password);
    QString error;
    if (!m_gateway->listen(m_settings.listen.host, m_settings.listen.port, &error)) {
        const QString reason = tr("cannot listen on %1: %2").arg(m_settings.listen.text, error);
        say(reason);
        emit mustStop(reason);
        return;
    }
    say(u"listening on %1%2 (port %3)"_qs
                .arg(m_settings.config.tls ? u"wss://"_qs : u"ws://"_qs, m_settings.listen.text)
                .arg(m_gateway->port()));
}

void GatewayService::stepDown(const QString &reason)
{
    say(u"lost the lease (%1): stopped serving; standby until no other gateway serves"_qs.arg(reason));
    if (!m_gateway)
        return;
    // Deleted once the event loop is back: its storage thread may still be finishing a job.
    ChatGateway *gateway = m_gateway.release();
    gateway->abandon();
    gateway->deleteLater();
}

void GatewayService::close()
{
    if (m_lease)
        disconnect(m_lease.get(), nullptr, this, nullptr);
    if (m_gateway)
        m_gateway->close();
}

HealthEndpoint::Status GatewayService::status() const
{
    if (!m_gateway && !m_intruder.isEmpty())
        return {false, u"standby; the lease is held by the account %1, which is not a gateway"_qs.arg(m_intruder)};
    if (!m_gateway)
        return {false, m_lease && m_lease->isHeld() ? u"starting"_qs : u"standby"_qs};
    if (!m_gateway->isLoaded())
        return {false, u"starting"_qs};
    // Still the one to serve: visitors and agents are better off connected and told to wait.
    return {true, m_gateway->isDatabaseOnline() ? u"active"_qs : u"active; database offline"_qs};
}

void GatewayService::say(const QString &line)
{
    m_log << "wegwijzer-chatd: " << line << '\n';
    m_log.flush();
}

} // namespace ww::chat
