// The reconciliation repositories of the SQLite backend: each call is one of the queries in
// reconcile_inputs.cpp, reconcile_queries.cpp, reconcile_actions.cpp, reconciliation_persist.cpp
// and statement_store.cpp, on this session's connection.
#include "audit_chain.h"
#include "reconcile_sql.h"
#include "sqlite_session.h"

namespace paydeck::store {

namespace in = reconcile::inputs;

Result<in::LockedKeys> SqliteReconciliationRepository::lockedIds(const char *kind)
{
    return in::lockedIds(m_db, kind);
}

Result<void>
SqliteReconciliationRepository::loadBankSide(const reconcile::ReconcileOptions &options,
                                             in::Loaded &loaded,
                                             const std::unordered_set<qint64> &locked)
{
    return in::loadBankSide(m_db, options, loaded, locked);
}

Result<void> SqliteReconciliationRepository::loadPayouts(const reconcile::ReconcileOptions &options,
                                                         in::Loaded &loaded,
                                                         const std::unordered_set<qint64> &locked)
{
    return in::loadPayouts(m_db, options, loaded, locked);
}

std::string SqliteReconciliationRepository::bankReference(qint64 id)
{
    return in::bankReference(m_db, id);
}

Result<std::vector<std::pair<qint64, qint64>>>
SqliteReconciliationRepository::ruleMatchedBankLines()
{
    return in::ruleMatchedBankLines(m_db);
}

Result<void>
SqliteReconciliationRepository::loadLedgerSide(const reconcile::ReconcileOptions &options,
                                               in::Loaded &loaded)
{
    return in::loadLedgerSide(m_db, options, loaded);
}

Result<std::vector<in::PayoutSettlement>>
SqliteReconciliationRepository::loadSettlements(const reconcile::ReconcileOptions &options)
{
    return in::loadSettlements(m_db, options);
}

Result<std::vector<in::FailedBalanceProof>>
SqliteReconciliationRepository::failedBalanceProofs(const reconcile::ReconcileOptions &options)
{
    return in::failedBalanceProofs(m_db, options);
}

int SqliteReconciliationRepository::manualDecisionCount()
{
    return in::manualDecisionCount(m_db);
}

Result<std::set<in::StoredMatch>> SqliteReconciliationRepository::storedRuleMatches()
{
    return in::storedRuleMatches(m_db);
}

Result<qint64>
SqliteReconciliationRepository::persist(const ReconciliationWrite &write,
                                        const std::function<QByteArray(qint64 runId)> &summaryJson,
                                        const std::function<void(int)> &progress,
                                        const std::atomic_bool *cancel)
{
    return persistReconciliation(m_db, write, summaryJson, progress, cancel);
}

Result<reconcile::DecisionResult>
SqliteReconciliationRepository::matchManually(const reconcile::ManualDecision &decision)
{
    return reconcile::matchManually(m_db, decision);
}

Result<reconcile::DecisionResult>
SqliteReconciliationRepository::writeOff(const reconcile::ManualDecision &decision)
{
    return reconcile::writeOff(m_db, decision);
}

Result<QJsonArray>
SqliteReconciliationRepository::unmatch(qint64 groupId, const QString &note, const QString &user)
{
    return reconcile::unmatch(m_db, groupId, note, user);
}

Result<void> SqliteReconciliationRepository::restoreMatch(const QJsonArray &rows,
                                                          const QString &note,
                                                          const QString &user)
{
    return reconcile::restoreMatch(m_db, rows, note, user);
}

Result<reconcile::ReconcileOverview> SqliteReconciliationRepository::overview()
{
    return reconcile::loadOverview(m_db);
}

Result<QList<reconcile::ExceptionRow>>
SqliteReconciliationRepository::exceptions(const reconcile::ExceptionFilter &filter,
                                           const QDate &today)
{
    return reconcile::loadExceptions(m_db, filter, today);
}

Result<QList<reconcile::CandidateRow>>
SqliteReconciliationRepository::candidates(const reconcile::ExceptionRow &item)
{
    return reconcile::loadCandidates(m_db, item);
}

Result<QList<reconcile::MatchInfo>> SqliteReconciliationRepository::matches(
    const QString &reconciliation, const QString &side, qint64 itemId)
{
    return reconcile::loadMatches(m_db, reconciliation, side, itemId);
}

Result<reconcile::PayoutTrail> SqliteReconciliationRepository::payoutTrail(qint64 payoutKey)
{
    return reconcile::loadPayoutTrail(m_db, payoutKey);
}

Result<reconcile::PayoutTrail>
SqliteReconciliationRepository::payoutTrailById(const QString &payoutId)
{
    return reconcile::loadPayoutTrailById(m_db, payoutId);
}

Result<QList<reconcile::AuditRow>> SqliteReconciliationRepository::audit(int limit)
{
    return reconcile::loadAudit(m_db, limit);
}

Result<reconcile::AuditVerification> SqliteReconciliationRepository::verifyAudit()
{
    return verifyAuditChain(m_db);
}

Result<reconcile::ImportReport>
SqliteStatementRepository::importStatements(const QList<reconcile::Statement> &statements,
                                            const QByteArray &data,
                                            const QString &fileName,
                                            const QString &format,
                                            const std::atomic_bool *cancel)
{
    return reconcile::importStatements(m_db, statements, data, fileName, format, cancel);
}

Result<reconcile::LedgerImportReport>
SqliteStatementRepository::importLedger(const QList<reconcile::LedgerEntry> &entries,
                                        const QByteArray &data,
                                        const QString &fileName,
                                        const QString &mappingName)
{
    return reconcile::storeLedgerEntries(m_db, entries, data, fileName, mappingName);
}

Result<void> SqliteStatementRepository::saveCsvMapping(const reconcile::CsvMapping &mapping)
{
    return reconcile::saveCsvMapping(m_db, mapping);
}

Result<std::optional<reconcile::CsvMapping>>
SqliteStatementRepository::loadCsvMapping(const QString &name)
{
    return reconcile::loadCsvMapping(m_db, name);
}

} // namespace paydeck::store
