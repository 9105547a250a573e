// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgSession.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace ww::attack {

std::string SqlResult::scalar() const
{
    if (rows.empty() || rows.front().empty() || !rows.front().front())
        return {};
    return *rows.front().front();
}

long long SqlResult::number() const
{
    const std::string text = scalar();
    return text.empty() ? -1 : std::stoll(text);
}

PgSession::PgSession(const std::string &conninfo)
    : m_connection(PQconnectdb(conninfo.c_str()))
{
    if (PQstatus(m_connection) != CONNECTION_OK) {
        const std::string message = PQerrorMessage(m_connection);
        PQfinish(m_connection);
        m_connection = nullptr;
        throw std::runtime_error("cannot connect (" + conninfo + "): " + message);
    }
    m_role = PQuser(m_connection);
    // Keep the server's notices (such as "drop cascades") out of the test output.
    PQsetNoticeProcessor(
            m_connection, [](void *, const char *) {}, nullptr);
}

PgSession::~PgSession()
{
    if (m_connection)
        PQfinish(m_connection);
}

SqlResult PgSession::exec(const std::string &sql, const std::vector<std::optional<std::string>> &parameters)
{
    std::vector<const char *> values;
    values.reserve(parameters.size());
    for (const std::optional<std::string> &parameter : parameters)
        values.push_back(parameter ? parameter->c_str() : nullptr);
    PGresult *raw = parameters.empty()
            ? PQexec(m_connection, sql.c_str())
            : PQexecParams(m_connection, sql.c_str(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    SqlResult result;
    const ExecStatusType status = PQresultStatus(raw);
    result.ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!result.ok) {
        const char *state = PQresultErrorField(raw, PG_DIAG_SQLSTATE);
        const char *message = PQresultErrorField(raw, PG_DIAG_MESSAGE_PRIMARY);
        result.sqlState = state ? state : "";
        result.message = message ? message : PQerrorMessage(m_connection);
    } else if (status == PGRES_TUPLES_OK) {
        for (int row = 0; row < PQntuples(raw); ++row) {
            std::vector<std::optional<std::string>> columns;
            for (int column = 0; column < PQnfields(raw); ++column) {
                if (PQgetisnull(raw, row, column))
                    columns.emplace_back(std::nullopt);
                else
                    columns.emplace_back(PQgetvalue(raw, row, column));
            }
            result.rows.push_back(std::move(columns));
        }
    }
    PQclear(raw);
    return result;
}

SqlResult PgSession::must(const std::string &sql, const std::vector<std::optional<std::string>> &parameters)
{
    SqlResult result = exec(sql, parameters);
    if (!result.ok)
        ADD_FAILURE() << "as " << m_role << ": " << sql << "\nfailed: " << result.sqlState << " " << result.message;
    return result;
}

std::string conninfoFor(const std::string &host, int port, const std::string &database, const std::string &role)
{
    return "host=" + host + " port=" + std::to_string(port) + " dbname=" + database + " user=" + role
            + " connect_timeout=10";
}

std::string literal(const std::string &text)
{
    std::string quoted = "'";
    for (const char c : text) {
        quoted += c;
        if (c == '\'')
            quoted += '\'';
    }
    return quoted + "'";
}

} // namespace ww::attack
