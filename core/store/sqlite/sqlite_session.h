#pragma once

// The SQLite backend: a Session over one connection and the repositories that speak SQLite's
// dialect through it.

#include "database.h"
#include "store/alert_repository.h"
#include "store/analytics_repository.h"
#include "store/browse_repository.h"
#include "store/fraud_repository.h"
#include "store/fx_repository.h"
#include "store/object_repository.h"
#include "store/operations_repository.h"
#include "store/reconciliation_repository.h"
#include "store/session.h"
#include "store/sources.h"
#include "store/sync_batches.h"
#include "store/sync_state.h"

#include <map>
#include <memory>
#include <string>

namespace paydeck::store {

class SqliteSourceRepository final : public SourceRepository
{
public:
    explicit SqliteSourceRepository(Database &db) : m_db(db) {}
    std::vector<SourceConfig> all() override;
    std::optional<SourceConfig> byName(const QString &name) override;
    std::optional<SourceConfig> byId(qint64 id) override;
    using SourceRepository::save;
    Result<qint64> save(const SourceConfig &source, const SourceChangeAuthor &author) override;
    Result<void> clearStoredSecrets() override;
    SyncCursor cursor(qint64 sourceId, const char *objectType) override;
    Result<void>
    saveCursor(qint64 sourceId, const char *objectType, const SyncCursor &cursor) override;
    Result<void> recordError(qint64 sourceId,
                             const char *objectType,
                             const QString &message,
                             qint64 when) override;

private:
    Result<qint64> upsert(const SourceConfig &source);
    std::vector<RangeCursor> ranges(qint64 sourceId, const char *objectType);
    Result<void> saveRanges(qint64 sourceId, const char *objectType, const SyncCursor &cursor);

    Database &m_db;
};

class SqliteSyncStateRepository final : public SyncStateRepository
{
public:
    explicit SqliteSyncStateRepository(Database &db) : m_db(db) {}
    qint64 oldestOpen(qint64 sourceId, ObjectType type) override;
    std::vector<std::pair<std::string, qint64>> unsettledPayouts(qint64 sourceId) override;
    std::map<std::string, qint64> settledNets(qint64 sourceId) override;
    Result<void> markSettled(qint64 sourceId, const std::vector<std::string> &payoutIds) override;
    bool eventSeen(qint64 sourceId, const std::string &eventId) override;
    Result<void>
    recordEvents(qint64 sourceId, const std::vector<RecordedEvent> &events, qint64 now) override;
    Result<void>
    saveHealth(qint64 sourceId, const QList<EndpointState> &states, qint64 now) override;

private:
    Database &m_db;
};

class SqliteObjectRepository final : public ObjectRepository
{
public:
    explicit SqliteObjectRepository(Database &db) : m_db(db) {}

protected:
    void
    loadInto(qint64 sourceId, const std::string &id, std::optional<BalanceTransaction> &) override;
    void loadInto(qint64 sourceId, const std::string &id, std::optional<Charge> &) override;
    void loadInto(qint64 sourceId, const std::string &id, std::optional<Refund> &) override;
    void loadInto(qint64 sourceId, const std::string &id, std::optional<Payout> &) override;
    void loadInto(qint64 sourceId, const std::string &id, std::optional<Dispute> &) override;
    void loadAllInto(qint64 sourceId, std::vector<BalanceTransaction> &) override;
    void loadAllInto(qint64 sourceId, std::vector<Charge> &) override;
    void loadAllInto(qint64 sourceId, std::vector<Refund> &) override;
    void loadAllInto(qint64 sourceId, std::vector<Payout> &) override;
    void loadAllInto(qint64 sourceId, std::vector<Dispute> &) override;
    Result<void> scanCharges(qint64 from,
                             qint64 to,
                             const std::function<bool(qint64, Charge &&)> &each) override;
    Result<void> scanBalanceTransactions(
        qint64 from,
        qint64 to,
        const std::function<bool(qint64, BalanceTransaction &&)> &each) override;
    Result<void>
    scanChargesArrivedAfter(qint64 arrival,
                            qint64 createdFrom,
                            const std::vector<std::string> &fields,
                            const std::function<bool(qint64, qint64, Charge &&)> &each) override;

private:
    Database &m_db;
};

/// Stores provider pages. An empty table that receives a large backfill is bulk-loaded: filled
/// without its indexes, which are built once when the backfill's run has ended or the writer is
/// idle (see bulk_load.h).
class SqliteSyncBatchRepository final : public SyncBatchRepository
{
public:
    SqliteSyncBatchRepository(Database &db, Access access);
    QList<BatchOutcome> storeGroup(const std::vector<SyncBatch> &batches) override;
    bool hasDeferredWork() const override { return !m_bulkTables.empty(); }
    void finishDeferredWork(bool all, quint32 queuedTypes) override;

private:
    Result<void> storeObjects(const std::vector<SyncBatch> &batches,
                              QList<BatchOutcome> &outcomes,
                              std::vector<std::string> &enteredBulk);
    void noteBulkProgress(const std::vector<SyncBatch> &batches,
                          const std::vector<std::string> &enteredBulk);
    Database &m_db;
    // Tables being bulk-loaded, and whether the run that fills each has ended.
    std::map<std::string, bool> m_bulkTables;
};

class SqliteStatementRepository final : public StatementRepository
{
public:
    explicit SqliteStatementRepository(Database &db) : m_db(db) {}
    Result<reconcile::ImportReport> importStatements(const QList<reconcile::Statement> &statements,
                                                     const QByteArray &data,
                                                     const QString &fileName,
                                                     const QString &format,
                                                     const std::atomic_bool *cancel) override;
    Result<reconcile::LedgerImportReport> importLedger(const QList<reconcile::LedgerEntry> &entries,
                                                       const QByteArray &data,
                                                       const QString &fileName,
                                                       const QString &mappingName) override;
    Result<void> saveCsvMapping(const reconcile::CsvMapping &mapping) override;
    Result<std::optional<reconcile::CsvMapping>> loadCsvMapping(const QString &name) override;

private:
    Database &m_db;
};

class SqliteReconciliationRepository final : public ReconciliationRepository
{
public:
    explicit SqliteReconciliationRepository(Database &db) : m_db(db) {}

