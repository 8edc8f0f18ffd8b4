#include "schema.h"

#include "audit_chain.h"
#include "object_fields.h"

#include <QObject>

#include <set>
#include <string>
#include <type_traits>
#include <vector>

namespace paydeck::store {

namespace {

// Append only: a released migration never changes.
const char *const kMigrations[] = {
    // 1: sources, sync state, provider objects
    R"sql(
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'stripe',
    base_url TEXT NOT NULL,
    api_key TEXT NOT NULL,
    ca_certificate TEXT,
    is_sandbox INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);
CREATE TABLE sync_state (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    object_type TEXT NOT NULL,
    run_floor INTEGER,          -- created[gte] of the run in progress; NULL when none is
    starting_after TEXT,        -- last id committed in the run in progress
    max_created INTEGER NOT NULL DEFAULT 0,
    last_success INTEGER,
    last_attempt INTEGER,
    last_error TEXT,
    PRIMARY KEY (source_id, object_type)
);
CREATE TABLE balance_transactions (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    id TEXT NOT NULL,
    amount INTEGER NOT NULL,
    currency TEXT NOT NULL,
    fee INTEGER NOT NULL,
    fee_details TEXT,
    net INTEGER NOT NULL,
    status TEXT,
    type TEXT,
    reporting_category TEXT,
    created INTEGER NOT NULL,
    available_on INTEGER,
    source TEXT,
    payout TEXT,
    description TEXT,
    exchange_rate TEXT,
    digest INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX balance_transactions_key ON balance_transactions(source_id, id);
CREATE INDEX balance_transactions_created ON balance_transactions(created);
CREATE TABLE charges (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    id TEXT NOT NULL,
    amount INTEGER NOT NULL,
    amount_captured INTEGER,
    amount_refunded INTEGER,
    currency TEXT NOT NULL,
    status TEXT,
    paid INTEGER,
    captured INTEGER,
    refunded INTEGER,
    disputed INTEGER,
    created INTEGER NOT NULL,
    customer TEXT,
    email TEXT,
    customer_name TEXT,
    description TEXT,
    balance_transaction TEXT,
    payment_intent TEXT,
    card_brand TEXT,
    card_country TEXT,
    card_last4 TEXT,
    card_fingerprint TEXT,
    card_funding TEXT,
    failure_code TEXT,
    failure_message TEXT,
    outcome_type TEXT,
    outcome_reason TEXT,
    network_status TEXT,
    risk_level TEXT,
    risk_score INTEGER,
    seller_message TEXT,
    metadata TEXT,
    digest INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX charges_key ON charges(source_id, id);
CREATE INDEX charges_created ON charges(created);
CREATE TABLE refunds (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    id TEXT NOT NULL,
    amount INTEGER NOT NULL,
    currency TEXT NOT NULL,
    charge TEXT,
    balance_transaction TEXT,
    status TEXT,
    reason TEXT,
    created INTEGER NOT NULL,
    metadata TEXT,
    digest INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX refunds_key ON refunds(source_id, id);
CREATE INDEX refunds_created ON refunds(created);
CREATE TABLE payouts (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    id TEXT NOT NULL,
    amount INTEGER NOT NULL,
    currency TEXT NOT NULL,
    arrival_date INTEGER,
    created INTEGER NOT NULL,
    status TEXT,
    type TEXT,
    method TEXT,
    automatic INTEGER,
    description TEXT,
    balance_transaction TEXT,
    destination TEXT,
    statement_descriptor TEXT,
    failure_code TEXT,
    failure_message TEXT,
    metadata TEXT,
    digest INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX payouts_key ON payouts(source_id, id);
CREATE TABLE disputes (
    source_id INTEGER NOT NULL REFERENCES sources(id),
    id TEXT NOT NULL,
    amount INTEGER NOT NULL,
    currency TEXT NOT NULL,
    charge TEXT,
    status TEXT,
    reason TEXT,
    created INTEGER NOT NULL,
    evidence_due_by INTEGER,
    is_charge_refundable INTEGER,
    balance_transactions TEXT,
    metadata TEXT,
    digest INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX disputes_key ON disputes(source_id, id);
)sql",
    // 2: tables being bulk-loaded with their indexes dropped (see bulk_load.h)
    R"sql(
CREATE TABLE bulk_loads (
    table_name TEXT PRIMARY KEY,
    started_at INTEGER NOT NULL
);
)sql",
    // 3: whether all balance transactions a payout settled are known (see SourceSync)
    R"sql(
ALTER TABLE payouts ADD COLUMN bts_complete INTEGER NOT NULL DEFAULT 0;
)sql",
    // 4: failover URLs per source, and each endpoint's health as last seen by a sync run
    R"sql(
ALTER TABLE sources ADD COLUMN fallback_urls TEXT;
CREATE TABLE source_health (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    position INTEGER NOT NULL,
    active INTEGER NOT NULL,
    breaker TEXT NOT NULL,
    successes INTEGER NOT NULL,
    failures INTEGER NOT NULL,
    error_rate REAL NOT NULL,
    latency_p50_ms INTEGER,
    latency_p95_ms INTEGER,
    last_success INTEGER,
    last_error TEXT,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (source_id, url)
);
)sql",
    // 5: events received (by polling or webhook), each applied once
    R"sql(
CREATE TABLE events (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    created INTEGER NOT NULL,
    object_id TEXT,
    received_via TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    PRIMARY KEY (source_id, id)
) WITHOUT ROWID;
CREATE INDEX events_created ON events(source_id, created);
)sql",
    // 6: webhook endpoint and timeouts per source
    R"sql(
ALTER TABLE sources ADD COLUMN webhook_listen TEXT;
ALTER TABLE sources ADD COLUMN webhook_secret TEXT;
ALTER TABLE sources ADD COLUMN connect_timeout_ms INTEGER;
ALTER TABLE sources ADD COLUMN read_timeout_ms INTEGER;
)sql",
    // 7: bank statements, the company's ledger, and reconciliation (see core/reconcile)
    R"sql(
CREATE TABLE import_files (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    kind TEXT NOT NULL,             -- statement | ledger
    format TEXT NOT NULL,
    imported_at INTEGER NOT NULL,
    statements INTEGER NOT NULL,
    entries INTEGER NOT NULL,
    duplicates INTEGER NOT NULL,
    UNIQUE (kind, sha256)
);
CREATE TABLE bank_statements (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL REFERENCES import_files(id),
    statement_ref TEXT,
    format TEXT NOT NULL,
    account TEXT NOT NULL,
    currency TEXT NOT NULL,
    sequence TEXT,
    created TEXT,
    opening_amount INTEGER,
    opening_date TEXT,
    closing_amount INTEGER,
    closing_date TEXT,
    entry_count INTEGER NOT NULL,
    credit_sum INTEGER NOT NULL,
    debit_sum INTEGER NOT NULL,
    proof_difference INTEGER,       -- NULL: the statement states no opening/closing balance
    duplicates INTEGER NOT NULL
);
CREATE TABLE bank_entries (
    id INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES bank_statements(id),
    fingerprint TEXT NOT NULL UNIQUE, -- the same entry in an overlapping statement has the same
    account TEXT NOT NULL,
    currency TEXT NOT NULL,
    amount INTEGER NOT NULL,        -- signed minor units, credits positive
    booking_date TEXT NOT NULL,
    value_date TEXT,
    reversal INTEGER NOT NULL,
    status TEXT NOT NULL,
    entry_ref TEXT,
    servicer_ref TEXT,
    end_to_end_id TEXT,
    bank_tx_code TEXT,
    counterparty TEXT,
    counterparty_account TEXT,
    remittance TEXT,
    additional_info TEXT,
    charges INTEGER NOT NULL,
    instructed_currency TEXT,
    instructed_amount INTEGER,
    batch_count INTEGER NOT NULL,
    details TEXT,                   -- JSON array of the batch's transaction details
    line INTEGER
);
CREATE INDEX bank_entries_booking ON bank_entries(booking_date);
CREATE TABLE ledger_entries (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL REFERENCES import_files(id),
    fingerprint TEXT NOT NULL UNIQUE,
    reference TEXT NOT NULL,
    customer TEXT,
    amount INTEGER NOT NULL,
    currency TEXT NOT NULL,
    entry_date TEXT NOT NULL,
    line INTEGER
);
CREATE TABLE csv_mappings (
    name TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    spec TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE recon_runs (
    id INTEGER PRIMARY KEY,
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    period_from TEXT,
    period_to TEXT,
    ruleset_version INTEGER NOT NULL,
    rules TEXT NOT NULL,
    summary TEXT
);
-- One row per (left, right) pair; the pairs of a one-to-many match share group_id. left_id is a
-- payouts/charges rowid, right_id a bank_entries/ledger_entries id (NULL for a write-off).
CREATE TABLE recon_matches (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,             -- payout_bank | charge_ledger | payout_transactions
    group_id INTEGER NOT NULL,
    left_id INTEGER,
    right_id INTEGER,
    rule TEXT NOT NULL,
    score REAL NOT NULL,
    difference INTEGER NOT NULL,    -- right minus left, minor units (0 when exact)
    currency TEXT,
    explanation TEXT NOT NULL,
    ruleset_version INTEGER NOT NULL,
    run_id INTEGER,
    decided TEXT NOT NULL,          -- rule | manual | writeoff
    note TEXT,
    decided_by TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX recon_matches_left ON recon_matches(left_id);
CREATE INDEX recon_matches_right ON recon_matches(right_id);
CREATE TABLE recon_exceptions (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL,
    kind TEXT NOT NULL,             -- unmatched | partial | amount_mismatch | duplicate | balance_proof
    reconciliation TEXT NOT NULL,   -- payout_bank | charge_ledger | payout_transactions | statement
    side TEXT NOT NULL,             -- provider | bank | ledger | statement
    item_id INTEGER NOT NULL,
    currency TEXT NOT NULL,
    amount INTEGER NOT NULL,
    item_date TEXT,
    reference TEXT,
    detail TEXT NOT NULL
);
CREATE TABLE recon_audit (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,           -- match | unmatch | writeoff | undo
    reconciliation TEXT NOT NULL,
    items TEXT NOT NULL,            -- JSON: the left and right ids involved
    note TEXT NOT NULL,
    detail TEXT
);
)sql",
    // 8: the audit trail becomes a hash chain (existing entries are linked in this migration;
    // see audit_chain.h)
    R"sql(
ALTER TABLE recon_audit ADD COLUMN prev_hash TEXT;
ALTER TABLE recon_audit ADD COLUMN hash TEXT;
)sql",
    // 9: a run's history split into created ranges walked in parallel, each with its own cursor;
    // a source's request budget
    R"sql(
CREATE TABLE sync_ranges (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    object_type TEXT NOT NULL,
    range_id INTEGER NOT NULL,
    created_from INTEGER NOT NULL,  -- created[gte]
    created_before INTEGER,         -- created[lt]; NULL: open (the newest range)
    starting_after TEXT,            -- last id committed in the range (NULL: none yet)
    position INTEGER NOT NULL DEFAULT 0, -- created of that object: older is unread (0: all is)
    done INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (source_id, object_type, range_id)
);
ALTER TABLE sources ADD COLUMN requests_per_second INTEGER NOT NULL DEFAULT 0;
)sql",
    // 10: exchange rates with their provenance (fx/exchange_rate.h)
    R"sql(
