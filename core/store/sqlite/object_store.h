#pragma once

#include "database.h"
#include "domain/objects.h"

#include <optional>
#include <vector>

namespace paydeck::store {

enum class UpsertOutcome { Inserted, Updated, Unchanged };

/// Idempotent upserts and reads of provider objects, keyed by (source, provider id). An object
/// that arrives again unchanged is left alone; a changed one is updated and its version raised.
class ObjectStore
{
public:
    explicit ObjectStore(Database &db) : m_db(db) {}

    template<typename T>
    Result<UpsertOutcome> upsert(qint64 sourceId, const T &object);

    /// A plain insert, for bulk loads into a table whose indexes are dropped.
    template<typename T>
    Result<void> insert(qint64 sourceId, const T &object);

    template<typename T>
    std::optional<T> load(qint64 sourceId, const std::string &id);

    /// All objects of a source, ordered by created then id (tests and exports).
    template<typename T>
    std::vector<T> loadAll(qint64 sourceId);
    /// Charges of all sources created in [from, to), by created, source and id.
    Result<void>
    scanCharges(qint64 from, qint64 to, const std::function<bool(qint64, Charge &&)> &each);
    /// Every object of T's table created in [from, to), of every source, in created order.
    template<typename T>
    Result<void> scanCreated(qint64 from, qint64 to, const std::function<bool(qint64, T &&)> &each);
    /// Charges after the rowid `arrival` created at `createdFrom` or later (rows are appended:
    /// a new row's rowid is above every other; an upsert keeps it).
    Result<void>
    scanChargesArrivedAfter(qint64 arrival,
                            qint64 createdFrom,
                            const std::vector<std::string> &fields,
                            const std::function<bool(qint64, qint64, Charge &&)> &each);

private:
    Database &m_db;
};

/// A 64-bit digest of every field, to tell a changed object from a repeated one.
template<typename T>
qint64 digestOf(const T &object);

} // namespace paydeck::store
