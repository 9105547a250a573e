// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DatabaseUrl.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include <atomic>
#include <memory>

class QSqlError;

namespace ww {

/// One open connection to the case database, with its named statements prepared once.
/// Statements live in resources/sql (common/queries, with per-dialect overrides); no SQL in C++.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(ww::Database)

public:
    /// What a statement on PostgreSQL may take unless the URL says otherwise (statement_timeout).
    static constexpr int DefaultStatementTimeoutMs = 60000;
    /// Opens the database; throws StorageError with a message naming what failed.
    static std::unique_ptr<Database> open(const DatabaseUrl &url, const QString &password = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    SqlDialect dialect() const { return m_url.dialect(); }
    QSqlDatabase connection() const;

    /// The text of the named statement for this database's dialect.
    QString statement(const QString &name) const;
    /// Runs the named statement with \a bindings (":name" → value); throws StorageError.
    QSqlQuery &run(const QString &name, const QVariantMap &bindings = {});
    /// Runs the named statement without keeping it prepared: for DDL and statements whose tables
    /// come and go (a prepared statement on a dropped table breaks).
    void runOnce(const QString &name, const QVariantMap &bindings = {});
    /// Runs literal SQL from a migration file; throws StorageError.
    void execute(const QString &sql, const QString &origin);

    /// Closes and opens the connection again, with the same credentials, after it was lost.
    /// Returns false while the database cannot be reached.
    bool reconnect();
    /// The network socket of a PostgreSQL connection (-1 for SQLite or when closed): another thread may
    /// shut it down to free a thread that waits on a network that went silent.
    int socketDescriptor() const;
    /// While \a progress is not 0, each statement stores its start time there (ms since the epoch): a
    /// watchdog on another thread then sees how long the database has been silent, however many
    /// statements a job runs.
    void setProgressClock(std::atomic<qint64> *progress) { m_progress = progress; }
    /// Whether \a error, met on this connection, may pass (the network, a busy server) or is the
    /// database saying no; for code that runs its own queries on connection().
    StorageError::Cause causeOf(const QSqlError &error) const;

    /// Commits when commit() is called; rolls back when it goes out of scope without.
    class Transaction
    {
    public:
        explicit Transaction(Database &database);
        ~Transaction();
        void commit();

    private:
        Database &m_database;
        bool m_open = true;
    };

private:
    Database(const DatabaseUrl &url, QString connectionName);
    void configureConnection();
    [[noreturn]] void fail(const QString &what, const QSqlError &error) const;
    void noteProgress();

    DatabaseUrl m_url;
    QString m_connectionName;
    QHash<QString, QSqlQuery> m_prepared;
    std::atomic<qint64> *m_progress = nullptr;
};

} // namespace ww
