// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalTimeZone.h"
#include "shell/DeskStartup.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // --help and --version need no display: the man page is made from them while building.
    if (ww::DeskStartup::onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("wegwijzer-desk"));
        QCoreApplication::setApplicationVersion(QStringLiteral(WW_VERSION));
        ww::DeskOptions options;
        QString error;
        ww::DeskStartup::parse(QCoreApplication::arguments(), &options, &error); // prints and exits
        qCritical("wegwijzer-desk: %s", qPrintable(error));
        return 2;
    }
    ww::settleLocalTimeZone();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Wegwijzer"));
    QApplication::setApplicationName(QStringLiteral("Wegwijzer Desk"));
    QApplication::setApplicationVersion(QStringLiteral(WW_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.wegwijzerdesk.Desk"));
    return ww::DeskStartup::run(app);
}
