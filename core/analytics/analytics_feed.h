#pragma once

// Keeping the engine current: filled from the store once, then fed each commit's changes from
// the change feed (never a rescan per commit).

#include "analytics_engine.h"
#include "store/analytics_repository.h"
#include "util/result.h"

#include <functional>

namespace paydeck::store {
class Session;
struct ChangeSet;
} // namespace paydeck::store

namespace paydeck::analytics {

/// Counts every object in the store (in one read snapshot); `progress` hears the objects counted
/// so far every 100,000. Returns how many were counted.
Result<qint64> rebuildFromStore(store::Session &session,
                                AnalyticsEngine &engine,
                                const std::function<void(qint64)> &progress = {});

/// Reads the objects one commit changed, as facts: those it names by id, or — when its ids are
/// incomplete (a bulk load) — every object of the types it touched in its created range. Only
/// the types in `wanted` (bit 1 << ObjectType; all by default). Returns how many were read.
Result<qint64> readChangedFacts(store::Session &session,
                                const store::ChangeSet &change,
                                const store::FactSink &sink,
                                quint32 wanted = ~0u);

/// Applies one commit (readChangedFacts into the engine): the objects it names by id, or — when its
/// ids are incomplete (a bulk load) — every object of the types it touched in its created range.
/// Applying is idempotent.
Result<qint64>
applyChange(store::Session &session, AnalyticsEngine &engine, const store::ChangeSet &change);

} // namespace paydeck::analytics
