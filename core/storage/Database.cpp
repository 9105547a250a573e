// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "storage/ConnectionProblem.h"
#include "storage/StorageError.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

namespace ww {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"wegwijzer-"_qs + QString::number(++counter);
}

QString dialectFolder(SqlDialect dialect)
{
    return dialect == SqlDialect::Sqlite ? u"sqlite"_qs : u"postgresql"_qs;
}

/// Whether the same statement may succeed later: the server was unreachable, shutting down, out
/// of resources, or the transaction lost a race; everything else is the database saying no.
StorageError::Cause causeOf(SqlDialect dialect, const QSqlError &error, bool connectionOpen)
{
    const QString code = error.nativeErrorCode();
    if (dialect == SqlDialect::PostgreSql) {
        if (code.isEmpty() || !connectionOpen || error.type() == QSqlError::ConnectionError)
            return StorageError::Cause::Unavailable;
        static const QStringList retryable{u"08"_qs, u"53"_qs, u"57"_qs, u"58"_qs};
        if (retryable.contains(code.left(2)) || code == u"40001" || code == u"40P01")
            return StorageError::Cause::Unavailable;
        return StorageError::Cause::Refused;
    }
    // SQLite: busy, locked, I/O, full disk and cannot-open come and go; the rest is a rule.
    static const QStringList retryable{u"5"_qs, u"6"_qs, u"10"_qs, u"13"_qs, u"14"_qs};
    return retryable.contains(code) || code.isEmpty() ? StorageError::Cause::Unavailable : StorageError::Cause::Refused;
}

/// The embedded database holds case data: its files are for their owner's eyes only. SQLite gives
/// the journal files it makes later the main file's permissions.
void restrictToOwner(const QString &path)
{
    QFile database(path);
    if (!database.exists() && database.open(QIODevice::WriteOnly))
        database.close();
    for (const QString &file : QStringList{path, path + u"-wal"_qs, path + u"-shm"_qs}) {
        if (QFile::exists(file))
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }
}

} // namespace

Database::Database(const DatabaseUrl &url, QString connectionName)
    : m_url(url)
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    m_prepared.clear(); // every query handle must be gone before the connection is removed
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const DatabaseUrl &url, const QString &password)
{
    const QString name = uniqueConnectionName();
    std::unique_ptr<Database> database(new Database(url, name));
    const QString driver = url.dialect() == SqlDialect::Sqlite ? u"QSQLITE"_qs : u"QPSQL"_qs;
    if (!QSqlDatabase::isDriverAvailable(driver))
        throw StorageError(tr("the Qt SQL driver %1 is not installed").arg(driver));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);

    if (url.dialect() == SqlDialect::Sqlite) {
        const QFileInfo file(url.sqlitePath());
        if (!file.dir().exists()) {
            if (!QDir().mkpath(file.absolutePath()))
                throw StorageError(tr("cannot create the directory %1 for the database").arg(file.absolutePath()));
            QFile::setPermissions(file.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        restrictToOwner(url.sqlitePath());
        db.setDatabaseName(url.sqlitePath());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_qs);
    } else {
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.user());
        db.setDatabaseName(url.databaseName());
        if (!password.isEmpty())
            db.setPassword(password);
        // A server that does not answer (a network cut) must not hold a connection for minutes:
        // connecting gives up after 5 s, and a connection whose packets go unanswered is given up by
        // the kernel after tcp_user_timeout (keepalives find one that went quiet). The URL may
        // change each. statement_timeout is the server's, set once connected.
        QStringList options;
        const DatabaseUrl bounded = url.withDefaultOption(u"connect_timeout"_qs, u"5"_qs)
                                            .withDefaultOption(u"keepalives"_qs, u"1"_qs)
                                            .withDefaultOption(u"keepalives_idle"_qs, u"5"_qs)
                                            .withDefaultOption(u"keepalives_interval"_qs, u"2"_qs)
                                            .withDefaultOption(u"keepalives_count"_qs, u"2"_qs)
                                            .withDefaultOption(u"tcp_user_timeout"_qs, u"8000"_qs);
        for (const QString &pair : bounded.connectOptions().split(u';', Qt::SkipEmptyParts)) {
            if (!pair.startsWith(u"statement_timeout="_qs))
                options.append(pair);
        }
        db.setConnectOptions(options.join(u';'));
    }
    if (!db.open()) {
        if (url.dialect() == SqlDialect::PostgreSql) {
            const ConnectionProblem problem = ConnectionProblem::classify(url, db.lastError().text());
            throw StorageError(problem.message(), problem.needsPassword());
        }
        throw StorageError(tr("cannot open the database %1: %2").arg(url.toString(), db.lastError().text()));
    }

    database->configureConnection();
    return database;
}

