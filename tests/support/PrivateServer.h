// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QUuid>

#include <cstdio>

namespace ww::test {

/// A throwaway PostgreSQL server of one test's own, so stopping it disturbs no other test. Needs
/// WW_TEST_SERVER_SCRIPT (tests/postgres/test-server.sh) defined for the test.
class PrivateServer
{
public:
    PrivateServer()
        : m_dir(QDir::temp().filePath(u"ww-restart-"_qs + QUuid::createUuid().toString(QUuid::Id128).left(12)))
    { }
    ~PrivateServer()
    {
        stop();
        QDir(m_dir).removeRecursively();
    }

    /// The first start picks the port, and another one if the server cannot have it; a restart keeps it.
    bool start()
    {
        if (m_port != 0)
            return run(u"start"_qs);
        for (int attempt = 0; attempt < 5; ++attempt) {
            m_port = freePort();
            if (run(u"start"_qs))
                return true;
        }
        return false;
    }
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
        const bool done = script.waitForFinished(120000) && script.exitStatus() == QProcess::NormalExit
                && script.exitCode() == 0;
        if (!done) {
            // pg_ctl says only "examine the log output": show the end of it.
            QFile log(m_dir + u"/server.log"_qs);
            if (log.open(QIODevice::ReadOnly))
                fprintf(stderr, "server.log (port %d):\n%s\n", int(m_port), log.readAll().right(2000).constData());
        }
        return done;
    }

    /// A port free now, below the kernel's range for outgoing connections (32768 and up on Linux): a port
    /// there can be taken by any test's connection, and between a stop and a start by this server's own.
    static quint16 freePort()
    {
        for (;;) {
            const auto port = quint16(QRandomGenerator::global()->bounded(20000, 32768));
            QTcpServer probe;
            if (probe.listen(QHostAddress::LocalHost, port) && !QFile::exists(u"/tmp/.s.PGSQL.%1"_qs.arg(port)))
                return port;
        }
    }

    QString m_dir;
    quint16 m_port = 0;
};

} // namespace ww::test
