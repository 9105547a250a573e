// SPDX-License-Identifier: GPL-3.0-or-later
#include "LagProxy.h"

#include <QDateTime>
#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <deque>

namespace ww::test {

namespace {

/// One direction of one connection: what came in, and when it may go out.
class Pipe : public QObject
{
public:
    Pipe(QTcpSocket *from, QTcpSocket *to, const std::atomic_int &delayMs, const std::atomic_bool &held)
        : QObject(from)
        , m_from(from)
        , m_to(to)
        , m_delayMs(delayMs)
        , m_held(held)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Pipe::flush);
        connect(from, &QTcpSocket::readyRead, this, [this] {
            m_queue.push_back({QDateTime::currentMSecsSinceEpoch() + m_delayMs.load(), m_from->readAll()});
            flush();
        });
    }

    void flush()
    {
        if (!m_to || m_held.load())
            return;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        while (!m_queue.empty() && m_queue.front().first <= now) {
            m_to->write(m_queue.front().second);
            m_queue.pop_front();
        }
        if (!m_queue.empty())
            m_timer.start(int(m_queue.front().first - now));
    }

private:
    QPointer<QTcpSocket> m_from;
    QPointer<QTcpSocket> m_to;
    const std::atomic_int &m_delayMs;
    const std::atomic_bool &m_held;
    std::deque<std::pair<qint64, QByteArray>> m_queue;
    QTimer m_timer;
};

} // namespace

class LagProxy::Core : public QObject
{
public:
    Core(QString targetHost, quint16 targetPort, int delayMs)
        : m_targetHost(std::move(targetHost))
        , m_targetPort(targetPort)
    {
        delayMs_ = delayMs;
    }

    std::atomic_int delayMs_{0};
    std::atomic_bool held{false};
    std::atomic_int opened{0};

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress::LocalHost, 0);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server->nextPendingConnection())
                accept(client);
        });
        return m_server->serverPort();
    }

    void releaseAll()
    {
        held = false;
        for (const QPointer<QObject> &pipe : m_pipes) {
            if (pipe)
                static_cast<Pipe *>(pipe.data())->flush();
        }
    }

    void cutAll()
    {
        for (QTcpSocket *socket : findChildren<QTcpSocket *>())
            socket->abort();
    }

private:
    void accept(QTcpSocket *client)
    {
        ++opened;
        client->setParent(this);
        auto *server = new QTcpSocket(this);
        server->connectToHost(m_targetHost, m_targetPort);
        // The delay is the one asked for: no Nagle waits of the proxy's own on top of it.
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(server, &QTcpSocket::connected, server,
                [server] { server->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
        m_pipes.append(new Pipe(client, server, delayMs_, held));
        m_pipes.append(new Pipe(server, client, delayMs_, held));
        auto closeBoth = [client, server] {
            client->disconnectFromHost();
            server->disconnectFromHost();
        };
        connect(client, &QTcpSocket::disconnected, this, closeBoth);
        connect(server, &QTcpSocket::disconnected, this, closeBoth);
    }

    QString m_targetHost;
    quint16 m_targetPort;
    QTcpServer *m_server = nullptr;
    QList<QPointer<QObject>> m_pipes; // Pipe has no meta-object of its own: findChildren cannot tell it apart
};

LagProxy::LagProxy(quint16 targetPort, int delayMsEachWay, const QString &targetHost)
    : m_thread(new QThread)
    , m_core(new Core(targetHost, targetPort, delayMsEachWay))
{
    m_core->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(
            m_core, [this] { m_port = m_core->listen(); }, Qt::BlockingQueuedConnection);
}

LagProxy::~LagProxy()
{
    QMetaObject::invokeMethod(
            m_core, [this] { delete m_core; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void LagProxy::setDelay(int msEachWay)
{
    m_core->delayMs_ = msEachWay;
}

void LagProxy::hold()
{
    m_core->held = true;
}

void LagProxy::release()
{
    QMetaObject::invokeMethod(
            m_core, [core = m_core] { core->releaseAll(); }, Qt::QueuedConnection);
}

void LagProxy::cut()
{
    QMetaObject::invokeMethod(
            m_core, [core = m_core] { core->cutAll(); }, Qt::BlockingQueuedConnection);
}

int LagProxy::connectionsOpened() const
{
    return m_core->opened.load();
}

} // namespace ww::test
