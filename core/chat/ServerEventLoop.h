// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ww::chat {

/// Call before the QCoreApplication of a process that serves many sockets (the gateway): makes Qt use its
/// own poll() event dispatcher instead of GLib's. With GLib, every frame sent costs two extra system calls
/// and two walks over a list of every socket: a QTcpSocket turns its write notifier on when a frame is
/// written and off when it has left, and GLib answers each change by waking its loop (a write to an
/// eventfd) and unlinking the socket from a list. Qt's dispatcher keeps its notifiers in a hash and
/// wakes nothing. A QT_NO_GLIB already set by whoever started the process is left as it is.
void chooseServerEventLoop();

} // namespace ww::chat
