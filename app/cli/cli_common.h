#pragma once

#include "reconcile/reconcile_service.h"
#include "secrets/secret_store.h"
#include "store/store_writer.h"
#include "util/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace paydeck::cli {

/// Arguments after the subcommand, with simple "--name value" / "--flag" access.
class Arguments
{
public:
    explicit Arguments(QStringList arguments) : m_arguments(std::move(arguments)) {}
    /// The value of --name, or nullopt; records an error when the value is missing.
    std::optional<QString> value(const QString &name);
    /// Every value of a repeated option, in order.
    QStringList values(const QString &name);
    bool flag(const QString &name);
    /// Positional arguments and anything not consumed.
    QStringList rest() const;
    /// Takes the arguments not starting with "--" that no option consumed (call after the options).
    QStringList positional();
    /// First problem found: a missing value or an unknown option.
    QString error() const;

private:
    QStringList m_arguments;
    QList<int> m_consumed;
    QString m_error;
};

/// The data directory: --data-dir, or the platform's application data location; created
/// private (0700) and made private if it was not (a note on stderr says so).
Result<QString> dataDirectory(const QString &overridePath);
QString storePath(const QString &dataDir);
/// Where headless runs keep the sources' secrets: the owner-only secrets.json in the data
/// directory, or the desktop keychain with PAYDECK_SECRETS=keychain.
std::unique_ptr<secrets::SecretStore> secretStore(const QString &dataDir);
/// A secret given as --option TEXT, --option-file FILE, or in the environment (`environment`,
/// or a file named by `environment`_FILE); files must be private to their owner. Empty: none.
Result<QString> secretFromOptions(const std::optional<QString> &value,
                                  const std::optional<QString> &file,
                                  const char *environment,
                                  const QString &what);

/// The store's single writer and the reconcile service over it, for one command.
struct Reconciling
{
    explicit Reconciling(const QString &dataDir);
    ~Reconciling();
    Q_DISABLE_COPY_MOVE(Reconciling)
    store::StoreWriter writer;
    reconcile::ReconcileService service;
};
/// Starts the writer (which opens and migrates the store).
Result<std::unique_ptr<Reconciling>> openReconciling(const QString &dataDir);

/// The store's single writer for one command: started at once (see `started`), flushed and
/// stopped when it goes.
struct CommandWriter
{
    explicit CommandWriter(const QString &dataDir);
    ~CommandWriter();
    Q_DISABLE_COPY_MOVE(CommandWriter)
    store::StoreWriter writer;
    Result<void> started;
};
/// Runs `work` as one job of the writer, publishing `domains`, and waits for its result.
Result<void> runWriterJob(store::StoreWriter &writer,
                          const std::function<Result<void>(store::Session &)> &work,
                          quint32 domains);

/// The CLI's translations (context "paydeck::cli", which lupdate gives free tr() calls here).
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

/// UTC days from --from and --to (YYYY-MM-DD, both inclusive): by default the `defaultDays`
/// days up to today. An error names the options.
struct DayRange
{
    QDate from, to;
    qint64 fromSeconds() const; // the first day's start
    qint64 toSeconds() const;   // the day after the last one's start (an open end)
};
Result<DayRange>
dayRange(const std::optional<QString> &from, const std::optional<QString> &to, int defaultDays);

/// Prints one clear line to stderr and returns the exit code to use.
int fail(const QString &message, int code = 1);
void printOut(const QByteArray &line);

/// Makes SIGINT and SIGTERM quit the event loop gracefully.
void quitOnSignals();

int runSandbox(const QString &dataDir, Arguments &args);
int runSync(const QString &dataDir, Arguments &args);
int runServe(const QString &dataDir, Arguments &args);
int runSyncOrServe(const QString &dataDir, Arguments &args, bool serve);
int runStatus(const QString &dataDir, Arguments &args);
int runPayouts(const QString &dataDir, Arguments &args);
/// `alerts check`: every rule judged once now, the states kept.
int checkAlerts(const QString &dataDir, Arguments &args);
int runWebhook(const QString &dataDir, Arguments &args);
int runImportStatement(const QString &dataDir, Arguments &args);
int runImportLedger(const QString &dataDir, Arguments &args);
int runReconcile(const QString &dataDir, Arguments &args);
int runExceptions(const QString &dataDir, Arguments &args);
int runDecide(const QString &dataDir, Arguments &args);
int runAudit(const QString &dataDir, Arguments &args);
int runFx(const QString &dataDir, Arguments &args);
int runAnalytics(const QString &dataDir, Arguments &args);
int runAlerts(const QString &dataDir, Arguments &args);
int runFraud(const QString &dataDir, Arguments &args);

} // namespace paydeck::cli
