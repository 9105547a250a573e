// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QTcpServer>

namespace ww::test {

/// A local TCP port that was free a moment ago, for a server process a test starts. Another program may
/// take it in between; the tests that use it start their server at once and fail plainly if it is taken.
inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace ww::test
