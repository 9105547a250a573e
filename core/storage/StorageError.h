// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace ww {

/// A storage operation failed; the message says what and where, and never contains case content.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message, bool passwordMayHelp = false)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_passwordMayHelp(passwordMayHelp)
    {
    }
    QString message() const { return m_message; }
    /// A connection failed for want of a (right) password: asking for one may help.
    bool passwordMayHelp() const { return m_passwordMayHelp; }

private:
    QString m_message;
    bool m_passwordMayHelp = false;
};

} // namespace ww
