// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseUrl.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace ww {

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    if (text.size() > MaxLength) {
        *error = tr("the database URL is longer than %1 characters").arg(MaxLength);
        return std::nullopt;
    }
    if (text.contains(QChar(0))) {
        *error = tr("the database URL contains a NUL character");
        return std::nullopt;
    }
    DatabaseUrl url;
    if (text.startsWith(u"sqlite://")) {
        const QString path = text.mid(9);
        if (!path.startsWith(u'/')) {
            *error = tr("\"%1\": an SQLite URL needs an absolute path, as in sqlite:///home/agent/wegwijzer.db")
                             .arg(text);
            return std::nullopt;
        }
        if (path.size() < 2 || path.endsWith(u'/')) {
            *error = tr("\"%1\": the SQLite URL names a directory, not a file").arg(text);
            return std::nullopt;
        }
        url.m_dialect = SqlDialect::Sqlite;
        url.m_path = QDir::cleanPath(path);
        return url;
    }
    if (text.startsWith(u"postgresql://") || text.startsWith(u"postgres://")) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid()) {
            *error = tr("\"%1\" is not a valid PostgreSQL URL: %2").arg(text, parsed.errorString());
            return std::nullopt;
        }
        if (!parsed.password().isEmpty()) {
            *error = tr("the database URL must not contain a password; use the login dialog, a prompt, "
                        "PGPASSWORD or ~/.pgpass");
            return std::nullopt;
        }
        const QString database = parsed.path().mid(1);
        if (parsed.host().isEmpty() || database.isEmpty() || database.contains(u'/')) {
            *error = tr("\"%1\": expected postgresql://USER@HOST:PORT/DBNAME").arg(text);
            return std::nullopt;
        }
        url.m_dialect = SqlDialect::PostgreSql;
        url.m_host = parsed.host();
        url.m_port = parsed.port(5432);
        url.m_user = parsed.userName();
        url.m_databaseName = database;
        QStringList options;
        const QUrlQuery query(parsed);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            static const QStringList allowed{u"sslmode"_qs,          u"sslrootcert"_qs,      u"sslcert"_qs,
                                             u"sslkey"_qs,           u"connect_timeout"_qs,  u"application_name"_qs,
                                             u"keepalives"_qs,       u"keepalives_idle"_qs,  u"keepalives_interval"_qs,
                                             u"keepalives_count"_qs, u"tcp_user_timeout"_qs, u"statement_timeout"_qs};
            if (!allowed.contains(key)) {
                *error = tr("unknown database URL option \"%1\"; allowed are: %2").arg(key, allowed.join(u", "_qs));
                return std::nullopt;
            }
            if (value.contains(u';') || value.contains(u' ')) {
                *error = tr("the value of \"%1\" must not contain spaces or semicolons").arg(key);
                return std::nullopt;
            }
            // Waits are whole numbers (seconds for connect_timeout and the keepalives, milliseconds for
            // tcp_user_timeout and statement_timeout), so that nothing can freeze a desk for ever.
            static const QRegularExpression number(QRegularExpression::anchoredPattern(u"[0-9]{1,7}"_qs));
            if ((key.contains(u"timeout"_qs) || key.startsWith(u"keepalives"_qs)) && !number.match(value).hasMatch()) {
                *error = tr("the value of \"%1\" must be a whole number, not \"%2\"").arg(key, value);
                return std::nullopt;
            }
            options.append(key + u'=' + value);
        }
        url.m_options = options.join(u';');
        return url;
    }
    *error = tr("\"%1\" is not a database URL; use sqlite:///absolute/path.db or postgresql://USER@HOST:PORT/DBNAME")
                     .arg(text);
    return std::nullopt;
}

QString DatabaseUrl::option(const QString &key) const
{
    for (const QString &pair : m_options.split(u';', Qt::SkipEmptyParts)) {
        if (pair.section(u'=', 0, 0) == key)
            return pair.section(u'=', 1);
    }
    return {};
}

DatabaseUrl DatabaseUrl::withDefaultOption(const QString &key, const QString &value) const
{
    DatabaseUrl url = *this;
    if (m_dialect == SqlDialect::PostgreSql && option(key).isEmpty())
        url.m_options += (url.m_options.isEmpty() ? QString() : u";"_qs) + key + u'=' + value;
    return url;
}

DatabaseUrl DatabaseUrl::sqliteFile(const QString &absolutePath)
{
    DatabaseUrl url;
    url.m_dialect = SqlDialect::Sqlite;
    url.m_path = QDir::cleanPath(absolutePath);
    return url;
}

DatabaseUrl DatabaseUrl::embeddedDefault()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return sqliteFile(directory + u"/wegwijzer.db"_qs);
}

QString DatabaseUrl::toString() const
{
    if (m_dialect == SqlDialect::Sqlite)
        return u"sqlite://"_qs + m_path;
    QString text = u"postgresql://"_qs;
    if (!m_user.isEmpty())
        text += m_user + u'@';
    text += m_host + u':' + QString::number(m_port) + u'/' + m_databaseName;
    if (!m_options.isEmpty())
        text += u'?' + QString(m_options).replace(u';', u'&');
    return text;
}

} // namespace ww
