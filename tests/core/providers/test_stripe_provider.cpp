// The Provider interface as the sync engine uses it, against the sandbox over real HTTPS: pages
// with a cursor, single objects, events, endpoint health, and failures whose kind says what a
// caller can do.
#include "providers/provider.h"
#include "test_support.h"

#include <QSignalSpy>

#include <QTest>
#include <set>

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

    std::unique_ptr<Provider> provider(const QString &key = u"sk_test_provider"_s)
    {
        ProviderConfig config;
        config.kind = u"stripe"_s;
        config.baseUrls << m_sandbox->baseUrl();
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

    void anUnknownKindHasNoProvider()
    {
        ProviderConfig config;
        config.kind = u"adyen"_s;
        QVERIFY(makeProvider(config) == nullptr);
    }
};

QTEST_GUILESS_MAIN(TestStripeProvider)
#include "test_stripe_provider.moc"
