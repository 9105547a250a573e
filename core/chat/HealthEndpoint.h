// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace ww::chat {

/// The gateway's health check for a load balancer (HAProxy's `option httpchk`): any GET or HEAD gets
/// "200 OK" while the gateway serves and "503 Service Unavailable" while it does not (a standby, or one
/// still loading its chats); the body says which in one line.
///
/// Written by hand rather than with QHttpServer (a technology preview in Qt 6.4): it reads one request
/// head of at most 2 KiB within 2 s and answers one fixed text; nothing of the request is kept or logged.
class HealthEndpoint : public QObject
{
    Q_OBJECT

public:
    struct Status
    {
        bool serving = false;
        QString text; ///< "active", "standby", …: one line
    };
    using StatusSource = std::function<Status()>;

    struct Limits
    {
        int headBytes = 2048; ///< a request head longer than this gets 431 and the connection closes
        int readMs = 2000;    ///< a connection that has not sent its head by then is closed
        int connections = 64; ///< more at the same time are closed at once
    };

    explicit HealthEndpoint(StatusSource status, QObject *parent = nullptr);
    HealthEndpoint(StatusSource status, Limits limits, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;

private:
    void admit(QTcpSocket *socket);
    void read(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body, bool head);

    StatusSource m_status;
    Limits m_limits;
    QTcpServer *m_server = nullptr;
    int m_open = 0;
};

} // namespace ww::chat
