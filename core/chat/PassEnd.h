// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace ww::chat {

/// Says once when the current pass of this thread's event loop is done, before the loop waits for
/// more (QAbstractEventDispatcher::aboutToBlock, or awake when a loop is driven without waiting).
///
/// Why not a zero timer or a queued call: with 1,000 sockets every pass of Qt's event loop polls every
/// socket, so a pass costs about as much as the message it serves. A zero timer or a posted event is
/// one more pass per message, and a zero timer is sorted in among the peers' 1,000 ping timers. What
/// one pass gathered (messages for the database, frames to send) leaves together at its end instead.
class PassEnd : public QObject
{
    Q_OBJECT

public:
    explicit PassEnd(QObject *parent = nullptr);

    /// ended() comes once, at the end of this pass; more requests in the same pass change nothing.
    void request();
    bool isRequested() const { return m_requested; }

signals:
    void ended();

private:
    void fire();

    bool m_requested = false;
    bool m_hooked = false; ///< the dispatcher's signals reach us; else a queued call stands in
};

} // namespace ww::chat
