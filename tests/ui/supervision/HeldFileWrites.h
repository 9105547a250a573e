// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "supervision/FileWriteLane.h"

#include <QMutex>
#include <QThread>

#include <atomic>
#include <memory>
#include <semaphore>

namespace ww::test {

/// Holds every export file write of a FileWriteLane on its thread until release(), and tells on
/// which thread it waits: a test sees that the GUI thread goes on meanwhile.
class HeldFileWrites
{
public:
    HeldFileWrites()
    {
        FileWriteLane::setWriteHook([state = m_state] {
            state->thread.store(QThread::currentThread());
            state->waiting.store(true);
            state->gate.acquire();
            state->waiting.store(false);
        });
    }
    ~HeldFileWrites()
    {
        FileWriteLane::setWriteHook({});
        release();
    }
    HeldFileWrites(const HeldFileWrites &) = delete;
    HeldFileWrites &operator=(const HeldFileWrites &) = delete;

    bool waiting() const { return m_state->waiting.load(); }
    QThread *thread() const { return m_state->thread.load(); }
    void release()
    {
        if (m_state->waiting.load())
            m_state->gate.release();
    }

private:
    struct State
    {
        std::binary_semaphore gate{0};
        std::atomic_bool waiting{false};
        std::atomic<QThread *> thread{nullptr};
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace ww::test
