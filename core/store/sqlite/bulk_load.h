#pragma once

#include "database.h"

#include <string>
#include <vector>

namespace paydeck::store {

// Bulk loading: an empty table that receives a large backfill is filled without its indexes,
// which are built once at the end — a B-tree built from sorted keys instead of a million random
// inserts (PERFORMANCE.md measured 2.7x). The state is kept in `bulk_loads` in the same
// transactions, so a crash mid-load is finished (indexes rebuilt) when the writer next starts.

/// The CREATE INDEX statements a provider-object table has in the current schema.
std::vector<std::string> indexDefinitions(const std::string &table);
bool tableIsEmpty(Database &db, const std::string &table);
/// Drops the table's indexes and records the bulk load (inside the caller's transaction).
Result<void> beginBulkLoad(Database &db, const std::string &table);
/// Removes duplicate keys (keeping the newest row), rebuilds the indexes and ends the bulk load
/// (inside the caller's transaction).
Result<void> finishBulkLoad(Database &db, const std::string &table);
std::vector<std::string> activeBulkLoads(Database &db);

} // namespace paydeck::store
