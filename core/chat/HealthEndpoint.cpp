// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthEndpoint.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace ww::chat {

HealthEndpoint::HealthEndpoint(StatusSource status, QObject *parent)
    : HealthEndpoint(std::move(status), Limits{}, parent)
{ }

HealthEndpoint::HealthEndpoint(StatusSource status, Limits limits, QObject *parent)
    : QObject(parent)
    , m_status(std::move(status))
    , m_limits(limits)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (m_server->hasPendingConnections())
            admit(m_server->nextPendingConnection());
    });
}

bool HealthEndpoint::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server->listen(address, port))
        return true;
    *error = m_server->errorString();
    return false;
}

quint16 HealthEndpoint::port() const
{
    return m_server->serverPort();
}

void HealthEndpoint::admit(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (m_open >= m_limits.connections) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
    // A connection that never finishes its request would otherwise hold its socket for ever.
    QTimer::singleShot(m_limits.readMs, socket, [socket] { socket->abort(); });
}

void HealthEndpoint::read(QTcpSocket *socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    const QByteArray head = socket->peek(m_limits.headBytes + 1);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0 || end + 4 > m_limits.headBytes) {
        if (head.size() > m_limits.headBytes)
            answer(socket, 431, "Request Header Fields Too Large", "request too large\n", false);
        return; // the rest of the head is still coming
    }
    socket->readAll();
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    const bool isHead = requestLine.startsWith("HEAD ");
    if (!requestLine.startsWith("GET ") && !isHead) {
        answer(socket, 405, "Method Not Allowed", "only GET and HEAD\n", false);
        return;
    }
    const Status status = m_status();
    if (status.serving)
        answer(socket, 200, "OK", status.text.toUtf8() + '\n', isHead);
    else
        answer(socket, 503, "Service Unavailable", status.text.toUtf8() + '\n', isHead);
}

void HealthEndpoint::answer(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body, bool head)
{
    socket->setProperty("answered", true);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/plain; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    if (!head)
        response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace ww::chat
