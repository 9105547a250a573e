// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerEventLoop.h"

#include "chat/EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace ww::chat {

void chooseServerEventLoop()
{
    // Read by every QThread when it makes its event dispatcher.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    // Taken by the QCoreApplication made next, which then owns it.
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
}

} // namespace ww::chat
