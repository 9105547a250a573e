// SPDX-License-Identifier: GPL-3.0-or-later
// The shared main() of every test suite: it creates the Qt application the code under test needs.
#include <gtest/gtest.h>

#include <QStandardPaths>
#ifdef WW_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#ifdef WW_TEST_SERVER_EVENT_LOOP
#include "chat/ServerEventLoop.h"
#endif

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    ::testing::InitGoogleTest(&argc, argv);
    // Listing tests needs no application (and no display).
    if (::testing::GTEST_FLAG(list_tests))
        return RUN_ALL_TESTS();
#ifdef WW_TEST_GUI
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // Settings and data go to throwaway test locations, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
#ifdef WW_TEST_SERVER_EVENT_LOOP
    // The gateway's suites run on the event loop wegwijzer-chatd runs on.
    ww::chat::chooseServerEventLoop();
#endif
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("WegwijzerTest"));
    TestApplication::setApplicationName(QStringLiteral("wegwijzer-tests"));
    return RUN_ALL_TESTS();
}
