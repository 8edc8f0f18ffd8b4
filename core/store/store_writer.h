#pragma once

#include "change_feed.h"
#include "domain/objects.h"
#include "sources.h"
#include "sqlite/database.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <variant>
#include <vector>

namespace paydeck::store {

/// One page (or more) of one object type from one source, and the sync cursor that is true once
/// it is stored. The writer commits both in one transaction.
struct SyncBatch
{
    qint64 sourceId = 0;
    ObjectType type = ObjectType::BalanceTransaction;
    std::vector<BalanceTransaction> balanceTransactions;
    std::vector<Charge> charges;
    std::vector<Refund> refunds;
    std::vector<Payout> payouts;
    std::vector<Dispute> disputes;
    SyncCursor cursor;
    /// False for batches outside an endpoint's paging (a payout's transactions): no cursor moves.
    bool saveCursor = true;
    /// Set on the last page of a payout's transactions: the payout is marked complete with it.
    std::string settlesPayout;
    quint64 ticket = 0; // the producer's tag, echoed in the outcome

    size_t objectCount() const
    {
        return balanceTransactions.size() + charges.size() + refunds.size() + payouts.size()
               + disputes.size();
    }
};

struct BatchOutcome
{
    qint64 sourceId = 0;
    ObjectType type = ObjectType::BalanceTransaction;
    quint64 ticket = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    qint64 newestCreated = 0;
    QString error; // empty on success
};

/// The store's single writer: a thread with its own connection that applies batches and jobs in
/// submission order. Consecutive batches are grouped into one transaction (group commit), which
/// is what makes bulk loads fast; each batch's cursor is written in that same transaction.
class StoreWriter final : public QObject
{
    Q_OBJECT
public:
    explicit StoreWriter(QString databasePath, QObject *parent = nullptr);
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
    void submitJob(std::function<Result<void>(Database &)> job,
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
    using Job = std::function<Result<void>(Database &)>;
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
    QList<BatchOutcome> applyGroup(std::vector<SyncBatch> &batches);
    void finishBulkLoads(bool onlyCompleted);

    // Tables being bulk-loaded (writer thread only), and whether their load's run has ended.
    std::map<std::string, bool> m_bulkTables;

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_drained;
    std::deque<Item> m_queue;
    bool m_busy = false;
    bool m_stopping = false;
    std::atomic<qint64> m_pendingObjects{0};
    quint64 m_sequence = 0; // commits published (writer thread only)
};

} // namespace paydeck::store

Q_DECLARE_METATYPE(paydeck::store::BatchOutcome)
