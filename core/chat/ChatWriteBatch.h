// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ChatStore.h"
#include "chat/PassEnd.h"
#include "storage/AsyncStorage.h"

#include <QHash>
#include <QObject>
#include <QUuid>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace ww::chat {

/// The gateway's database work, off its event loop: jobs go to the storage thread in the order given,
/// and what waits while batches are out leaves as the next batch (group commit). Messages that wait
/// next to each other are stored with one statement (PostgreSQL) or one transaction (SQLite), and so
/// are changes to chats on PostgreSQL; other jobs run one after another. Up to \a maxInFlight batches are out at once,
/// so the storage thread starts the next batch without waiting for the event loop to take the previous answer; the one
/// storage thread runs them in order, so a job's answer always comes after the answers of every job
/// given before it.
///
/// When a batch fails, the batches already given after it do not run: they come back, and everything
/// goes again in order once every answer is in. When the database cannot be reached, jobs that may be
/// dropped fail (the sender is told to try again) and jobs marked keep wait and go again once the
/// database answers: a chat's state is never lost.
class ChatWriteBatch : public QObject
{
    Q_OBJECT

public:
    /// A message that waits for its place in the transcript. The seq is given on the storage thread,
    /// after the last seq the gateway knew to be stored, so that a failed batch leaves no gap.
    struct Line
    {
        QUuid chat;
        QUuid caseId;
        QString key; ///< sender + ':' + the sender's id: what makes a message the same message
        ChatLine line;
        int lastSeq = 0;    ///< set by the job's prepare: the chat's last stored seq
        int syncAfter = -1; ///< >= 0: the database may hold lines after this seq the gateway does not know of
        // Answers, filled in on the storage thread.
        bool alreadyStored = false; ///< found in the database (stored by a batch whose answer was lost)
        bool synced = false;        ///< this line's job read the chat's lines after syncAfter
        int syncedLastSeq = 0;
        QHash<QString, int> found; ///< with synced: every key found after syncAfter, and its seq
    };

    struct Job
    {
        std::shared_ptr<Line> line;                       ///< a message; or else
        std::optional<ChatChange> change;                 ///< a change to a chat; or else
        std::function<void(Database &)> work;             ///< anything else, on the storage thread
        std::function<void()> prepare;                    ///< on the event loop, just before the job leaves
        std::function<void()> done;                       ///< on the event loop, once stored
        std::function<void(const StorageError &)> failed; ///< on the event loop
        bool keep = false;                                ///< never dropped: waits while the database cannot be reached
    };

    /// A batch holds at most \a maxStatements statements (a group of messages is one) and \a maxJobs jobs:
    /// each statement is a round trip, and a batch must end well within the storage's deadline.
    ChatWriteBatch(AsyncStorage &storage, int maxStatements = 8, int maxJobs = 500, int maxQueued = 20'000,
                   int maxInFlight = 2, QObject *parent = nullptr);
    ~ChatWriteBatch() override;

    /// Whether a job that may be dropped has a chance: the database answers and the queue is not full.
    bool accepting() const;
    void add(Job job);
    bool isIdle() const { return m_queue.empty() && m_inFlight == 0; }
    int queued() const { return static_cast<int>(m_queue.size()); }
    /// Runs the event loop until every job is answered, at most \a ms; false when time ran out.
    bool drain(int ms);

private:
    struct Queued
    {
        Job job;
        bool alone = false; ///< after its batch was refused: goes on its own, to find which job the refusal was for
    };
    struct Batch;
    struct StorageSide;

    void schedule();
    void dispatch();
    void answered(const std::shared_ptr<Batch> &batch, const std::optional<StorageError> &error);
    void onlineChanged(bool online);
    void requeueFront(std::vector<Queued> jobs);
    /// Jobs of the same kind next to each other go as one statement: messages, or changes to chats.
    enum class Group { None, Lines, Changes };
    static Group groupOf(const Queued &queued);
    void recovered();
    static void runBatch(Database &database, StorageSide &side, Batch &batch);
    static void runJobs(Database &database, StorageSide &side, Batch &batch);
    static void runLines(Database &database, StorageSide &side, Batch &batch, size_t begin, size_t end);

    AsyncStorage &m_storage;
    int m_maxStatements;
    int m_maxJobs;
    int m_maxQueued;
    int m_maxInFlight;
    std::deque<Queued> m_queue;
    int m_inFlight = 0;
    PassEnd m_passEnd; ///< the next batch leaves at the end of the event loop's pass
    /// A batch failed: nothing new leaves until every batch out has answered.
    bool m_recovering = false;
    /// Jobs to go again, in order, once the last batch out has answered.
    std::vector<Queued> m_again;
    quint64 m_nextSerial = 0;
    std::shared_ptr<StorageSide> m_side;
};

} // namespace ww::chat