    Result<reconcile::inputs::LockedKeys> lockedIds(const char *kind) override;
    Result<void> loadBankSide(const reconcile::ReconcileOptions &options,
                              reconcile::inputs::Loaded &loaded,
                              const std::unordered_set<qint64> &locked) override;
    Result<void> loadPayouts(const reconcile::ReconcileOptions &options,
                             reconcile::inputs::Loaded &loaded,
                             const std::unordered_set<qint64> &locked) override;
    std::string bankReference(qint64 id) override;
    Result<std::vector<std::pair<qint64, qint64>>> ruleMatchedBankLines() override;
    Result<void> loadLedgerSide(const reconcile::ReconcileOptions &options,
                                reconcile::inputs::Loaded &loaded) override;
    Result<std::vector<reconcile::inputs::PayoutSettlement>>
    loadSettlements(const reconcile::ReconcileOptions &options) override;
    Result<std::vector<reconcile::inputs::FailedBalanceProof>>
    failedBalanceProofs(const reconcile::ReconcileOptions &options) override;
    int manualDecisionCount() override;
    Result<std::set<reconcile::inputs::StoredMatch>> storedRuleMatches() override;

    Result<qint64> persist(const ReconciliationWrite &write,
                           const std::function<QByteArray(qint64 runId)> &summaryJson,
                           const std::function<void(int)> &progress,
                           const std::atomic_bool *cancel) override;

    Result<reconcile::DecisionResult>
    matchManually(const reconcile::ManualDecision &decision) override;
    Result<reconcile::DecisionResult> writeOff(const reconcile::ManualDecision &decision) override;
    Result<QJsonArray> unmatch(qint64 groupId, const QString &note, const QString &user) override;
    Result<void>
    restoreMatch(const QJsonArray &rows, const QString &note, const QString &user) override;

