// The analytics engine over a store of 1M balance transactions (and their charges, refunds,
// payouts, disputes): its cold rebuild, its memory, and one dashboard refresh after a new batch
// (every Overview and Analytics figure, the Analytics screen at 90 days by the hour) against the
// same figures by SQL GROUP BY over the same store, in the same run. Prints `name: value` lines.
#include "analytics/analytics_feed.h"
#include "analytics/dashboard.h"
#include "analytics/figures.h"
#include "bench_process.h"
#include "store/change_feed.h"
#include "store/session.h"
#include "store/sqlite/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace paydeck;
using namespace paydeck::analytics;

namespace {

constexpr qint64 kDay = 86400;

/// Hourly bucket starts of [from, to).
std::vector<qint64> hours(qint64 from, qint64 to)
{
    std::vector<qint64> starts;
    for (qint64 at = from; at < to; at += 3600)
        starts.push_back(at);
    return starts;
}

/// Everything the Overview and the Analytics screen show, as they ask for it: the Analytics
/// screen's 90 days by the hour against the 90 days before, in EUR, with every breakdown; the
/// Overview's last 7 days and last 48 hours.
qint64 allFigures(const AnalyticsEngine &engine, qint64 from, qint64 to, const fx::FxTable &rates)
{
    DashboardRequest analytics;
    analytics.starts = hours(from, to);
    analytics.to = to;
    analytics.previousStarts = hours(from - (to - from), from);
    analytics.previousTo = from;
    DashboardRequest week;
    week.to = to;
    for (qint64 day = to - 7 * kDay; day < to; day += kDay)
        week.starts.push_back(day);
    DashboardRequest lastHours;
    lastHours.to = to;
    lastHours.starts = hours(to - 2 * kDay, to);
    qint64 checksum = 0;
    for (const DashboardRequest &request : {analytics, week, lastHours}) {
        const Dashboard d = computeDashboard(engine, rates, request);
        checksum += d.current.charges + d.current.gross + qint64(d.byDecline.size());
    }
    return checksum;
}

/// The same figures by SQL over the store (the per-refresh way of a store without an engine).
qint64 allFiguresBySql(store::Database &db, qint64 from, qint64 to)
{
    const char *queries[] = {
        "SELECT currency, status, refunded, disputed, count(*), sum(amount) FROM charges WHERE "
        "created >= ?1 AND created < ?2 GROUP BY 1, 2, 3, 4",
        "SELECT currency, count(*), sum(fee), sum(net) FROM balance_transactions WHERE created >= "
        "?1 AND created < ?2 AND reporting_category <> 'payout' GROUP BY 1",
        "SELECT currency, status, count(*), sum(amount) FROM refunds WHERE created >= ?1 AND "
        "created < ?2 GROUP BY 1, 2",
        "SELECT currency, count(*), sum(amount) FROM disputes WHERE created >= ?1 AND created < ?2 "
        "GROUP BY 1",
        "SELECT currency, status, count(*), sum(amount) FROM payouts WHERE arrival_date >= ?1 AND "
        "arrival_date < ?2 GROUP BY 1, 2",
        "SELECT created / 3600, currency, status, count(*), sum(amount) FROM charges WHERE created "
        ">= ?1 AND created < ?2 GROUP BY 1, 2, 3",
        "SELECT date(created, 'unixepoch'), currency, sum(amount) FROM charges WHERE created >= ?1 "
        "AND created < ?2 AND status = 'succeeded' GROUP BY 1, 2",
        "SELECT card_brand, currency, status, count(*), sum(amount) FROM charges WHERE created >= "
        "?1 AND created < ?2 GROUP BY 1, 2, 3",
        "SELECT card_country, currency, status, count(*), sum(amount) FROM charges WHERE created "
        ">= ?1 AND created < ?2 GROUP BY 1, 2, 3",
        "SELECT failure_code, currency, count(*) FROM charges WHERE created >= ?1 AND created < ?2 "
        "AND status = 'failed' GROUP BY 1, 2",
        "SELECT created / 3600, count(*) FROM charges WHERE created >= ?1 AND created < ?2 AND "
        "status = 'failed' GROUP BY 1",
    };
    qint64 checksum = 0;
    for (const char *sql : queries) {
        auto s = db.prepare(sql);
        if (!s) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(s.error()));
            return -1;
        }
        s.value().bind(1, from);
        s.value().bind(2, to);
        while (s.value().step() == store::Statement::Step::Row)
            ++checksum;
    }
    return checksum;
}

