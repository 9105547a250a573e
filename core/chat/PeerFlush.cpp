// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/PeerFlush.h"

#include <QWebSocket>

namespace ww::chat {

PeerFlush::PeerFlush(QObject *parent)
    : QObject(parent)
{
    connect(&m_passEnd, &PassEnd::ended, this, &PeerFlush::flush);
}

void PeerFlush::add(QWebSocket *socket)
{
    if (m_marked.contains(socket))
        return;
    m_marked.insert(socket);
    m_sockets.append(socket);
    m_passEnd.request();
}

void PeerFlush::flush()
{
    const QList<QPointer<QWebSocket>> sockets = std::exchange(m_sockets, {});
    m_marked.clear();
    for (const QPointer<QWebSocket> &socket : sockets) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            socket->flush(); // never blocks: what the kernel does not take now leaves when it can
    }
}

} // namespace ww::chat
