#pragma once

// The SQLite backend's reconciliation queries (the implementations behind
// SqliteReconciliationRepository and SqliteStatementRepository), each on one connection.

#include "database.h"
#include "store/reconciliation_repository.h"

namespace paydeck::reconcile::inputs {

/// Items a person already decided on (manual matches, write-offs), by kind and side.
Result<LockedKeys> lockedIds(store::Database &db, const char *kind);
/// Bank lines of the period (a week around it, for the last payouts' lines) with what they
/// mention; `locked` lines are not the rules' to match.
Result<void> loadBankSide(store::Database &db,
                          const ReconcileOptions &options,
                          Loaded &loaded,
                          const std::unordered_set<qint64> &locked);
/// The payouts to find on the bank statement; may run on its own connection while the bank
/// lines are read.
Result<void> loadPayouts(store::Database &db,
                         const ReconcileOptions &options,
                         Loaded &loaded,
                         const std::unordered_set<qint64> &locked);
/// How a person recognises a bank line in the exception list.
std::string bankReference(store::Database &db, qint64 id);
/// Bank lines that a rule matched to a payout (for period runs: lines taken outside the period).
Result<std::vector<std::pair<qint64, qint64>>> ruleMatchedBankLines(store::Database &db);
Result<void> loadLedgerSide(store::Database &db, const ReconcileOptions &options, Loaded &loaded);
Result<std::vector<PayoutSettlement>> loadSettlements(store::Database &db,
                                                      const ReconcileOptions &options);
Result<std::vector<FailedBalanceProof>> failedBalanceProofs(store::Database &db,
                                                            const ReconcileOptions &options);
/// How many decisions people made (they survive every run).
int manualDecisionCount(store::Database &db);
/// The rule-made matches stored now (a dry run compares with them).
Result<std::set<StoredMatch>> storedRuleMatches(store::Database &db);

} // namespace paydeck::reconcile::inputs

namespace paydeck::reconcile {

Result<DecisionResult> matchManually(store::Database &db, const ManualDecision &decision);
Result<DecisionResult> writeOff(store::Database &db, const ManualDecision &decision);
Result<QJsonArray>
unmatch(store::Database &db, qint64 groupId, const QString &note, const QString &user);
Result<void>
restoreMatch(store::Database &db, const QJsonArray &rows, const QString &note, const QString &user);

Result<ReconcileOverview> loadOverview(store::Database &db);
Result<QList<ExceptionRow>>
loadExceptions(store::Database &db, const ExceptionFilter &filter, const QDate &today);
Result<QList<CandidateRow>> loadCandidates(store::Database &db, const ExceptionRow &item);
Result<QList<MatchInfo>>
loadMatches(store::Database &db, const QString &reconciliation, const QString &side, qint64 itemId);
Result<PayoutTrail> loadPayoutTrail(store::Database &db, qint64 payoutKey);
Result<PayoutTrail> loadPayoutTrailById(store::Database &db, const QString &payoutId);
Result<QList<AuditRow>> loadAudit(store::Database &db, int limit);

Result<ImportReport> importStatements(store::Database &db,
                                      const QList<Statement> &statements,
                                      const QByteArray &data,
                                      const QString &fileName,
                                      const QString &format,
                                      const std::atomic_bool *cancel);
Result<LedgerImportReport> storeLedgerEntries(store::Database &db,
                                              const QList<LedgerEntry> &entries,
                                              const QByteArray &data,
                                              const QString &fileName,
                                              const QString &mappingName);
Result<void> saveCsvMapping(store::Database &db, const CsvMapping &mapping);
Result<std::optional<CsvMapping>> loadCsvMapping(store::Database &db, const QString &name);

} // namespace paydeck::reconcile

namespace paydeck::store {

/// The next free match group id (people's decisions and rule runs share them); call inside the
/// transaction that inserts the group.
Result<qint64> nextMatchGroup(Database &db);

Result<qint64> persistReconciliation(Database &db,
                                     const ReconciliationWrite &write,
                                     const std::function<QByteArray(qint64 runId)> &summaryJson,
                                     const std::function<void(int)> &progress,
                                     const std::atomic_bool *cancel);

} // namespace paydeck::store
