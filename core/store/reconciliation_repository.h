#pragma once

// What reconciliation asks of the store: a run's inputs, the persistence of its results, people's
// decisions with their audit, the screens' reads, and the imports of bank statements and ledger
// exports. The value types are the reconciliation's own (core/reconcile); a backend implements
// these interfaces with its own queries.

#include "reconcile/csv_mapping.h"
#include "reconcile/reconcile_actions.h"
#include "reconcile/reconcile_inputs.h"
#include "reconcile/reconcile_queries.h"
#include "reconcile/statement_import.h"
#include "reconciliation_results.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonArray>

#include <atomic>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

namespace paydeck::store {

class ReconciliationRepository
{
public:
    virtual ~ReconciliationRepository() = default;

    // A run's inputs (read inside one ReadSnapshot).
    /// Items a person already decided on (manual matches, write-offs), by kind and side.
    virtual Result<reconcile::inputs::LockedKeys> lockedIds(const char *kind) = 0;
    /// Bank lines of the period (a week around it, for the last payouts' lines) with what they
    /// mention; `locked` lines are not the rules' to match.
    virtual Result<void> loadBankSide(const reconcile::ReconcileOptions &options,
                                      reconcile::inputs::Loaded &loaded,
                                      const std::unordered_set<qint64> &locked)
        = 0;
    /// The payouts to find on the bank statement.
    virtual Result<void> loadPayouts(const reconcile::ReconcileOptions &options,
                                     reconcile::inputs::Loaded &loaded,
                                     const std::unordered_set<qint64> &locked)
        = 0;
    /// How a person recognises a bank line in the exception list.
    virtual std::string bankReference(qint64 id) = 0;
    /// Bank lines that a rule matched to a payout (for period runs: lines taken outside it).
    virtual Result<std::vector<std::pair<qint64, qint64>>> ruleMatchedBankLines() = 0;
    virtual Result<void> loadLedgerSide(const reconcile::ReconcileOptions &options,
                                        reconcile::inputs::Loaded &loaded)
        = 0;
    virtual Result<std::vector<reconcile::inputs::PayoutSettlement>>
    loadSettlements(const reconcile::ReconcileOptions &options) = 0;
    virtual Result<std::vector<reconcile::inputs::FailedBalanceProof>>
    failedBalanceProofs(const reconcile::ReconcileOptions &options) = 0;
    /// How many decisions people made (they survive every run).
    virtual int manualDecisionCount() = 0;
    /// The rule-made matches stored now (a dry run compares with them).
    virtual Result<std::set<reconcile::inputs::StoredMatch>> storedRuleMatches() = 0;

    // A run's results.
    /// Writes a run in one transaction (nested in the writer job's): the run row, the rule-made
    /// matches of what it covered replaced (people's decisions stay), its exception list.
    /// Returns the run id. `summaryJson` gives the summary stored with the run once its id is
    /// known; `progress` (0–100) and `cancel` as for the run. Cancelled: nothing is written.
    virtual Result<qint64> persist(const ReconciliationWrite &write,
                                   const std::function<QByteArray(qint64 runId)> &summaryJson,
                                   const std::function<void(int)> &progress,
                                   const std::atomic_bool *cancel)
        = 0;

    // People's decisions, each written with its audit record; each returns what undoes it.
    /// Matches the items by hand; any earlier match of them is removed.
    virtual Result<reconcile::DecisionResult>
    matchManually(const reconcile::ManualDecision &decision) = 0;
    /// Writes the items off (nothing on the other side will come).
    virtual Result<reconcile::DecisionResult> writeOff(const reconcile::ManualDecision &decision)
        = 0;
    /// Removes a match (rule-made or manual). Returns the removed rows, to restore on undo.
    virtual Result<QJsonArray> unmatch(qint64 groupId, const QString &note, const QString &user)
        = 0;
    /// Puts rows removed by unmatch back (undo), with an audit record.
    virtual Result<void>
    restoreMatch(const QJsonArray &rows, const QString &note, const QString &user) = 0;

    // The Reconciliation screen's and the CLI's reads.
    virtual Result<reconcile::ReconcileOverview> overview() = 0;
    virtual Result<QList<reconcile::ExceptionRow>>
    exceptions(const reconcile::ExceptionFilter &filter, const QDate &today) = 0;
    virtual Result<QList<reconcile::CandidateRow>> candidates(const reconcile::ExceptionRow &item)
        = 0;
    virtual Result<QList<reconcile::MatchInfo>>
    matches(const QString &reconciliation, const QString &side, qint64 itemId) = 0;
    /// By the store's key of the payout; an empty id when there is no such payout.
    virtual Result<reconcile::PayoutTrail> payoutTrail(qint64 payoutKey) = 0;
    /// By the provider's payout id (po_…); an empty trail when the store has none.
    virtual Result<reconcile::PayoutTrail> payoutTrailById(const QString &payoutId) = 0;
    virtual Result<QList<reconcile::AuditRow>> audit(int limit) = 0;
    /// Walks the audit trail's hash chain: the first entry edited, inserted or removed behind
    /// Paydeck's back, and the head hash to record elsewhere.
    virtual Result<reconcile::AuditVerification> verifyAudit() = 0;
};

/// Imported bank statements and ledger exports (each file once, by content) and the named CSV
/// mappings they were read with.
class StatementRepository
{
public:
    virtual ~StatementRepository() = default;

    /// Stores a parsed statement file in the caller's transaction. The same file twice, or the
    /// same entry in two overlapping statements, is recognised and not stored twice. Setting
    /// `cancel` makes it fail (the caller's transaction then keeps nothing).
    virtual Result<reconcile::ImportReport>
    importStatements(const QList<reconcile::Statement> &statements,
                     const QByteArray &data,
                     const QString &fileName,
                     const QString &format,
                     const std::atomic_bool *cancel)
        = 0;
    /// Stores a parsed ledger export read with the mapping named `mappingName`.
    virtual Result<reconcile::LedgerImportReport>
    importLedger(const QList<reconcile::LedgerEntry> &entries,
                 const QByteArray &data,
                 const QString &fileName,
                 const QString &mappingName)
        = 0;

    virtual Result<void> saveCsvMapping(const reconcile::CsvMapping &mapping) = 0;
    virtual Result<std::optional<reconcile::CsvMapping>> loadCsvMapping(const QString &name) = 0;
};

} // namespace paydeck::store
