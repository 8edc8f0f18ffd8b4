#pragma once

#include "matcher.h"
#include "rules.h"
#include "store/reconciliation_results.h"
#include "store/session.h"
#include "util/result.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <map>

namespace paydeck::reconcile {

/// The three reconciliations, as stored in recon_matches.kind / recon_exceptions.reconciliation.
inline constexpr const char *kPayoutBank = "payout_bank";
inline constexpr const char *kChargeLedger = "charge_ledger";
inline constexpr const char *kPayoutTransactions = "payout_transactions";

struct ReconcileOptions
{
    std::optional<QDate> from; // payouts by arrival date, charges by creation date
    std::optional<QDate> to;
    bool dryRun = false;
    /// Which reconciliations to run (kPayoutBank, kChargeLedger, kPayoutTransactions); all when
    /// empty.
    QStringList only;
    RuleSet rules;
    /// Set from another thread to stop a run; nothing is written then.
    const std::atomic_bool *cancel = nullptr;
    /// Called with 0–100 as the run proceeds (on the run's thread).
    std::function<void(int)> progress;
};

/// What a run found, per reconciliation: matches by rule, exceptions by kind with amounts per
/// currency, and for a dry run how the stored rule matches would change.
struct ReconcileSummary
{
    struct Side
    {
        int total = 0;
        int matched = 0;
        int pending = 0; // provider items still inside their date window
    };
    struct Part
    {
        bool skipped = false;
        QString skipReason;
        Side provider;
        Side counter;
        std::map<QString, int> byRule;
        std::map<QString, int> exceptionCounts;
        std::map<QString, std::map<QString, qint64>> exceptionAmounts; // kind -> currency -> sum
    };
    qint64 runId = 0; // 0 for a dry run
    bool dryRun = false;
    int rulesetVersion = RuleSet::kDefaultVersion;
    std::map<QString, Part> parts;                    // by reconciliation name
    int manualKept = 0;                               // person's decisions left untouched
    int wouldAdd = 0, wouldRemove = 0, unchanged = 0; // rule matches vs the store (dry run)
    qint64 elapsedMs = 0;
    qint64 loadMs = 0, matchMs = 0, persistMs = 0; // where the time went

    QJsonObject toJson() const;
};

/// A run decided but not written: its summary, and for a real run what to write.
struct ReconcilePlan
{
    ReconcileSummary summary;
    store::ReconciliationWrite write;
};

/// Reads payouts, charges and balance transactions, bank entries and ledger entries (in one read
/// transaction, so all sides are of one moment) and matches them by the rules. Writes nothing:
/// `session` may be read-only. A dry run's summary says how the stored matches would
/// change.
Result<ReconcilePlan> planReconciliation(store::Session &session, const ReconcileOptions &options);

/// Writes a plan: replaces the rule-made matches and the exception list of what it covered in
/// one transaction (a savepoint inside a writer job). Decisions a person made are never
/// overwritten.
Result<ReconcileSummary>
persistPlan(store::Session &session, ReconcilePlan plan, const ReconcileOptions &options);

/// planReconciliation and (unless dry) persistPlan on one session.
Result<ReconcileSummary> runReconciliation(store::Session &session,
                                           const ReconcileOptions &options);

} // namespace paydeck::reconcile
