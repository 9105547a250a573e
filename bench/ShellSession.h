// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sys/types.h>

#include <string>
#include <string_view>
#include <vector>

namespace ww::bench {

/// A command-line SQL shell (sqlite3 or psql) kept running behind two pipes, so that one transaction at a
/// time can be handed to it and timed from here with the same clock that times the program.
///
/// The shells' own timers are of no use for this: `.timer on` in sqlite3 prints wall time in whole
/// milliseconds, while a save takes a fraction of one. So every exchange sends the statements followed by
/// an echo of a marker, and ends when the marker comes back: the time includes two pipe hops, which
/// roundTrip() measures on its own.
class ShellSession
{
public:
    /// Starts \a argv (argv[0] is looked up in PATH). \a echoCommand prints its argument and a newline:
    /// ".print" for sqlite3, "\\echo" for psql. The shell's stderr goes into the same pipe as its stdout,
    /// so an error shows up as output where none was expected.
    ShellSession(const std::vector<std::string> &argv, std::string echoCommand);
    ~ShellSession();
    ShellSession(const ShellSession &) = delete;
    ShellSession &operator=(const ShellSession &) = delete;

    /// Sends \a input (complete statements or shell commands) and returns what the shell printed before
    /// the marker. Throws std::runtime_error when the shell exits (sqlite3 -bail and psql ON_ERROR_STOP
    /// exit on the first error).
    std::string exchange(std::string_view input);
    /// Like exchange(), but throws when the shell printed anything: for statements that print nothing.
    void run(std::string_view input);
    /// An exchange with nothing but the marker: what the pipes and the shell's input loop cost.
    void roundTrip();

private:
    void writeAll(std::string_view bytes);

    std::string m_program;
    std::string m_marker;
    std::string m_echo;
    pid_t m_pid = -1;
    int m_input = -1;
    int m_output = -1;
    std::string m_pending;
};

} // namespace ww::bench
