#include "store/store_writer.h"

#include "bulk_load.h"
#include "object_fields.h"
#include "schema.h"
#include "store/object_store.h"

#include <QDateTime>
#include <QObject>

#include <algorithm>
#include <future>

namespace paydeck::store {

namespace {

constexpr size_t kMaxObjectsPerTransaction = 100000;
// A group this large arriving for an empty table starts a bulk load.
constexpr size_t kBulkLoadThreshold = 100;

template<typename T>
const std::vector<T> &itemsOf(const SyncBatch &batch);
template<>
const std::vector<BalanceTransaction> &itemsOf(const SyncBatch &batch)
{
    return batch.balanceTransactions;
}
template<>
const std::vector<Charge> &itemsOf(const SyncBatch &batch)
{
    return batch.charges;
}
template<>
const std::vector<Refund> &itemsOf(const SyncBatch &batch)
{
    return batch.refunds;
}
template<>
const std::vector<Payout> &itemsOf(const SyncBatch &batch)
{
    return batch.payouts;
}
template<>
const std::vector<Dispute> &itemsOf(const SyncBatch &batch)
{
    return batch.disputes;
}

Result<void> markPayoutComplete(Database &db, qint64 sourceId, const std::string &payout)
{
    Statement *s
        = db.cached("UPDATE payouts SET bts_complete = 1 WHERE source_id = ?1 AND id = ?2");
    if (!s)
        return makeError(db.errorMessage());
    s->bind(1, sourceId);
    s->bindText(2, payout);
    return s->run();
}

/// Upserts every object of type T in `batches`, in key order across all of them: the unique
/// index is then walked once per transaction instead of at random, which is what keeps bulk
/// loads fast as the tables grow.
template<typename T>
Result<void> upsertAll(ObjectStore &objects,
                       const std::vector<SyncBatch> &batches,
                       QList<BatchOutcome> &outcomes,
                       bool bulk)
{
    struct Entry
    {
        const T *object;
        qint64 sourceId;
        qsizetype batch;
    };
    std::vector<Entry> ordered;
    for (qsizetype i = 0; i < qsizetype(batches.size()); ++i) {
        for (const T &item : itemsOf<T>(batches[size_t(i)]))
            ordered.push_back(Entry{&item, batches[size_t(i)].sourceId, i});
    }
    std::sort(ordered.begin(), ordered.end(), [](const Entry &a, const Entry &b) {
        return a.sourceId != b.sourceId ? a.sourceId < b.sourceId : a.object->id < b.object->id;
    });
    for (const Entry &entry : ordered) {
        Result<UpsertOutcome> result = UpsertOutcome::Inserted;
        if (bulk) {
            if (auto inserted = objects.insert(entry.sourceId, *entry.object); !inserted)
                result = makeError(inserted.error());
        } else {
            result = objects.upsert(entry.sourceId, *entry.object);
        }
        if (!result) {
            return makeError(
                QObject::tr("%1 %2: %3")
                    .arg(QString::fromLatin1(objectTypeName(batches[size_t(entry.batch)].type)),
                         QString::fromStdString(entry.object->id),
                         result.error()));
        }
        BatchOutcome &outcome = outcomes[entry.batch];
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
        outcome.newestCreated = std::max(outcome.newestCreated, entry.object->created);
    }
    return {};
}

} // namespace

StoreWriter::StoreWriter(QString databasePath, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath))
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
        // A bulk load that a crash interrupted is finished before anything else is written.
        for (const std::string &table : activeBulkLoads(*m_db))
            m_bulkTables[table] = true;
        finishBulkLoads(false);
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
    m_drained.wait(lock, [this] { return (m_queue.empty() && !m_busy) || !m_db; });
}

void StoreWriter::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_bulkTables.empty()) {
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        } else if (!m_wake.wait_for(lock, std::chrono::seconds(1), [this] {
                       return m_stopping || !m_queue.empty();
                   })) {
            // Idle for a second in the middle of a bulk load: build the indexes now.
            m_busy = true;
            lock.unlock();
            finishBulkLoads(false);
            lock.lock();
            m_busy = false;
            m_drained.notify_all();
            continue;
        }
        if (m_queue.empty() && m_stopping) {
            lock.unlock();
            finishBulkLoads(false);
            lock.lock();
            break;
        }
        m_busy = true;
        // Take a run of consecutive batches (bounded), or one job.
        if (std::holds_alternative<JobItem>(m_queue.front())) {
            JobItem item = std::get<JobItem>(std::move(m_queue.front()));
            m_queue.pop_front();
            lock.unlock();
            Result<void> result;
            {
                Transaction transaction(*m_db);
                result
                    = transaction.began() ? item.job(*m_db) : makeError(transaction.beginError());
                if (result)
                    result = transaction.commit();
            }
            if (item.done)
                item.done(result);
            if (result && item.changes != 0) {
                ChangeSet change;
                change.sequence = ++m_sequence;
                change.domains = item.changes;
                emit committed(change);
            }
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
            if (!m_bulkTables.empty()) {
                // A load whose run ended, with nothing more of its type queued, is finished.
                bool queued[kObjectTypeCount] = {};
                for (const Item &item : m_queue) {
                    if (const auto *batch = std::get_if<SyncBatch>(&item))
                        queued[int(batch->type)] = true;
                }
                bool finish = false;
                for (int i = 0; i < kObjectTypeCount; ++i) {
                    const auto it
                        = m_bulkTables.find(objectTypeEndpoint(static_cast<ObjectType>(i)));
                    finish |= it != m_bulkTables.end() && it->second && !queued[i];
                }
                if (finish) {
                    lock.unlock();
                    finishBulkLoads(true);
                    lock.lock();
                }
            }
        }
        m_busy = false;
        if (m_queue.empty())
            m_drained.notify_all();
    }
    m_drained.notify_all();
}

