#include "reconcile_service.h"

#include "store/change_feed.h"
#include "store/reconciliation_repository.h"

#include <QCoreApplication>
#include <QFile>

#include <future>

namespace paydeck::reconcile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("paydeck::reconcile", text);
}

constexpr quint32 kDecisionChanges = store::ChangeSet::Decisions | store::ChangeSet::Reconciliation;

} // namespace

QString currentUser()
{
    for (const char *variable : {"PAYDECK_USER", "USER", "USERNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

Result<QByteArray> readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

ReconcileService::ReconcileService(QString storePath, store::StoreWriter *writer, QObject *parent)
    : QObject(parent), m_path(std::move(storePath)), m_writer(writer)
{}

ReconcileService::~ReconcileService() = default;

Result<store::Session *> ReconcileService::reader()
{
    if (!m_reader) {
        auto opened = store::openSession(m_path, store::Access::ReadOnly);
        if (!opened)
            return makeError(opened.error());
        m_reader = std::move(opened).value();
    }
    return m_reader.get();
}

Result<void> ReconcileService::write(std::function<Result<void>(store::Session &)> job,
                                     quint32 changes)
{
    std::promise<Result<void>> done;
    auto future = done.get_future();
    m_writer->submitJob(
        std::move(job), [&done](const Result<void> &result) { done.set_value(result); }, changes);
    return future.get();
}

template<typename Query>
auto ReconcileService::read(Query query) -> decltype(query(std::declval<store::Session &>()))
{
    std::lock_guard lock(m_readMutex);
    auto session = reader();
    if (!session)
        return makeError(session.error());
    return query(*session.value());
}

template<typename T>
Result<T> ReconcileService::writeWithResult(std::function<Result<T>(store::Session &)> job,
                                            quint32 changes)
{
    Result<T> result = makeError(QString());
    auto written = write(
        [&](store::Session &session) -> Result<void> {
            result = job(session);
            return result ? Result<void>() : makeError(result.error());
        },
        changes);
    if (!written)
        return makeError(written.error()); // the job's error, or the commit's
    return result;
}

// Reads -------------------------------------------------------------------------------------

Result<ReconcileOverview> ReconcileService::overview()
{
    return read([](store::Session &session) { return session.reconciliation().overview(); });
}

Result<QList<ExceptionRow>> ReconcileService::exceptions(const ExceptionFilter &filter,
                                                         const QDate &today)
{
    return read([&](store::Session &session) {
        return session.reconciliation().exceptions(filter, today);
    });
}

Result<QList<AuditRow>> ReconcileService::audit(int limit)
{
    return read([&](store::Session &session) { return session.reconciliation().audit(limit); });
}

Result<AuditVerification> ReconcileService::verifyAudit()
{
    return read([](store::Session &session) { return session.reconciliation().verifyAudit(); });
}

Result<QList<CandidateRow>> ReconcileService::candidates(const ExceptionRow &item)
{
    return read([&](store::Session &session) { return session.reconciliation().candidates(item); });
}

Result<QList<MatchInfo>> ReconcileService::matches(const ExceptionRow &item)
{
    return read([&](store::Session &session) {
        return session.reconciliation().matches(item.reconciliation, item.side, item.itemId);
    });
}

Result<PayoutTrail> ReconcileService::payoutTrail(const QString &payoutId)
{
    return read([&](store::Session &session) {
        return session.reconciliation().payoutTrailById(payoutId);
    });
}

Result<PayoutTrail> ReconcileService::payoutTrail(const ExceptionRow &item)
{
    if (item.side != u"provider" || item.reconciliation == u"charge_ledger")
        return PayoutTrail{};
    return read(
        [&](store::Session &session) { return session.reconciliation().payoutTrail(item.itemId); });
}

Result<std::optional<CsvMapping>> ReconcileService::csvMapping(const QString &name)
{
    return read([&](store::Session &session) { return session.statements().loadCsvMapping(name); });
}

Result<CsvPreview> ReconcileService::previewCsv(const QString &file, CsvMapping::Kind kind)
{
    auto data = readWholeFile(file);
    if (!data)
        return makeError(data.error());
    return detectCsvMapping(data.value(), kind, file);
}

// Writes ------------------------------------------------------------------------------------

StatementImportOutcome ReconcileService::importStatement(const QString &file,
                                                         const std::optional<CsvMapping> &mapping)
{
    StatementImportOutcome outcome;
    outcome.file = file;
    auto data = readWholeFile(file);
    if (!data) {
        outcome.report = makeError(data.error());
        return outcome;
    }
    auto written = write(
        [&](store::Session &session) -> Result<void> {
            outcome.report = importStatementFile(
                session, data.value(), file, mapping ? &*mapping : nullptr, &m_cancel);
            if (!outcome.report)
                return makeError(outcome.report.error());
            // The confirmed columns are kept as a preset; the import stands without it.
            if (mapping && !mapping->name.isEmpty())
                if (auto saved = session.statements().saveCsvMapping(*mapping); !saved)
                    outcome.presetProblem = saved.error();
            return {};
        },
        store::ChangeSet::BankStatements | store::ChangeSet::Mappings);
    if (!written && outcome.report)
        outcome.report = makeError(written.error()); // the commit itself failed
    return outcome;
}

Result<LedgerImportReport> ReconcileService::importLedger(const QString &file,
                                                          const CsvMapping &mapping,
                                                          bool keepMapping,
                                                          QString *presetProblem)
{
    auto data = readWholeFile(file);
    if (!data)
        return makeError(data.error());
    return writeWithResult<LedgerImportReport>(
        [&](store::Session &session) -> Result<LedgerImportReport> {
            auto report = importLedgerFile(session, data.value(), file, mapping);
            if (report && keepMapping && !mapping.name.isEmpty())
                if (auto saved = session.statements().saveCsvMapping(mapping);
                    !saved && presetProblem)
                    *presetProblem = saved.error();
            return report;
        },
        store::ChangeSet::Ledger | store::ChangeSet::Mappings);
}

Result<void> ReconcileService::saveCsvMapping(const CsvMapping &mapping)
{
    return write(
        [&](store::Session &session) { return session.statements().saveCsvMapping(mapping); },
        store::ChangeSet::Mappings);
}

Result<ReconcileSummary> ReconcileService::reconcile(ReconcileOptions options)
{
    if (!options.cancel)
        options.cancel = &m_cancel;
    auto plan = read([&](store::Session &session) { return planReconciliation(session, options); });
    if (!plan)
        return makeError(plan.error());
    if (options.dryRun)
        return plan.value().summary;
    return writeWithResult<ReconcileSummary>(
        [&](store::Session &session) {
            return persistPlan(session, std::move(plan.value()), options);
        },
        store::ChangeSet::Reconciliation);
}

Result<DecisionResult> ReconcileService::decide(DecisionKind kind, const ManualDecision &decision)
{
    return writeWithResult<DecisionResult>(
        [&](store::Session &session) {
            return kind == DecisionKind::Match ? session.reconciliation().matchManually(decision)
                                               : session.reconciliation().writeOff(decision);
        },
        kDecisionChanges);
}

Result<QJsonArray> ReconcileService::unmatch(qint64 group, const QString &note, const QString &user)
{
    return writeWithResult<QJsonArray>(
        [&](store::Session &session) {
            return session.reconciliation().unmatch(group, note, user);
        },
        kDecisionChanges);
}

Result<void>
ReconcileService::restore(const QJsonArray &rows, const QString &note, const QString &user)
{
    return write(
        [&](store::Session &session) {
            return session.reconciliation().restoreMatch(rows, note, user);
        },
        kDecisionChanges);
}

} // namespace paydeck::reconcile
