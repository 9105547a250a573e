// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/FloorWatch.h"

#include "chat/ChatPeer.h"
#include "chat/ChatWriteBatch.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <algorithm>

#include <QLoggingCategory>

namespace ww::chat {

Q_LOGGING_CATEGORY(lcFloor, "ww.chat.floor")

namespace {

constexpr int maxWrapUpLimitSeconds = 24 * 3600;

} // namespace

FloorWatch::FloorWatch(ChatWriteBatch &batch, std::function<FloorInput()> gather, Timing timing,
                       int waitingTooLongSeconds, QObject *parent)
    : QObject(parent)
    , m_batch(batch)
    , m_gather(std::move(gather))
    , m_timing(timing)
{
    m_thresholds.wrapUpLimitSeconds = defaultWrapUpLimitSeconds;
    m_thresholds.waitingTooLongSeconds = waitingTooLongSeconds;
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(m_timing.coalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &FloorWatch::send);
    connect(&m_refresh, &QTimer::timeout, this, &FloorWatch::send);
    connect(&m_alertCheck, &QTimer::timeout, this, &FloorWatch::checkAlerts);
    connect(&m_settings, &QTimer::timeout, this, &FloorWatch::readSettings);
    m_settings.start(m_timing.settingsReadMs);
    readSettings();
}

int FloorWatch::readWrapUpLimit(Database &database)
{
    QSqlQuery &query = database.run(u"setting_select"_qs, {{u"key"_qs, u"wrapup_limit_seconds"_qs}});
    int seconds = defaultWrapUpLimitSeconds;
    if (query.next()) {
        bool ok = false;
        const int value = query.value(0).toString().trimmed().toInt(&ok);
        if (ok && value > 0 && value <= maxWrapUpLimitSeconds)
            seconds = value;
        else
            qCWarning(lcFloor) << "settings: wrapup_limit_seconds is not a number of seconds from 1 to"
                               << maxWrapUpLimitSeconds << "; using" << defaultWrapUpLimitSeconds;
    }
    query.finish();
    return seconds;
}

void FloorWatch::readSettings()
{
    // Off the event loop, like every database call of the gateway; a failed read keeps the limit it has.
    if (m_reading)
        return;
    m_reading = true;
    auto seconds = std::make_shared<int>(defaultWrapUpLimitSeconds);
    ChatWriteBatch::Job job;
    job.work = [seconds](Database &database) { *seconds = readWrapUpLimit(database); };
    job.done = [this, seconds] {
        m_reading = false;
        if (*seconds == m_thresholds.wrapUpLimitSeconds)
            return;
        m_thresholds.wrapUpLimitSeconds = *seconds;
        emit wrapUpLimitChanged(*seconds);
        changed();
    };
    job.failed = [this](const StorageError &) { m_reading = false; };
    m_batch.add(std::move(job));
}

void FloorWatch::addWatcher(ChatPeer *peer)
{
    if (!m_watchers.contains(peer))
        m_watchers.append(peer);
    if (!m_refresh.isActive()) {
        m_refresh.start(m_timing.refreshMs);
        m_alertCheck.start(m_timing.alertCheckMs);
    }
    send(); // the new watcher has nothing yet; the others get the same floor again
}

int FloorWatch::watcherCount() const
{
    return static_cast<int>(std::count_if(m_watchers.cbegin(), m_watchers.cend(),
                                          [](const QPointer<ChatPeer> &peer) { return !peer.isNull(); }));
}

void FloorWatch::changed()
{
    // Also without watchers: the time in each state counts from the change, not from the first watcher.
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void FloorWatch::setSupervisor(const QString &login, bool supervisor)
{
    if (supervisor)
        m_supervisors.insert(login);
    else
        m_supervisors.remove(login);
}

FloorSnapshot FloorWatch::snapshot()
{
    FloorInput input = m_gather ? m_gather() : FloorInput{};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, std::pair<AgentState, QDateTime>> seen;
    for (FloorAgent &agent : input.agents) {
        if (agent.since.isValid())
            continue;
        // The source does not say since when: the state counts from when the gateway first saw it.
        auto known = m_seen.constFind(agent.name);
        const QDateTime since = known != m_seen.cend() && known->first == agent.state ? known->second : now;
        seen.insert(agent.name, {agent.state, since});
        agent.since = since;
    }
    m_seen = seen;
    return FloorSnapshot::build(std::move(input.agents), std::move(input.queue), m_thresholds, now);
}

void FloorWatch::send()
{
    m_coalesce.stop();
    m_watchers.removeAll(nullptr);
    if (m_watchers.isEmpty()) {
        m_refresh.stop();
        m_alertCheck.stop();
        (void)snapshot(); // notes when states changed
        return;
    }
    const FloorSnapshot floor = snapshot();
    m_sentAlerts = floor.alerts;
    const QString frame = Frames::make(u"floor"_qs, {}, floor.toFields());
    for (const QPointer<ChatPeer> &watcher : std::as_const(m_watchers))
        watcher->send(frame);
    m_refresh.start(m_timing.refreshMs); // the next refresh counts from this frame
    emit floorSent(static_cast<int>(m_watchers.size()));
}

void FloorWatch::checkAlerts()
{
    if (watcherCount() == 0 || m_coalesce.isActive())
        return;
    FloorSnapshot sent;
    sent.alerts = m_sentAlerts;
    if (!snapshot().sameAlerts(sent))
        send();
}

} // namespace ww::chat
