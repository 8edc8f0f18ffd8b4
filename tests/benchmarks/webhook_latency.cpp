// Webhook latency: a live sandbox creates payments; for each new charge.succeeded event a signed
// webhook is POSTed to the receiver (as Stripe would) and the clock runs until the payment's row
// is committed in the store. Prints webhook_to_commit_ms_p50 / _p95 / _max.
#include "sandbox/sandbox_server.h"
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
#include <QTimer>

#include <algorithm>
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
    auto reader = store::Database::open(path, store::Database::Mode::ReadOnly).value();
    auto exists = reader->prepare("SELECT 1 FROM charges WHERE source_id = ?1 AND id = ?2").value();
    QNetworkAccessManager network;
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
            const QByteArray body = QByteArray::fromStdString(json);
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port.value())));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
            request.setRawHeader("Stripe-Signature",
                                 webhooks::stripeSignatureHeader(
                                     body, "whsec_bench", QDateTime::currentSecsSinceEpoch()));
            QElapsedTimer clock;
            clock.start();
            QNetworkReply *reply = network.post(request, body);
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
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
    auto percentile = [&](double p) {
        return latencies[std::min(latencies.size() - 1, size_t(p * double(latencies.size())))];
    };
    std::printf("webhook_samples: %zu\n", latencies.size());
    std::printf("webhook_to_commit_ms_p50: %.1f\n", percentile(0.50));
    std::printf("webhook_to_commit_ms_p95: %.1f\n", percentile(0.95));
    std::printf("webhook_to_commit_ms_max: %.1f\n", latencies.back());
    receiver.stop();
    provider.stop();
    writer.stop();
    return 0;
}
