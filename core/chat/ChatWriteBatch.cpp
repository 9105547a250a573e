// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatWriteBatch.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcChat)

namespace ww::chat {

namespace {

/// Answers run in the event loop: nothing they throw may go on into it.
template<typename Call>
void guarded(const Call &call)
{
    try {
        call();
    } catch (const std::exception &error) {
        qCWarning(lcChat) << "handling a storage answer failed:" << error.what();
    }
}

} // namespace

/// One batch on its way: the jobs and, after a failure, how far it came.
struct ChatWriteBatch::Batch
{
    std::vector<Queued> jobs;
    quint64 serial = 0;     ///< batches leave and run in the order of their serials
    bool first = false;     ///< no other batch was out when this one left: the event loop had every answer
    bool skipped = false;   ///< an earlier batch of its generation failed: nothing of it ran
    size_t stored = 0;      ///< jobs [0, stored) are stored
    size_t failedBegin = 0; ///< the jobs of the statement or transaction that failed
    size_t failedEnd = 0;
};

/// What only the storage thread touches.
struct ChatWriteBatch::StorageSide
{
    /// The serial the next batch must have; another one means an earlier batch did not run (its
    /// connection failed before it could start).
    quint64 nextSerial = 0;
    /// A batch failed: the batches given after it, before the event loop knew, must not run.
    bool failed = false;
    /// The last seq stored per chat by batches whose answers the event loop may not have yet: a line
    /// prepared while they were out knows only the seqs answered before.
    QHash<QUuid, int> lastSeq;
};

ChatWriteBatch::ChatWriteBatch(AsyncStorage &storage, int maxStatements, int maxJobs, int maxQueued, int maxInFlight,
                               QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_maxStatements(maxStatements)
    , m_maxJobs(maxJobs)
    , m_maxQueued(maxQueued)
    , m_maxInFlight(std::max(1, maxInFlight))
    , m_side(std::make_shared<StorageSide>())
{
    connect(&m_storage, &AsyncStorage::onlineChanged, this, &ChatWriteBatch::onlineChanged);
    connect(&m_passEnd, &PassEnd::ended, this, &ChatWriteBatch::dispatch);
}

ChatWriteBatch::~ChatWriteBatch() = default;

bool ChatWriteBatch::accepting() const
{
    return m_storage.isOnline() && static_cast<int>(m_queue.size()) < m_maxQueued;
}

void ChatWriteBatch::add(Job job)
{
    m_queue.push_back({std::move(job), false});
    schedule();
}

bool ChatWriteBatch::drain(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!isIdle() && clock.elapsed() < ms) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return isIdle();
}

void ChatWriteBatch::schedule()
{
    // What arrives in the same pass of the event loop leaves together, at its end (PassEnd: no timer,
    // no extra pass over every socket).
    if (m_queue.empty() || m_inFlight >= m_maxInFlight || m_recovering)
        return;
    m_passEnd.request();
}

void ChatWriteBatch::dispatch()
{
    if (m_inFlight >= m_maxInFlight || m_recovering || m_queue.empty() || !m_storage.isOnline())
        return;
    auto batch = std::make_shared<Batch>();
    batch->serial = m_nextSerial++;
    batch->first = m_inFlight == 0;
    if (m_queue.front().alone) {
        batch->jobs.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    } else {
        int statements = 0;
        while (!m_queue.empty() && !m_queue.front().alone && static_cast<int>(batch->jobs.size()) < m_maxJobs) {
            // A message next to a message, or a change next to a change, joins its statement; anything
            // else is one more.
            const Group group = groupOf(m_queue.front());
            const bool joins = group != Group::None && !batch->jobs.empty() && groupOf(batch->jobs.back()) == group;
            if (!joins && ++statements > m_maxStatements)
                break;
            batch->jobs.push_back(std::move(m_queue.front()));
            m_queue.pop_front();
        }
    }
    for (Queued &queued : batch->jobs) {
        if (queued.job.prepare)
            guarded(queued.job.prepare);
    }
    ++m_inFlight;
    m_storage.run<bool>(
            this,
            [batch, side = m_side](Database &database) {
                runBatch(database, *side, *batch);
                return true;
            },
            [this, batch](StorageResult<bool> result) { answered(batch, result.error); });
    schedule(); // the next batch may leave now, with what arrives meanwhile
}

void ChatWriteBatch::runBatch(Database &database, StorageSide &side, Batch &batch)
{
    if (batch.first) {
        // The event loop had every answer when this batch left: it knows every seq stored before.
        side.failed = false;
        side.lastSeq.clear();
    } else if (side.failed || batch.serial != side.nextSerial) {
        side.failed = true;
        side.nextSerial = batch.serial + 1;
        batch.skipped = true;
        return;
    }
    side.nextSerial = batch.serial + 1;
    // No transaction around the batch: on PostgreSQL every job is one statement and a transaction
    // would cost two round trips more. A failure stops the batch; what came before it is stored.
    try {
        runJobs(database, side, batch);
    } catch (...) {
        side.failed = true;
        side.lastSeq.clear();
        throw;
    }
}

void ChatWriteBatch::runJobs(Database &database, StorageSide &side, Batch &batch)
{
    size_t begin = 0;
    while (begin < batch.jobs.size()) {
        size_t end = begin + 1;
        const Group group = groupOf(batch.jobs.at(begin));
        if (group != Group::None && !batch.jobs.at(begin).alone) {
            while (end < batch.jobs.size() && groupOf(batch.jobs.at(end)) == group && !batch.jobs.at(end).alone)
                ++end;
        }
        batch.failedBegin = begin;
        batch.failedEnd = end;
        if (group == Group::Lines) {
            runLines(database, side, batch, begin, end);
        } else if (group == Group::Changes) {
            QList<ChatChange> changes;
            for (size_t i = begin; i < end; ++i)
                changes.append(*batch.jobs.at(i).job.change);
            ChatStore(database, {}).applyAll(changes);
        } else if (batch.jobs.at(begin).job.work) {
            batch.jobs.at(begin).job.work(database);
        }
        batch.stored = end;
        begin = end;
    }
}

void ChatWriteBatch::runLines(Database &database, StorageSide &side, Batch &batch, size_t begin, size_t end)
{
    ChatStore store(database, {});
    struct Cursor
    {
        int lastSeq = 0;
        QHash<QString, int> found;
    };
    QHash<QUuid, Cursor> cursors;
    QList<ChatStore::NewLine> fresh;
    for (size_t i = begin; i < end; ++i) {
        Line &line = *batch.jobs.at(i).job.line;
        line.alreadyStored = false;
        line.synced = false;
        auto cursor = cursors.find(line.chat);
        if (cursor == cursors.end()) {
            cursor = cursors.insert(line.chat, {std::max(line.lastSeq, side.lastSeq.value(line.chat)), {}});
            if (line.syncAfter >= 0) {
                // An earlier batch failed without an answer: what it stored counts, and is not stored twice.
                for (const ChatLine &stored : store.messagesAfter(line.chat, line.syncAfter)) {
                    cursor->found.insert(stored.sender + u':' + stored.clientId, stored.seq);
                    cursor->lastSeq = std::max(cursor->lastSeq, stored.seq);
                }
                line.synced = true;
                line.syncedLastSeq = cursor->lastSeq;
                line.found = cursor->found;
            }
        }
        if (const auto known = cursor->found.constFind(line.key); known != cursor->found.cend()) {
            line.line.seq = known.value();
            line.alreadyStored = true;
            continue;
        }
        line.line.seq = ++cursor->lastSeq;
        cursor->found.insert(line.key, line.line.seq);
        fresh.append({line.chat, line.caseId, line.line});
    }
    store.appendAll(fresh);
    for (auto cursor = cursors.cbegin(); cursor != cursors.cend(); ++cursor)
        side.lastSeq.insert(cursor.key(), cursor->lastSeq);
}

void ChatWriteBatch::answered(const std::shared_ptr<Batch> &batch, const std::optional<StorageError> &error)
{
    --m_inFlight;
    std::vector<Queued> &jobs = batch->jobs;
    if (batch->skipped) {
        // Given after a batch that failed: nothing of it ran, and it goes again after that batch's jobs.
        for (Queued &queued : jobs)
            m_again.push_back(std::move(queued));
        if (m_inFlight == 0)
            recovered();
        return;
    }
    const size_t stored = error ? batch->stored : jobs.size();
    for (size_t i = 0; i < stored; ++i) {
        if (jobs.at(i).job.done)
            guarded(jobs.at(i).job.done);
    }
    if (error) {
        std::vector<Queued> again;
        const auto fail = [&error](Queued &queued) {
            if (queued.job.failed)
                guarded([&] { queued.job.failed(*error); });
        };
        if (error->isRefusal()) {
            // The database said no to one statement: find the job it was for by trying each alone.
            // The jobs after it did not run and go again as they are.
            const size_t refused = batch->failedEnd - batch->failedBegin;
            for (size_t i = batch->failedBegin; i < jobs.size(); ++i) {
                if (i < batch->failedEnd && refused == 1) {
                    fail(jobs.at(i));
                    continue;
                }
                if (i < batch->failedEnd)
                    jobs.at(i).alone = true;
                again.push_back(std::move(jobs.at(i)));
            }
        } else {
            qCWarning(lcChat) << "the database cannot be reached:" << error->message();
            for (size_t i = stored; i < jobs.size(); ++i) {
                if (jobs.at(i).job.keep)
                    again.push_back(std::move(jobs.at(i)));
                else
                    fail(jobs.at(i));
            }
        }
        // The batches given after this one find it failed and come back without running.
        m_recovering = true;
        for (Queued &queued : again)
            m_again.push_back(std::move(queued));
    }
    if (m_recovering && m_inFlight == 0)
        recovered();
    else
        schedule();
}

void ChatWriteBatch::recovered()
{
    // Every answer is in: the event loop knows what is stored, and the next batches may run.
    m_recovering = false;
    requeueFront(std::exchange(m_again, {}));
    if (!m_storage.isOnline())
        onlineChanged(false);
    schedule();
}

ChatWriteBatch::Group ChatWriteBatch::groupOf(const Queued &queued)
{
    if (queued.job.line)
        return Group::Lines;
    return queued.job.change ? Group::Changes : Group::None;
}

void ChatWriteBatch::requeueFront(std::vector<Queued> jobs)
{
    for (auto job = jobs.rbegin(); job != jobs.rend(); ++job)
        m_queue.push_front(std::move(*job));
}

void ChatWriteBatch::onlineChanged(bool online)
{
    if (online) {
        schedule();
        return;
    }
    // Nothing that may be dropped waits for a database that does not answer: its sender is told at
    // once and may try again. What must not be lost stays, in order.
    const StorageError unavailable(tr("the database cannot be reached"), StorageError::Cause::Unavailable);
    std::deque<Queued> kept;
    std::vector<Queued> dropped;
    for (Queued &queued : m_queue) {
        if (queued.job.keep)
            kept.push_back(std::move(queued));
        else
            dropped.push_back(std::move(queued));
    }
    m_queue = std::move(kept);
    for (Queued &queued : dropped) {
        if (queued.job.failed)
            guarded([&] { queued.job.failed(unavailable); });
    }
}

} // namespace ww::chat
