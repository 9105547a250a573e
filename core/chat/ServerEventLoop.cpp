// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerEventLoop.h"

#include <QtGlobal>

namespace ww::chat {

void chooseServerEventLoop()
{
    // Read by QCoreApplication and by every QThread when they make their event dispatcher.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
}

} // namespace ww::chat
