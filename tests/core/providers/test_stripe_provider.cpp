// The Provider interface as the sync engine uses it, against the sandbox over real HTTPS: pages
// with a cursor, single objects, events, endpoint health, and failures whose kind says what a
// caller can do.
#include "providers/provider.h"
#include "test_support.h"

#include <QSignalSpy>

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>
#include <vector>

using namespace paydeck;
using namespace paydeck::providers;
using namespace Qt::StringLiterals;

namespace {

sandbox::SandboxOptions world()
{
    sandbox::SandboxOptions o;
    o.seed = 9;
    o.historyDays = 10;
    o.backfillCount = 450;
    o.anchor = 1767225600; // 2026-01-01
    return o;
}

/// Waits for a provider's answer on this thread's event loop.
template<typename T, typename Call>
Answer<T> await(Call call)
{
    std::optional<Answer<T>> answer;
    call([&answer](Answer<T> a) { answer.emplace(std::move(a)); });
    (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 60000);
    return answer ? std::move(*answer) : Answer<T>(Failure{FailureKind::Transient, u"timeout"_s});
}

} // namespace

class TestStripeProvider : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;

    std::unique_ptr<Provider> provider(const QString &key = u"sk_test_provider"_s,
                                       const QString &url = {},
                                       int requestsPerSecond = 0)
    {
        ProviderConfig config;
        config.kind = u"stripe"_s;
        config.baseUrls << (url.isEmpty() ? m_sandbox->baseUrl() : url);
        config.requestsPerSecond = requestsPerSecond;
        config.apiKey = key;
        config.caCertificate = m_sandbox->caCertificatePath();
        auto made = makeProvider(config);
        if (!made || !made->prepare().ok())
            qFatal("the Stripe provider did not prepare");
        return made;
    }

