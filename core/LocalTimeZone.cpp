// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalTimeZone.h"

#include <QFileInfo>
#include <QtGlobal>

namespace ww {

void settleLocalTimeZone()
{
    if (qEnvironmentVariableIsSet("TZ") || !QFileInfo::exists(QStringLiteral("/etc/localtime")))
        return;
    qputenv("TZ", ":/etc/localtime");
}

} // namespace ww
