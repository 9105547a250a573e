// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/DeskStartup.h"
#include "LocalTimeZone.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    ww::settleLocalTimeZone();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Wegwijzer"));
    QApplication::setApplicationName(QStringLiteral("Wegwijzer Desk"));
    QApplication::setApplicationVersion(QStringLiteral(WW_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.wegwijzerdesk.Desk"));
    return ww::DeskStartup::run(app);
}
