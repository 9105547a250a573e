// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace ww {

class StorageError;

/// The commands of `wegwijzer-admin`. Exit codes: 0 success, 1 failure, 2 usage error.
class AdminCli
{
    Q_DECLARE_TR_FUNCTIONS(ww::AdminCli)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    AdminCli(QTextStream &out, QTextStream &err);

    /// \a arguments as main() receives them, program name first.
    int run(const QStringList &arguments);

private:
    int usageError(const QString &message);
    /// Prints what the database said went wrong; returns Failure.
    int storageFailure(const StorageError &error);
    int treeValidate(const QStringList &files);
    int treeWalk(const QStringList &arguments);
    int database(const QString &subcommand, const QStringList &arguments);
    int demoSeed(const QStringList &arguments);
    int user(const QString &subcommand, const QStringList &arguments);
    int retention(const QStringList &arguments);
    QString usage() const;

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace ww
