// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShellSession.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace ww::bench {

namespace {

[[noreturn]] void failWith(const std::string &what)
{
    throw std::runtime_error(what + ": " + std::strerror(errno));
}

} // namespace

ShellSession::ShellSession(const std::vector<std::string> &argv, std::string echoCommand)
    : m_program(argv.at(0))
    , m_marker("@@ww-bench-done@@\n")
    , m_echo(std::move(echoCommand) + " @@ww-bench-done@@\n")
{
    int toShell[2];
    int fromShell[2];
    // Close-on-exec: the shell gets only the ends that dup2 puts on 0, 1 and 2.
    if (pipe2(toShell, O_CLOEXEC) != 0 || pipe2(fromShell, O_CLOEXEC) != 0)
        failWith("pipe");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, toShell[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, fromShell[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, fromShell[1], STDERR_FILENO);
    std::vector<char *> args;
    for (const std::string &arg : argv)
        args.push_back(const_cast<char *>(arg.c_str()));
    args.push_back(nullptr);
    const int spawned = posix_spawnp(&m_pid, args.front(), &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(toShell[0]);
    close(fromShell[1]);
    m_input = toShell[1];
    m_output = fromShell[0];
    if (spawned != 0) {
        errno = spawned;
        failWith("starting " + m_program);
    }
}

ShellSession::~ShellSession()
{
    close(m_input); // end of input: the shell finishes and exits
    close(m_output);
    if (m_pid > 0) {
        int status = 0;
        waitpid(m_pid, &status, 0);
    }
}

void ShellSession::writeAll(std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t written = write(m_input, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR)
                continue;
            failWith(m_program + " stopped reading (an error in the statements?)");
        }
        bytes.remove_prefix(std::size_t(written));
    }
}

std::string ShellSession::exchange(std::string_view input)
{
    // One write for statements and marker where it fits: fewer wake-ups of the shell.
    std::string message;
    message.reserve(input.size() + m_echo.size() + 1);
    message.append(input);
    if (!message.empty() && message.back() != '\n')
        message.push_back('\n');
    message.append(m_echo);
    writeAll(message);

    char buffer[65536];
    for (;;) {
        const std::size_t at = m_pending.find(m_marker);
        if (at != std::string::npos && (at == 0 || m_pending[at - 1] == '\n')) {
            std::string output = m_pending.substr(0, at);
            m_pending.erase(0, at + m_marker.size());
            return output;
        }
        const ssize_t got = read(m_output, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            throw std::runtime_error(m_program + " exited; its last output: " + m_pending);
        m_pending.append(buffer, std::size_t(got));
    }
}

void ShellSession::run(std::string_view input)
{
    const std::string output = exchange(input);
    if (!output.empty())
        throw std::runtime_error(m_program + " printed, where nothing was expected: " + output);
}

void ShellSession::roundTrip()
{
    run({});
}

} // namespace ww::bench
