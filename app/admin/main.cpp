// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/AdminCli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wegwijzer-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WW_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return ww::AdminCli(out, err).run(QCoreApplication::arguments());
}
