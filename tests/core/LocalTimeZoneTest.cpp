// SPDX-License-Identifier: GPL-3.0-or-later
// The process reads the machine's time zone once instead of at every local-time conversion.
#include "LocalTimeZone.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QtGlobal>

TEST(LocalTimeZone, PointsAnUnsetZoneAtTheMachinesZoneFile)
{
    qunsetenv("TZ");
    ww::settleLocalTimeZone();
    if (QFileInfo::exists(QStringLiteral("/etc/localtime")))
        EXPECT_EQ(qgetenv("TZ"), QByteArray(":/etc/localtime"));
    else
        EXPECT_FALSE(qEnvironmentVariableIsSet("TZ")) << "no zone file: glibc's default (UTC) stays";
}

TEST(LocalTimeZone, LeavesAChosenZoneAlone)
{
    qputenv("TZ", "Europe/Amsterdam");
    ww::settleLocalTimeZone();
    EXPECT_EQ(qgetenv("TZ"), QByteArray("Europe/Amsterdam"));
    qunsetenv("TZ");
}
