// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace ww {

/// A storage operation failed; the message says what and where, and never contains case content.
class StorageError : public std::runtime_error
{
public:
    /// Unavailable: the database could not be reached or was busy; the same work may succeed later.
    /// Refused: the database answered and said no (a rule, a check, a right); retrying will not help.
    enum class Cause { Unavailable, Refused };

    explicit StorageError(const QString &message, bool passwordMayHelp = false)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_passwordMayHelp(passwordMayHelp)
    { }
    StorageError(const QString &message, Cause cause)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_cause(cause)
    { }
    QString message() const { return m_message; }
    /// A connection failed for want of a (right) password: asking for one may help.
    bool passwordMayHelp() const { return m_passwordMayHelp; }
    Cause cause() const { return m_cause; }
    bool isRefusal() const { return m_cause == Cause::Refused; }

private:
    QString m_message;
    bool m_passwordMayHelp = false;
    Cause m_cause = Cause::Unavailable;
};

} // namespace ww