CREATE TABLE fx_rates (
    source TEXT NOT NULL,        -- ECB | Stripe
    currency TEXT NOT NULL,      -- ISO 4217, upper case
    day TEXT NOT NULL,           -- YYYY-MM-DD the rate was published for
    per_euro TEXT NOT NULL,      -- units of currency per 1 EUR, the decimal as published
    origin TEXT NOT NULL,        -- the file or URL it was imported from
    imported_at INTEGER NOT NULL, -- unix ms
    PRIMARY KEY (source, currency, day)
) WITHOUT ROWID;
)sql",
    // 11: the balance transactions a provider settled in another currency (their rates are
    // rates too: fx/settlement_rate.h), found without a scan. A table in a bulk load has no
    // indexes yet: finishing the load builds this one with the others (bulk_load.cpp).
    R"sql(
CREATE INDEX IF NOT EXISTS balance_transactions_converted ON balance_transactions(created)
    WHERE exchange_rate IS NOT NULL;
)sql",
    // 12: alerts (store/alert_repository.h): rules with their history, states, transitions,
    // silences.
    R"sql(
CREATE TABLE alert_rules (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    definition TEXT NOT NULL,   -- the rule as its file writes it (alerts/alert_rule.h)
    changed_at INTEGER NOT NULL, -- unix seconds
    changed_by TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE alert_rule_versions (
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    definition TEXT NOT NULL,
    changed_at INTEGER NOT NULL,
    changed_by TEXT NOT NULL,
    PRIMARY KEY (id, version)
) WITHOUT ROWID;
CREATE TABLE alert_states (
    rule_id TEXT PRIMARY KEY,
    state TEXT NOT NULL,          -- normal | pending | firing | resolved | no_data | error
    since INTEGER NOT NULL,
    pending_seconds INTEGER NOT NULL DEFAULT 0,
    last_evaluated INTEGER NOT NULL DEFAULT 0,
    value REAL,
    baseline REAL,
    score REAL NOT NULL DEFAULT 0,
    acknowledged_at INTEGER,
    acknowledged_by TEXT,
    acknowledgement TEXT
) WITHOUT ROWID;
CREATE TABLE alert_transitions (
    id INTEGER PRIMARY KEY,
    rule_id TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    at INTEGER NOT NULL,
    value REAL,
    baseline REAL,
    score REAL NOT NULL DEFAULT 0
);
CREATE INDEX alert_transitions_rule ON alert_transitions(rule_id, at);
CREATE TABLE alert_silences (
    id INTEGER PRIMARY KEY,
    matchers TEXT NOT NULL,       -- JSON object: label = value
    starts INTEGER NOT NULL,
    ends INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    comment TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
)sql",
    // 13: recurring mute timings (store/alert_repository.h, Silence)
    R"sql(
ALTER TABLE alert_silences ADD COLUMN weekdays INTEGER NOT NULL DEFAULT 0;
ALTER TABLE alert_silences ADD COLUMN from_minute INTEGER NOT NULL DEFAULT 0;
ALTER TABLE alert_silences ADD COLUMN to_minute INTEGER NOT NULL DEFAULT 1440;
)sql",
    // 14: where alerts are sent (their signing secrets live in the secret store) and every
    // attempt to send one
    R"sql(
