// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalTimeZone.h"
#include "chat/ChatdCli.h"
#include "chat/ServerEventLoop.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    ww::settleLocalTimeZone();
    ww::chat::chooseServerEventLoop();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wegwijzer-chatd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WW_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return ww::chat::ChatdCli(out, err).run(QCoreApplication::arguments());
}
