// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QTest>

#include <csignal>

namespace ww::test {

/// A program a test starts, with what it writes collected as it comes; killed if it still runs at the end.
class RunningProgram
{
public:
    RunningProgram() = default;
    RunningProgram(const RunningProgram &) = delete;
    RunningProgram &operator=(const RunningProgram &) = delete;
    ~RunningProgram()
    {
        if (m_process.state() != QProcess::NotRunning) {
            signal(SIGKILL);
            m_process.waitForFinished(3000);
        }
    }

    void start(const QString &binary, const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setProcessEnvironment(environment);
        m_process.start(binary, arguments);
    }
    /// Whether the program wrote \a text within \a ms; false as soon as it stopped without.
    bool waitFor(const QByteArray &text, int ms = 10'000)
    {
        // Ended by the text or by the program stopping: which one, the log says.
        (void)QTest::qWaitFor([&] { return log().contains(text) || m_process.state() == QProcess::NotRunning; }, ms);
        return log().contains(text);
    }
    /// Everything it wrote so far, standard output and error.
    const QByteArray &log()
    {
        m_log += m_process.readAllStandardError() + m_process.readAllStandardOutput();
        return m_log;
    }
    QProcess &process() { return m_process; }
    void signal(int number) { ::kill(static_cast<pid_t>(m_process.processId()), number); }
    /// Asks it to stop (SIGTERM); whether it did within \a ms.
    bool stop(int ms = 5000)
    {
        signal(SIGTERM);
        return m_process.waitForFinished(ms);
    }

private:
    QProcess m_process;
    QByteArray m_log;
};

} // namespace ww::test
