#pragma once

#include "domain/objects.h"
#include "sources.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <string>
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

/// How the single writer stores provider pages. A backend decides how a group of pages becomes
/// one transaction (SQLite bulk-loads an empty table without its indexes) and what work it may
/// defer to when the writer is idle or a backfill has ended.
class SyncBatchRepository
{
public:
    virtual ~SyncBatchRepository() = default;

    /// Stores a group of batches in one transaction, objects and cursors together: every batch
    /// stored, or none (each outcome then carries the error).
    virtual QList<BatchOutcome> storeGroup(const std::vector<SyncBatch> &batches) = 0;

    /// Whether deferred work is waiting (an index build after a bulk load).
    virtual bool hasDeferredWork() const = 0;
    /// Does the deferred work: all of it, or only what belongs to object types whose run has
    /// ended and of which nothing more is queued (`queuedTypes`: one bit per ObjectType).
    virtual void finishDeferredWork(bool all, quint32 queuedTypes) = 0;
};

} // namespace paydeck::store

Q_DECLARE_METATYPE(paydeck::store::BatchOutcome)
