#pragma once

#include "csv_mapping.h"
#include "reconcile_actions.h"
#include "reconcile_queries.h"
#include "reconcile_run.h"
#include "statement_import.h"
#include "store/store_writer.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace paydeck::reconcile {

/// What people decide about items the rules left open.
enum class DecisionKind { Match, WriteOff };

/// The outcome of importing one statement file.
struct StatementImportOutcome
{
    QString file;
    Result<ImportReport> report = makeError(QString());
    QString presetProblem; // the CSV preset could not be kept (the import itself worked)
};

/// Reconciliation as typed calls — import, run, decide, undo, and the reads the screens need —
/// used by the Reconciliation screen and by `paydeck-cli` alike. Reads use the service's own
/// read-only connection; every write goes through the store's single writer as a job and is
/// published on the change feed. Nobody outside holds a database handle.
///
/// The blocking calls are for worker threads and the CLI. The GUI uses `post`, which runs a call
/// on the service's thread and hands the result back on the caller's thread.
class ReconcileService final : public QObject
{
    Q_OBJECT
public:
    ReconcileService(QString storePath, store::StoreWriter *writer, QObject *parent = nullptr);
    ~ReconcileService() override;
    Q_DISABLE_COPY_MOVE(ReconcileService)

    // Reads.
    Result<ReconcileOverview> overview();
    Result<QList<ExceptionRow>> exceptions(const ExceptionFilter &filter, const QDate &today);
    Result<QList<AuditRow>> audit(int limit);
    /// Walks the audit trail's hash chain (see store::ReconciliationRepository::verifyAudit).
    Result<AuditVerification> verifyAudit();
    Result<QList<CandidateRow>> candidates(const ExceptionRow &item);
    Result<QList<MatchInfo>> matches(const ExceptionRow &item);
    /// The payout's trail; an empty trail when the store has no payout with that id.
    Result<PayoutTrail> payoutTrail(const QString &payoutId);
    Result<PayoutTrail> payoutTrail(const ExceptionRow &item);
    Result<std::optional<CsvMapping>> csvMapping(const QString &name);
    Result<CsvPreview> previewCsv(const QString &file, CsvMapping::Kind kind);

    // Writes, each one transaction through the single writer.
    StatementImportOutcome importStatement(const QString &file,
                                           const std::optional<CsvMapping> &mapping = std::nullopt);
    /// With `keepMapping`, the (named) mapping is saved as a preset in the same transaction.
    Result<LedgerImportReport> importLedger(const QString &file,
                                            const CsvMapping &mapping,
                                            bool keepMapping,
                                            QString *presetProblem = nullptr);
    Result<void> saveCsvMapping(const CsvMapping &mapping);
    /// Reads and matches on the service's connection, then writes the result through the writer
    /// (a dry run writes nothing). Progress 0–100 through `options.progress`.
    Result<ReconcileSummary> reconcile(ReconcileOptions options);
    Result<DecisionResult> decide(DecisionKind kind, const ManualDecision &decision);
    Result<QJsonArray> unmatch(qint64 group, const QString &note, const QString &user);
    Result<void> restore(const QJsonArray &rows, const QString &note, const QString &user);

    /// Set by Cancel: a long import or run stops and leaves the store unchanged. Cleared when
    /// the next posted call starts.
    std::atomic_bool &cancelFlag() { return m_cancel; }

    /// Runs `call` on the service's thread, then `reply` with its result on `context`'s thread
    /// (dropped if `context` is gone by then).
    template<typename T>
    void post(QObject *context,
              std::function<T(ReconcileService &)> call,
              std::function<void(const T &)> reply)
    {
        QPointer<QObject> receiver(context);
        QMetaObject::invokeMethod(
            this,
            [this, receiver, call = std::move(call), reply = std::move(reply)] {
                m_cancel = false;
                T result = call(*this);
                QMetaObject::invokeMethod(
                    receiver.data(),
                    [receiver, reply, result = std::move(result)] {
                        if (receiver)
                            reply(result);
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

private:
    /// The read-only session (opened on first use; reads are serialised).
    Result<store::Session *> reader();
    /// Runs `query` on the read-only session (one reader at a time).
    template<typename Query>
    auto read(Query query) -> decltype(query(std::declval<store::Session &>()));
    /// Runs `job` on the writer inside its transaction and waits for its commit; `changes` go
    /// out on the change feed.
    Result<void> write(std::function<Result<void>(store::Session &)> job, quint32 changes);
    /// write() for a job with a result: the job's value once committed, else the error.
    template<typename T>
    Result<T> writeWithResult(std::function<Result<T>(store::Session &)> job, quint32 changes);

    QString m_path;
    store::StoreWriter *m_writer;
    std::mutex m_readMutex;
    std::unique_ptr<store::Session> m_reader;
    std::atomic_bool m_cancel{false};
};

/// Reads a whole file, naming it in the error.
Result<QByteArray> readWholeFile(const QString &path);

} // namespace paydeck::reconcile
