// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ww {

/// A database password kept in a file of its own (for a service: systemd's LoadCredential=), so that it
/// never appears on a command line or in the environment. The file holds the password on its first line.
class PasswordFile
{
    Q_DECLARE_TR_FUNCTIONS(ww::PasswordFile)

public:
    static constexpr qint64 MaxBytes = 1024;

    /// The password in \a path; nothing (and \a error naming the file and what is wrong) when the file is
    /// missing, not a regular file, readable or writable by group or others, empty, over MaxBytes, not
    /// UTF-8, or has anything after the first line.
    static std::optional<QString> read(const QString &path, QString *error);
};

} // namespace ww
