// SPDX-License-Identifier: GPL-3.0-or-later
#include "supervision/RequestLane.h"

namespace ww {

RequestLane::RequestLane(AsyncStorage &storage, QObject *owner, Unstarted unstarted)
    : QObject(owner)
    , m_storage(storage)
    , m_unstarted(unstarted)
{ }

RequestLane::~RequestLane()
{
    // The answer goes with this object either way (AsyncStorage drops answers for a receiver gone).
    if (m_unstarted == Unstarted::Drop)
        m_request.cancel();
}

void RequestLane::cancel()
{
    if (m_unstarted == Unstarted::Drop)
        m_request.cancel();
    ++m_generation;
    setBusy(false);
}

void RequestLane::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void RequestLane::deliver(const std::function<void()> &handle)
{
    try {
        handle();
    } catch (const StorageError &error) {
        emit failed(error);
    } catch (const std::exception &error) {
        emit failed(StorageError(QString::fromUtf8(error.what()), StorageError::Cause::Refused));
    }
}

} // namespace ww
