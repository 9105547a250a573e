// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace ww::chat {

/// `wegwijzer-chatd`: the chat gateway as a program. Exit codes as wegwijzer-admin: 0 success
/// (including a stop by SIGTERM or SIGINT), 1 failure, 2 usage error.
class ChatdCli
{
    Q_DECLARE_TR_FUNCTIONS(ww::chat::ChatdCli)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    ChatdCli(QTextStream &out, QTextStream &err);
    /// \a arguments as main() receives them; runs the event loop until stopped.
    int run(const QStringList &arguments);

    struct Listen
    {
        QHostAddress address;
        quint16 port = 0;
    };
    /// HOST:PORT or [IPV6]:PORT; nothing (and \a error) when it is not one.
    static std::optional<Listen> parseListen(const QString &text, QString *error);

private:
    int usageError(const QString &message);
    int failure(const QString &message);
    QString usage() const;

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ww::chat
