#pragma once

#include "change_feed.h"
#include "domain/objects.h"
#include "session.h"
#include "sync_batches.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <variant>
#include <vector>

namespace paydeck::store {

/// The store's single writer: a thread with its own read-write session that applies batches and
/// jobs in submission order. Consecutive batches are grouped into one transaction (group commit),
/// which is what makes bulk loads fast; each batch's cursor is written in that same transaction.
/// The writer knows no backend: it queues, groups, reports and publishes the change feed.
class StoreWriter final : public QObject
{
    Q_OBJECT
public:
    explicit StoreWriter(QString storeLocation, QObject *parent = nullptr);
    ~StoreWriter() override;
    Q_DISABLE_COPY_MOVE(StoreWriter)

    /// Opens and migrates the store on the writer thread; blocks until done (call at start-up,
    /// not from the GUI thread's event handlers).
    Result<void> start();
    void stop();

    /// Thread-safe; returns at once.
    void submit(SyncBatch batch);
    /// Runs `job` on the writer thread inside its own transaction; `done` receives the result
    /// on the writer thread. After a successful commit, `changes` (the domains the job writes)
    /// go out on the change feed.
    void submitJob(std::function<Result<void>(Session &)> job,
                   std::function<void(const Result<void> &)> done = {},
                   quint32 changes = 0);
    /// Objects submitted but not yet committed: producers throttle on this (backpressure).
    qint64 pendingObjects() const { return m_pendingObjects.load(); }
    /// Blocks until everything submitted so far is committed (CLI and tests).
    void flush();

signals:
    void batchesCommitted(const QList<paydeck::store::BatchOutcome> &outcomes);
    /// The change feed: one set per committed group of batches and source, and per job that
    /// declared what it changes. Emitted on the writer thread; connect queued.
    void committed(const paydeck::store::ChangeSet &change);

private:
    using Job = std::function<Result<void>(Session &)>;
    struct JobItem
    {
        Job job;
        std::function<void(const Result<void> &)> done;
        quint32 changes = 0;
    };
    using Item = std::variant<SyncBatch, JobItem>;

    void run();
    void applyBatches(std::vector<SyncBatch> &batches);
    void publish(const std::vector<SyncBatch> &batches, const QList<BatchOutcome> &outcomes);
    void runJob(JobItem &item);
    quint32 queuedTypes() const; // call with m_mutex held

    QString m_location;
    std::unique_ptr<Session> m_session;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_drained;
    std::deque<Item> m_queue;
    bool m_busy = false;
    /// Batches went through since the cache was last given back (see run()).
    bool m_cacheWarm = false;
    bool m_stopping = false;
    std::atomic<qint64> m_pendingObjects{0};
    quint64 m_sequence = 0; // commits published (writer thread only)
};

} // namespace paydeck::store
