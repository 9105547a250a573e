// SPDX-License-Identifier: GPL-3.0-or-later
#include "agents/AgentStateRecorder.h"

#include "agents/AgentStatus.h"
#include "storage/AgentStateStore.h"
#include "storage/AsyncStorage.h"

#include <algorithm>

namespace ww {

AgentStateRecorder::AgentStateRecorder(AsyncStorage &storage, QString agent, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_agent(std::move(agent))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(2000);
    connect(&m_retry, &QTimer::timeout, this, &AgentStateRecorder::send);
}

void AgentStateRecorder::follow(AgentStatus &status)
{
    m_status = &status;
    connect(&status, &AgentStatus::changed, this, &AgentStateRecorder::record);
    record(status.state());
    readWrapUpLimit();
}

void AgentStateRecorder::readWrapUpLimit()
{
    m_storage.run<int>(
            this, [](Database &database) { return AgentStateStore(database).wrapUpLimitSeconds(); },
            [target = m_status](StorageResult<int> limit) {
                // Offline: the maximum last read (or the default) stays.
                if (target && limit.value)
                    target->setWrapUpLimitSeconds(*limit.value);
            });
}

void AgentStateRecorder::record(AgentState state)
{
    if (state == AgentState::WrapUp && m_status)
        readWrapUpLimit();
    if (m_refused)
        return;
    m_queue.append({state, QUuid::createUuid()});
    if (!m_retry.isActive())
        send();
}

void AgentStateRecorder::send()
{
    if (m_sending || m_queue.isEmpty() || m_refused)
        return;
    m_sending = true;
    const QList<Change> batch = m_queue;
    const QString agent = m_agent;
    // One by one, in order; the answer says how many arrived, so a failure halfway keeps the rest.
    auto sent = std::make_shared<int>(0);
    m_storage.run<bool>(
            this,
            [batch, agent, sent](Database &database) {
                AgentStateStore store(database);
                for (const Change &change : batch) {
                    store.record(change.state, change.id, agent);
                    ++*sent;
                }
                return true;
            },
            [this, sent](StorageResult<bool> result) {
                m_sending = false;
                m_queue.remove(0, std::min<qsizetype>(*sent, m_queue.size()));
                if (result.error && result.error->isRefusal()) {
                    m_refused = true;
                    m_queue.clear();
                    qWarning("wegwijzer-desk: agent states are not recorded: %s", qPrintable(result.error->message()));
                    emit refused(result.error->message());
                    return;
                }
                if (result.error) {
                    m_retry.start();
                    return;
                }
                if (m_queue.isEmpty())
                    emit stored();
                else
                    send();
            });
}

} // namespace ww
