// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatdCli.h"

#include "chat/ChatGateway.h"
#include "chat/GatewayService.h"
#include "chat/StopSignals.h"
#include "content/ShippedContent.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/PasswordFile.h"
#include "storage/SqlCaseStore.h"
#include "storage/StorageError.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace ww::chat {

namespace {

constexpr quint16 defaultPort = 8765;
constexpr int minTelephonySecretChars = 32;

std::optional<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace

ChatdCli::ChatdCli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

QString ChatdCli::usage() const
{
    return tr("Usage: wegwijzer-chatd --db URL [--password-file FILE] [--listen HOST:PORT] "
              "[--tls-cert FILE --tls-key FILE]\n"
              "                       [--telephony-secret-file FILE]\n"
              "                       [--health-listen HOST:PORT]\n"
              "  or:  wegwijzer-chatd --help | --version\n"
              "\n"
              "The chat gateway of Wegwijzer Desk: visitors of the website chat with helpline agents through it.\n"
              "Both connect over WebSocket (JSON, protocol version 1). Every chat opens a case of channel chat\n"
              "in the case database, and its transcript is stored with the case.\n"
              "\n"
              "Options:\n"
              "  --db URL              the case database: sqlite:///absolute/path.db, or\n"
              "                        postgresql://USER@HOST:PORT/DBNAME[?sslmode=verify-full&sslrootcert=FILE]\n"
              "                        with USER the gateway's own account (wegwijzer-admin user add NAME\n"
              "                        --role gateway). The database must be migrated (wegwijzer-admin db migrate).\n"
              "  --password-file FILE  read the database password from the first line of FILE; FILE must be\n"
              "                        readable by its owner only (chmod 600). Under systemd: LoadCredential=.\n"
              "  --listen HOST:PORT    where to listen (default 127.0.0.1:8765; [::1]:8765 for IPv6)\n"
              "  --tls-cert FILE       PEM certificate (chain): serve wss:// instead of ws://\n"
              "  --tls-key FILE        PEM private key of that certificate (RSA or EC, without a passphrase)\n"
              "  --telephony-secret-file FILE\n"
              "                        let the phone system announce calls (docs/telephony.md); it logs in with\n"
              "                        the secret on the first line of FILE (at least 32 characters; FILE readable\n"
              "                        by its owner only, chmod 600)\n"
              "  --health-listen HOST:PORT\n"
              "                        answer a load balancer's health checks there over plain HTTP: 200 while\n"
              "                        this gateway serves, 503 while it waits as a standby\n"
              "  --help                show this help and exit\n"
              "  --version             show the version and exit\n"
              "\n"
              "Passwords are never given on the command line. Without --password-file libpq reads PGPASSWORD\n"
              "or ~/.pgpass.\n"
              "\n"
              "On PostgreSQL several gateways may run on one database: one serves, the others wait as standbys\n"
              "and one of them takes over within seconds when it stops (docs/operations.md, \"Two gateways\").\n"
              "\n"
              "Logs go to standard error and never hold message text. SIGTERM or SIGINT stops the gateway\n"
              "cleanly; chats in progress resume when it starts again.\n"
              "\n"
              "Exit status: 0 success (also after SIGTERM or SIGINT), 1 failure, 2 usage error.\n");
}

int ChatdCli::usageError(const QString &message)
{
    m_err << "wegwijzer-chatd: " << message << "\n\n" << usage();
    m_err.flush();
    return UsageError;
}

int ChatdCli::failure(const QString &message)
{
    m_err << "wegwijzer-chatd: " << message << '\n';
    m_err.flush();
    return Failure;
}

std::optional<ChatdCli::Listen> ChatdCli::parseListen(const QString &text, QString *error)
{
    const qsizetype colon = text.lastIndexOf(u':');
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
    Listen listen;
    if (host == u"localhost")
        host = u"127.0.0.1"_qs;
    if (!portOk || port == 0 || port > 65535 || !listen.address.setAddress(host)) {
        *error = tr("\"%1\" is not HOST:PORT with an IP address and a port from 1 to 65535").arg(text.left(100));
        return std::nullopt;
    }
    listen.port = static_cast<quint16>(port);
    return listen;
}

int ChatdCli::run(const QStringList &arguments)
{
    QString dbText;
    QString listenText = u"127.0.0.1:%1"_qs.arg(defaultPort);
    QString certPath;
    QString keyPath;
    QString passwordPath;
    QString telephonySecretPath;
    QString healthText;
    const QStringList args = arguments.mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--help" || arg == u"-h") {
            m_out << usage();
            return Success;
        }
        if (arg == u"--version") {
            m_out << "wegwijzer-chatd " << WW_VERSION << '\n';
            return Success;
        }
        QString *target = arg == u"--db"            ? &dbText
                : arg == u"--listen"                ? &listenText
                : arg == u"--tls-cert"              ? &certPath
                : arg == u"--tls-key"               ? &keyPath
                : arg == u"--password-file"         ? &passwordPath
                : arg == u"--telephony-secret-file" ? &telephonySecretPath
                : arg == u"--health-listen"         ? &healthText
                                                    : nullptr;
        if (!target)
            return usageError(tr("unknown argument \"%1\"").arg(arg.left(100)));
        if (i + 1 >= args.size())
            return usageError(tr("%1 needs a value").arg(arg));
        *target = args.at(++i);
    }
    if (dbText.isEmpty())
        return usageError(tr("--db is required"));
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(dbText, &error);
    if (!url)
        return usageError(error);
    const std::optional<Listen> listen = parseListen(listenText, &error);
    if (!listen)
        return usageError(error);
    std::optional<Listen> health;
    if (!healthText.isEmpty()) {
        health = parseListen(healthText, &error);
        if (!health)
            return usageError(error);
        if (health->port == listen->port)
            return usageError(tr("--health-listen needs another port than --listen"));
    }
    if (certPath.isEmpty() != keyPath.isEmpty())
        return usageError(tr("--tls-cert and --tls-key go together"));
    if (!passwordPath.isEmpty() && url->dialect() != SqlDialect::PostgreSql)
        return usageError(tr("--password-file is for a PostgreSQL database; an SQLite file needs no password"));
    QString password;
    if (!passwordPath.isEmpty()) {
        const std::optional<QString> read = PasswordFile::read(passwordPath, &error);
        if (!read)
            return failure(error);
        password = *read;
    }

    ChatGatewayConfig config;
    if (!telephonySecretPath.isEmpty()) {
        const std::optional<QString> secret = PasswordFile::read(telephonySecretPath, &error);
        if (!secret)
            return failure(error);
        if (secret->size() < minTelephonySecretChars)
            return failure(tr("%1: the telephony secret is shorter than %2 characters; make one with "
                              "\"openssl rand -base64 33\"")
                                   .arg(telephonySecretPath)
                                   .arg(minTelephonySecretChars));
        config.telephony.secret = secret->toUtf8();
    }
    if (!certPath.isEmpty()) {
        if (!QSslSocket::supportsSsl())
            return failure(tr("this Qt has no TLS support"));
        const std::optional<QByteArray> certText = readFile(certPath);
        const std::optional<QByteArray> keyText = readFile(keyPath);
        if (!certText || !keyText)
            return failure(tr("cannot read %1").arg(certText ? keyPath : certPath));
        const QList<QSslCertificate> chain = QSslCertificate::fromData(*certText, QSsl::Pem);
        const QSslKey key(*keyText, QSsl::Rsa, QSsl::Pem);
        const QSslKey ecKey = key.isNull() ? QSslKey(*keyText, QSsl::Ec, QSsl::Pem) : key;
        if (chain.isEmpty())
            return failure(tr("%1 holds no PEM certificate").arg(certPath));
        if (ecKey.isNull())
            return failure(tr("%1 holds no PEM private key (RSA or EC, without a passphrase)").arg(keyPath));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(ecKey);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // visitors are anonymous
        config.tls = tls;
    }

    try {
        // Chat cases are walked in the newest published tree, as the desks use it; without one, in the
        // shipped tree, which is stored so cases can always show it.
        const DirectoryLoadResult directory = ShippedContent::loadDirectory();
        const TreeLoadResult tree = directory.ok() ? ShippedContent::loadTree(*directory.directory) : TreeLoadResult{};
        if (!tree.ok())
            return failure(tr("the shipped tree does not load"));
        {
            // Checked once before serving; from then on the gateway has a connection on a thread of its own.
            std::unique_ptr<Database> database = Database::open(*url, password);
            Migrator migrator(*database);
            if (migrator.currentVersion() < migrator.latestVersion())
                return failure(tr("the database %1 has schema version %2; run \"wegwijzer-admin db migrate\" first")
                                       .arg(url->toString())
                                       .arg(migrator.currentVersion()));
            SqlCaseStore(*database).storeTree(*tree.tree);
        }

        GatewayService::Settings settings;
        settings.database = *url;
        settings.password = password;
        settings.config = config;
        settings.listen = {listen->address, listen->port, listenText};
        if (health)
            settings.health = GatewayService::Address{health->address, health->port, healthText};
        settings.shippedTreeIdentity = tree.tree->identity();
        GatewayService service(settings, m_err);
        if (!service.start(&error))
            return failure(error);

        StopSignals stop;
        int stoppedBy = 0;
        QObject::connect(&stop, &StopSignals::stopRequested, &service, [&stoppedBy](int number) {
            stoppedBy = number;
            QCoreApplication::exit(Success);
        });
        QObject::connect(&service, &GatewayService::mustStop, &service, [] { QCoreApplication::exit(Failure); });
        const int exitCode = QCoreApplication::exec();
        service.close();
        if (exitCode != Success)
            return Failure; // the service said why
        m_err << "wegwijzer-chatd: stopped by signal " << stoppedBy << "; ";
        if (const ChatGateway *gateway = service.gateway())
            m_err << gateway->openChatCount() << " chats can be resumed\n";
        else
            m_err << "it was on standby\n";
        m_err.flush();
        return Success;
    } catch (const StorageError &storage) {
        return failure(storage.message());
    }
}

} // namespace ww::chat
