// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ww {

/// The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802, RFC 7677), made on the
/// client so the password itself never reaches the server or its logs. This is what libpq's
/// PQencryptPasswordConn does; Qt SQL does not expose that function, so it is written here.
class ScramVerifier
{
public:
    static constexpr int DefaultIterations = 4096;

    /// With a fresh random salt.
    static QString make(const QString &password);
    static QString make(const QString &password, const QByteArray &salt, int iterations);
};

} // namespace ww
