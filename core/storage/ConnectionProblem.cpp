// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionProblem.h"

namespace ww {

ConnectionProblem ConnectionProblem::classify(const DatabaseUrl &url, const QString &driverError)
{
    ConnectionProblem problem;
    const QString where = url.host() + u':' + QString::number(url.port());
    const auto has
            = [&](const char *fragment) { return driverError.contains(QLatin1String(fragment), Qt::CaseInsensitive); };
    // libpq's messages, in the order that makes the most specific match win.
    if (has("could not translate host name") || has("Name or service not known")) {
        problem.m_kind = Kind::HostNotFound;
        problem.m_message
                = tr("The database server %1 is not known on the network. Check the host name.").arg(url.host());
    } else if (has("Connection refused") || has("timeout expired") || has("No route to host")
               || has("server closed the connection")) {
        problem.m_kind = Kind::ServerDown;
        problem.m_message = tr("The database server at %1 does not answer. It may be down or unreachable.").arg(where);
    } else if (has("no password supplied")) {
        problem.m_kind = Kind::PasswordNeeded;
        problem.m_message = tr("The database asks for the password of %1.").arg(url.user());
    } else if (has("password authentication failed")) {
        problem.m_kind = Kind::WrongPassword;
        problem.m_message = tr("The user name or password is wrong.");
    } else if (has("not permitted to log in")) {
        problem.m_kind = Kind::AccountDisabled;
        problem.m_message = tr("The account %1 is disabled. Ask an administrator.").arg(url.user());
    } else if (has("database") && has("does not exist")) {
        problem.m_kind = Kind::NoSuchDatabase;
        problem.m_message = tr("The database %1 does not exist on %2. Check the name in the address; an administrator "
                               "makes the database once with \"wegwijzer-admin db install\".")
                                    .arg(url.databaseName(), where);
    } else if (has("role") && has("does not exist")) {
        problem.m_kind = Kind::NoSuchAccount;
        problem.m_message = tr("There is no account %1 on the database server. Check the user name, or ask an "
                               "administrator to make the account.")
                                    .arg(url.user());
    } else {
        problem.m_message = tr("The database %1 cannot be opened: %2").arg(url.toString(), driverError.trimmed());
    }
    return problem;
}

} // namespace ww
