#pragma once

#include "domain/objects.h"
#include "util/result.h"

#include <functional>

#include <optional>
#include <string>
#include <vector>

namespace paydeck::store {

/// Reads of stored provider objects, keyed by (source, provider id). Objects are written only
/// by the single writer, page by page (see SyncBatchRepository).
class ObjectRepository
{
public:
    virtual ~ObjectRepository() = default;

    template<typename T>
    std::optional<T> load(qint64 sourceId, const std::string &id)
    {
        std::optional<T> object;
        loadInto(sourceId, id, object);
        return object;
    }

    /// All objects of a source, ordered by created then id (tests and exports).
    template<typename T>
    std::vector<T> loadAll(qint64 sourceId)
    {
        std::vector<T> objects;
        loadAllInto(sourceId, objects);
        return objects;
    }

    /// Every charge of every source created in [from, to) (unix seconds), in created order
    /// (then source and id), handed to `each` with its source; `each` returning false stops.
    /// Fraud scoring reads the whole history this way without holding it.
    virtual Result<void>
    scanCharges(qint64 from, qint64 to, const std::function<bool(qint64 sourceId, Charge &&)> &each)
        = 0;
    /// The same for balance transactions (exports read them this way).
    virtual Result<void>
    scanBalanceTransactions(qint64 from,
                            qint64 to,
                            const std::function<bool(qint64 sourceId, BalanceTransaction &&)> &each)
        = 0;
    /// The charges stored after `arrival` — a number that grows with every charge the store
    /// keeps (updating a charge keeps its number) — and created at `createdFrom` or later, in
    /// no particular order, each with its number and source, with the `fields` named (the
    /// store's names, domain/object_fields.h; none: all) and the others left as they are by
    /// default; `each` returning false stops. Live
    /// fraud scoring reads what each commit brought this way, whatever the commit's created range
    /// and whether the created index exists (a bulk load drops it).
    virtual Result<void> scanChargesArrivedAfter(
        qint64 arrival,
        qint64 createdFrom,
        const std::vector<std::string> &fields,
        const std::function<bool(qint64 arrival, qint64 sourceId, Charge &&)> &each)
        = 0;

protected:
    // One overload per object type: virtual functions cannot be templates.
    virtual void
    loadInto(qint64 sourceId, const std::string &id, std::optional<BalanceTransaction> &)
        = 0;
    virtual void loadInto(qint64 sourceId, const std::string &id, std::optional<Charge> &) = 0;
    virtual void loadInto(qint64 sourceId, const std::string &id, std::optional<Refund> &) = 0;
    virtual void loadInto(qint64 sourceId, const std::string &id, std::optional<Payout> &) = 0;
    virtual void loadInto(qint64 sourceId, const std::string &id, std::optional<Dispute> &) = 0;
    virtual void loadAllInto(qint64 sourceId, std::vector<BalanceTransaction> &) = 0;
    virtual void loadAllInto(qint64 sourceId, std::vector<Charge> &) = 0;
    virtual void loadAllInto(qint64 sourceId, std::vector<Refund> &) = 0;
    virtual void loadAllInto(qint64 sourceId, std::vector<Payout> &) = 0;
    virtual void loadAllInto(qint64 sourceId, std::vector<Dispute> &) = 0;
};

} // namespace paydeck::store
