// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace ww::chat {

/// Turns SIGTERM and SIGINT into a Qt signal: the handler only writes a byte to a socket pair, the
/// event loop reads it (the one async-signal-safe way to reach Qt).
class StopSignals : public QObject
{
    Q_OBJECT

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

signals:
    void stopRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ww::chat
