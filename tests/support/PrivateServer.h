// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QUuid>

namespace ww::test {

/// A throwaway PostgreSQL server of one test's own, so stopping it disturbs no other test. Needs
/// WW_TEST_SERVER_SCRIPT (tests/postgres/test-server.sh) defined for the test.
class PrivateServer
{
public:
    PrivateServer()
        : m_dir(QDir::temp().filePath(u"ww-restart-"_qs + QUuid::createUuid().toString(QUuid::Id128).left(12)))
    {
        // A port of this process's own, away from the shared test server's.
        m_port = quint16(55000 + QCoreApplication::applicationPid() % 5000);
    }
    ~PrivateServer()
    {
        stop();
        QDir(m_dir).removeRecursively();
    }

    bool start() { return run(u"start"_qs); }
    bool stop() { return run(u"stop"_qs); }
    QString url() const { return u"postgresql://wegwijzer_test@127.0.0.1:%1/postgres"_qs.arg(m_port); }
    quint16 port() const { return m_port; }
    /// The server's data directory, with its pg_hba.conf.
    QString dataDirectory() const { return m_dir; }

private:
    bool run(const QString &action)
    {
        QProcess script;
        script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        script.start(u"bash"_qs, {QString::fromUtf8(WW_TEST_SERVER_SCRIPT), action, m_dir, QString::number(m_port)});
        return script.waitForFinished(120000) && script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0;
    }

    QString m_dir;
    quint16 m_port = 0;
};

} // namespace ww::test