    Result<reconcile::ReconcileOverview> overview() override;
    Result<QList<reconcile::ExceptionRow>> exceptions(const reconcile::ExceptionFilter &filter,
                                                      const QDate &today) override;
    Result<QList<reconcile::CandidateRow>> candidates(const reconcile::ExceptionRow &item) override;
    Result<QList<reconcile::MatchInfo>>
    matches(const QString &reconciliation, const QString &side, qint64 itemId) override;
    Result<reconcile::PayoutTrail> payoutTrail(qint64 payoutKey) override;
    Result<reconcile::PayoutTrail> payoutTrailById(const QString &payoutId) override;
    Result<QList<reconcile::AuditRow>> audit(int limit) override;
    Result<reconcile::AuditVerification> verifyAudit() override;

private:
    Database &m_db;
};

class SqliteAnalyticsRepository final : public AnalyticsRepository
{
public:
    explicit SqliteAnalyticsRepository(Database &db) : m_db(db) {}
    Result<void> scanFacts(const FactSink &sink) override;
    qint64 factCountEstimate() override;
    Result<void> factsWithIds(ObjectType type,
                              qint64 sourceId,
                              const std::vector<std::string> &ids,
                              const FactSink &sink) override;
    Result<void>
    factsCreatedBetween(ObjectType type, qint64 from, qint64 to, const FactSink &sink) override;
    Result<void> factsHappenedBetween(ObjectType type,
                                      qint64 from,
                                      qint64 before,
                                      const FactSink &sink) override;

private:
    Database &m_db;
};

class SqliteFxRepository final : public FxRepository
{
public:
    explicit SqliteFxRepository(Database &db) : m_db(db) {}
    Result<RatesSaved> saveRates(const std::vector<fx::ExchangeRate> &rates) override;
    Result<std::vector<fx::ExchangeRate>> allRates() override;
    Result<std::vector<fx::Settlement>> settlements() override;

private:
    Database &m_db;
};

class SqliteAlertRepository final : public AlertRepository
{
public:
    explicit SqliteAlertRepository(Database &db) : m_db(db) {}
    Result<std::vector<StoredRule>> rules() override;
    Result<RulesSaved> saveRules(const std::vector<alerts::AlertRule> &rules,
                                 const QString &who) override;
    Result<std::vector<StoredRule>> ruleHistory(const QString &ruleId) override;
    Result<std::vector<AlertRecord>> alerts() override;
    Result<void> recordEvaluation(const std::vector<AlertRecord> &states,
                                  const std::vector<alerts::Transition> &transitions) override;
    Result<std::vector<StoredTransition>> transitions(const QString &ruleId, int limit) override;
    Result<void>
    acknowledge(const QString &ruleId, const QString &who, const QString &note, qint64 at) override;
    Result<qint64> addSilence(const Silence &silence) override;
    Result<std::vector<Silence>> silences(qint64 at) override;
    Result<void> endSilence(qint64 id, qint64 at) override;
    Result<std::vector<StoredTarget>> targets() override;
    Result<void> saveTargets(const std::vector<StoredTarget> &targets, const QString &who) override;
    Result<void> recordDeliveries(const std::vector<DeliveryRecord> &deliveries) override;
    Result<std::vector<DeliveryRecord>> deliveries(int limit) override;

private:
    Database &m_db;
};

class SqliteOperationsRepository final : public OperationsRepository
{
public:
    explicit SqliteOperationsRepository(Database &db) : m_db(db) {}
    Result<OperationsState> operationsState() override;
    Result<reconcile::PayoutArrivalInputs> payoutArrivals() override;

private:
    Database &m_db;
};

class SqliteBrowseRepository final : public BrowseRepository
{
public:
    explicit SqliteBrowseRepository(Database &db) : m_db(db) {}
    Result<std::vector<qint64>> transactionKeys(const TransactionQuery &query) override;
    Result<QVector<TransactionRow>> transactionRows(const QVector<qint64> &keys) override;
    Result<DetailFields> transactionDetail(qint64 key) override;
    Result<std::vector<TransactionIndexRow>> indexRowsAfter(qint64 afterKey, int limit) override;
    Result<void>
    scanIndexRows(int step,
                  const std::function<bool(std::vector<TransactionIndexRow> &&)> &consume) override;
    Result<std::vector<TransactionIndexRow>>
    indexRowsByKeys(const std::vector<qint64> &keys) override;
    Result<std::vector<TransactionIndexRow>>
    indexRowsByIds(const std::vector<std::string> &ids) override;
    Result<std::vector<TransactionIndexRow>> indexRowsCreatedBetween(qint64 from,
                                                                     qint64 to) override;
    Result<FilterChoices> filterChoices() override;
    Result<QList<ObjectMention>> objectsWithIdPrefix(const QString &prefix, int limit) override;

private:
    Database &m_db;
};

class SqliteFraudRepository final : public FraudRepository
{
public:
    explicit SqliteFraudRepository(Database &db) : m_db(db) {}
    Result<std::optional<StoredFraudRules>> activeRules() override;
    Result<int> saveRules(const QString &text, const QString &who) override;
    Result<std::vector<StoredFraudRules>> ruleHistory() override;
    Result<int> addReviews(const std::vector<ReviewCandidate> &candidates,
                           qint64 scoredThrough) override;
    Result<qint64> scoredThrough() override;
    Result<std::vector<FraudReview>> reviews(const ReviewQuery &query) override;
    Result<std::vector<FraudReview>> reviewsOfCharge(const std::string &charge) override;
    Result<FraudReview> changeReview(const ReviewChange &change) override;
    Result<std::vector<ReviewEvent>> reviewHistory(qint64 sourceId,
                                                   const std::string &charge) override;
    Result<std::vector<std::pair<std::string, qint64>>> reviewCounts() override;

private:
    Database &m_db;
};

class SqliteSession final : public Session
{
public:
    explicit SqliteSession(std::unique_ptr<Database> db, Access access);
    ~SqliteSession() override;

