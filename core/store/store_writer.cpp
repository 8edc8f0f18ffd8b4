#include "store_writer.h"

#include "object_store.h"
#include "schema.h"

#include <QDateTime>
#include <QObject>

#include <future>

namespace paydeck::store {

namespace {

constexpr size_t kMaxObjectsPerTransaction = 20000;

template<typename T>
Result<void> upsertAll(ObjectStore &objects, const SyncBatch &batch, const std::vector<T> &items,
                       BatchOutcome &outcome)
{
    for (const T &item : items) {
        auto result = objects.upsert(batch.sourceId, item);
        if (!result)
            return makeError(QObject::tr("%1 %2: %3")
                                 .arg(QString::fromLatin1(objectTypeName(batch.type)),
                                      QString::fromStdString(item.id), result.error()));
        switch (result.value()) {
        case UpsertOutcome::Inserted:
            ++outcome.inserted;
            break;
        case UpsertOutcome::Updated:
            ++outcome.updated;
            break;
        case UpsertOutcome::Unchanged:
            ++outcome.unchanged;
            break;
        }
        outcome.newestCreated = std::max(outcome.newestCreated, item.created);
    }
    return {};
}

} // namespace

StoreWriter::StoreWriter(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
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
        auto db = Database::open(m_path);
        if (!db) {
            opened.set_value(makeError(db.error()));
            return;
        }
        m_db = std::move(db).value();
        if (auto migrated = migrate(*m_db); !migrated) {
            m_db.reset();
            opened.set_value(makeError(
                QObject::tr("cannot prepare the store %1: %2").arg(m_path, migrated.error())));
            return;
        }
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
    m_db.reset();
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

void StoreWriter::submitJob(std::function<Result<void>(Database &)> job,
                            std::function<void(const Result<void> &)> done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.emplace_back(JobItem{std::move(job), std::move(done)});
    }
    m_wake.notify_one();
}

void StoreWriter::flush()
{
    std::unique_lock lock(m_mutex);
    m_drained.wait(lock, [this] { return (m_queue.empty() && !m_busy) || !m_db; });
}

void StoreWriter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty() && m_stopping)
            break;
        m_busy = true;
        // Take a run of consecutive batches (bounded), or one job.
        if (std::holds_alternative<JobItem>(m_queue.front())) {
            JobItem item = std::get<JobItem>(std::move(m_queue.front()));
            m_queue.pop_front();
            lock.unlock();
            Result<void> result;
            {
                Transaction transaction(*m_db);
                result = transaction.began() ? item.job(*m_db) : makeError(transaction.beginError());
                if (result)
                    result = transaction.commit();
            }
            if (item.done)
                item.done(result);
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
            lock.lock();
        }
        m_busy = false;
        if (m_queue.empty())
            m_drained.notify_all();
    }
    m_drained.notify_all();
}

void StoreWriter::applyBatches(std::vector<SyncBatch> &batches)
{
    QList<BatchOutcome> outcomes;
    outcomes.reserve(qsizetype(batches.size()));
    ObjectStore objects(*m_db);
    SourceRepository sources(*m_db);
    QString failure;
    {
        Transaction transaction(*m_db);
        if (!transaction.began())
            failure = transaction.beginError();
        for (const SyncBatch &batch : batches) {
            if (!failure.isEmpty())
                break;
            BatchOutcome outcome;
            outcome.sourceId = batch.sourceId;
            outcome.type = batch.type;
            outcome.ticket = batch.ticket;
            Result<void> ok;
            switch (batch.type) {
            case ObjectType::BalanceTransaction:
                ok = upsertAll(objects, batch, batch.balanceTransactions, outcome);
                break;
            case ObjectType::Charge:
                ok = upsertAll(objects, batch, batch.charges, outcome);
                break;
            case ObjectType::Refund:
                ok = upsertAll(objects, batch, batch.refunds, outcome);
                break;
            case ObjectType::Payout:
                ok = upsertAll(objects, batch, batch.payouts, outcome);
                break;
            case ObjectType::Dispute:
                ok = upsertAll(objects, batch, batch.disputes, outcome);
                break;
            }
            if (ok)
                ok = sources.saveCursor(batch.sourceId, objectTypeName(batch.type), batch.cursor);
            if (!ok) {
                failure = ok.error();
                break;
            }
            outcomes.push_back(outcome);
        }
        if (failure.isEmpty()) {
            if (auto committed = transaction.commit(); !committed)
                failure = committed.error();
        }
    }
    if (!failure.isEmpty()) {
        // Nothing of these batches is stored: report every one as failed.
        outcomes.clear();
        for (const SyncBatch &batch : batches) {
            BatchOutcome outcome;
            outcome.sourceId = batch.sourceId;
            outcome.type = batch.type;
            outcome.ticket = batch.ticket;
            outcome.error = QObject::tr("storing failed: %1").arg(failure);
            outcomes.push_back(outcome);
        }
    }
    emit batchesCommitted(outcomes);
}

} // namespace paydeck::store
