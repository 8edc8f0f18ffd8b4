// Webhook latency: a live sandbox creates payments; for each new charge.succeeded event a signed
// webhook is POSTed to the receiver (as Stripe would) and the clock runs until the payment's row
// is committed in the store. Prints webhook_to_commit_ms_p50 / _p95 / _max. Then the same for
// charge.failed events until an alert fires: a ladder of rules ("more than k declines in the
// last day", k = 0, 1, 2, …) on the alert service's thread, so that each declined payment tips
// the next rule; prints webhook_to_alert_ms_p50 / _p95 / _max.
#include "alerts/alert_service.h"
#include "sandbox/sandbox_server.h"
#include "store/alert_repository.h"
#include "store/session.h"
#include "store/sqlite/database.h" // the poll asks SQLite directly: the cheapest check
#include "store/store_writer.h"
#include "sync/source_sync.h"
#include "webhooks/webhook_receiver.h"
#include "webhooks/webhook_signature.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace paydeck;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int samples = argc > 1 ? std::atoi(argv[1]) : 40;
    QTemporaryDir dir;
    sandbox::SandboxServerOptions options;
    options.world.seed = 12;
    options.world.historyDays = 5;
    options.world.backfillCount = 2000;
    options.world.ratePerMinute = 120;
    options.world.anchor = QDateTime::currentSecsSinceEpoch() - 60;
    options.certificateDirectory = dir.filePath(QStringLiteral("certs"));
    sandbox::SandboxServer provider;
    if (auto ok = provider.start(options); !ok) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(ok.error()));
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));
    store::StoreWriter writer(path);
    if (!writer.start())
        return 1;
    store::SourceConfig source;
    source.name = QStringLiteral("bench");
    source.baseUrl = provider.baseUrl();
    source.apiKey = QStringLiteral("sk_test_bench");
    source.caCertificate = provider.caCertificatePath();
    {
        auto session = store::openSession(path).value();
        source.id = session->sources().save(source).value();
    }
    sync::SourceSync sync(source, &writer, path);
    bool rerun = false;
    QObject::connect(&sync, &sync::SourceSync::finished, &sync, [&] {
        if (rerun) {
            rerun = false;
            sync.start();
        }
    });
    webhooks::WebhookReceiver receiver(
        QStringLiteral("whsec_bench"), [&](const webhooks::WebhookEvent &event) {
            QMetaObject::invokeMethod(
                &sync,
                [&, event] {
                    sync.addWebhookEvent(
                        event.id, event.type, event.created, event.objectKind, event.objectId);
                    if (sync.isRunning())
                        rerun = true;
                    else
                        sync.start();
                },
                Qt::QueuedConnection);
        });
    const auto port = receiver.listen(QStringLiteral("127.0.0.1:0"));
    if (!port)
        return 1;
    { // the initial backfill
        QEventLoop loop;
        QObject::connect(&sync, &sync::SourceSync::finished, &loop, &QEventLoop::quit);
        sync.start();
        loop.exec();
    }
    // The alert ladder: each declined payment tips the next rule (set up before the samples, so
    // that the service has read the day's declines).
    std::vector<alerts::AlertRule> ladder;
    for (int k = 0; k < 400; ++k) {
        alerts::AlertRule rule;
        rule.id = QStringLiteral("declines_above_%1").arg(k);
        rule.metric = alerts::Metric::DeclineCount;
        rule.windowSeconds = 86400;
        rule.condition = alerts::Condition::Above;
        rule.threshold = k;
        rule.intervalSeconds = 3600; // judged on each commit; the tick would add nothing
        ladder.push_back(rule);
    }
    {
        auto session = store::openSession(path).value();
        if (!session->alerts().saveRules(ladder, QStringLiteral("bench")))
            return 1;
    }
    QThread alertThread;
    auto *alertService = new alerts::AlertService(path, &writer);
    alertService->moveToThread(&alertThread);
    QObject::connect(&writer,
                     &store::StoreWriter::committed,
                     alertService,
                     &alerts::AlertService::applyChange,
                     Qt::QueuedConnection);
    std::atomic<int> firings{0};
    QObject::connect(alertService,
                     &alerts::AlertService::transitioned,
                     alertService,
                     [&firings](const QList<alerts::Transition> &transitions) {
                         for (const alerts::Transition &t : transitions)
                             firings += t.to == alerts::State::Firing ? 1 : 0;
                     });
    alertThread.start();
    QMetaObject::invokeMethod(alertService, &alerts::AlertService::start, Qt::QueuedConnection);

    auto reader = store::Database::open(path, store::Database::Mode::ReadOnly).value();
    auto exists = reader->prepare("SELECT 1 FROM charges WHERE source_id = ?1 AND id = ?2").value();
    QNetworkAccessManager network;
    // A signed webhook as Stripe would POST it.
    const auto postSigned = [&](const std::string &json) {
        const QByteArray body = QByteArray::fromStdString(json);
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port.value())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Stripe-Signature",
                             webhooks::stripeSignatureHeader(
                                 body, "whsec_bench", QDateTime::currentSecsSinceEpoch()));
        QNetworkReply *reply = network.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    };
    size_t eventIndex = size_t(provider.world().eventCount());
    std::vector<double> latencies;
    while (int(latencies.size()) < samples) {
        QEventLoop wait;
        QTimer::singleShot(300, &wait, &QEventLoop::quit);
        wait.exec();
        provider.world().advanceTo(QDateTime::currentSecsSinceEpoch());
        for (const std::string &json : provider.world().eventsSince(eventIndex)) {
            const QJsonObject event
                = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
            if (event.value(u"type").toString() != u"charge.succeeded"
                || int(latencies.size()) >= samples)
                continue;
            const std::string chargeId = event.value(u"data")
                                             .toObject()
                                             .value(u"object")
                                             .toObject()
                                             .value(u"id")
                                             .toString()
                                             .toStdString();
            QElapsedTimer clock;
            clock.start();
            postSigned(json);
            QEventLoop committed;
            QTimer poll;
            QObject::connect(&poll, &QTimer::timeout, &committed, [&] {
                exists.bind(1, source.id);
                exists.bindText(2, chargeId);
                const bool found = exists.step() == store::Statement::Step::Row;
                exists.reset();
                if (found || clock.elapsed() > 10000)
                    committed.quit();
            });
            poll.start(1);
            committed.exec();
            latencies.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
    }
    std::sort(latencies.begin(), latencies.end());
    auto percentile = [](const std::vector<double> &sorted, double p) {
        return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
    };
    std::printf("webhook_samples: %zu\n", latencies.size());
    std::printf("webhook_to_commit_ms_p50: %.1f\n", percentile(latencies, 0.50));
    std::printf("webhook_to_commit_ms_p95: %.1f\n", percentile(latencies, 0.95));
    std::printf("webhook_to_commit_ms_max: %.1f\n", latencies.back());

    // Declined payments until an alert fires: from the POST to the service's transition.
    std::vector<double> alerted;
    const int alertSamples = std::max(10, samples / 2);
    while (int(alerted.size()) < alertSamples) {
        QEventLoop wait;
        QTimer::singleShot(300, &wait, &QEventLoop::quit);
        wait.exec();
        provider.world().advanceTo(QDateTime::currentSecsSinceEpoch());
        for (const std::string &json : provider.world().eventsSince(eventIndex)) {
            const QJsonObject event
                = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
            if (event.value(u"type").toString() != u"charge.failed"
                || int(alerted.size()) >= alertSamples)
                continue;
            // Firings counted before the store is asked: a sync still running for the last
            // sample may commit this decline at any moment, and its firing must not count here.
            const int before = firings.load();
            // Only a decline the store has not seen yet (an earlier sync may have fetched it
            // along with the payment it was woken for): that one's webhook tips a rule.
            const std::string declined = event.value(u"data")
                                             .toObject()
                                             .value(u"object")
                                             .toObject()
                                             .value(u"id")
                                             .toString()
                                             .toStdString();
            exists.bind(1, source.id);
            exists.bindText(2, declined); // bound, not copied: `declined` outlives the step
            const bool known = exists.step() == store::Statement::Step::Row;
            exists.reset();
            if (known)
                continue;
            QElapsedTimer clock;
            clock.start();
            postSigned(json);
            QEventLoop fired;
            QTimer poll;
            QObject::connect(&poll, &QTimer::timeout, &fired, [&] {
                if (firings.load() > before || clock.elapsed() > 10000)
                    fired.quit();
            });
            poll.start(1);
            fired.exec();
            if (clock.elapsed() > 10000) {
                exists.bind(1, source.id);
                exists.bindText(2, declined);
                const bool stored = exists.step() == store::Statement::Step::Row;
                exists.reset();
                std::fprintf(stderr,
                             "(no alert within 10 s: %s %s)\n",
                             declined.c_str(),
                             stored ? "stored" : "not stored");
            }
            alerted.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
    }
    std::sort(alerted.begin(), alerted.end());
    std::printf("webhook_alert_samples: %zu\n", alerted.size());
    std::printf("webhook_to_alert_ms_p50: %.1f\n", percentile(alerted, 0.50));
    std::printf("webhook_to_alert_ms_p95: %.1f\n", percentile(alerted, 0.95));
    std::printf("webhook_to_alert_ms_max: %.1f\n", alerted.back());
    QMetaObject::invokeMethod(
        alertService, [alertService] { delete alertService; }, Qt::BlockingQueuedConnection);
    alertThread.quit();
    alertThread.wait();
    receiver.stop();
    provider.stop();
    writer.stop();
    return 0;
}
