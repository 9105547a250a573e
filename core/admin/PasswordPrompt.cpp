// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordPrompt.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ww {

namespace {

QString readLine()
{
    QTextStream in(stdin);
    return in.readLine(4096);
}

/// One line from the terminal with echo off; echo is restored whatever happens.
QString readHidden(const QString &prompt)
{
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    const QString line = readLine();
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << '\n' << Qt::flush;
    return line;
}

} // namespace

std::optional<QString> PasswordPrompt::read(const QString &prompt, const QString &repeatPrompt, QString *error)
{
    if (!isatty(STDIN_FILENO)) {
        const QString line = readLine();
        if (line.isNull()) {
            *error = QCoreApplication::translate("ww::PasswordPrompt", "no password on standard input");
            return std::nullopt;
        }
        return line;
    }
    const QString first = readHidden(prompt);
    const QString second = readHidden(repeatPrompt);
    if (first != second) {
        *error = QCoreApplication::translate("ww::PasswordPrompt", "the two passwords differ");
        return std::nullopt;
    }
    return first;
}

} // namespace ww
