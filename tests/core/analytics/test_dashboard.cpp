// What the Analytics and Overview screens draw, against SQL over the same synced store: every
// bucket's counts, each day's amounts converted at that day's rate, the period before, the
// breakdowns — and the drill-down behind a figure holding exactly the objects it counted.
#include "analytics/analytics_feed.h"
#include "analytics/analytics_service.h"
#include "analytics/dashboard.h"
#include "analytics/drill_down.h"
#include "store/change_feed.h"
#include "store/session.h"
#include "store/sqlite/database.h"
#include "store/store_writer.h"
#include "sync/source_sync.h"
#include "test_support.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <set>

using namespace paydeck;
using namespace paydeck::analytics;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kAnchor = 1790000000; // 2026-09-21
constexpr qint64 kDay = 86400;

Currency eur()
{
    return *Currency::fromCode(std::string_view("EUR"));
}

qint64 sqlCount(store::Database &db, const std::string &sql, qint64 from, qint64 to)
{
    auto s = db.prepare(sql);
    if (!s)
        qFatal("%s", qPrintable(s.error()));
    s.value().bind(1, from);
    s.value().bind(2, to);
    return s.value().step() == store::Statement::Step::Row ? s.value().columnInt(0) : -1;
}

/// The gross volume of [from, to) in EUR by hand: SQL sums per UTC day and currency, each at
/// that day's rate with four extra digits, rounded once.
qint64 sqlGrossInEur(store::Database &db, const fx::FxTable &rates, qint64 from, qint64 to)
{
    auto s = db.prepare("SELECT upper(currency), date(created, 'unixepoch'), sum(amount) FROM "
                        "charges WHERE status = 'succeeded' AND created >= ?1 AND created < ?2 "
                        "GROUP BY 1, 2");
    s.value().bind(1, from);
    s.value().bind(2, to);
    __int128 sum = 0;
    while (s.value().step() == store::Statement::Step::Row) {
        const QString code = QString::fromStdString(s.value().columnText(0));
        const QDate day
            = QDate::fromString(QString::fromStdString(s.value().columnText(1)), Qt::ISODate);
        const qint64 amount = s.value().columnInt(2);
        if (code == u"EUR") {
            sum += __int128(amount) * 10000;
            continue;
        }
        const auto rate = rates.rateOn(code, day);
        if (!rate)
            continue; // named in withoutRate, never converted at 1
        sum += *fx::convertMinorUnits(
            amount, Currency::fromCode(QStringView(code))->exponent(), rate->perEuro, 6, {1, 0});
    }
    return qint64((sum + (sum >= 0 ? 5000 : -5000)) / 10000);
}

