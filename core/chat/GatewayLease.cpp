// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayLease.h"

#include "storage/AsyncStorage.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace ww::chat {

namespace {

bool firstBoolean(Database &database, const QString &statement, int column)
{
    QSqlQuery &query = database.run(statement);
    return query.next() && query.value(column).toBool();
}

} // namespace

GatewayLease::GatewayLease(AsyncStorage &storage, QObject *parent)
    : GatewayLease(storage, Timing{}, parent)
{ }

GatewayLease::GatewayLease(AsyncStorage &storage, Timing timing, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_timing(timing)
{
    connect(&m_timer, &QTimer::timeout, this, &GatewayLease::tick);
    // The storage gave up the connection (its deadline passed): the session, and with it the lock, is gone
    // or about to go.
    connect(&m_storage, &AsyncStorage::onlineChanged, this, [this](bool online) {
        if (!online && m_held)
            lose(u"the database connection that holds the lease stopped answering"_qs);
    });
}

void GatewayLease::start()
{
    m_timer.start(m_timing.retryMs);
    tick();
}

void GatewayLease::tick()
{
    if (m_asking)
        return;
    m_asking = true;
    if (m_held)
        checkStillHeld();
    else
        tryToTake();
}

void GatewayLease::tryToTake()
{
    struct Answer
    {
        bool taken = false;
        QString intruder;
    };
    m_storage.run<Answer>(
            this,
            [](Database &database) {
                QSqlQuery &query = database.run(u"gateway_lease_take"_qs);
                Answer answer;
                if (query.next()) {
                    answer.taken = query.value(u"taken"_qs).toBool();
                    answer.intruder = query.value(u"intruder"_qs).toString();
                }
                return answer;
            },
            [this](StorageResult<Answer> result) {
                m_asking = false;
                if (result.error)
                    emit takeFailed(result.error->message().section(u'\n', 0, 0));
                if (!result.ok() || m_held)
                    return;
                const QString intruder = result.value->taken ? QString() : result.value->intruder;
                if (intruder != m_intruder) {
                    m_intruder = intruder;
                    emit intruderChanged(intruder);
                }
                if (!result.value->taken)
                    return; // another gateway serves: try again later
                m_held = true;
                m_timer.setInterval(m_timing.checkMs);
                emit acquired();
            });
}

void GatewayLease::checkStillHeld()
{
    m_storage.run<bool>(
            this, [](Database &database) { return firstBoolean(database, u"gateway_lease_held"_qs, 0); },
            [this](StorageResult<bool> result) {
                m_asking = false;
                if (!m_held)
                    return;
                if (!result.ok())
                    lose(u"the database connection that holds the lease failed"_qs);
                else if (!*result.value)
                    lose(u"the database session no longer holds the lease"_qs);
            });
}

void GatewayLease::lose(const QString &reason)
{
    m_held = false;
    m_timer.setInterval(m_timing.retryMs);
    emit lost(reason);
}

} // namespace ww::chat
