// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/AgentState.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUuid>

namespace ww {

class AgentStatus;
class AsyncStorage;

/// Sends every change of the agent's state to the shared database, off the window's thread. Changes
/// wait in a queue, in order, until the database has them: while it cannot be reached they are kept and
/// sent again every retryMs. Each carries an id of its own, so a change whose answer was lost is stored
/// once when sent again. The database stores each with its own time of arrival (docs/operations.md).
/// A refusal (an account that records no state, such as an administrator's) drops the queue and stops.
class AgentStateRecorder : public QObject
{
    Q_OBJECT

public:
    /// \a agent names the agent on SQLite (PostgreSQL takes the login role).
    AgentStateRecorder(AsyncStorage &storage, QString agent, QObject *parent = nullptr);

    /// Records \a status's present state and every change from now on, and gives it the wrap-up maximum
    /// the database holds: read now and again each time a wrap-up starts, so an administrator's change
    /// reaches desks that are already running.
    void follow(AgentStatus &status);
    void setRetryInterval(int ms) { m_retry.setInterval(ms); }
    /// Changes not yet stored.
    int waiting() const { return int(m_queue.size()); }
    bool isRefused() const { return m_refused; }

public slots:
    void record(ww::AgentState state);

signals:
    /// The queue is empty again: everything is stored.
    void stored();
    /// The database refused; nothing more is sent. \a message says why.
    void refused(const QString &message);

private:
    struct Change
    {
        AgentState state;
        QUuid id;
    };
    void send();
    void readWrapUpLimit();

    AsyncStorage &m_storage;
    QString m_agent;
    QPointer<AgentStatus> m_status;
    QList<Change> m_queue;
    QTimer m_retry;
    bool m_sending = false;
    bool m_refused = false;
};

} // namespace ww