qint64 engineCount(const AnalyticsEngine &engine, const Filter &filter)
{
    qint64 count = 0;
    for (const Cell &cell : engine.aggregate(filter, Dimension::None))
        count += cell.totals.count;
    return count;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    AnalyticsEngine m_engine;
    fx::FxTable m_rates = test::weekdayRates();
    // Seven local days before the sandbox's anchor, compared with the seven before them.
    qint64 m_from = 0, m_to = 0;

    DashboardRequest weekRequest() const
    {
        DashboardRequest request;
        request.id = 3;
        request.starts = bucketStarts(m_from, m_to);
        request.to = m_to;
        request.previousStarts = bucketStarts(m_from - 7 * kDay, m_from);
        request.previousTo = m_from;
        request.reportingCurrency = u"EUR"_s;
        return request;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"store.sqlite"_s);
        store::StoreWriter writer(m_path);
        QVERIFY(writer.start().ok());
        sandbox::SandboxOptions options;
        options.seed = 21;
        options.historyDays = 20;
        options.backfillCount = 2500;
        options.anchor = kAnchor;
        auto sandbox = test::startSandbox(m_dir.filePath(u"sandbox"_s), options);
        store::SourceConfig source;
        source.name = u"dash"_s;
        source.baseUrl = sandbox->baseUrl();
        source.apiKey = u"sk_test_dashboard"_s;
        source.caCertificate = sandbox->caCertificatePath();
        source.id = store::openSession(m_path).value()->sources().save(source).value();
        sync::SourceSync sync(source, &writer, m_path);
        QSignalSpy finished(&sync, &sync::SourceSync::finished);
        sync.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().value<sync::SyncReport>().ok);
        writer.stop();
        auto session = store::openSession(m_path, store::Access::ReadOnly).value();
        QVERIFY(rebuildFromStore(*session, m_engine).ok());
        const QDate last = QDateTime::fromSecsSinceEpoch(kAnchor).date();
        m_to = last.startOfDay().toSecsSinceEpoch();
        m_from = last.addDays(-7).startOfDay().toSecsSinceEpoch();
    }

    void bucketsAreHoursForADayAndLocalMidnightsForLonger()
    {
        const qint64 midnight = QDate(2026, 11, 2).startOfDay().toSecsSinceEpoch();
        const auto hours = bucketStarts(midnight, midnight + kDay);
        QCOMPARE(hours.size(), size_t(24));
        QCOMPARE(hours[1] - hours[0], 3600);
        const qint64 end = QDate(2026, 11, 9).startOfDay().toSecsSinceEpoch();
        const auto days = bucketStarts(midnight, end);
        QCOMPARE(days.size(), size_t(7));
        for (const qint64 start : days)
            QCOMPARE(QDateTime::fromSecsSinceEpoch(start).time(), QTime(0, 0));
        QVERIFY(bucketStarts(end, midnight).empty());
    }

    void everyBucketEqualsSqlAndConvertsEachDay()
    {
        auto db = store::Database::open(m_path, store::Database::Mode::ReadOnly).value();
        const Dashboard d = computeDashboard(m_engine, m_rates, weekRequest());
        QCOMPARE(d.reportingCurrency, u"EUR"_s);
        QCOMPARE(d.buckets.size(), size_t(7));
        qint64 takenSum = 0;
        for (const Bucket &b : d.buckets) {
            const auto count = [&](const char *sql) {
                return sqlCount(*db, sql, b.start, b.end);
            };
            QCOMPARE(b.figures.taken,
                     count("SELECT count(*) FROM charges WHERE status = 'succeeded' AND created "
                           ">= ?1 AND created < ?2"));
            QCOMPARE(b.figures.declined,
                     count("SELECT count(*) FROM charges WHERE status = 'failed' AND created >= "
                           "?1 AND created < ?2"));
            QCOMPARE(b.figures.charges,
                     count("SELECT count(*) FROM charges WHERE created >= ?1 AND created < ?2"));
            QCOMPARE(b.figures.refunds,
                     count("SELECT count(*) FROM refunds WHERE status = 'succeeded' AND created "
                           ">= ?1 AND created < ?2"));
            QCOMPARE(b.figures.disputes,
                     count("SELECT count(*) FROM disputes WHERE created >= ?1 AND created < ?2"));
            QCOMPARE(b.figures.gross, sqlGrossInEur(*db, m_rates, b.start, b.end));
            takenSum += b.figures.taken;
        }
        QVERIFY(takenSum > 100); // a week with nothing in it would prove nothing
        QCOMPARE(d.current.taken, takenSum);
        QCOMPARE(d.current.gross, sqlGrossInEur(*db, m_rates, m_from, m_to));
        // The period's money agrees with the reporting figures computed on their own.
        const ReportingFigures own = reportingFigures(m_engine, m_from, m_to, m_rates, eur());
        QCOMPARE(d.current.gross, own.grossVolume);
        QCOMPARE(d.current.net, own.net);
        QCOMPARE(d.current.fees, own.fees);
        QCOMPARE(d.current.refunded, own.refundedAmount);
        // Currencies without a rate are named; the rates used are explained.
        QVERIFY(d.withoutRate.contains(u"BHD"_s));
        QVERIFY(!d.withoutRate.contains(u"USD"_s));
        QVERIFY2(d.rates.join(u"|").contains(u"1 USD = "_s), qPrintable(d.rates.join(u"|")));
        QVERIFY(d.provenance.join(u"|").contains(u"USD: ECB"_s));
        // The week before, compared.
        QVERIFY(d.compared);
        QCOMPARE(d.previousBuckets.size(), size_t(7));
        QCOMPARE(d.previous.taken,
                 sqlCount(*db,
                          "SELECT count(*) FROM charges WHERE status = 'succeeded' AND created >= "
                          "?1 AND created < ?2",
                          m_from - 7 * kDay,
                          m_from));
    }

    void breakdownsEqualSql()
    {
        auto db = store::Database::open(m_path, store::Database::Mode::ReadOnly).value();
        DashboardRequest request = weekRequest();
        request.breakdownLimit = 0; // all of them
        const Dashboard d = computeDashboard(m_engine, m_rates, request);
        QVERIFY(!d.byDecline.empty());
        for (const Share &share : d.byDecline) {
            auto s = db->prepare("SELECT count(*) FROM charges WHERE status = 'failed' AND "
                                 "coalesce(failure_code, '') = ?3 AND created >= ?1 AND created "
                                 "< ?2");
            s.value().bind(1, m_from);
            s.value().bind(2, m_to);
            s.value().bindText(3, share.key);
            QVERIFY(s.value().step() == store::Statement::Step::Row);
            QCOMPARE(share.declined, s.value().columnInt(0));
            QCOMPARE(share.taken, 0);
        }
        qint64 byMethod = 0;
        for (const Share &share : d.byMethod)
            byMethod += share.taken + share.declined;
        QCOMPARE(byMethod, d.current.taken + d.current.declined);
        // Sorted largest first.
        for (size_t i = 1; i < d.byCountry.size(); ++i)
            QVERIFY(d.byCountry[i - 1].taken + d.byCountry[i - 1].declined
                    >= d.byCountry[i].taken + d.byCountry[i].declined);
        bool usdConverted = false, bhdNot = false;
        for (const Share &share : d.byCurrency) {
            usdConverted = usdConverted || (share.key == "usd" && share.amount.has_value());
            bhdNot = bhdNot || (share.key == "bhd" && !share.amount.has_value());
        }
        QVERIFY(usdConverted);
        QVERIFY(bhdNot);
    }

    void aDrillDownHoldsExactlyWhatTheFigureCounted()
    {
        auto session = store::openSession(m_path, store::Access::ReadOnly).value();
        const Dashboard d = computeDashboard(m_engine, m_rates, weekRequest());
        std::vector<Filter> filters;
        Filter declined;
        declined.from = m_from;
        declined.to = m_to;
        declined.kind = Kind::Charge;
        declined.outcome = Outcome::Declined;
        declined.detail = d.byDecline.front().key;
        filters.push_back(declined);
        Filter taken = declined;
        taken.outcome.reset();
        taken.detail.clear();
        taken.outcomes = (1u << int(Outcome::Succeeded)) | (1u << int(Outcome::Refunded))
                         | (1u << int(Outcome::Disputed));
        taken.from = d.buckets[3].start;
        taken.to = d.buckets[3].end;
        filters.push_back(taken);
        Filter brand = taken;
        brand.method = d.byMethod.front().key;
        filters.push_back(brand);
        Filter payouts;
        payouts.from = m_from - 14 * kDay;
        payouts.to = m_to;
        payouts.kind = Kind::Payout;
        payouts.outcome = Outcome::Paid;
        filters.push_back(payouts);
        Filter refunds = payouts;
        refunds.kind = Kind::Refund;
        refunds.outcome = Outcome::Succeeded;
        filters.push_back(refunds);
        for (const Filter &filter : filters) {
            auto facts = factsMatching(*session, filter);
            QVERIFY2(facts.ok(), qPrintable(facts.ok() ? QString() : facts.error()));
            QVERIFY(!facts.value().empty());
            QCOMPARE(qint64(facts.value().size()), engineCount(m_engine, filter));
            std::set<std::string> ids;
            for (const Fact &fact : facts.value()) {
                QVERIFY(factMatches(fact, filter));
                ids.insert(fact.id);
            }
            QCOMPARE(ids.size(), facts.value().size());
            QVERIFY(facts.value().front().at >= facts.value().back().at); // newest first
        }
        QCOMPARE(qint64(factsMatching(*session, taken).value().size()), d.buckets[3].figures.taken);
        Filter noKind;
        QVERIFY(!factsMatching(*session, noKind).ok());
    }

    void theServiceAnswersARequestMadeBeforeItWasReady()
    {
        QThread thread;
        auto *service = new AnalyticsService(m_path);
        service->moveToThread(&thread);
        connect(&thread, &QThread::finished, service, &QObject::deleteLater);
        thread.start();
        QSignalSpy dashboards(service, &AnalyticsService::dashboardReady);
        QSignalSpy drills(service, &AnalyticsService::drillDownReady);
        const DashboardRequest request = weekRequest();
        QMetaObject::invokeMethod(service,
                                  [service, request] { service->requestDashboard(request); });
        QMetaObject::invokeMethod(service, &AnalyticsService::start, Qt::QueuedConnection);
        QTRY_COMPARE_WITH_TIMEOUT(dashboards.count(), 1, 30000);
        const auto d = dashboards.first().first().value<Dashboard>();
        QCOMPARE(d.id, request.id);
        QCOMPARE(d.current.taken, computeDashboard(m_engine, m_rates, request).current.taken);
        QVERIFY(d.withoutRate.contains(u"USD"_s)); // this store has no rates: none made up
        DrillRequest drill;
        drill.id = 9;
        drill.title = u"Declined"_s;
        drill.filter.from = m_from;
        drill.filter.to = m_to;
        drill.filter.kind = Kind::Charge;
        drill.filter.outcome = Outcome::Declined;
        QMetaObject::invokeMethod(service, [service, drill] { service->requestDrillDown(drill); });
        QTRY_COMPARE_WITH_TIMEOUT(drills.count(), 1, 10000);
        const auto answer = drills.first().first().value<DrillAnswer>();
        QCOMPARE(answer.id, quint64(9));
        QVERIFY(answer.error.isEmpty());
        QCOMPARE(qint64(answer.facts.size()), d.current.declined);
        thread.quit();
        thread.wait();
    }

    /// Last: it changes the store. Charges refunded, disputed or failed later, refunds that
    /// fail, payouts that arrive: an engine fed those changes draws exactly what an engine
    /// rebuilt from the changed store draws (the hourly rollup follows every change).
    void figuresFollowObjectsThatChangeLater()
    {
        auto session = store::openSession(m_path, store::Access::ReadOnly).value();
        const DashboardRequest request = weekRequest();
        const Dashboard before = computeDashboard(m_engine, m_rates, request);
        std::vector<std::string> charges, refunds, payouts;
        {
            auto db = store::Database::open(m_path).value();
            const auto ids = [&](const char *sql, std::vector<std::string> &out) {
                auto s = db->prepare(sql);
                while (s.value().step() == store::Statement::Step::Row)
                    out.push_back(s.value().columnText(0));
            };
            ids("SELECT id FROM charges WHERE status = 'succeeded' AND created >= 1789400000 "
                "ORDER BY id LIMIT 60",
                charges);
            ids("SELECT id FROM refunds WHERE status = 'succeeded' ORDER BY id LIMIT 10", refunds);
            ids("SELECT id FROM payouts WHERE status <> 'paid' ORDER BY id LIMIT 5", payouts);
            QVERIFY(charges.size() == 60 && !refunds.empty());
            // Only the 60 charges read above change (fed by their ids): 20 refunded, 20
            // disputed, 20 failed after all.
            const auto update = [&](const std::string &set, int first) {
                std::string some;
                for (int i = first; i < first + 20; ++i)
                    some += (some.empty() ? "'" : ",'") + charges[size_t(i)] + "'";
                return db
                    ->exec(("UPDATE charges SET " + set + " WHERE id IN (" + some + ")").c_str())
                    .ok();
            };
            QVERIFY(update("refunded = 1", 0));
            QVERIFY(update("disputed = 1, refunded = 0", 20));
            QVERIFY(update("status = 'failed', failure_code = 'card_declined', refunded = 0, "
                           "disputed = 0",
                           40));
            QVERIFY(db->exec("UPDATE refunds SET status = 'failed' WHERE id IN (SELECT id FROM "
                             "refunds WHERE status = 'succeeded' ORDER BY id LIMIT 10)")
                        .ok());
            QVERIFY(db->exec("UPDATE payouts SET status = 'paid' WHERE status <> 'paid'").ok());
        }
        const auto change = [](ObjectType type, std::vector<std::string> ids) {
            store::ChangeSet c;
            c.domains = store::ChangeSet::Objects;
            c.objectTypes = 1u << int(type);
            c.ids = std::move(ids);
            return c;
        };
        QVERIFY(applyChange(*session, m_engine, change(ObjectType::Charge, charges)).ok());
        QVERIFY(applyChange(*session, m_engine, change(ObjectType::Refund, refunds)).ok());
        QVERIFY(applyChange(*session, m_engine, change(ObjectType::Payout, payouts)).ok());
        AnalyticsEngine rebuilt;
        QVERIFY(rebuildFromStore(*session, rebuilt).ok());
        const Dashboard fed = computeDashboard(m_engine, m_rates, request);
        const Dashboard fresh = computeDashboard(rebuilt, m_rates, request);
        QVERIFY(fed.current.declined > before.current.declined); // the changes are in the week
        QCOMPARE(fed.buckets.size(), fresh.buckets.size());
        for (size_t i = 0; i < fed.buckets.size(); ++i) {
            const PeriodFigures &a = fed.buckets[i].figures, &b = fresh.buckets[i].figures;
            QCOMPARE(a.taken, b.taken);
            QCOMPARE(a.declined, b.declined);
            QCOMPARE(a.refunds, b.refunds);
            QCOMPARE(a.gross, b.gross);
            QCOMPARE(a.refunded, b.refunded);
            QCOMPARE(a.payoutsPaid, b.payoutsPaid);
            QCOMPARE(a.payoutsExpected, b.payoutsExpected);
        }
        QCOMPARE(fed.byDecline.size(), fresh.byDecline.size());
        for (size_t i = 0; i < fed.byDecline.size(); ++i)
            QCOMPARE(fed.byDecline[i].declined, fresh.byDecline[i].declined);
        for (size_t i = 0; i < fed.byMethod.size(); ++i) {
            QCOMPARE(fed.byMethod[i].taken, fresh.byMethod[i].taken);
            QCOMPARE(fed.byMethod[i].declined, fresh.byMethod[i].declined);
        }
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "test_dashboard.moc"