QList<BatchOutcome> StoreWriter::applyGroup(std::vector<SyncBatch> &batches)
{
    QList<BatchOutcome> outcomes;
    outcomes.reserve(qsizetype(batches.size()));
    ObjectStore objects(*m_db);
    SourceRepository sources(*m_db);
    QString failure;
    std::vector<std::string> enteredBulk;
    {
        Transaction transaction(*m_db);
        if (!transaction.began())
            failure = transaction.beginError();
        for (const SyncBatch &batch : batches) {
            BatchOutcome outcome;
            outcome.sourceId = batch.sourceId;
            outcome.type = batch.type;
            outcome.ticket = batch.ticket;
            outcomes.push_back(outcome);
        }
        Result<void> ok = failure.isEmpty() ? Result<void>() : makeError(failure);
        size_t counts[kObjectTypeCount] = {};
        int runEnded[kObjectTypeCount] = {-1, -1, -1, -1, -1}; // -1: no paging batch of the type
        for (const SyncBatch &batch : batches) {
            counts[int(batch.type)] += batch.objectCount();
            if (batch.saveCursor)
                runEnded[int(batch.type)] = batch.cursor.runFloor.has_value() ? 0 : 1;
        }
        bool bulk[kObjectTypeCount] = {};
        for (int i = 0; ok && i < kObjectTypeCount; ++i) {
            const std::string table = objectTypeEndpoint(static_cast<ObjectType>(i));
            bulk[i] = m_bulkTables.count(table) > 0;
            if (!bulk[i] && counts[i] >= kBulkLoadThreshold && tableIsEmpty(*m_db, table)) {
                ok = beginBulkLoad(*m_db, table);
                bulk[i] = true;
                enteredBulk.push_back(table);
            }
        }
        if (ok)
            ok = upsertAll<BalanceTransaction>(objects, batches, outcomes, bulk[0]);
        if (ok)
            ok = upsertAll<Charge>(objects, batches, outcomes, bulk[1]);
        if (ok)
            ok = upsertAll<Refund>(objects, batches, outcomes, bulk[2]);
        if (ok)
            ok = upsertAll<Payout>(objects, batches, outcomes, bulk[3]);
        if (ok)
            ok = upsertAll<Dispute>(objects, batches, outcomes, bulk[4]);
        // Cursors in submission order: the last page's cursor of each endpoint wins.
        for (size_t i = 0; ok && i < batches.size(); ++i) {
            if (batches[i].saveCursor)
                ok = sources.saveCursor(
                    batches[i].sourceId, objectTypeName(batches[i].type), batches[i].cursor);
            if (ok && !batches[i].settlesPayout.empty())
                ok = markPayoutComplete(*m_db, batches[i].sourceId, batches[i].settlesPayout);
        }
        if (!ok && failure.isEmpty())
            failure = ok.error();
        if (failure.isEmpty()) {
            if (auto committed = transaction.commit(); !committed)
                failure = committed.error();
        }
        if (failure.isEmpty()) {
            for (const std::string &table : enteredBulk)
                m_bulkTables[table] = false;
            for (int i = 0; i < kObjectTypeCount; ++i) {
                const auto it = m_bulkTables.find(objectTypeEndpoint(static_cast<ObjectType>(i)));
                if (it != m_bulkTables.end() && runEnded[i] >= 0)
                    it->second = runEnded[i] == 1;
            }
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
    return outcomes;
}

void StoreWriter::applyBatches(std::vector<SyncBatch> &batches)
{
    QList<BatchOutcome> outcomes = applyGroup(batches);
    const bool failed = std::any_of(
        outcomes.begin(), outcomes.end(), [](const BatchOutcome &o) { return !o.error.isEmpty(); });
    if (failed && batches.size() > 1) {
        // One bad batch must not take the others down: apply each on its own.
        outcomes.clear();
        for (SyncBatch &batch : batches) {
            std::vector<SyncBatch> single;
            single.push_back(std::move(batch));
            outcomes += applyGroup(single);
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

void StoreWriter::finishBulkLoads(bool onlyCompleted)
{
    for (auto it = m_bulkTables.begin(); it != m_bulkTables.end();) {
        if (onlyCompleted && !it->second) {
            ++it;
            continue;
        }
        Transaction transaction(*m_db);
        auto ok = transaction.began() ? finishBulkLoad(*m_db, it->first)
                                      : makeError(transaction.beginError());
        if (ok)
            ok = transaction.commit();
        if (!ok) {
            qWarning("paydeck: finishing the bulk load of %s failed: %s",
                     it->first.c_str(),
                     qPrintable(ok.error()));
            ++it;
            continue;
        }
        it = m_bulkTables.erase(it);
    }
}

} // namespace paydeck::store
