// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ww::chat {

/// Call before the QCoreApplication of a process that serves many sockets (the gateway).
///
/// The main thread gets an EpollEventDispatcher: Qt's dispatchers hand every socket to poll() on every pass,
/// which at 1,000 visitors was three quarters of the gateway's CPU under ordinary load.
///
/// Other threads (the storage thread) get Qt's own poll() dispatcher instead of GLib's: with GLib every frame
/// sent cost two extra system calls and two walks over a list of every socket, as a QTcpSocket turns its
/// write notifier on when a frame is written and off when it has left, and GLib answers each change by waking
/// its loop and unlinking the socket from a list. A QT_NO_GLIB already set by whoever started the process is
/// left as it is.
void chooseServerEventLoop();

} // namespace ww::chat
