// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace ww::test {

/// A TCP proxy on 127.0.0.1 that stands for a slow or broken network between a program and its
/// server: every byte is held back for a delay each way, and hold() makes the network silent (the
/// connections stay open, nothing passes, as when a VPN drops) until release() lets everything
/// through in order. It runs on a thread of its own, so the code under test can block on it.
class LagProxy
{
public:
    LagProxy(quint16 targetPort, int delayMsEachWay = 0, const QString &targetHost = QStringLiteral("127.0.0.1"));
    ~LagProxy();
    LagProxy(const LagProxy &) = delete;
    LagProxy &operator=(const LagProxy &) = delete;

    quint16 port() const { return m_port; }
    void setDelay(int msEachWay);
    void hold();
    void release();
    /// Closes every connection at once, as a server that went away.
    void cut();
    int connectionsOpened() const;

    class Core;

private:
    QThread *m_thread = nullptr;
    Core *m_core = nullptr;
    quint16 m_port = 0;
};

} // namespace ww::test