CREATE TABLE notification_targets (
    url TEXT PRIMARY KEY,
    slack INTEGER NOT NULL,
    group_by TEXT NOT NULL,         -- label names, comma-separated
    group_wait INTEGER NOT NULL,    -- seconds
    changed_at INTEGER NOT NULL,
    changed_by TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE alert_deliveries (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    target TEXT NOT NULL,
    group_key TEXT NOT NULL,
    status TEXT NOT NULL,           -- firing | resolved
    attempt INTEGER NOT NULL,
    http_status INTEGER NOT NULL,   -- 0: no answer
    error TEXT,
    delivered INTEGER NOT NULL
);
)sql",
    // 15: fraud rule files, every version kept (store/fraud_repository.h)
    R"sql(
CREATE TABLE fraud_rule_versions (
    version INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    changed_at INTEGER NOT NULL,
    changed_by TEXT NOT NULL
);
)sql",
    // 16: the fraud review queue, the history of each review, and how far scoring got
    R"sql(
CREATE TABLE fraud_reviews (
    source_id INTEGER NOT NULL,
    charge TEXT NOT NULL,
    created INTEGER NOT NULL,
    amount INTEGER NOT NULL,
    currency TEXT NOT NULL,
    declined INTEGER NOT NULL,
    card_fingerprint TEXT,
    card_last4 TEXT,
    email TEXT,
    ip TEXT,
    customer TEXT,
    score INTEGER NOT NULL,
    action TEXT NOT NULL,           -- review | block
    rule TEXT,
    reasons TEXT NOT NULL,          -- JSON [{code, weight, text}]
    scored_at INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'open', -- open | approved | fraudulent | needs_info
    assignee TEXT,
    decided_by TEXT,
    decided_at INTEGER,
    note TEXT,
    refund TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (source_id, charge)
) WITHOUT ROWID;
CREATE INDEX fraud_reviews_queue ON fraud_reviews(status, score DESC);
CREATE INDEX fraud_reviews_charge ON fraud_reviews(charge);
CREATE TABLE fraud_review_events (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL,
    charge TEXT NOT NULL,
    at INTEGER NOT NULL,
    who TEXT NOT NULL,
    kind TEXT NOT NULL,             -- assigned | decided | undone | refunded | noted
    status_before TEXT,
    status_after TEXT,
    note TEXT
);
CREATE INDEX fraud_review_events_charge ON fraud_review_events(source_id, charge, id);
CREATE TABLE fraud_scoring (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    scored_through INTEGER NOT NULL
);
)sql",
};

