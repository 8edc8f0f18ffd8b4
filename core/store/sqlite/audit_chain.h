#pragma once

// The audit trail as a hash chain: each entry carries the SHA-256 of the entry before it and of
// its own content, so an entry edited, inserted or removed behind Paydeck's back breaks the chain
// at that point (see AuditVerification). Only removing the newest entries cannot be seen from the
// file alone: compare the head hash with one recorded elsewhere.

#include "database.h"
#include "reconcile/reconcile_queries.h"

#include <string>

namespace paydeck::store {

/// One audited action as it is stored.
struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0; // unix milliseconds
    std::string user, action, reconciliation, items, note, detail;
};

/// The entry's link: SHA-256 (hex) over the previous entry's hash and every stored field.
std::string auditLinkHash(const std::string &previousHash, const AuditEntry &entry);

/// Appends an entry to the chain (in the caller's transaction).
Result<void> appendAuditEntry(Database &db, AuditEntry entry);

/// Links the entries written before the chain existed, oldest first (the migration that
/// introduced it; in its transaction).
Result<void> chainExistingAuditEntries(Database &db);

/// Walks the chain from the first entry and reports the first broken link.
Result<reconcile::AuditVerification> verifyAuditChain(Database &db);

} // namespace paydeck::store