void Database::configureConnection()
{
    if (dialect() == SqlDialect::PostgreSql) {
        // A statement the server works on for too long is stopped by the server itself (milliseconds;
        // the URL may set another limit, 0 for none).
        const QString limit = m_url.option(u"statement_timeout"_qs);
        execute(u"SET statement_timeout = "_qs
                        + QString::number(limit.isEmpty() ? DefaultStatementTimeoutMs : limit.toInt()),
                u"open"_qs);
        return;
    }
    if (dialect() == SqlDialect::Sqlite) {
        // WAL lets the home list read while a save is written; foreign keys are off by default in SQLite.
        execute(u"PRAGMA journal_mode = WAL"_qs, u"open"_qs);
        execute(u"PRAGMA foreign_keys = ON"_qs, u"open"_qs);
        execute(u"PRAGMA synchronous = NORMAL"_qs, u"open"_qs);
    }
}

bool Database::reconnect()
{
    m_prepared.clear(); // prepared on the old connection
    QSqlDatabase db = connection();
    db.close();
    if (!db.open())
        return false;
    try {
        configureConnection();
    } catch (const StorageError &) {
        db.close();
        return false;
    }
    return true;
}

int Database::socketDescriptor() const
{
    if (dialect() != SqlDialect::PostgreSql)
        return -1;
    QSqlDatabase db = connection();
    if (!db.isOpen() || !db.driver())
        return -1;
    QVariant handle = db.driver()->handle();
    // Qt names the type by the struct behind libpq's typedef.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return -1;
    PGconn *libpq = *static_cast<PGconn **>(handle.data());
    return libpq ? PQsocket(libpq) : -1;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::statement(const QString &name) const
{
    for (const QString &folder : {dialectFolder(dialect()), u"common"_qs}) {
        QFile file(u":/sql/"_qs + folder + u"/queries/"_qs + name + u".sql"_qs);
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll()).trimmed();
    }
    throw StorageError(tr("the statement \"%1\" is missing from the program's resources").arg(name));
}

void Database::noteProgress()
{
    if (m_progress && m_progress->load() != 0)
        m_progress->store(QDateTime::currentMSecsSinceEpoch());
}

QSqlQuery &Database::run(const QString &name, const QVariantMap &bindings)
{
    noteProgress();
    auto found = m_prepared.find(name);
    if (found == m_prepared.end()) {
        QSqlQuery query(connection());
        if (!query.prepare(statement(name)))
            fail(tr("preparing \"%1\"").arg(name), query.lastError());
        found = m_prepared.insert(name, query);
    }
    QSqlQuery &query = found.value();
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        query.bindValue(u':' + it.key(), it.value());
    noteProgress();
    if (!query.exec())
        fail(tr("running \"%1\"").arg(name), query.lastError());
    return query;
}

void Database::runOnce(const QString &name, const QVariantMap &bindings)
{
    noteProgress();
    QSqlQuery query(connection());
    if (!query.prepare(statement(name)))
        fail(tr("preparing \"%1\"").arg(name), query.lastError());
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        query.bindValue(u':' + it.key(), it.value());
    if (!query.exec())
        fail(tr("running \"%1\"").arg(name), query.lastError());
}

void Database::execute(const QString &sql, const QString &origin)
{
    noteProgress();
    QSqlQuery query(connection());
    if (!query.exec(sql))
        fail(tr("running a statement of %1").arg(origin), query.lastError());
}

StorageError::Cause Database::causeOf(const QSqlError &error) const
{
    return ww::causeOf(dialect(), error, connection().isOpen());
}

void Database::fail(const QString &what, const QSqlError &error) const
{
    throw StorageError(tr("database error while %1 on %2: %3").arg(what, m_url.toString(), error.text()),
                       causeOf(error));
}

Database::Transaction::Transaction(Database &database)
    : m_database(database)
{
    if (!m_database.connection().transaction())
        m_database.fail(tr("starting a transaction"), m_database.connection().lastError());
}

Database::Transaction::~Transaction()
{
    if (m_open)
        m_database.connection().rollback();
}

void Database::Transaction::commit()
{
    if (!m_database.connection().commit())
        m_database.fail(tr("committing"), m_database.connection().lastError());
    m_open = false;
}

} // namespace ww
