// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseWork.h"

namespace ww {

/// The desk's case work on the storage thread: each job gets an SqlCaseStore on that thread's
/// connection, and its answer comes back through the event loop.
class ThreadedCaseWork : public CaseWork
{
public:
    explicit ThreadedCaseWork(AsyncStorage &storage, QObject *parent = nullptr);
    StorageRequest run(QObject *receiver, Job job, Done done) override;
    bool isOnline() const override;
    AsyncStorage &storage() const { return m_storage; }

private:
    AsyncStorage &m_storage;
};

} // namespace ww
