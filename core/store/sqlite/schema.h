#pragma once

#include "database.h"

namespace paydeck::store {

/// The schema version this build writes.
int currentSchemaVersion();

/// Brings the store to the current schema: each numbered migration runs in its own transaction
/// and sets PRAGMA user_version with it, so a crash leaves the store at a whole version. A store
/// written by a newer Paydeck is refused rather than damaged.
Result<void> migrate(Database &db);

} // namespace paydeck::store
