// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ww {

enum class SqlDialect { Sqlite, PostgreSql };

/// Where the case database is: sqlite:///absolute/path.db, or (shared) postgresql://USER@HOST:PORT/DBNAME.
/// Passwords are never part of the URL.
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(ww::DatabaseUrl)

public:
    static constexpr qsizetype MaxLength = 2048;

    /// Parses \a text; on failure returns nothing and sets \a error to what is wrong.
    static std::optional<DatabaseUrl> parse(const QString &text, QString *error);
    /// The embedded default: wegwijzer.db in the user's data directory.
    static DatabaseUrl embeddedDefault();
    static DatabaseUrl sqliteFile(const QString &absolutePath);

    SqlDialect dialect() const { return m_dialect; }
    QString sqlitePath() const { return m_path; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_databaseName; }
    QString connectOptions() const { return m_options; }
    /// The value of one ?key=value option, or empty.
    QString option(const QString &key) const;
    /// The same URL with \a key set to \a value unless the URL sets it (PostgreSQL only).
    DatabaseUrl withDefaultOption(const QString &key, const QString &value) const;
    /// The URL as given, safe to show (it never contains a password).
    QString toString() const;

private:
    SqlDialect m_dialect = SqlDialect::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_databaseName;
    QString m_options;
};

} // namespace ww