constexpr int kAuditChainVersion = 8;

constexpr int kMigrationCount = int(sizeof(kMigrations) / sizeof(kMigrations[0]));

template<typename V>
constexpr const char *sqlTypeOf()
{
    return std::is_integral_v<V> ? "INTEGER" : "TEXT"; // lists are kept as JSON text
}

/// Adds a column for every described field that T's table lacks: a field added to the object's
/// description (domain/object_fields.h) gets its column here, with no migration to write.
template<typename T>
Result<void> addDescribedColumns(Database &db)
{
    auto info
        = db.prepare(std::string("SELECT name FROM pragma_table_info('") + TableOf<T>::name + "')");
    if (!info)
        return makeError(info.error());
    std::set<std::string> present;
    while (info.value().step() == Statement::Step::Row)
        present.insert(info.value().columnText(0));
    std::vector<std::string> additions;
    T probe;
    visitFields(probe, [&](const FieldSpec &field, const auto &value) {
        if (present.count(field.name) == 0)
            additions.push_back(std::string("ALTER TABLE ") + TableOf<T>::name + " ADD COLUMN "
                                + field.name + " " + sqlTypeOf<std::decay_t<decltype(value)>>());
    });
    for (const std::string &sql : additions) {
        if (auto ok = db.exec(sql.c_str()); !ok)
            return makeError(QObject::tr("adding a column to %1 failed: %2")
                                 .arg(QString::fromLatin1(TableOf<T>::name), ok.error()));
    }
    return {};
}

} // namespace

