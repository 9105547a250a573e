// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/DatabaseUrl.h"

#include <QCoreApplication>

namespace ww {

/// Turns a driver's connection error into a message that names what failed, for the people who
/// must fix it: the host, the server, the password, the database or the account.
class ConnectionProblem
{
    Q_DECLARE_TR_FUNCTIONS(ww::ConnectionProblem)

public:
    enum class Kind {
        HostNotFound,
        ServerDown,
        PasswordNeeded,
        WrongPassword,
        NoSuchDatabase,
        NoSuchAccount,
        AccountDisabled,
        Other
    };

    static ConnectionProblem classify(const DatabaseUrl &url, const QString &driverError);

    Kind kind() const { return m_kind; }
    /// Whether asking for (another) password may help.
    bool needsPassword() const { return m_kind == Kind::PasswordNeeded || m_kind == Kind::WrongPassword; }
    QString message() const { return m_message; }

private:
    Kind m_kind = Kind::Other;
    QString m_message;
};

} // namespace ww
