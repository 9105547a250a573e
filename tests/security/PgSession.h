// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <libpq-fe.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ww::attack {

/// What one statement gave back: its rows as text (NULL as nullopt), or the server's error.
struct SqlResult
{
    bool ok = false;
    std::string sqlState; ///< five characters, e.g. 42501 (insufficient privilege); empty when ok
    std::string message;
    std::vector<std::vector<std::optional<std::string>>> rows;

    /// The first column of the first row ("" when there is none or it is NULL).
    std::string scalar() const;
    long long number() const;
    bool deniedForLackOfPrivilege() const { return sqlState == "42501"; }
};

/// A plain libpq connection logged in as one role, as an attacker with psql would have it: no
/// program classes in between, parameters sent as text.
class PgSession
{
public:
    /// \a conninfo as libpq takes it; the test server trusts local connections, so no password.
    explicit PgSession(const std::string &conninfo);
    ~PgSession();
    PgSession(const PgSession &) = delete;
    PgSession &operator=(const PgSession &) = delete;

    const std::string &role() const { return m_role; }
    SqlResult exec(const std::string &sql, const std::vector<std::optional<std::string>> &parameters = {});
    /// Runs \a sql and fails the test (GoogleTest ADD_FAILURE) when it does not succeed.
    SqlResult must(const std::string &sql, const std::vector<std::optional<std::string>> &parameters = {});

private:
    PGconn *m_connection = nullptr;
    std::string m_role;
};

/// conninfo for \a role on the database named by a postgresql:// URL.
std::string conninfoFor(const std::string &host, int port, const std::string &database, const std::string &role);

/// A PostgreSQL string literal ('...' with quotes doubled), for statements that take no parameters.
std::string literal(const std::string &text);

} // namespace ww::attack
