// A long history walked in `created` ranges in parallel, over real HTTPS against the sandbox:
// every object once, ranges that resume on their own after a failed run, nothing left behind.
#include "net/tls_server.h"
#include "store/session.h"
#include "sync_fixture.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <mutex>
#include <set>

using namespace paydeck;

namespace {

sandbox::SandboxOptions worldOptions()
{
    sandbox::SandboxOptions o;
    o.seed = 5;
    o.historyDays = 20;
    o.backfillCount = 2500;
    o.anchor = 1790000000;
    return o;
}

} // namespace

class TestSyncRanges : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    int m_storeCounter = 0;

    test::SyncStore makeStore()
    {
        return test::makeSyncStore(
            m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_storeCounter)));
    }

private slots:
    void initTestCase() { m_sandbox = test::startSandbox(m_dir.path(), worldOptions()); }

    void aBackfillWalksCreatedRangesInParallelExactlyOnce()
    {
        // The proxy sees which ranges the balance-transaction pages ask for and how many of them
        // are on the way at once.
        std::mutex mutex;
        std::set<std::string> ranges;
        std::atomic<int> inFlight{0};
        std::atomic<int> mostInFlight{0};
        net::TlsServer proxy([&](const net::HttpRequest &request) {
            const bool page = request.path == "/v1/balance_transactions"
                              && request.query.find("limit=100") != std::string::npos;
            if (!page)
                return m_sandbox->handle(request);
            {
                std::lock_guard lock(mutex);
                const size_t lt = request.query.find("created[lt]=");
                ranges.insert(lt == std::string::npos
                                  ? std::string("open")
                                  : request.query.substr(lt, request.query.find('&', lt) - lt));
            }
            const int now = ++inFlight;
            int seen = mostInFlight.load();
            while (now > seen && !mostInFlight.compare_exchange_weak(seen, now)) {
            }
            QThread::msleep(5); // a little latency, as a real network has
            net::HttpResponse response = m_sandbox->handle(request);
            --inFlight;
            return response;
        });
        const QString url = test::listenWithSandboxCertificate(proxy, m_dir.path());
        QVERIFY(!url.isEmpty());
        test::SyncStore s = makeStore();
        const auto source = test::saveSyncSource(
            s, url, QStringLiteral("sk_test_abc"), m_sandbox->caCertificatePath());
        const sync::SyncReport report = test::runSync(s, source);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.inserted[0], qint64(2500));
        QCOMPARE(report.fetched[0], qint64(2500)); // no object read twice
        test::compareWith<BalanceTransaction>(
            *m_sandbox, s, source.id, ObjectType::BalanceTransaction);
        test::compareWith<Charge>(*m_sandbox, s, source.id, ObjectType::Charge);
        QVERIFY2(ranges.size() >= 4, qPrintable(QString::number(ranges.size())));
        QVERIFY2(mostInFlight.load() >= 2, qPrintable(QString::number(mostInFlight.load())));
        {
            // A finished run leaves no ranges behind.
            auto db = store::openSession(s.path, store::Access::ReadOnly).value();
            const auto cursor = db->sources().cursor(source.id, "balance_transaction");
            QVERIFY(!cursor.runFloor.has_value());
            QVERIFY(cursor.ranges.empty());
        }
        proxy.stop();
        s.writer->stop();
    }

    void aFailedProbeStepStillSplitsTheHistory()
    {
        // One of the probe's "anything before …?" requests is refused: the history is split
        // all the same (reaching further back), and every object comes once.
        std::atomic<bool> refused{false};
        std::mutex mutex;
        std::set<std::string> ranges;
        net::TlsServer proxy([&](const net::HttpRequest &request) {
            const bool bt = request.path == "/v1/balance_transactions";
            if (bt && request.query.find("limit=1&") != std::string::npos
                && request.query.find("created[lt]=") != std::string::npos
                && !refused.exchange(true)) {
                net::HttpResponse bad;
                bad.status = 400;
                bad.body = R"({"error":{"type":"invalid_request_error","message":"No"}})";
                return bad;
            }
            if (bt && request.query.find("limit=100") != std::string::npos) {
                std::lock_guard lock(mutex);
                const size_t lt = request.query.find("created[lt]=");
                ranges.insert(lt == std::string::npos ? std::string("open")
                                                      : request.query.substr(lt, 22));
            }
            QThread::msleep(2);
            return m_sandbox->handle(request);
        });
        const QString url = test::listenWithSandboxCertificate(proxy, m_dir.path());
        QVERIFY(!url.isEmpty());
        test::SyncStore s = makeStore();
        const auto source = test::saveSyncSource(
            s, url, QStringLiteral("sk_test_abc"), m_sandbox->caCertificatePath());
        const sync::SyncReport report = test::runSync(s, source);
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY(refused.load());
        QCOMPARE(report.fetched[0], qint64(2500));
        QVERIFY2(ranges.size() >= 4, qPrintable(QString::number(ranges.size())));
        proxy.stop();
        s.writer->stop();
    }

    void aRunThatFailsMidWalkResumesEveryRangeWhereItStopped()
    {
        // After the history is split, a range's page fails for good (a 500 the provider says
        // not to retry); the run ends there, with several ranges part-way. The next run reads
        // what is left of each, and nothing twice.
        std::atomic<int> splitPages{0};
        std::atomic<bool> broken{true};
        net::TlsServer proxy([&](const net::HttpRequest &request) {
            const bool rangePage = request.path == "/v1/balance_transactions"
                                   && request.query.find("limit=100") != std::string::npos
                                   && request.query.find("created[") != std::string::npos;
            if (rangePage && broken && ++splitPages == 12) {
                net::HttpResponse refused;
                refused.status = 500;
                refused.body = R"({"error":{"type":"api_error","message":"Not now"}})";
                refused.headers.emplace_back("Stripe-Should-Retry", "false");
                return refused;
            }
            QThread::msleep(2);
            return m_sandbox->handle(request);
        });
        const QString url = test::listenWithSandboxCertificate(proxy, m_dir.path());
        QVERIFY(!url.isEmpty());
        test::SyncStore s = makeStore();
        const auto source = test::saveSyncSource(
            s, url, QStringLiteral("sk_test_abc"), m_sandbox->caCertificatePath());
        const sync::SyncReport failed = test::runSync(s, source);
        QVERIFY(!failed.ok);
        QVERIFY2(failed.error.contains(u"Not now"), qPrintable(failed.error));
        {
            auto db = store::openSession(s.path, store::Access::ReadOnly).value();
            const auto cursor = db->sources().cursor(source.id, "balance_transaction");
            QVERIFY(cursor.runFloor.has_value());
            QVERIFY2(cursor.ranges.size() >= 4, qPrintable(QString::number(cursor.ranges.size())));
            // They cover the history without gaps or overlap: each begins where the next
            // (older) one ends, the newest is open, the oldest begins at the run's floor.
            QCOMPARE(cursor.ranges.front().before, qint64(0));
            for (size_t i = 1; i < cursor.ranges.size(); ++i)
                QCOMPARE(cursor.ranges[i].before, cursor.ranges[i - 1].from);
            QCOMPARE(cursor.ranges.back().from, *cursor.runFloor);
        }
        broken = false;
        const sync::SyncReport resumed = test::runSync(s, source);
        QVERIFY2(resumed.ok, qPrintable(resumed.error));
        QCOMPARE(failed.inserted[0] + resumed.inserted[0], qint64(2500));
        // Resumed, not read again: every object came once over both runs.
        QCOMPARE(failed.fetched[0] + resumed.fetched[0], qint64(2500));
        test::compareWith<BalanceTransaction>(
            *m_sandbox, s, source.id, ObjectType::BalanceTransaction);
        auto db = store::openSession(s.path, store::Access::ReadOnly).value();
        QVERIFY(db->sources().cursor(source.id, "balance_transaction").ranges.empty());
        proxy.stop();
        s.writer->stop();
    }
};

QTEST_GUILESS_MAIN(TestSyncRanges)
#include "test_sync_ranges.moc"
