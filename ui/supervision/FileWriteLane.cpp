// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervision/FileWriteLane.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>

namespace ww {

namespace {

QMutex hookMutex;
std::function<void()> &writeHook()
{
    static std::function<void()> hook;
    return hook;
}

} // namespace

FileWriteLane::FileWriteLane(QObject *owner)
    : QObject(owner)
{ }

void FileWriteLane::setWriteHook(std::function<void()> hook)
{
    const QMutexLocker lock(&hookMutex);
    writeHook() = std::move(hook);
}

void FileWriteLane::start(Write write, std::function<void(const QString &problem)> done)
{
    setBusy(true);
    // Read on this thread only: the answer is handed to the application object, which outlives every
    // window, and looks there whether the lane is still there.
    QPointer<FileWriteLane> lane(this);
    QThreadPool::globalInstance()->start([lane, write = std::move(write), done = std::move(done)]() mutable {
        std::function<void()> hook;
        {
            const QMutexLocker lock(&hookMutex);
            hook = writeHook();
        }
        if (hook)
            hook();
        QString problem;
        try {
            problem = write();
        } catch (const std::exception &error) {
            problem = QString::fromUtf8(error.what());
        }
        QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [lane, problem, done = std::move(done)] {
                    if (!lane)
                        return;
                    lane->setBusy(false);
                    done(problem);
                },
                Qt::QueuedConnection);
    });
}

void FileWriteLane::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace ww
