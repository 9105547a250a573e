// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

namespace ww {

/// Writes a window's export file on a thread of its own, never on the GUI thread: laying out a PDF of
/// a long case or a report with charts, and writing it to a slow (network) folder, takes long enough
/// to freeze the window. One write at a time; its answer (what went wrong, or an empty text) comes
/// back here through the event loop, and is dropped when the lane is gone (its window closed): the
/// file is still written whole or not at all, as every export does with QSaveFile.
class FileWriteLane : public QObject
{
    Q_OBJECT

public:
    using Write = std::function<QString()>;

    explicit FileWriteLane(QObject *owner);

    /// Runs \a write on another thread; \a done gets what it returned.
    void start(Write write, std::function<void(const QString &problem)> done);
    bool isBusy() const { return m_busy; }

    /// For tests: runs on the writing thread just before every write.
    static void setWriteHook(std::function<void()> hook);

signals:
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);

    bool m_busy = false;
};

} // namespace ww
