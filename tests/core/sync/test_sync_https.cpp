#include "net/tls_server.h"
#include "providers/stripe/stripe_mapping.h"
#include "secrets/source_secrets.h"
#include "store/object_repository.h"
#include "store/sqlite/database.h" // two checks of what only an SQLite file can hold
#include "store/sqlite/schema.h"
#include "store/store_writer.h"
#include "sync/source_sync.h"
#include "sync/sync_service.h"
#include "sync_fixture.h"
#include "test_support.h"
#include "webhooks/webhook_signature.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>
#include <set>

using namespace paydeck;

namespace {

constexpr qint64 kAnchor = 1790000000;

sandbox::SandboxOptions worldOptions()
{
    sandbox::SandboxOptions o;
    o.seed = 5;
    o.historyDays = 20;
    o.backfillCount = 2500;
    o.anchor = kAnchor;
    return o;
}

} // namespace

using test::listenWithSandboxCertificate;

class TestSyncHttps : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    int m_storeCounter = 0;

    using Store = test::SyncStore;

    Store makeStore()
    {
        return test::makeSyncStore(
            m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_storeCounter)));
    }

    store::SourceConfig
    saveSource(Store &s, const QString &url, const QString &key, const QString &ca)
    {
        return test::saveSyncSource(s, url, key, ca);
    }

    sync::SyncReport runSync(Store &s, const store::SourceConfig &source)
    {
        return test::runSync(s, source);
    }

    template<typename T>
    void compareWithProvider(Store &s, qint64 sourceId, ObjectType type)
    {
        compareWith<T>(*m_sandbox, s, sourceId, type);
    }

    template<typename T>
    void compareWith(sandbox::SandboxServer &provider, Store &s, qint64 sourceId, ObjectType type)
    {
        test::compareWith<T>(provider, s, sourceId, type);
    }

