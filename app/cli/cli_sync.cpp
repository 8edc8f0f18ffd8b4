#include "cli_common.h"
#include "cli_fraud_reviews.h"
#include "cli_serve_alerts.h"

#include "alerts/alert_notifier.h"

#include "reconcile/holiday_calendar.h"
#include "reconcile/reconcile_actions.h"
#include "secrets/source_secrets.h"
#include "store/store_writer.h"
#include "sync/source_sync.h"
#include "webhooks/webhook_receiver.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <future>
#include <variant>

namespace paydeck::cli {

namespace {

QJsonObject perType(const std::array<qint64, kObjectTypeCount> &counts)
{
    QJsonObject out;
    for (int i = 0; i < kObjectTypeCount; ++i)
        out.insert(QString::fromLatin1(objectTypeName(static_cast<ObjectType>(i))),
                   counts[size_t(i)]);
    return out;
}

} // namespace

int runSync(const QString &dataDir, Arguments &args)
{
    return runSyncOrServe(dataDir, args, false);
}

int runServe(const QString &dataDir, Arguments &args)
{
    return runSyncOrServe(dataDir, args, true);
}

namespace {

/// Free calls: lupdate files them under the namespace, so run time uses the same context.
/// What `sync` and `serve` were asked to do.
struct SyncRequest
{
    store::SourceConfig source;
    QStringList urls;
    std::optional<QString> webhookListen;
    bool follow = false;
    bool json = false;
};

/// An error with the exit code it deserves (2: the command line, 1: everything else).
struct Refusal
{
    QString message;
    int code = 1;
};

std::optional<Refusal> applyTimeouts(store::SourceConfig &source,
                                     const std::optional<QString> &connectTimeout,
                                     const std::optional<QString> &readTimeout)
{
    for (const auto &[option, target] : {std::pair{&connectTimeout, &source.connectTimeoutMs},
                                         std::pair{&readTimeout, &source.readTimeoutMs}}) {
        if (!*option)
            continue;
        bool ok = false;
        *target = (*option)->toInt(&ok);
        if (!ok || *target <= 0)
            return Refusal{tr("timeouts are milliseconds, got \"%1\"").arg(**option), 2};
    }
    return std::nullopt;
}

std::optional<Refusal> applyBudget(store::SourceConfig &source,
                                   const std::optional<QString> &requestsPerSecond)
{
    if (!requestsPerSecond)
        return std::nullopt;
    bool ok = false;
    source.requestsPerSecond = requestsPerSecond->toInt(&ok);
    if (!ok || source.requestsPerSecond < 0)
        return Refusal{tr("--requests-per-second is a whole number (0: the provider's own "
                          "limit), got \"%1\"")
                           .arg(*requestsPerSecond),
                       2};
    return std::nullopt;
}

std::optional<Refusal> checkUrlsAndCa(const QStringList &urls, const std::optional<QString> &ca)
{
    if (ca && !QFileInfo::exists(*ca))
        return Refusal{tr("the CA certificate %1 does not exist").arg(*ca)};
    for (const QString &each : urls) {
        const QUrl parsed(each);
        if (!parsed.isValid() || parsed.scheme() != u"https" || parsed.host().isEmpty())
            return Refusal{tr("--stripe-url must be an https:// URL, got \"%1\"").arg(each), 2};
    }
    return std::nullopt;
}

/// The key and webhook secret: given now (text, private file or environment), or kept from an
/// earlier run in the secret store.
std::optional<Refusal>
resolveSecrets(SyncRequest &request, secrets::SecretStore &secretStore, Arguments &args, bool serve)
{
    const auto keyText = args.value(QStringLiteral("--api-key"));
    const auto keyFile = args.value(QStringLiteral("--api-key-file"));
    // Webhook options belong to serve; for sync they stay unconsumed and are refused as unknown.
    const auto webhookText = serve ? args.value(QStringLiteral("--webhook-secret")) : std::nullopt;
    const auto webhookFile
        = serve ? args.value(QStringLiteral("--webhook-secret-file")) : std::nullopt;
    auto key = secretFromOptions(keyText, keyFile, "PAYDECK_API_KEY", tr("API key"));
    if (!key)
        return Refusal{key.error(), 2};
    auto webhook = serve ? secretFromOptions(
                       webhookText, webhookFile, "PAYDECK_WEBHOOK_SECRET", tr("webhook secret"))
                         : Result<QString>(QString());
    if (!webhook)
        return Refusal{webhook.error(), 2};
    store::SourceConfig &source = request.source;
    if (auto kept = secrets::loadSecrets(secretStore, source); !kept)
        return Refusal{kept.error()};
    if (!key.value().isEmpty())
        source.apiKey = key.value();
    if (!webhook.value().isEmpty())
        source.webhookSecret = webhook.value();
    if (source.apiKey.isEmpty())
        return Refusal{tr("sync needs an API key: --api-key-file FILE (private to you), "
                          "PAYDECK_API_KEY, or --api-key KEY"),
                       2};
    return std::nullopt;
}

/// Reads the command line into a request, or says why it cannot be one.
std::variant<SyncRequest, Refusal>
parseRequest(Arguments &args, secrets::SecretStore &secretStore, bool serve)
{
    SyncRequest request;
    request.webhookListen = serve ? args.value(QStringLiteral("--webhook-listen")) : std::nullopt;
    // The first --stripe-url is the primary; more are replicas to fail over to.
    request.urls = args.values(QStringLiteral("--stripe-url"));
    const auto ca = args.value(QStringLiteral("--ca-cert"));
    const auto name = args.value(QStringLiteral("--source"));
    request.follow = args.flag(QStringLiteral("--follow")) || serve;
    const auto connectTimeout = args.value(QStringLiteral("--connect-timeout"));
    const auto readTimeout = args.value(QStringLiteral("--read-timeout"));
    const auto requestsPerSecond = args.value(QStringLiteral("--requests-per-second"));
    request.json = args.flag(QStringLiteral("--json"));
    request.source.name = name.value_or(QStringLiteral("stripe"));
    auto refused = resolveSecrets(request, secretStore, args, serve);
    if (const QString error = args.error(); !error.isEmpty())
        return Refusal{error, 2};
    if (request.urls.isEmpty())
        return Refusal{tr("sync needs --stripe-url"), 2};
    if (!refused)
        refused = applyTimeouts(request.source, connectTimeout, readTimeout);
    if (!refused)
        refused = applyBudget(request.source, requestsPerSecond);
    if (!refused)
        refused = checkUrlsAndCa(request.urls, ca);
    if (refused)
        return *refused;
    request.source.baseUrl = request.urls.first();
    request.source.fallbackUrls = request.urls.mid(1);
    request.source.caCertificate = ca ? QFileInfo(*ca).absoluteFilePath() : QString();
    return request;
}

/// Whether the source's API key or webhook secret differ from the ones kept for it (a source
/// seen for the first time has none kept: its secrets are new, not replaced).
bool secretsReplaced(secrets::SecretStore &secretStore, const store::SourceConfig &source)
{
    store::SourceConfig kept = source;
    if (!secrets::loadSecrets(secretStore, kept) || kept.apiKey.isEmpty())
        return false;
    return kept.apiKey != source.apiKey || kept.webhookSecret != source.webhookSecret;
}

/// Saves the source (and moves secrets an older store kept in plain text out of it first);
/// returns its id.
Result<qint64> saveSource(store::StoreWriter &writer,
                          secrets::SecretStore &secretStore,
                          const store::SourceConfig &source,
                          bool secretsReplaced)
{
    std::promise<Result<qint64>> saved;
    writer.submitJob([&](store::Session &db) -> Result<void> {
        store::SourceRepository &sources = db.sources();
        auto moved = secrets::moveLegacySecrets(secretStore, sources.all());
        Result<void> cleared;
        const store::SourceChangeAuthor author{reconcile::currentUser(), secretsReplaced};
        if (moved && moved.value() > 0) {
            cleared = sources.clearStoredSecrets();
            if (cleared)
                std::fprintf(stderr,
                             "paydeck-cli: moved the secrets of %d source(s) out of the store "
                             "into %s\n",
                             moved.value(),
                             secretStore.describe().toLocal8Bit().constData());
        }
        Result<qint64> id = !moved     ? Result<qint64>(makeError(moved.error()))
                            : !cleared ? Result<qint64>(makeError(cleared.error()))
                                       : sources.save(source, author);
        saved.set_value(id);
        return id ? Result<void>() : makeError(id.error());
    });
    return saved.get_future().get();
}

/// Starts the loopback webhook receiver that makes `sync` run at once on a verified event.
Result<std::unique_ptr<webhooks::WebhookReceiver>>
listenForWebhooks(const SyncRequest &request, sync::SourceSync &sync, bool &rerun)
{
    // Verified webhooks arrive on the server's threads; the sync is told on this one.
    auto receiver = std::make_unique<webhooks::WebhookReceiver>(
        request.source.webhookSecret,
        [&sync, &rerun](const webhooks::WebhookEvent &event) {
            QMetaObject::invokeMethod(
                &sync,
                [&sync, &rerun, event] {
                    sync.addWebhookEvent(
                        event.id, event.type, event.created, event.objectKind, event.objectId);
                    if (sync.isRunning())
                        rerun = true;
                    else
                        sync.start();
                },
                Qt::QueuedConnection);
        },
        [](const QString &message) {
            std::fprintf(stderr, "paydeck-cli: %s\n", message.toLocal8Bit().constData());
        });
    auto port = receiver->listen(*request.webhookListen);
    if (!port)
        return makeError(port.error());
    printOut(QStringLiteral("listening http://%1:%2/")
                 .arg(request.webhookListen->left(request.webhookListen->lastIndexOf(u':')))
                 .arg(port.value())
                 .toUtf8());
    return receiver;
}

void printProgress(const QString &name, const sync::SyncProgress &progress)
{
    std::fprintf(stderr,
                 "sync %s: %lld balance transactions, %lld charges, %lld refunds, %lld "
                 "payouts, %lld disputes\n",
                 name.toUtf8().constData(),
                 static_cast<long long>(progress.fetched[0]),
                 static_cast<long long>(progress.fetched[1]),
                 static_cast<long long>(progress.fetched[2]),
                 static_cast<long long>(progress.fetched[3]),
                 static_cast<long long>(progress.fetched[4]));
}

/// One run's outcome: a line for people on stderr, the JSON for machines on stdout.
void printReport(const SyncRequest &request, const sync::SyncReport &report)
{
    for (const QString &warning : report.warnings)
        std::fprintf(stderr, "paydeck-cli: warning: %s\n", warning.toLocal8Bit().constData());
    if (!report.ok) {
        fail(report.error);
    } else if (!request.json || request.follow) {
        std::fprintf(stderr,
                     "sync %s: %lld new, %lld updated in %.2f s\n",
                     request.source.name.toUtf8().constData(),
                     static_cast<long long>(report.totalInserted()),
                     static_cast<long long>(
                         std::accumulate(report.updated.begin(), report.updated.end(), qint64(0))),
                     report.seconds);
    }
    if (!request.json)
        return;
    QJsonObject out;
    out.insert(QStringLiteral("source"), report.sourceName);
    out.insert(QStringLiteral("ok"), report.ok);
    if (!report.ok)
        out.insert(QStringLiteral("error"), report.error);
    out.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings));
    out.insert(QStringLiteral("inserted"), perType(report.inserted));
    out.insert(QStringLiteral("updated"), perType(report.updated));
    out.insert(QStringLiteral("fetched"), perType(report.fetched));
    out.insert(QStringLiteral("seconds"), report.seconds);
    const double bts = double(report.fetched[0]);
    out.insert(QStringLiteral("transactions_per_second"),
               report.seconds > 0 ? bts / report.seconds : 0.0);
    printOut(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

/// Runs the sync once (or, following, again and again) on this thread's event loop.
int runLoop(const SyncRequest &request, sync::SourceSync &sync, bool &rerun)
{
    int exitCode = 0;
    QTimer again;
    again.setSingleShot(true);
    again.setInterval(2000);
    QObject::connect(&again, &QTimer::timeout, &sync, &sync::SourceSync::start);
    QElapsedTimer progressClock;
    progressClock.start();
    QObject::connect(&sync, &sync::SourceSync::progressed, [&](const sync::SyncProgress &progress) {
        if (!progress.running || progressClock.elapsed() < 500)
            return;
        progressClock.restart();
        printProgress(request.source.name, progress);
    });
    QObject::connect(&sync, &sync::SourceSync::finished, [&](const sync::SyncReport &report) {
        printReport(request, report);
        if (!report.ok)
            exitCode = 1;
        if (rerun) {
            rerun = false;
            QTimer::singleShot(0, &sync, &sync::SourceSync::start);
        } else if (request.follow) {
            again.start();
        } else {
            QCoreApplication::exit(exitCode);
        }
    });
    QTimer::singleShot(0, &sync, &sync::SourceSync::start);
    const int code = QCoreApplication::exec();
    return request.follow ? code : exitCode;
}

} // namespace

int runSyncOrServe(const QString &dataDir, Arguments &args, bool serve)
{
    const auto secretStore = cli::secretStore(dataDir);
    // serve judges the alert rules and sends what fires (its options first: parseRequest
    // refuses whatever is left unread).
    // Where the shop keeps the buyer's IP in a charge's metadata, for fraud scoring: as the
    // rules in force say, unless --ip-key fixes it.
    std::optional<fraud::MetadataKeys> fraudKeys;
    if (const auto ipKey = args.value(QStringLiteral("--ip-key")))
        fraudKeys = fraud::MetadataKeys{ipKey->toStdString()};
    auto targets = serve ? parseNotificationTargets(args)
                         : Result<std::vector<alerts::NotificationTarget>>(
                             std::vector<alerts::NotificationTarget>());
    if (!targets)
        return fail(targets.error(), 2);
    auto parsed = parseRequest(args, *secretStore, serve);
    if (const auto *refused = std::get_if<Refusal>(&parsed))
        return fail(refused->message, refused->code);
    SyncRequest &request = std::get<SyncRequest>(parsed);
    if (serve && (!request.webhookListen || request.source.webhookSecret.isEmpty()))
        return fail(tr("serve needs --webhook-listen HOST:PORT and --webhook-secret SECRET"), 2);

    const QString path = storePath(dataDir);
    store::StoreWriter writer(path);
    if (auto started = writer.start(); !started)
        return fail(started.error());
    auto id = saveSource(
        writer, *secretStore, request.source, secretsReplaced(*secretStore, request.source));
    if (!id)
        return fail(id.error());
    request.source.id = id.value();
    if (auto kept = secrets::saveSecrets(*secretStore, request.source); !kept)
        return fail(kept.error());

    quitOnSignals();
    sync::SourceSync sync(request.source, &writer, path);
    bool rerun = false;
    std::unique_ptr<webhooks::WebhookReceiver> receiver;
    std::unique_ptr<Alerting> alerting;
    // What the sync stores is scored for fraud as it lands; what the rules flag is queued. A
    // one-off sync (a backfill, most often) is not slowed by it: the scoring takes the CPU the
    // sync leaves idle — while it waits for pages — and catches up at the end. Following, the
    // scoring is live and runs as the sync does.
    auto fraudMonitoring = std::make_unique<FraudMonitoring>(
        path, writer, fraudKeys, request.follow ? QThread::InheritPriority : QThread::IdlePriority);
    if (serve) {
        auto calendar = reconcile::loadHolidayCalendar(dataDir);
        if (!calendar)
            return fail(calendar.error());
        alerting = std::make_unique<Alerting>(
            path, writer, std::move(targets).value(), std::shared_ptr(cli::secretStore(dataDir)));
        alerting->service->setHolidayCalendar(std::move(calendar).value());
        auto listening = listenForWebhooks(request, sync, rerun);
        if (!listening)
            return fail(listening.error());
        receiver = std::move(listening).value();
    }
    const int code = runLoop(request, sync, rerun);
    alerting.reset(); // its last writes go through the writer before it stops
    fraudMonitoring.reset();
    writer.flush();
    writer.stop();
    return code;
}

} // namespace paydeck::cli
