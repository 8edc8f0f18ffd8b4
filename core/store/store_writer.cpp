#include "store/store_writer.h"

#include "util/memory.h"

#include <QObject>

#include <algorithm>
#include <future>
#include <map>

namespace paydeck::store {

namespace {
constexpr size_t kMaxObjectsPerTransaction = 100000;
constexpr auto kIdleBeforeReleasingCache = std::chrono::seconds(10);
} // namespace

StoreWriter::StoreWriter(QString storeLocation, QObject *parent)
    : QObject(parent), m_location(std::move(storeLocation))
{
    qRegisterMetaType<paydeck::store::BatchOutcome>();
    qRegisterMetaType<QList<paydeck::store::BatchOutcome>>();
}

StoreWriter::~StoreWriter()
{
    stop();
}

Result<void> StoreWriter::start()
{
    std::promise<Result<void>> opened;
    auto openedFuture = opened.get_future();
    m_thread = std::thread([this, &opened] {
        // Opening migrates the store; a bulk load a crash interrupted is finished before
        // anything else is written.
        auto session = openSession(m_location, Access::ReadWrite);
        if (!session) {
            opened.set_value(makeError(session.error()));
            return;
        }
        m_session = std::move(session).value();
        m_session->syncBatches().finishDeferredWork(true, 0);
        opened.set_value(Result<void>());
        run();
    });
    auto result = openedFuture.get();
    if (!result && m_thread.joinable())
        m_thread.join();
    return result;
}

void StoreWriter::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_session.reset();
}

void StoreWriter::submit(SyncBatch batch)
{
    m_pendingObjects += qint64(batch.objectCount());
    {
        std::lock_guard lock(m_mutex);
        m_queue.emplace_back(std::move(batch));
    }
    m_wake.notify_one();
}

void StoreWriter::submitJob(std::function<Result<void>(Session &)> job,
                            std::function<void(const Result<void> &)> done,
                            quint32 changes)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.emplace_back(JobItem{std::move(job), std::move(done), changes});
    }
    m_wake.notify_one();
}

void StoreWriter::flush()
{
    std::unique_lock lock(m_mutex);
    m_drained.wait(lock, [this] { return (m_queue.empty() && !m_busy) || !m_session; });
}

void StoreWriter::run()
{
    SyncBatchRepository &pages = m_session->syncBatches();
    std::unique_lock lock(m_mutex);
    for (;;) {
        const auto woken = [this] {
            return m_stopping || !m_queue.empty();
        };
        if (!pages.hasDeferredWork() && m_cacheWarm) {
            // Idle for a while after writing: the page cache (up to 256 MB for bulk loads)
            // goes back, so that a long-running app is not as large as its largest backfill.
            if (!m_wake.wait_for(lock, kIdleBeforeReleasingCache, woken)) {
                lock.unlock();
                m_session->releaseMemory();
                util::trimFreedMemory();
                lock.lock();
                m_cacheWarm = false;
                continue;
            }
        } else if (!pages.hasDeferredWork()) {
            m_wake.wait(lock, woken);
        } else if (!m_wake.wait_for(lock, std::chrono::seconds(1), [this] {
                       return m_stopping || !m_queue.empty();
                   })) {
            // Idle for a second with work deferred (a bulk load's indexes): do it now.
            m_busy = true;
            lock.unlock();
            pages.finishDeferredWork(true, 0);
            lock.lock();
            m_busy = false;
            m_drained.notify_all();
            continue;
        }
        if (m_queue.empty() && m_stopping) {
            lock.unlock();
            pages.finishDeferredWork(true, 0);
            lock.lock();
            break;
        }
        m_busy = true;
        // Take a run of consecutive batches (bounded), or one job.
        if (std::holds_alternative<JobItem>(m_queue.front())) {
            JobItem item = std::get<JobItem>(std::move(m_queue.front()));
            m_queue.pop_front();
            lock.unlock();
            runJob(item);
            lock.lock();
        } else {
            std::vector<SyncBatch> batches;
            size_t objects = 0;
            while (!m_queue.empty() && std::holds_alternative<SyncBatch>(m_queue.front())
                   && objects < kMaxObjectsPerTransaction) {
                objects += std::get<SyncBatch>(m_queue.front()).objectCount();
                batches.push_back(std::get<SyncBatch>(std::move(m_queue.front())));
                m_queue.pop_front();
            }
            lock.unlock();
            applyBatches(batches);
            m_pendingObjects -= qint64(objects);
            m_cacheWarm = true;
            lock.lock();
            if (pages.hasDeferredWork()) {
                const quint32 queued = queuedTypes();
                lock.unlock();
                pages.finishDeferredWork(false, queued);
                lock.lock();
            }
        }
        m_busy = false;
        if (m_queue.empty())
            m_drained.notify_all();
    }
    m_drained.notify_all();
}