private slots:
    void initTestCase() { m_sandbox = test::startSandbox(m_dir.path(), worldOptions()); }

    void fullSyncOverHttpsMatchesTheProvider()
    {
        Store s = makeStore();
        const auto source = saveSource(
            s, m_sandbox->baseUrl(), QStringLiteral("sk_test_abc"), m_sandbox->caCertificatePath());
        const sync::SyncReport report = runSync(s, source);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.inserted[0], qint64(2500));
        QCOMPARE(report.fetched[0], qint64(2500));
        compareWithProvider<BalanceTransaction>(s, source.id, ObjectType::BalanceTransaction);
        compareWithProvider<Charge>(s, source.id, ObjectType::Charge);
        compareWithProvider<Refund>(s, source.id, ObjectType::Refund);
        compareWithProvider<Payout>(s, source.id, ObjectType::Payout);
        compareWithProvider<Dispute>(s, source.id, ObjectType::Dispute);

        // An incremental re-run reads only the overlap window and changes nothing.
        const sync::SyncReport again = runSync(s, source);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.totalInserted(), qint64(0));
        for (const qint64 updated : again.updated)
            QCOMPARE(updated, qint64(0));
        QVERIFY(again.totalFetched() < report.totalFetched() / 10);
        s.writer->stop();
    }

    void aWrongApiKeyIsAClearErrorAndWritesNothing()
    {
        Store s = makeStore();
        const auto source = saveSource(s,
                                       m_sandbox->baseUrl(),
                                       QStringLiteral("sk_live_wrong"),
                                       m_sandbox->caCertificatePath());
        const sync::SyncReport report = runSync(s, source);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(u"acme") && report.error.contains(u"401")
                     && report.error.contains(u"Invalid API Key"),
                 qPrintable(report.error));
        QCOMPARE(report.totalInserted(), qint64(0));
        auto db = store::openSession(s.path, store::Access::ReadOnly).value();
        QVERIFY(db->objects().loadAll<Charge>(source.id).empty());
        QVERIFY(db->sources().cursor(source.id, "charge").lastError.contains(u"401"));
        s.writer->stop();
    }

    void anUntrustedCertificateIsRefused()
    {
        Store s = makeStore();
        const auto source
            = saveSource(s, m_sandbox->baseUrl(), QStringLiteral("sk_test_abc"), QString());
        const sync::SyncReport report = runSync(s, source);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(u"TLS") || report.error.contains(u"SSL"),
                 qPrintable(report.error));
        s.writer->stop();
    }

    void aCertificateForAnotherHostIsRefused()
    {
        // The sandbox's certificate names 127.0.0.1 and localhost; served from 127.0.0.2 it
        // must not be accepted.
        net::TlsServer other(
            [&](const net::HttpRequest &request) { return m_sandbox->handle(request); });
        const QString proxyUrl
            = listenWithSandboxCertificate(other, m_dir.path(), QStringLiteral("127.0.0.2"));
        QVERIFY(!proxyUrl.isEmpty());
        Store s = makeStore();
        const auto source = saveSource(
            s, proxyUrl, QStringLiteral("sk_test_abc"), m_sandbox->caCertificatePath());
        const sync::SyncReport report = runSync(s, source);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(u"TLS") && report.error.contains(u"host name"),
                 qPrintable(report.error));
        other.stop();
        s.writer->stop();
    }

    void anUnreachableEndpointIsNamed()
    {
        Store s = makeStore();
        const auto source = saveSource(s,
                                       QStringLiteral("https://127.0.0.1:9"),
                                       QStringLiteral("sk_test_abc"),
                                       m_sandbox->caCertificatePath());
        const sync::SyncReport report = runSync(s, source);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(u"127.0.0.1:9"), qPrintable(report.error));
        s.writer->stop();
    }

    void payoutsAreLearnedFromThePayoutFilterWhenObjectsDoNotSayIt()
    {
        // Real Stripe balance transactions carry no `payout` field: hide the sandbox's.
        net::TlsServer proxy([&](const net::HttpRequest &request) {
            net::HttpResponse response = m_sandbox->handle(request);
            if (request.path == "/v1/balance_transactions") {
                for (size_t at = 0;
                     (at = response.body.find("\"payout\":", at)) != std::string::npos;
                     at += 10)
                    response.body.replace(at, 9, "\"hidden\":");
            }
            return response;
        });
        const QString proxyUrl
            = listenWithSandboxCertificate(proxy, m_dir.path(), QStringLiteral("127.0.0.1"));
        QVERIFY(!proxyUrl.isEmpty());
        Store s = makeStore();
        const auto source = saveSource(
            s, proxyUrl, QStringLiteral("sk_test_abc"), m_sandbox->caCertificatePath());
        const sync::SyncReport report = runSync(s, source);
        QVERIFY2(report.ok, qPrintable(report.error));
        compareWithProvider<BalanceTransaction>(s, source.id, ObjectType::BalanceTransaction);
        const sync::SyncReport again = runSync(s, source);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.updated[0], qint64(0));
        QVERIFY(again.fetched[0] < 100); // every payout is complete: nothing is read twice
        proxy.stop();
        s.writer->stop();
    }

    void laterRunsPickUpChangesToOlderObjects_data()
    {
        QTest::addColumn<bool>("reverseEvents");
        QTest::addColumn<bool>("hideDisputesAtFirst");
        QTest::addColumn<qint64>("backfill");
        QTest::newRow("events in order") << false << false << qint64(800);
        QTest::newRow("events out of order") << true << false << qint64(800);
        // The first run sees no dispute at all: the second reads disputes from nothing while
        // charges are read incrementally, so the disputed charges must be read again.
        QTest::newRow("first disputes after the first run") << false << true << qint64(5000);
    }
    void laterRunsPickUpChangesToOlderObjects()
    {
        // A live world: three days later payouts were paid, transactions became available and
        // were paid out, charges were refunded and disputed, disputes moved on.
        QFETCH(bool, reverseEvents);
        QFETCH(bool, hideDisputesAtFirst);
        QFETCH(qint64, backfill);
        std::atomic<bool> hideDisputes{hideDisputesAtFirst};
        sandbox::SandboxOptions options = worldOptions();
        options.seed = 77;
        options.backfillCount = backfill;
        options.anchor = QDateTime::currentSecsSinceEpoch() - 600;
        options.ratePerMinute = 0.5;
        QTemporaryDir dir;
        auto live = test::startSandbox(dir.path(), options);
        // Optionally a proxy that delivers every page of events in reverse order.
        net::TlsServer proxy([&](const net::HttpRequest &request) {
            if (hideDisputes && request.path == "/v1/disputes") {
                net::HttpResponse empty;
                empty.body = R"({"object":"list","data":[],"has_more":false,"url":"/v1/disputes"})";
                return empty;
            }
            net::HttpResponse response = live->handle(request);
            if (reverseEvents && request.path == "/v1/events" && response.status == 200) {
                QJsonObject page
                    = QJsonDocument::fromJson(QByteArray::fromStdString(response.body)).object();
                QJsonArray data = page.value(u"data").toArray();
                QJsonArray reversed;
                for (qsizetype i = data.size() - 1; i >= 0; --i)
                    reversed.append(data[i]);
                page.insert(QStringLiteral("data"), reversed);
                response.body = QJsonDocument(page).toJson(QJsonDocument::Compact).toStdString();
            }
            return response;
        });
        const QString proxyUrl
            = listenWithSandboxCertificate(proxy, dir.path(), QStringLiteral("127.0.0.1"));
        QVERIFY(!proxyUrl.isEmpty());
        const QString url = proxyUrl;
        Store s = makeStore();
        const auto source
            = saveSource(s, url, QStringLiteral("sk_test_abc"), live->caCertificatePath());
        const sync::SyncReport first = runSync(s, source);
        QVERIFY2(first.ok, qPrintable(first.error));
        QCOMPARE(first.eventsApplied, qint64(0)); // the first run reads the objects themselves
        hideDisputes = false;
        QVERIFY(live->world().advanceTo(QDateTime::currentSecsSinceEpoch() + 3 * 86400));
        const sync::SyncReport second = runSync(s, source);
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY(second.updated[size_t(ObjectType::BalanceTransaction)] > 0);
        QVERIFY(second.eventsApplied > 100);
        compareWith<BalanceTransaction>(*live, s, source.id, ObjectType::BalanceTransaction);
        compareWith<Charge>(*live, s, source.id, ObjectType::Charge);
        compareWith<Refund>(*live, s, source.id, ObjectType::Refund);
        compareWith<Payout>(*live, s, source.id, ObjectType::Payout);
        compareWith<Dispute>(*live, s, source.id, ObjectType::Dispute);
        // Events seen once are never applied again, though the overlap window shows them again.
        const sync::SyncReport third = runSync(s, source);
        QVERIFY2(third.ok, qPrintable(third.error));
        QCOMPARE(third.eventsApplied, qint64(0));
        QCOMPARE(third.totalInserted(), qint64(0));
        proxy.stop();
        live->stop();
        s.writer->stop();
    }

    void twentyPercentFaultsStillGiveTheExactResult()
    {
        sandbox::SandboxServerOptions options;
        options.world = worldOptions();
        options.world.seed = 31;
        options.certificateDirectory = m_dir.filePath(QStringLiteral("certs"));
        options.faults
            = sandbox::FaultSpec::parse(
                  QStringLiteral(
                      "429:0.05,500:0.05,drop:0.03,truncate:0.03,badjson:0.02,slow:0.02:200"))
                  .value();
        sandbox::SandboxServer faulty;
        QVERIFY(faulty.start(options).ok());
        Store s = makeStore();
        const auto source = saveSource(
            s, faulty.baseUrl(), QStringLiteral("sk_test_abc"), faulty.caCertificatePath());
        // A run may still give up on a page that failed six times in a row; the next run resumes.
        sync::SyncReport report;
        qint64 failures = 0;
        for (int run = 0; run < 5; ++run) {
            report = runSync(s, source);
            for (const auto &endpoint : report.endpoints)
                failures += endpoint.failures;
            if (report.ok)
                break;
        }
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY(failures > 5); // faults really happened and were retried
        compareWith<BalanceTransaction>(faulty, s, source.id, ObjectType::BalanceTransaction);
        compareWith<Charge>(faulty, s, source.id, ObjectType::Charge);
        compareWith<Refund>(faulty, s, source.id, ObjectType::Refund);
        compareWith<Payout>(faulty, s, source.id, ObjectType::Payout);
        compareWith<Dispute>(faulty, s, source.id, ObjectType::Dispute);
        faulty.stop();
        s.writer->stop();
    }

    void failoverToAReplicaAndBackToThePrimary()
    {
        // Two sandboxes with the same seed and anchor serve identical data: a primary that is
        // down for its first 6 seconds, and a replica.
        sandbox::SandboxServerOptions options;
        options.world = worldOptions();
        options.certificateDirectory = m_dir.filePath(QStringLiteral("certs"));
        sandbox::SandboxServer replica;
        QVERIFY(replica.start(options).ok());
        options.outage = sandbox::Outage{0, 6};
        sandbox::SandboxServer primary;
        QVERIFY(primary.start(options).ok());
        Store s = makeStore();
        store::SourceConfig source;
        source.name = QStringLiteral("acme");
        source.baseUrl = primary.baseUrl();
        source.fallbackUrls = QStringList{replica.baseUrl()};
        source.apiKey = QStringLiteral("sk_test_abc");
        source.caCertificate = primary.caCertificatePath();
        {
            auto db = store::openSession(s.path).value();
            source.id = db->sources().save(source).value();
        }
        QElapsedTimer clock;
        clock.start();
        const sync::SyncReport first = runSync(s, source);
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(first.endpoints.size(), 2);
        QVERIFY(first.endpoints[1].active);
        QVERIFY(first.endpoints[0].failures > 0);
        QVERIFY(first.endpoints[0].breaker != u"closed");
        compareWith<BalanceTransaction>(primary, s, source.id, ObjectType::BalanceTransaction);
        compareWith<Payout>(primary, s, source.id, ObjectType::Payout);

        // After the outage, the next run is back on the primary.
        QTest::qWait(int(std::max<qint64>(0, 6500 - clock.elapsed())));
        sync::SourceSync again(source, s.writer.get(), s.path);
        QSignalSpy finished(&again, &sync::SourceSync::finished);
        again.start();
        QVERIFY(finished.wait(30000));
        const auto second = finished.first().first().value<sync::SyncReport>();
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY(second.endpoints[0].active);
        QCOMPARE(second.totalInserted(), qint64(0));
        primary.stop();
        replica.stop();
        s.writer->stop();
    }

    void retryAfterIsHonouredAndStripeShouldRetryFalseIsNot()
    {
        std::atomic<int> btRequests{0};
        std::atomic<int> chargeRequests{0};
        net::TlsServer proxy([&](const net::HttpRequest &request) {
            if (request.path == "/v1/balance_transactions" && ++btRequests == 1) {
                net::HttpResponse limited;
                limited.status = 429;
                limited.body
                    = R"({"error":{"type":"invalid_request_error","message":"Too many requests"}})";
                limited.headers.emplace_back("Retry-After", "1");
                return limited;
            }
            // Pages only: the probe for the start of a long history asks for one object.
            if (request.path == "/v1/charges"
                && request.query.find("limit=100") != std::string::npos && ++chargeRequests == 1) {
                net::HttpResponse refused;
                refused.status = 500;
                refused.body = R"({"error":{"type":"api_error","message":"Do not retry this"}})";
                refused.headers.emplace_back("Stripe-Should-Retry", "false");
                return refused;
            }
            return m_sandbox->handle(request);
        });
        const QString proxyUrl
            = listenWithSandboxCertificate(proxy, m_dir.path(), QStringLiteral("127.0.0.1"));
        QVERIFY(!proxyUrl.isEmpty());
        Store s = makeStore();
        const auto source = saveSource(
            s, proxyUrl, QStringLiteral("sk_test_abc"), m_sandbox->caCertificatePath());
        QElapsedTimer clock;
        clock.start();
        const sync::SyncReport report = runSync(s, source);
        // The 500 marked Stripe-Should-Retry: false is not retried: the run fails on it...
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(u"Do not retry this"), qPrintable(report.error));
        QCOMPARE(chargeRequests.load(), 1);
        // ...while the 429 waited its second and then succeeded.
        QVERIFY(clock.elapsed() >= 1000);
        QCOMPARE(report.inserted[0], qint64(2500));
        QVERIFY(btRequests >= 2);
        proxy.stop();
        s.writer->stop();
    }

    void twoSourcesSyncAtOnceWithoutMixingUp()
    {
        // A second account (another seed) beside the shared sandbox; both synced by one service.
        sandbox::SandboxOptions other = worldOptions();
        other.seed = 99;
        other.backfillCount = 1800;
        QTemporaryDir otherDir;
        auto second = test::startSandbox(otherDir.path(), other);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("paydeck.sqlite"));
        store::StoreWriter writer(path);
        QVERIFY(writer.start().ok());
        qint64 ids[2] = {};
        {
            auto db = store::openSession(path).value();
            store::SourceConfig a;
            a.name = QStringLiteral("acme-eu");
            a.baseUrl = m_sandbox->baseUrl();
            a.apiKey = QStringLiteral("sk_test_a");
            a.caCertificate = m_sandbox->caCertificatePath();
            store::SourceConfig b = a;
            b.name = QStringLiteral("acme-us");
            b.baseUrl = second->baseUrl();
            b.caCertificate = second->caCertificatePath();
            ids[0] = db->sources().save(a).value();
            ids[1] = db->sources().save(b).value();
        }
        auto secretStore = std::make_shared<secrets::FileSecretStore>(
            dir.filePath(QStringLiteral("secrets.json")));
        {
            store::SourceConfig a;
            a.name = QStringLiteral("acme-eu");
            a.apiKey = QStringLiteral("sk_test_a");
            QVERIFY(secrets::saveSecrets(*secretStore, a).ok());
        }
        // b's key was kept in plain text by an older Paydeck: it moves to the secret store.
        {
            auto db = store::Database::open(path).value();
            QVERIFY(db->exec("UPDATE sources SET api_key='sk_test_a' WHERE name='acme-us'").ok());
        }
        sync::SyncService service(dir.path(), &writer, secretStore);
        QMap<qint64, sync::SourceStatus> latest;
        connect(&service,
                &sync::SyncService::statusChanged,
                this,
                [&](const sync::SourceStatus &status) { latest.insert(status.sourceId, status); });
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(latest.size() == 2 && latest[ids[0]].lastSuccess > 0
                                     && latest[ids[1]].lastSuccess > 0,
                                 60000);
        service.stop();
        writer.flush();
        auto db = store::openSession(path, store::Access::ReadOnly).value();
        store::ObjectRepository &objects = db->objects();
        QCOMPARE(qint64(objects.loadAll<BalanceTransaction>(ids[0]).size()), qint64(2500));
        QCOMPARE(qint64(objects.loadAll<BalanceTransaction>(ids[1]).size()), qint64(1800));
        QCOMPARE(qint64(objects.loadAll<Charge>(ids[1]).size()),
                 second->world().count(ObjectType::Charge));
        // No key is left in the store, and the moved one is in the secret store.
        const QByteArray storeBytes = test::readFile(path);
        QVERIFY(!storeBytes.contains("sk_test_a"));
        QCOMPARE(secretStore->read(secrets::apiKeyName(QStringLiteral("acme-us"))).value(),
                 QStringLiteral("sk_test_a"));
        second->stop();
        writer.stop();
    }

    void anEditedSourceKeepsTheKeyItWasNotShown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("paydeck.sqlite"));
        store::StoreWriter writer(path);
        QVERIFY(writer.start().ok());
        store::SourceConfig source;
        source.name = QStringLiteral("kept");
        source.baseUrl = m_sandbox->baseUrl();
        source.apiKey = QStringLiteral("sk_test_kept");
        source.caCertificate = m_sandbox->caCertificatePath();
        {
            auto db = store::openSession(path).value();
            source.id = db->sources().save(source).value();
        }
        auto secretStore = std::make_shared<secrets::FileSecretStore>(
            dir.filePath(QStringLiteral("secrets.json")));
        QVERIFY(secrets::saveSecrets(*secretStore, source).ok());
        sync::SyncService service(dir.path(), &writer, secretStore);
        QSignalSpy statuses(&service, &sync::SyncService::statusChanged);
        QSignalSpy problems(&service, &sync::SyncService::problem);
        service.start();
        const auto idle = [&statuses] {
            return !statuses.isEmpty()
                   && statuses.last().first().value<sync::SourceStatus>().state
                          == sync::SourceStatus::State::Idle;
        };
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 30000);
        // The edit dialog gives the source back without its key (it never shows it).
        store::SourceConfig edited = source;
        edited.apiKey.clear();
        edited.readTimeoutMs = 20000;
        statuses.clear();
        service.saveSource(edited);
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 30000);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.isEmpty() ? QString() : problems.first().first().toString()));
        QCOMPARE(secretStore->read(secrets::apiKeyName(source.name)).value(),
                 QStringLiteral("sk_test_kept"));
        service.stop();
        writer.stop();
    }

    void theSyncServiceListensForASourcesWebhooks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("paydeck.sqlite"));
        store::StoreWriter writer(path);
        QVERIFY(writer.start().ok());
        // Below Linux's ephemeral range (32768 and up), where outgoing connections of other
        // tests running at the same time take their ports.
        const quint16 port = quint16(20000 + QRandomGenerator::global()->bounded(12000));
        store::SourceConfig source;
        source.name = QStringLiteral("acme");
        source.baseUrl = m_sandbox->baseUrl();
        source.apiKey = QStringLiteral("sk_test_abc");
        source.caCertificate = m_sandbox->caCertificatePath();
        source.webhookListen = QStringLiteral("127.0.0.1:%1").arg(port);
        source.webhookSecret = QStringLiteral("whsec_service");
        {
            auto db = store::openSession(path).value();
            QVERIFY(db->sources().save(source).ok());
        }
        auto secretStore = std::make_shared<secrets::FileSecretStore>(
            dir.filePath(QStringLiteral("secrets.json")));
        QVERIFY(secrets::saveSecrets(*secretStore, source).ok());
        sync::SyncService service(dir.path(), &writer, secretStore);
        QSignalSpy statuses(&service, &sync::SyncService::statusChanged);
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(!statuses.isEmpty()
                                     && statuses.last().first().value<sync::SourceStatus>().state
                                            == sync::SourceStatus::State::Idle,
                                 30000);
        // A verified event about a charge: recorded as received by webhook, once.
        const auto answer = m_sandbox->world().list([] {
            sandbox::ListQuery q;
            q.type = ObjectType::Charge;
            q.limit = 1;
            return q;
        }());
        const QString chargeId = QJsonDocument::fromJson(QByteArray::fromStdString(answer.body))
                                     .object()
                                     .value(u"data")
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(u"id")
                                     .toString();
        const QByteArray body
            = QStringLiteral(R"({"id":"evt_service_1","object":"event","type":"charge.refunded",)"
                             R"("created":%1,"data":{"object":{"id":"%2","object":"charge"}}})")
                  .arg(QDateTime::currentSecsSinceEpoch())
                  .arg(chargeId)
                  .toUtf8();
        QNetworkAccessManager network;
        for (int i = 0; i < 2; ++i) { // delivered twice, as Stripe may
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/json"));
            request.setRawHeader("Stripe-Signature",
                                 webhooks::stripeSignatureHeader(
                                     body, "whsec_service", QDateTime::currentSecsSinceEpoch()));
            QNetworkReply *reply = network.post(request, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(10000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        auto db = store::Database::open(path, store::Database::Mode::ReadOnly).value();
        auto count = [&] {
            auto s = db->prepare("SELECT count(*) FROM events WHERE id = 'evt_service_1' AND "
                                 "received_via = 'webhook'");
            return s && s.value().step() == store::Statement::Step::Row ? s.value().columnInt(0)
                                                                        : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(count(), qint64(1), 10000);
        service.stop();

        // Started again on the synced store, the service knows when the source last synced
        // completely: its first status is not a "first sync".
        sync::SyncService again(dir.path(), &writer, secretStore);
        QSignalSpy againStatuses(&again, &sync::SyncService::statusChanged);
        again.start();
        QTRY_VERIFY_WITH_TIMEOUT(!againStatuses.isEmpty(), 10000);
        const auto first = againStatuses.first().first().value<sync::SourceStatus>();
        QVERIFY(first.lastSuccess > 0);
        QVERIFY(first.newestCreated > 0);
        QCOMPARE(first.intervalSeconds, sync::SyncService::kProviderIntervalMs / 1000);
        again.stop();
        writer.stop();
    }

    void aProviderWithoutEventsStillSyncsAndSaysSo()
    {
        // A Stripe-compatible server that has no /v1/events: the objects are stored exactly,
        // the run succeeds, and a warning says what is missing.
        std::atomic<bool> eventsMissing{true}; // read by the server's thread
        net::TlsServer proxy([&](const net::HttpRequest &request) {
            if (eventsMissing && request.path.rfind("/v1/events", 0) == 0) {
                net::HttpResponse missing;
                missing.status = 404;
                missing.body = R"({"error":{"type":"invalid_request_error","message":)"
                               R"("Unrecognized request URL (GET: /v1/events)."}})";
                return missing;
            }
            return m_sandbox->handle(request);
        });
        const QString proxyUrl
            = listenWithSandboxCertificate(proxy, m_dir.path(), QStringLiteral("127.0.0.1"));
        QVERIFY(!proxyUrl.isEmpty());
        Store s = makeStore();
        const auto source = saveSource(
            s, proxyUrl, QStringLiteral("sk_test_abc"), m_sandbox->caCertificatePath());
        for (int run = 0; run < 2; ++run) {
            const sync::SyncReport report = runSync(s, source);
            QVERIFY2(report.ok, qPrintable(report.error));
            QCOMPARE(report.warnings.size(), 1);
            QVERIFY2(report.warnings.first().contains(u"events")
                         && report.warnings.first().contains(u"acme"),
                     qPrintable(report.warnings.first()));
        }
        compareWithProvider<BalanceTransaction>(s, source.id, ObjectType::BalanceTransaction);
        compareWithProvider<Charge>(s, source.id, ObjectType::Charge);
        // The store keeps saying it (status --json, the Sources screen) until events come back.
        s.writer->flush();
        const auto degradedOf = [&] {
            auto session = store::openSession(s.path, store::Access::ReadOnly).value();
            const QJsonArray sources = session->statusReport().value(u"sources").toArray();
            return sources.isEmpty() ? QJsonArray()
                                     : sources.first().toObject().value(u"degraded").toArray();
        };
        QCOMPARE(degradedOf().size(), 1);
        QCOMPARE(degradedOf().first().toObject().value(u"endpoint").toString(),
                 QStringLiteral("events"));
        QVERIFY(degradedOf().first().toObject().value(u"reason").toString().contains(u"404"));
        // Events back: the next run clears it.
        eventsMissing = false;
        const sync::SyncReport healed = runSync(s, source);
        QVERIFY2(healed.ok && healed.warnings.isEmpty(), qPrintable(healed.error));
        s.writer->flush();
        QCOMPARE(degradedOf().size(), 0);
        proxy.stop();
        s.writer->stop();
    }

    void aDanglingReferenceDoesNotPoisonTheSource()
    {
        // A verified event names a charge the provider answers 404 for: skipped with a warning,
        // the run succeeds, and the next run has nothing left to trip over.
        Store s = makeStore();
        const auto source = saveSource(
            s, m_sandbox->baseUrl(), QStringLiteral("sk_test_abc"), m_sandbox->caCertificatePath());
        QVERIFY(runSync(s, source).ok);
        sync::SourceSync sync(source, s.writer.get(), s.path);
        QSignalSpy finished(&sync, &sync::SourceSync::finished);
        sync.addWebhookEvent(
            "evt_dangling", "charge.refunded", 1767225600, "charge", "ch_no_such_charge");
        sync.start();
        QVERIFY(finished.wait(60000));
        const auto report = finished.takeFirst().first().value<sync::SyncReport>();
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY2(report.warnings.first().contains(u"ch_no_such_charge"),
                 qPrintable(report.warnings.first()));
        sync.start();
        QVERIFY(finished.wait(60000));
        const auto again = finished.takeFirst().first().value<sync::SyncReport>();
        QVERIFY2(again.ok && again.warnings.isEmpty(), qPrintable(again.error));
        s.writer->stop();
    }

    void aTruncatedPageIsReadAgain()
    {
        // A proxy in front of the sandbox that cuts the 4th balance-transaction page short once.
        std::atomic<int> btPages{0};
        net::TlsServer proxy([&](const net::HttpRequest &request) {
            net::HttpResponse response = m_sandbox->handle(request);
            if (request.path == "/v1/balance_transactions" && ++btPages == 4)
                response.body.resize(response.body.size() / 2);
            return response;
        });
        const QString proxyUrl
            = listenWithSandboxCertificate(proxy, m_dir.path(), QStringLiteral("127.0.0.1"));
        QVERIFY(!proxyUrl.isEmpty());
        Store s = makeStore();
        const auto source = saveSource(
            s, proxyUrl, QStringLiteral("sk_test_abc"), m_sandbox->caCertificatePath());
        const sync::SyncReport report = runSync(s, source);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.inserted[0], qint64(2500));
        compareWithProvider<BalanceTransaction>(s, source.id, ObjectType::BalanceTransaction);
        proxy.stop();
        s.writer->stop();
    }

    void aPageThatNeverParsesFailsTheRunAndTheNextRunCompletesIt()
    {
        // From the 4th balance-transaction page on, garbage until `broken` is cleared.
        std::atomic<int> btPages{0};
        std::atomic<bool> broken{true};
        std::atomic<qint64> servedWhole{0}; // objects on the good pages (a range's last is short)
        net::TlsServer proxy([&](const net::HttpRequest &request) {
            net::HttpResponse response = m_sandbox->handle(request);
            // Pages only: the probe for the start of a long history (one object) keeps working.
            if (request.path != "/v1/balance_transactions"
                || request.query.find("limit=100") == std::string::npos || !broken)
                return response;
            if (++btPages >= 4)
                response.body = R"({"object":"list","data":[{"id":"txn_broken"}],"has_more":true})";
            else
                servedWhole += QJsonDocument::fromJson(QByteArray::fromStdString(response.body))
                                   .object()
                                   .value(u"data")
                                   .toArray()
                                   .size();
            return response;
        });
        const QString proxyUrl
            = listenWithSandboxCertificate(proxy, m_dir.path(), QStringLiteral("127.0.0.1"));
        QVERIFY(!proxyUrl.isEmpty());
        Store s = makeStore();
        const auto source = saveSource(
            s, proxyUrl, QStringLiteral("sk_test_abc"), m_sandbox->caCertificatePath());
        const sync::SyncReport failed = runSync(s, source);
        QVERIFY(!failed.ok);
        QVERIFY2(failed.error.contains(u"balance_transactions") && failed.error.contains(u"acme")
                     && failed.error.contains(u"txn_broken") && failed.error.contains(u"amount"),
                 qPrintable(failed.error));
        {
            auto db = store::openSession(s.path, store::Access::ReadOnly).value();
            // The three whole pages are stored, nothing of the bad ones.
            QVERIFY(servedWhole > 0);
            QCOMPARE(qint64(db->objects().loadAll<BalanceTransaction>(source.id).size()),
                     servedWhole.load());
        }
        broken = false;
        const sync::SyncReport resumed = runSync(s, source);
        QVERIFY2(resumed.ok, qPrintable(resumed.error));
        // Resumed after the good pages, nothing twice.
        QCOMPARE(resumed.inserted[0], qint64(2500) - servedWhole.load());
        compareWithProvider<BalanceTransaction>(s, source.id, ObjectType::BalanceTransaction);
        proxy.stop();
        s.writer->stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncHttps)
#include "test_sync_https.moc"
