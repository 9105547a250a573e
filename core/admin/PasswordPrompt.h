// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ww {

/// Reads a password for a command-line tool: from the terminal without echo (asked twice), or one
/// line from standard input when that is not a terminal (for scripts). Never from the arguments.
class PasswordPrompt
{
public:
    static std::optional<QString> read(const QString &prompt, const QString &repeatPrompt, QString *error);
};

} // namespace ww
