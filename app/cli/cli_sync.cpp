#include "cli_common.h"

#include "secrets/source_secrets.h"
#include "store/store_writer.h"
#include "sync/source_sync.h"
#include "webhooks/webhook_receiver.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <future>

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

int runSyncOrServe(const QString &dataDir, Arguments &args, bool serve)
{
    // Webhook options belong to serve; for sync they stay unconsumed and are refused as unknown.
    const auto webhookListen
        = serve ? args.value(QStringLiteral("--webhook-listen")) : std::nullopt;
    const auto webhookSecretText
        = serve ? args.value(QStringLiteral("--webhook-secret")) : std::nullopt;
    const auto webhookSecretFile
        = serve ? args.value(QStringLiteral("--webhook-secret-file")) : std::nullopt;
    // The first --stripe-url is the primary; more are replicas to fail over to.
    const QStringList urls = args.values(QStringLiteral("--stripe-url"));
    const std::optional<QString> url
        = urls.isEmpty() ? std::nullopt : std::optional<QString>(urls.first());
    const auto keyText = args.value(QStringLiteral("--api-key"));
    const auto keyFile = args.value(QStringLiteral("--api-key-file"));
    const auto ca = args.value(QStringLiteral("--ca-cert"));
    const auto name = args.value(QStringLiteral("--source"));
    const bool follow = args.flag(QStringLiteral("--follow")) || serve;
    const auto connectTimeout = args.value(QStringLiteral("--connect-timeout"));
    const auto readTimeout = args.value(QStringLiteral("--read-timeout"));
    const bool json = args.flag(QStringLiteral("--json"));
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    if (!url)
        return fail(QCoreApplication::translate("cli", "sync needs --stripe-url"), 2);

    store::SourceConfig source;
    source.name = name.value_or(QStringLiteral("stripe"));
    // The key: given now (text, private file or environment), or kept from an earlier run.
    const auto secretStore = cli::secretStore(dataDir);
    auto key = secretFromOptions(keyText,
                                 keyFile,
                                 "PAYDECK_API_KEY",
                                 QCoreApplication::translate("cli", "API key"));
    if (!key)
        return fail(key.error(), 2);
    auto webhookSecret = serve ? secretFromOptions(webhookSecretText,
                                                   webhookSecretFile,
                                                   "PAYDECK_WEBHOOK_SECRET",
                                                   QCoreApplication::translate("cli", "webhook secret"))
                               : Result<QString>(QString());
    if (!webhookSecret)
        return fail(webhookSecret.error(), 2);
    source.apiKey = key.value();
    source.webhookSecret = webhookSecret.value();
    if (auto kept = secrets::loadSecrets(*secretStore, source); !kept)
        return fail(kept.error());
    if (!key.value().isEmpty())
        source.apiKey = key.value();
    if (!webhookSecret.value().isEmpty())
        source.webhookSecret = webhookSecret.value();
    if (source.apiKey.isEmpty())
        return fail(QCoreApplication::translate(
                        "cli",
                        "sync needs an API key: --api-key-file FILE (private to you), "
                        "PAYDECK_API_KEY, or --api-key KEY"),
                    2);
    source.baseUrl = *url;
    source.fallbackUrls = urls.mid(1);
    for (const auto &[option, target] : {std::pair{&connectTimeout, &source.connectTimeoutMs},
                                         std::pair{&readTimeout, &source.readTimeoutMs}}) {
        if (*option) {
            bool ok = false;
            *target = (*option)->toInt(&ok);
            if (!ok || *target <= 0)
                return fail(
                    QCoreApplication::translate("cli", "timeouts are milliseconds, got \"%1\"")
                        .arg(**option),
                    2);
        }
    }
    source.caCertificate = ca ? QFileInfo(*ca).absoluteFilePath() : QString();
    if (ca && !QFileInfo::exists(*ca))
        return fail(
            QCoreApplication::translate("cli", "the CA certificate %1 does not exist").arg(*ca));
    for (const QString &each : urls) {
        const QUrl parsed(each);
        if (!parsed.isValid() || parsed.scheme() != u"https" || parsed.host().isEmpty())
            return fail(QCoreApplication::translate(
                            "cli", "--stripe-url must be an https:// URL, got \"%1\"")
                            .arg(each),
                        2);
    }

    const QString path = storePath(dataDir);
    store::StoreWriter writer(path);
    if (auto started = writer.start(); !started)
        return fail(started.error());
    std::promise<Result<qint64>> saved;
    writer.submitJob([&](store::Database &db) -> Result<void> {
        // A store from before schema 8 kept secrets in plain text: they move out first.
        store::SourceRepository sources(db);
        auto moved = secrets::moveLegacySecrets(*secretStore, sources.all());
        if (!moved) {
            saved.set_value(makeError(moved.error()));
            return makeError(moved.error());
        }
        if (moved.value() > 0) {
            if (auto cleared = sources.clearStoredSecrets(); !cleared) {
                saved.set_value(makeError(cleared.error()));
                return cleared;
            }
            std::fprintf(stderr,
                         "paydeck-cli: moved the secrets of %d source(s) out of the store into %s\n",
                         moved.value(),
                         secretStore->describe().toLocal8Bit().constData());
        }
        auto id = sources.save(source);
        saved.set_value(id);
        return id ? Result<void>() : makeError(id.error());
    });
    auto id = saved.get_future().get();
    if (!id)
        return fail(id.error());
    source.id = id.value();
    if (auto kept = secrets::saveSecrets(*secretStore, source); !kept)
        return fail(kept.error());

    quitOnSignals();
    sync::SourceSync sync(source, &writer, path);
    bool rerun = false;
    std::unique_ptr<webhooks::WebhookReceiver> receiver;
    if (serve) {
        if (!webhookListen || source.webhookSecret.isEmpty())
            return fail(
                QCoreApplication::translate(
                    "cli", "serve needs --webhook-listen HOST:PORT and --webhook-secret SECRET"),
                2);
        // Verified webhooks arrive on the server's threads; the sync is told on this one.
        receiver = std::make_unique<webhooks::WebhookReceiver>(
            source.webhookSecret,
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
        auto port = receiver->listen(*webhookListen);
        if (!port)
            return fail(port.error());
        printOut(QStringLiteral("listening http://%1:%2/")
                     .arg(webhookListen->left(webhookListen->lastIndexOf(u':')))
                     .arg(port.value())
                     .toUtf8());
    }
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
        std::fprintf(stderr,
                     "sync %s: %lld balance transactions, %lld charges, %lld refunds, %lld "
                     "payouts, %lld disputes\n",
                     source.name.toUtf8().constData(),
                     static_cast<long long>(progress.fetched[0]),
                     static_cast<long long>(progress.fetched[1]),
                     static_cast<long long>(progress.fetched[2]),
                     static_cast<long long>(progress.fetched[3]),
                     static_cast<long long>(progress.fetched[4]));
    });
    QObject::connect(&sync, &sync::SourceSync::finished, [&](const sync::SyncReport &report) {
        if (!report.ok) {
            fail(report.error);
            exitCode = 1;
        } else if (!json || follow) {
            std::fprintf(stderr,
                         "sync %s: %lld new, %lld updated in %.2f s\n",
                         source.name.toUtf8().constData(),
                         static_cast<long long>(report.totalInserted()),
                         static_cast<long long>(std::accumulate(
                             report.updated.begin(), report.updated.end(), qint64(0))),
                         report.seconds);
        }
        if (json) {
            QJsonObject out;
            out.insert(QStringLiteral("source"), report.sourceName);
            out.insert(QStringLiteral("ok"), report.ok);
            if (!report.ok)
                out.insert(QStringLiteral("error"), report.error);
            out.insert(QStringLiteral("inserted"), perType(report.inserted));
            out.insert(QStringLiteral("updated"), perType(report.updated));
            out.insert(QStringLiteral("fetched"), perType(report.fetched));
            out.insert(QStringLiteral("seconds"), report.seconds);
            const double bts = double(report.fetched[0]);
            out.insert(QStringLiteral("transactions_per_second"),
                       report.seconds > 0 ? bts / report.seconds : 0.0);
            printOut(QJsonDocument(out).toJson(QJsonDocument::Compact));
        }
        if (rerun) {
            rerun = false;
            QTimer::singleShot(0, &sync, &sync::SourceSync::start);
        } else if (follow) {
            again.start();
        } else
            QCoreApplication::exit(exitCode);
    });
    QTimer::singleShot(0, &sync, &sync::SourceSync::start);
    const int code = QCoreApplication::exec();
    writer.flush();
    writer.stop();
    return follow ? code : exitCode;
}

} // namespace paydeck::cli