/// A new batch as a commit names it: the ids of the newest 100 charges, re-read and applied.
store::ChangeSet newestCharges(store::Database &db)
{
    store::ChangeSet change;
    change.domains = store::ChangeSet::Objects;
    change.objectTypes = 1u << int(ObjectType::Charge);
    auto s = db.prepare("SELECT id FROM charges ORDER BY created DESC LIMIT 100");
    while (s.ok() && s.value().step() == store::Statement::Step::Row)
        change.ids.push_back(s.value().columnText(0));
    return change;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_analytics_1m STORE.sqlite\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    auto session = store::openSession(path, store::Access::ReadOnly);
    auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
    if (!session || !db) {
        std::fprintf(stderr, "bench: cannot open %s\n", argv[1]);
        return 1;
    }
    const qint64 rssBefore = bench::residentMb();
    AnalyticsEngine engine;
    QElapsedTimer clock;
    clock.start();
    auto built = rebuildFromStore(*session.value(), engine);
    const double rebuildSeconds = double(clock.nsecsElapsed()) / 1e9;
    if (!built) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(built.error()));
        return 1;
    }
    const qint64 rssAfter = bench::residentMb();
    std::printf("analytics_objects: %lld\n", static_cast<long long>(built.value()));
    std::printf("analytics_rebuild_1m_seconds: %.2f\n", rebuildSeconds);
    std::printf("analytics_1m_engine_mb: %.1f\n", double(engine.memoryBytes()) / 1048576.0);
    std::printf("analytics_1m_rss_mb: %lld\n", static_cast<long long>(rssAfter - rssBefore));
    std::printf("analytics_buckets: %zu\n", engine.bucketCount());

    // The rates of the reporting currency: a year of weekdays for the sandbox's currencies.
    fx::FxTable rates;
    std::vector<fx::ExchangeRate> list;
    const qint64 to = engine.lastHour() + 3600;
    const qint64 from = to - 90 * kDay;
    const QDate last = QDateTime::fromSecsSinceEpoch(to, Qt::UTC).date();
    for (QDate day = last.addDays(-400); day <= last; day = day.addDays(1)) {
        for (const char *code : {"USD", "GBP", "JPY", "CAD", "AUD", "CHF"})
            list.push_back({QString::fromLatin1(code), day, {10850, 4}, QStringLiteral("ECB"), {}});
    }
    rates.add(list);

    const store::ChangeSet batch = newestCharges(*db.value());
    std::vector<double> refresh, sql;
    qint64 engineSum = 0, sqlSum = 0;
    for (int i = 0; i < 9; ++i) {
        clock.restart();
        (void)applyChange(*session.value(), engine, batch);
        engineSum = allFigures(engine, from, to, rates);
        refresh.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::vector<double> figuresOnly, changeOnly;
    for (int i = 0; i < 9; ++i) {
        clock.restart();
        (void)applyChange(*session.value(), engine, batch);
        changeOnly.push_back(double(clock.nsecsElapsed()) / 1e6);
        clock.restart();
        (void)allFigures(engine, from, to, rates);
        figuresOnly.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::printf("dashboard_apply_batch_ms: %.2f\n", bench::median(changeOnly));
    std::printf("dashboard_figures_ms: %.2f\n", bench::median(figuresOnly));
    for (int i = 0; i < 3; ++i) {
        clock.restart();
        sqlSum = allFiguresBySql(*db.value(), from, to);
        sql.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    const double refreshMs = bench::median(refresh);
    const double sqlMs = bench::median(sql);
    std::printf("dashboard_refresh_1m_ms: %.2f\n", refreshMs);
    std::printf("dashboard_sql_1m_ms: %.1f\n", sqlMs);
    std::printf("dashboard_speedup_vs_sql: %.1f\n", sqlMs / refreshMs);
    std::fprintf(stderr,
                 "(checksums: engine %lld, sql rows %lld)\n",
                 static_cast<long long>(engineSum),
                 static_cast<long long>(sqlSum));
    return 0;
}
