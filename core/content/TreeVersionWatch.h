// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/TreeVersions.h"
#include "storage/AsyncStorage.h"

#include <QObject>
#include <QTimer>

namespace ww {

/// Notices a newer published version of the tree while the desk runs: every few minutes it asks the
/// storage thread for the newest version's id and, when it is newer than the one known, loads it there.
/// The GUI thread never waits; a version that does not load is reported once and not offered.
class TreeVersionWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 3 * 60 * 1000;

    /// \a knownId: the version the desk uses (0: the shipped content, or none published).
    TreeVersionWatch(AsyncStorage &storage, qint64 knownId, QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    /// The newest version announced (or given at the start).
    qint64 knownId() const { return m_knownId; }
    /// Asks at once, unless a question is still on its way.
    void checkNow();

signals:
    /// A version newer than any announced before, loaded and checked.
    void newerVersion(const ww::TreeVersionContent &version);
    /// Version \a id was published but does not load in this program; it is not offered.
    void versionUnusable(qint64 id, const QString &problem);

private:
    AsyncStorage &m_storage;
    qint64 m_knownId;
    QTimer m_timer;
    bool m_asking = false;
};

} // namespace ww
