// How the single writer's pages become rows, in SQLite: a group of pages in one transaction,
// objects upserted in key order, an empty table bulk-loaded without its indexes.
#include "bulk_load.h"
#include "object_store.h"
#include "sqlite_session.h"

#include <QObject>

#include <algorithm>

namespace paydeck::store {

namespace {

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

SqliteSyncBatchRepository::SqliteSyncBatchRepository(Database &db, Access access) : m_db(db)
{
    // A bulk load that a crash interrupted is finished before anything else is written.
    if (access == Access::ReadWrite) {
        for (const std::string &table : activeBulkLoads(m_db))
            m_bulkTables[table] = true;
    }
}

QList<BatchOutcome> SqliteSyncBatchRepository::storeGroup(const std::vector<SyncBatch> &batches)
{
    QList<BatchOutcome> outcomes;
    outcomes.reserve(qsizetype(batches.size()));
    for (const SyncBatch &batch : batches) {
        BatchOutcome outcome;
        outcome.sourceId = batch.sourceId;
        outcome.type = batch.type;
        outcome.ticket = batch.ticket;
        outcomes.push_back(outcome);
    }
    std::vector<std::string> enteredBulk;
    QString failure;
    {
        Transaction transaction(m_db);
        Result<void> ok = transaction.began() ? storeObjects(batches, outcomes, enteredBulk)
                                              : makeError(transaction.beginError());
        if (ok)
            ok = transaction.commit();
        if (!ok)
            failure = ok.error();
    }
    if (failure.isEmpty()) {
        noteBulkProgress(batches, enteredBulk);
        return outcomes;
    }
    // Nothing of these batches is stored: report every one as failed.
    for (BatchOutcome &outcome : outcomes) {
        outcome.inserted = outcome.updated = outcome.unchanged = 0;
        outcome.newestCreated = 0;
        outcome.error = QObject::tr("storing failed: %1").arg(failure);
    }
    return outcomes;
}

Result<void> SqliteSyncBatchRepository::storeObjects(const std::vector<SyncBatch> &batches,
                                                     QList<BatchOutcome> &outcomes,
                                                     std::vector<std::string> &enteredBulk)
{
    size_t counts[kObjectTypeCount] = {};
    for (const SyncBatch &batch : batches)
        counts[int(batch.type)] += batch.objectCount();
    bool bulk[kObjectTypeCount] = {};
    for (int i = 0; i < kObjectTypeCount; ++i) {
        const std::string table = objectTypeEndpoint(static_cast<ObjectType>(i));
        bulk[i] = m_bulkTables.count(table) > 0;
        if (!bulk[i] && counts[i] >= kBulkLoadThreshold && tableIsEmpty(m_db, table)) {
            if (auto begun = beginBulkLoad(m_db, table); !begun)
                return begun;
            bulk[i] = true;
            enteredBulk.push_back(table);
        }
    }
    ObjectStore objects(m_db);
    Result<void> ok = upsertAll<BalanceTransaction>(objects, batches, outcomes, bulk[0]);
    if (ok)
        ok = upsertAll<Charge>(objects, batches, outcomes, bulk[1]);
    if (ok)
        ok = upsertAll<Refund>(objects, batches, outcomes, bulk[2]);
    if (ok)
        ok = upsertAll<Payout>(objects, batches, outcomes, bulk[3]);
    if (ok)
        ok = upsertAll<Dispute>(objects, batches, outcomes, bulk[4]);
    // Cursors in submission order: the last page's cursor of each endpoint wins.
    SqliteSourceRepository sources(m_db);
    for (size_t i = 0; ok && i < batches.size(); ++i) {
        if (batches[i].saveCursor)
            ok = sources.saveCursor(
                batches[i].sourceId, objectTypeName(batches[i].type), batches[i].cursor);
        if (ok && !batches[i].settlesPayout.empty())
            ok = markPayoutComplete(m_db, batches[i].sourceId, batches[i].settlesPayout);
    }
    return ok;
}

void SqliteSyncBatchRepository::noteBulkProgress(const std::vector<SyncBatch> &batches,
                                                 const std::vector<std::string> &enteredBulk)
{
    for (const std::string &table : enteredBulk)
        m_bulkTables[table] = false;
    // A paging batch without a run floor is its endpoint's last page: the load's run ended.
    for (const SyncBatch &batch : batches) {
        if (!batch.saveCursor)
            continue;
        const auto it = m_bulkTables.find(objectTypeEndpoint(batch.type));
        if (it != m_bulkTables.end())
            it->second = !batch.cursor.runFloor.has_value();
    }
}

void SqliteSyncBatchRepository::finishDeferredWork(bool all, quint32 queuedTypes)
{
    for (auto it = m_bulkTables.begin(); it != m_bulkTables.end();) {
        bool queued = false;
        for (int i = 0; i < kObjectTypeCount; ++i) {
            if ((queuedTypes & (1u << i)) && it->first == objectTypeEndpoint(ObjectType(i)))
                queued = true;
        }
        if (!all && (!it->second || queued)) {
            ++it;
            continue;
        }
        Transaction transaction(m_db);
        auto ok = transaction.began() ? finishBulkLoad(m_db, it->first)
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
