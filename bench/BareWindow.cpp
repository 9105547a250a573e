// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up reference: the least a Qt Widgets program does to show a main window and reach its
// event loop. wegwijzer-desk --quit-when-ready is measured against this in the same run.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(u"Wegwijzer Desk"_qs, &window));
    window.resize(1000, 720); // the main window's own default size
    window.show();
    QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