int currentSchemaVersion()
{
    return kMigrationCount;
}

Result<void> migrate(Database &db)
{
    auto query = db.prepare("PRAGMA user_version");
    if (!query)
        return makeError(query.error());
    int version = 0;
    if (query.value().step() == Statement::Step::Row)
        version = int(query.value().columnInt(0));
    query.value().reset();
    if (version > kMigrationCount) {
        return makeError(QObject::tr("the store %1 was written by a newer Paydeck (schema %2, this "
                                     "build knows %3)")
                             .arg(db.path())
                             .arg(version)
                             .arg(kMigrationCount));
    }
    for (int next = version; next < kMigrationCount; ++next) {
        Transaction transaction(db);
        if (!transaction.began())
            return makeError(transaction.beginError());
        if (auto ok = db.exec(kMigrations[next]); !ok)
            return makeError(QObject::tr("migration %1 failed: %2").arg(next + 1).arg(ok.error()));
        if (next + 1 == kAuditChainVersion) {
            if (auto ok = chainExistingAuditEntries(db); !ok)
                return makeError(
                    QObject::tr("migration %1 failed: %2").arg(next + 1).arg(ok.error()));
        }
        const std::string pragma = "PRAGMA user_version=" + std::to_string(next + 1);
        if (auto ok = db.exec(pragma.c_str()); !ok)
            return ok;
        if (auto ok = transaction.commit(); !ok)
            return ok;
    }
    Transaction transaction(db);
    if (!transaction.began())
        return makeError(transaction.beginError());
    for (auto add : {&addDescribedColumns<BalanceTransaction>,
                     &addDescribedColumns<Charge>,
                     &addDescribedColumns<Refund>,
                     &addDescribedColumns<Payout>,
                     &addDescribedColumns<Dispute>}) {
        if (auto ok = add(db); !ok)
            return ok;
    }
    return transaction.commit();
}

} // namespace paydeck::store
