// Alert evaluation over a store of 1M balance transactions (and their charges, refunds,
// disputes): the timeline of the rules' look-back read from the store, then 100 rules — the
// defaults and their variants per currency, card brand, country and decline code — judged at
// 60 successive minutes, each evaluation timed; the same rules' window counts by SQL over the
// same store, in the same run, as the baseline. Prints `name: value` lines.
#include "alerts/backtest.h"
#include "alerts/operational_reading.h"
#include "bench_process.h"
#include "store/session.h"
#include "store/sqlite/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace paydeck;
using namespace paydeck::alerts;

namespace {

/// 100 rules as a business with many markets would keep them.
std::vector<AlertRule> hundredRules()
{
    const std::vector<AlertRule> defaults = defaultAlertRules();
    std::vector<AlertRule> rules = defaults;
    const char *currencies[] = {"USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "BHD"};
    const char *brands[] = {"visa", "mastercard", "amex", "discover", "jcb"};
    const char *countries[] = {"US", "DE", "GB", "JP", "CA", "AU", "CH", "BH", "FR", "NL"};
    const char *codes[] = {"insufficient_funds",
                           "card_declined",
                           "do_not_honor",
                           "expired_card",
                           "incorrect_cvc",
                           "generic_decline"};
    int n = 0;
    const auto variant = [&](const AlertRule &base, auto set) {
        AlertRule rule = base;
        rule.id = base.id + QStringLiteral("_%1").arg(++n);
        set(rule.filter);
        rules.push_back(rule);
    };
    for (size_t i = 0; rules.size() < 100; ++i) {
        const AlertRule &base = defaults[i % 6]; // the six judged against a baseline
        switch (i % 4) {
        case 0:
            variant(base, [&](RuleFilter &f) { f.currency = QLatin1String(currencies[i % 8]); });
            break;
        case 1:
            variant(base, [&](RuleFilter &f) { f.method = QLatin1String(brands[i % 5]); });
            break;
        case 2:
            variant(base, [&](RuleFilter &f) { f.country = QLatin1String(countries[i % 10]); });
            break;
        default:
            variant(defaults[1],
                    [&](RuleFilter &f) { f.declineCode = QLatin1String(codes[i % 6]); });
        }
    }
    return rules;
}

/// One rule's window and baseline windows by SQL: what a store without a timeline would ask.
qint64 countsBySql(store::Database &db, const AlertRule &rule, qint64 at)
{
    std::string sql = "SELECT count(*), sum(status = 'failed') FROM charges WHERE created >= ?1 "
                      "AND created < ?2";
    if (!rule.filter.currency.isEmpty())
        sql += " AND currency = '" + rule.filter.currency.toLower().toStdString() + "'";
    if (!rule.filter.method.isEmpty())
        sql += " AND card_brand = '" + rule.filter.method.toStdString() + "'";
    if (!rule.filter.country.isEmpty())
        sql += " AND card_country = '" + rule.filter.country.toStdString() + "'";
    if (!rule.filter.declineCode.isEmpty())
        sql += " AND failure_code = '" + rule.filter.declineCode.toStdString() + "'";
    auto s = db.prepare(sql);
    if (!s)
        return -1;
    qint64 sum = 0;
    for (int k = 0; k <= rule.baselineWeeks; ++k) {
        const qint64 shift = qint64(k) * 7 * 86400;
        s.value().reset();
        s.value().bind(1, at - shift - rule.windowSeconds - (k ? 3600 : 0));
        s.value().bind(2, at - shift + (k ? 3600 : 0));
        if (s.value().step() == store::Statement::Step::Row)
            sum += s.value().columnInt(0) + s.value().columnInt(1);
    }
    return sum;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_alerts_1m STORE.sqlite\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    auto session = store::openSession(path, store::Access::ReadOnly);
    auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
    if (!session || !db) {
        std::fprintf(stderr, "bench: cannot open %s\n", argv[1]);
        return 1;
    }
    qint64 last = 0;
    {
        auto s = db.value()->prepare("SELECT max(created) FROM charges");
        if (s && s.value().step() == store::Statement::Step::Row)
            last = s.value().columnInt(0);
    }
    const std::vector<AlertRule> rules = hundredRules();
    const qint64 start = last - 3600;
    ActivityTimeline timeline;
    QElapsedTimer clock;
    clock.start();
    auto read = loadTimeline(*session.value(), timeline, start - lookBack(rules), last + 1);
    if (!read) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(read.error()));
        return 1;
    }
    std::printf("alert_rules: %zu\n", rules.size());
    std::printf("alert_timeline_entries: %zu\n", timeline.size());
    std::printf("alert_timeline_load_ms: %.0f\n", double(clock.nsecsElapsed()) / 1e6);

    std::vector<AlertState> states(rules.size());
    std::vector<double> evaluations, operationalReads;
    int firing = 0;
    const reconcile::HolidayCalendar calendar = reconcile::HolidayCalendar::withDefaults();
    // The machinery's state, as the service holds it: read again only after a change of
    // payouts, statements, runs, decisions or sync state (its cost is reported on its own).
    OperationalView view;
    for (int i = 0; i < 5; ++i) {
        clock.restart();
        auto read = readOperationalView(*session.value(), calendar, start);
        if (!read) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(read.error()));
            return 1;
        }
        operationalReads.push_back(double(clock.nsecsElapsed()) / 1e6);
        view = std::move(read).value();
    }
    for (qint64 at = start; at < start + 3600; at += 60) {
        clock.restart();
        rejudgePayoutsOnNewDay(view, calendar, at);
        for (size_t i = 0; i < rules.size(); ++i)
            (void)states[i].evaluate(rules[i],
                                     isOperational(rules[i].metric)
                                         ? readOperational(rules[i], view, at)
                                         : readRule(rules[i], timeline, at));
        evaluations.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    for (const AlertState &state : states)
        firing += state.state() == State::Firing ? 1 : 0;
    std::vector<double> sql;
    qint64 checksum = 0;
    for (int i = 0; i < 3; ++i) {
        clock.restart();
        for (const AlertRule &rule : rules)
            checksum += countsBySql(*db.value(), rule, last);
        sql.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    const double engineMs = bench::median(evaluations), sqlMs = bench::median(sql);
    std::printf("alert_eval_100_rules_1m_ms: %.2f\n", engineMs);
    // Paid once per change of what the operational rules read, not per evaluation.
    std::printf("alert_operational_state_read_1m_ms: %.2f\n", bench::median(operationalReads));
    std::printf("alert_eval_100_rules_sql_ms: %.1f\n", sqlMs);
    std::printf("alert_eval_speedup_vs_sql: %.1f\n", sqlMs / engineMs);
    std::fprintf(stderr,
                 "(firing at the end: %d of %zu; sql checksum %lld)\n",
                 firing,
                 rules.size(),
                 static_cast<long long>(checksum));
    return 0;
}
