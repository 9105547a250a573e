// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <functional>

namespace ww::AdminCommandHooks {

/// A command of wegwijzer-admin that lives in a library the admin core does not link: `call ...` is
/// ww::chat::CallCli (WebSockets). The program hands it in, with its lines for the usage, before running.
using Command = std::function<int(const QStringList &arguments)>;
void setCallCommand(Command command, const QString &usage);

} // namespace ww::AdminCommandHooks