private slots:
    void initTestCase() { m_sandbox = test::startSandbox(m_dir.path(), world()); }

    void listsPageByPageWithACursor()
    {
        auto stripe = provider();
        ListQuery query;
        query.type = ObjectType::BalanceTransaction;
        query.limit = 100;
        size_t total = 0;
        std::set<std::string> ids;
        for (int pages = 0; pages < 20; ++pages) {
            auto page = await<ObjectPage>([&](auto done) { stripe->list(query, done); });
            QVERIFY2(page.ok(), qPrintable(page.error()));
            total += page.value().size();
            for (const auto &bt : page.value().balanceTransactions)
                ids.insert(bt.id);
            if (!page.value().hasMore)
                break;
            QCOMPARE(page.value().lastId, page.value().balanceTransactions.back().id);
            query.startingAfter = page.value().lastId;
        }
        QCOMPARE(total, size_t(450));
        QCOMPARE(ids.size(), size_t(450)); // no object twice across pages
        const QList<EndpointState> health = stripe->health();
        QCOMPARE(health.size(), 1);
        QVERIFY(health.first().active);
        QVERIFY(health.first().successes >= 5);
        QCOMPARE(health.first().breaker, u"closed"_s);
    }

    void retrievesOneObjectAndReadsEvents()
    {
        auto stripe = provider();
        ListQuery query;
        query.type = ObjectType::Charge;
        query.limit = 1;
        auto listed = await<ObjectPage>([&](auto done) { stripe->list(query, done); });
        QVERIFY2(listed.ok() && listed.value().charges.size() == 1, qPrintable(listed.error()));
        const std::string id = listed.value().charges.front().id;
        auto one
            = await<ObjectPage>([&](auto done) { stripe->retrieve(ObjectType::Charge, id, done); });
        QVERIFY2(one.ok(), qPrintable(one.error()));
        QCOMPARE(one.value().charges.size(), size_t(1));
        QCOMPARE(one.value().charges.front(), listed.value().charges.front());
        auto events = await<EventPage>([&](auto done) { stripe->events(EventQuery{}, done); });
        QVERIFY2(events.ok(), qPrintable(events.error()));
        for (const ProviderEvent &event : events.value().events) {
            QVERIFY(!event.id.empty() && !event.type.empty() && event.created > 0);
        }
    }

    void failuresSayWhatACallerCanDo()
    {
        // A key the provider refuses: fix the key, do not retry.
        auto wrongKey = provider(u"rk_live_not_a_test_key"_s);
        auto refused = await<ObjectPage>([&](auto done) { wrongKey->list(ListQuery{}, done); });
        QVERIFY(!refused.ok());
        QCOMPARE(int(refused.failure().kind), int(FailureKind::Authentication));
        QVERIFY2(refused.error().contains(u"401"), qPrintable(refused.error()));
        QVERIFY(!refused.error().contains(u"rk_live_not_a_test_key")); // never the whole key

        // An object that is not there (any more).
        auto stripe = provider();
        auto missing = await<ObjectPage>(
            [&](auto done) { stripe->retrieve(ObjectType::Charge, "ch_does_not_exist", done); });
        QVERIFY(!missing.ok());
        QCOMPARE(int(missing.failure().kind), int(FailureKind::NotFound));
        QVERIFY2(missing.error().contains(u"ch_does_not_exist"), qPrintable(missing.error()));
    }

    // POST /v1/refunds with an Idempotency-Key: the same key is the same refund (a retry never
    // refunds twice), the same key with other parameters is refused, and a charge refunded in
    // full cannot be refunded again; the refund and its event are served afterwards.
    void aRefundIsCreatedOnceWhateverIsRepeated()
    {
        auto stripe = provider();
        ListQuery query;
        query.type = ObjectType::Charge;
        query.limit = 100;
        auto listed = await<ObjectPage>([&](auto done) { stripe->list(query, done); });
        QVERIFY2(listed.ok(), qPrintable(listed.error()));
        const Charge *target = nullptr;
        for (const Charge &c : listed.value().charges)
            if (c.status == "succeeded" && c.amountRefunded == 0 && !c.disputed && !target)
                target = &c;
        QVERIFY(target);
        RefundRequest request{target->id, 0, "fraudulent", "paydeck-test-refund-1"};
        auto first = await<ObjectPage>([&](auto done) { stripe->createRefund(request, done); });
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first.value().refunds.size(), size_t(1));
        const Refund refund = first.value().refunds.front();
        QCOMPARE(refund.charge, target->id);
        QCOMPARE(refund.amount, target->amount);
        QCOMPARE(refund.reason, std::string("fraudulent"));
        auto again = await<ObjectPage>([&](auto done) { stripe->createRefund(request, done); });
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again.value().refunds.front().id, refund.id); // the same refund

        RefundRequest other = request;
        other.amount = 1;
        auto misused = await<ObjectPage>([&](auto done) { stripe->createRefund(other, done); });
        QVERIFY(!misused.ok());
        QCOMPARE(int(misused.failure().kind), int(FailureKind::Rejected));
        QVERIFY2(misused.error().contains(u"POST") && misused.error().contains(u"same parameters"),
                 qPrintable(misused.error()));
        RefundRequest second = request;
        second.idempotencyKey = "paydeck-test-refund-2";
        auto twice = await<ObjectPage>([&](auto done) { stripe->createRefund(second, done); });
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().contains(u"already been refunded"), qPrintable(twice.error()));
        RefundRequest unknown{"ch_nope", 0, "fraudulent", "paydeck-test-refund-3"};
        auto missing = await<ObjectPage>([&](auto done) { stripe->createRefund(unknown, done); });
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(u"ch_nope"), qPrintable(missing.error()));

        auto now = await<ObjectPage>(
            [&](auto done) { stripe->retrieve(ObjectType::Charge, target->id, done); });
        QVERIFY2(now.ok(), qPrintable(now.error()));
        QVERIFY(now.value().charges.front().refunded);
        auto kept = await<ObjectPage>(
            [&](auto done) { stripe->retrieve(ObjectType::Refund, refund.id, done); });
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        auto events = await<EventPage>([&](auto done) { stripe->events(EventQuery{}, done); });
        QVERIFY(std::any_of(events.value().events.begin(),
                            events.value().events.end(),
                            [&](const ProviderEvent &e) {
                                return e.type == "charge.refunded" && e.objectId == target->id;
                            }));
    }

    void aPageThatNeverParsesIsMalformed()
    {
        // Every answer is a 200 whose body is not JSON: read again a few times, then reported.
        QTemporaryDir dir;
        auto options = world();
        auto server = std::make_unique<sandbox::SandboxServer>();
        sandbox::SandboxServerOptions serverOptions;
        serverOptions.world = options;
        serverOptions.certificateDirectory = dir.filePath(u"certs"_s);
        serverOptions.faults.badJson = 1.0;
        QVERIFY(server->start(serverOptions).ok());
        ProviderConfig config;
        config.baseUrls << server->baseUrl();
        config.apiKey = u"sk_test_x"_s;
        config.caCertificate = server->caCertificatePath();
        auto stripe = makeProvider(config);
        QVERIFY(stripe->prepare().ok());
        auto page = await<ObjectPage>([&](auto done) { stripe->list(ListQuery{}, done); });
        QVERIFY(!page.ok());
        QCOMPARE(int(page.failure().kind), int(FailureKind::Malformed));
        QVERIFY2(page.error().contains(u"/v1/balance_transactions"), qPrintable(page.error()));
        server->stop();
    }

    void createdRangesSplitAListWithoutOverlap()
    {
        // [from, before) and [before, ∞) together are the whole list, once.
        auto stripe = provider();
        auto walk = [&](qint64 from, qint64 before) {
            std::vector<std::string> ids;
            ListQuery query;
            query.createdFrom = from;
            query.createdBefore = before;
            for (int pages = 0; pages < 20; ++pages) {
                auto page = await<ObjectPage>([&](auto done) { stripe->list(query, done); });
                if (!page.ok())
                    qFatal("%s", qPrintable(page.error()));
                for (const auto &bt : page.value().balanceTransactions) {
                    if (bt.created < from || (before > 0 && bt.created >= before))
                        qFatal("%s lies outside the range", bt.id.c_str());
                    ids.push_back(bt.id);
                }
                if (!page.value().hasMore)
                    break;
                query.startingAfter = page.value().lastId;
            }
            return ids;
        };
        const auto all = walk(0, 0);
        const qint64 middle = world().anchor - 5 * 86400;
        auto newer = walk(middle, 0);
        const auto older = walk(0, middle);
        QVERIFY(!newer.empty() && !older.empty());
        newer.insert(newer.end(), older.begin(), older.end());
        QCOMPARE(newer, all); // newest first, the newer range before the older one
    }

    void aRetryAfterHoldsBackEveryRequestOfTheAccount()
    {
        // The first charges request is answered 429 with Retry-After: 1; balance transactions are
        // asked for at the same time. Nothing of the account goes out until the second is over.
        std::mutex mutex;
        std::vector<qint64> startedMs;
        std::atomic<qint64> limitedAtMs{-1}; // read by the test while the server writes it
        QElapsedTimer clock;
        clock.start();
        net::TlsServer proxy([&](const net::HttpRequest &request) {
            {
                std::lock_guard lock(mutex);
                if (request.path == "/v1/charges" && limitedAtMs < 0) {
                    limitedAtMs = clock.elapsed();
                    net::HttpResponse limited;
                    limited.status = 429;
                    limited.body = R"({"error":{"message":"Too many requests"}})";
                    limited.headers.emplace_back("Retry-After", "1");
                    return limited;
                }
                startedMs.push_back(clock.elapsed());
            }
            return m_sandbox->handle(request);
        });
        const QString url = test::listenWithSandboxCertificate(proxy, m_dir.path());
        QVERIFY(!url.isEmpty());
        auto stripe = provider(u"sk_test_provider"_s, url);
        ListQuery charges;
        charges.type = ObjectType::Charge;
        int answered = 0;
        stripe->list(charges, [&answered](Answer<ObjectPage> page) { answered += page.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(limitedAtMs >= 0, 30000);
        QTest::qWait(100); // the 429 reaches the client; its pause has begun
        // Requests of another endpoint asked for during the pause wait for it as the retry does.
        ListQuery query;
        query.limit = 1;
        for (int i = 0; i < 5; ++i)
            stripe->list(query, [&answered](Answer<ObjectPage> page) { answered += page.ok(); });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 6, 30000);
        proxy.stop();
        std::lock_guard lock(mutex);
        QVERIFY(limitedAtMs >= 0);
        QCOMPARE(startedMs.size(), size_t(6));
        for (const qint64 started : startedMs)
            QVERIFY2(started >= limitedAtMs.load() + 990, qPrintable(QString::number(started)));
    }

    void theBudgetCapsTheRequestRateAndConcurrency()
    {
        // 10 requests per second with a second of burst: 30 requests cannot end within 2 s;
        // never more than six in flight.
        std::atomic<int> inFlight{0};
        std::atomic<int> mostInFlight{0};
        net::TlsServer proxy([&](const net::HttpRequest &request) {
            const int now = ++inFlight;
            int seen = mostInFlight.load();
            while (now > seen && !mostInFlight.compare_exchange_weak(seen, now)) {
            }
            QThread::msleep(20);
            net::HttpResponse response = m_sandbox->handle(request);
            --inFlight;
            return response;
        });
        const QString url = test::listenWithSandboxCertificate(proxy, m_dir.path());
        QVERIFY(!url.isEmpty());
        auto stripe = provider(u"sk_test_provider"_s, url, 10);
        QElapsedTimer clock;
        clock.start();
        int answered = 0;
        ListQuery query;
        query.limit = 1;
        for (int i = 0; i < 30; ++i)
            stripe->list(query, [&answered](Answer<ObjectPage> page) { answered += page.ok(); });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 30, 30000);
        QVERIFY2(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(mostInFlight.load() <= 6);
        QVERIFY(mostInFlight.load() >= 2); // and it does run requests side by side
        proxy.stop();
    }

    void anUnknownKindHasNoProvider()
    {
        ProviderConfig config;
        config.kind = u"adyen"_s;
        QVERIFY(makeProvider(config) == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestStripeProvider)
#include "test_stripe_provider.moc"
