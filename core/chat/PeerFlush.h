// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/PassEnd.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QWebSocket;

namespace ww::chat {

/// Sends what the gateway wrote to its sockets at the end of the event loop's pass, instead of one
/// pass later: a QTcpSocket keeps what is written until the next poll says the socket is writable,
/// which with 1,000 sockets is one more pass over all of them per acknowledgement. Frames written to
/// one socket in the same pass still leave together.
class PeerFlush : public QObject
{
    Q_OBJECT

public:
    explicit PeerFlush(QObject *parent = nullptr);

    /// \a socket has frames to send: they leave at the end of this pass.
    void add(QWebSocket *socket);

private:
    void flush();

    PassEnd m_passEnd;
    QList<QPointer<QWebSocket>> m_sockets;
    QSet<QWebSocket *> m_marked;
};

} // namespace ww::chat