    QString location() const override { return m_db->path(); }
    Access access() const override { return m_access; }
    Result<void> inTransaction(const std::function<Result<void>()> &work) override;
    Result<void> beginRead() override;
    Result<void> endRead() override;
    void releaseMemory() override { (void)m_db->exec("PRAGMA shrink_memory"); }

    SourceRepository &sources() override { return m_sources; }
    SyncStateRepository &syncState() override { return m_syncState; }
    ObjectRepository &objects() override { return m_objects; }
    SyncBatchRepository &syncBatches() override { return m_syncBatches; }
    StatementRepository &statements() override { return m_statements; }
    ReconciliationRepository &reconciliation() override { return m_reconciliation; }
    BrowseRepository &browse() override { return m_browse; }
    FxRepository &fx() override { return m_fx; }
    AnalyticsRepository &analytics() override { return m_analytics; }
    AlertRepository &alerts() override { return m_alerts; }
    FraudRepository &fraud() override { return m_fraud; }
    OperationsRepository &operations() override { return m_operations; }
    QJsonObject statusReport() override;

    /// The connection, for the backend's own tests and tools.
    Database &database() { return *m_db; }

private:
    std::unique_ptr<Database> m_db;
    Access m_access;
    SqliteSourceRepository m_sources;
    SqliteSyncStateRepository m_syncState;
    SqliteObjectRepository m_objects;
    SqliteSyncBatchRepository m_syncBatches;
    SqliteStatementRepository m_statements;
    SqliteReconciliationRepository m_reconciliation;
    SqliteBrowseRepository m_browse;
    SqliteFxRepository m_fx;
    SqliteAlertRepository m_alerts;
    SqliteFraudRepository m_fraud;
    SqliteOperationsRepository m_operations;
    SqliteAnalyticsRepository m_analytics;
};

/// Opens a SQLite store (a read-write one migrated to the current schema).
Result<std::unique_ptr<Session>> openSqliteSession(const QString &path, Access access);

} // namespace paydeck::store