void StoreWriter::runJob(JobItem &item)
{
    const Result<void> result = m_session->inTransaction([&] { return item.job(*m_session); });
    if (item.done)
        item.done(result);
    if (result && item.changes != 0) {
        ChangeSet change;
        change.sequence = ++m_sequence;
        change.domains = item.changes;
        emit committed(change);
    }
}

quint32 StoreWriter::queuedTypes() const
{
    quint32 queued = 0;
    for (const Item &item : m_queue) {
        if (const auto *batch = std::get_if<SyncBatch>(&item))
            queued |= 1u << static_cast<int>(batch->type);
    }
    return queued;
}

void StoreWriter::applyBatches(std::vector<SyncBatch> &batches)
{
    SyncBatchRepository &pages = m_session->syncBatches();
    QList<BatchOutcome> outcomes = pages.storeGroup(batches);
    const bool failed = std::any_of(
        outcomes.begin(), outcomes.end(), [](const BatchOutcome &o) { return !o.error.isEmpty(); });
    if (failed && batches.size() > 1) {
        // One bad batch must not take the others down: apply each on its own.
        outcomes.clear();
        for (SyncBatch &batch : batches) {
            std::vector<SyncBatch> single;
            single.push_back(std::move(batch));
            outcomes += pages.storeGroup(single);
        }
    }
    emit batchesCommitted(outcomes);
    publish(batches, outcomes);
}

void StoreWriter::publish(const std::vector<SyncBatch> &batches,
                          const QList<BatchOutcome> &outcomes)
{
    // One change set per source, for the batches that stored something new or different.
    std::map<qint64, ChangeSet> perSource;
    for (qsizetype i = 0; i < outcomes.size() && size_t(i) < batches.size(); ++i) {
        const BatchOutcome &outcome = outcomes[i];
        if (!outcome.error.isEmpty() || outcome.inserted + outcome.updated == 0)
            continue;
        const SyncBatch &batch = batches[size_t(i)];
        ChangeSet &change = perSource[batch.sourceId];
        change.domains |= ChangeSet::Objects | ChangeSet::Sources;
        change.sourceId = batch.sourceId;
        change.inserted += outcome.inserted;
        change.updated += outcome.updated;
        const auto note = [&change](const auto &objects) {
            for (const auto &object : objects) {
                change.objectTypes |= 1u << static_cast<int>(typeOf(object));
                if (change.createdFrom == 0 || object.created < change.createdFrom)
                    change.createdFrom = object.created;
                change.createdTo = std::max(change.createdTo, object.created);
                if (change.ids.size() < ChangeSet::kMaxIds)
                    change.ids.push_back(object.id);
                else
                    change.idsComplete = false;
            }
        };
        note(batch.balanceTransactions);
        note(batch.charges);
        note(batch.refunds);
        note(batch.payouts);
        note(batch.disputes);
    }
    for (auto &[source, change] : perSource) {
        change.sequence = ++m_sequence;
        emit committed(change);
    }
}

} // namespace paydeck::store
