// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "storage/Migrator.h"

#include <QUuid>

#include <stdexcept>

namespace ww::test {

std::string backendName(Backend backend)
{
    return backend == Backend::Sqlite ? "SQLite" : "PostgreSQL";
}

void PrintTo(Backend backend, std::ostream *out)
{
    *out << backendName(backend);
}

namespace {

DatabaseUrl postgresAdminUrl()
{
    const QString text = qEnvironmentVariable("WW_TEST_POSTGRES_URL");
    if (text.isEmpty())
        throw std::runtime_error("WW_TEST_POSTGRES_URL is not set: run the tests with installer/bootstrap.sh test, "
                                 "or start tests/postgres/test-server.sh and export the URL it prints");
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(text, &error);
    if (!url)
        throw std::runtime_error(error.toStdString());
    return *url;
}

} // namespace

TemporaryDatabase::TemporaryDatabase(Backend backend, Schema schema)
    : m_backend(backend)
{
    if (backend == Backend::Sqlite) {
        if (!m_dir.isValid())
            throw std::runtime_error("cannot create a temporary directory");
        m_url = DatabaseUrl::sqliteFile(m_dir.filePath(u"cases.db"_qs));
    } else {
        const DatabaseUrl admin = postgresAdminUrl();
        m_admin = Database::open(admin);
        const QString name = u"ww_test_"_qs + QUuid::createUuid().toString(QUuid::Id128);
        m_admin->execute(u"CREATE DATABASE "_qs + name, u"test set-up"_qs);
        QString error;
        m_url = *DatabaseUrl::parse(
                u"postgresql://%1@%2:%3/%4"_qs.arg(admin.user(), admin.host()).arg(admin.port()).arg(name), &error);
    }
    m_database = Database::open(m_url);
    if (schema == Schema::Migrated)
        Migrator(*m_database).migrate();
}

TemporaryDatabase::~TemporaryDatabase()
{
    m_database.reset();
    if (m_admin) {
        try {
            m_admin->execute(u"DROP DATABASE IF EXISTS "_qs + m_url.databaseName() + u" WITH (FORCE)"_qs,
                             u"test clean-up"_qs);
            for (const QString &role : std::as_const(m_roles))
                m_admin->execute(u"DROP ROLE IF EXISTS "_qs + role, u"test clean-up"_qs);
        } catch (...) {
            // A database left behind on a throwaway server does no harm.
        }
    }
}

void TemporaryDatabase::createRole(const QString &name, const QString &group)
{
    m_database->execute(u"CREATE ROLE %1 LOGIN IN ROLE %2"_qs.arg(name, group), u"test set-up"_qs);
    m_roles.append(name);
}

std::unique_ptr<Database> TemporaryDatabase::reopen() const
{
    return Database::open(m_url);
}

DatabaseUrl TemporaryDatabase::urlAs(const QString &role) const
{
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(
            u"postgresql://%1@%2:%3/%4"_qs.arg(role, m_url.host()).arg(m_url.port()).arg(m_url.databaseName()), &error);
    if (!url)
        throw std::runtime_error("no URL for the role " + role.toStdString() + ": " + error.toStdString());
    return *url;
}

} // namespace ww::test
