// Alert rules as files and alerts as states: a rule file reads back to the same rules and a bad
// one is refused whole, naming the rule and the field; an alert goes Normal → Pending → Firing →
// Resolved → Normal as Grafana's do, with hysteresis, no-data handling, and a clock that jumps.
#include "alerts/alert_state.h"
#include "alerts/backtest.h"
#include "alerts/operational_reading.h"

#include <QTest>

using namespace paydeck;
using namespace paydeck::alerts;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kStart = 1790000000;

/// A timeline of one charge a minute from `from` for `minutes`, the given share declined.
void addCharges(ActivityTimeline &timeline, qint64 from, int minutes, int declinedOfTen)
{
    static int next = 0;
    for (int i = 0; i < minutes; ++i) {
        analytics::Fact fact;
        fact.kind = analytics::Kind::Charge;
        fact.sourceId = 1;
        fact.id = "ch_" + std::to_string(++next);
        fact.at = from + i * 60;
        fact.currency = "usd";
        fact.amount = 1000 + i;
        fact.method = i % 2 ? "visa" : "mastercard";
        fact.country = "US";
        const bool declined = (i % 10) < declinedOfTen;
        fact.outcome = declined ? analytics::Outcome::Declined : analytics::Outcome::Succeeded;
        fact.detail = declined ? (i % 2 ? "insufficient_funds" : "do_not_honor") : "";
        timeline.apply(fact);
    }
}

AlertRule thresholdRule()
{
    AlertRule rule;
    rule.id = u"declines"_s;
    rule.metric = Metric::DeclineRate;
    rule.windowSeconds = 600;
    rule.condition = Condition::Above;
    rule.threshold = 0.5;
    rule.clearThreshold = 0.3;
    rule.minimumVolume = 5;
    rule.pendingSeconds = 120;
    rule.intervalSeconds = 60;
    return rule;
}

Reading reading(qint64 at, double value, bool judged = true)
{
    const AlertRule rule = thresholdRule();
    Reading r;
    r.at = at;
    r.value = value;
    r.score = value;
    r.judged = judged;
    r.breached = judged && value > rule.threshold;
    r.holds = judged && value > rule.clearsAt();
    return r;
}

} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT
private slots:
    void rulesReadBackAsWritten()
    {
        const auto rules = defaultAlertRules();
        QVERIFY(rules.size() >= 6);
        const QByteArray file = alertRulesJson(rules);
        const auto again = parseAlertRules(file, u"rules.json"_s);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(alertRulesJson(again.value()), file);
        QCOMPARE(again.value().size(), rules.size());
        QCOMPARE(again.value()[0].clearsAt(), rules[0].clearsAt());
    }

    void aBadRuleFileIsRefusedWholeNamingRuleAndField_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QString>("named");
        const QByteArray good = R"("id":"x","metric":"success_rate","window_seconds":600,)"
                                R"("condition":"below","threshold":0.9)";
        QTest::newRow("unknown metric") << QByteArray(
            R"({"id":"x","metric":"happiness","window_seconds":600,"condition":"below","threshold":0.9})")
                                        << u"field \"metric\" \"happiness\" is none of"_s;
        QTest::newRow("window of 0") << QByteArray(
            R"({"id":"x","metric":"success_rate","window_seconds":0,"condition":"below","threshold":0.9})")
                                     << u"field \"window_seconds\""_s;
        QTest::newRow("threshold not a number") << QByteArray(
            R"({"id":"x","metric":"success_rate","window_seconds":600,"condition":"below","threshold":"NaN"})")
                                                << u"field \"threshold\" must be a finite number"_s;
        // Found by fuzzing (tests/fuzz/crashes/alert_rules): a whole number too large for 64 bits.
        QTest::newRow("volume beyond 64 bits")
            << QByteArray("{" + good
                          + R"(,"minimum_volume":3333333333333333333333333333333333320})")
            << u"field \"minimum_volume\" must be a whole number"_s;
        QTest::newRow("wrong type") << QByteArray("{" + good + R"(,"pending_seconds":"5m"})")
                                    << u"field \"pending_seconds\""_s;
        QTest::newRow("unknown field") << QByteArray("{" + good + R"(,"treshold":1})")
                                       << u"field \"treshold\" is not a field"_s;
        QTest::newRow("rate beyond 1") << QByteArray(
            R"({"id":"x","metric":"success_rate","window_seconds":600,"condition":"below","threshold":90})")
                                       << u"field \"threshold\" is a rate"_s;
        QTest::newRow("amount without currency") << QByteArray(
            R"({"id":"x","metric":"large_payment","window_seconds":600,"condition":"above","threshold":100})")
                                                 << u"field \"filter.currency\" is needed"_s;
        QTest::newRow("state against a baseline") << QByteArray(
            R"({"id":"x","metric":"payouts_missing","condition":"zscore_above","threshold":3})")
                                                  << u"field \"condition\" must be above or below"_s;
        QTest::newRow("bank money without currency") << QByteArray(
            R"({"id":"x","metric":"unmatched_bank_amount","condition":"above","threshold":0})")
                                                     << u"field \"filter.currency\" is needed"_s;
        QTest::newRow("bad filter") << QByteArray("{" + good + R"(,"filter":{"currency":"euro"}})")
                                    << u"field \"filter\" field \"currency\""_s;
    }

    void aBadRuleFileIsRefusedWholeNamingRuleAndField()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QString, named);
        // A good rule first: nothing of the file is taken when the second is bad.
        const QByteArray file = R"({"rules":[{"id":"fine","metric":"charge_count",)"
                                R"("window_seconds":3600,"condition":"below","threshold":1},)"
                                + rule + "]}";
        const auto parsed = parseAlertRules(file, u"/tmp/rules.json"_s);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(u"/tmp/rules.json: rule 2 (\"x\")"_s),
                 qPrintable(parsed.error()));
        QVERIFY2(parsed.error().contains(named), qPrintable(parsed.error()));
    }

    void notJsonAndDuplicatesAreRefused()
    {
        QVERIFY(parseAlertRules("{\"rules\": [", u"f"_s).error().contains(u"not JSON"_s));
        QVERIFY(parseAlertRules("{\"alerts\": []}", u"f"_s).error().contains(u"not a rule file"_s));
        const QByteArray one
            = R"({"id":"a","metric":"charge_count","window_seconds":600,"condition":"below","threshold":1})";
        const auto twice = parseAlertRules("[" + one + "," + one + "]", u"f"_s);
        QVERIFY2(twice.error().contains(u"rule 2 (\"a\"): field \"id\" is used"_s),
                 qPrintable(twice.error()));
    }

    void anAlertGoesThroughItsStates()
    {
        const AlertRule rule = thresholdRule();
        AlertState state;
        qint64 t = kStart;
        QVERIFY(!state.evaluate(rule, reading(t, 0.1)));
        QCOMPARE(state.state(), State::Normal);
        auto moved = state.evaluate(rule, reading(t += 60, 0.7));
        QVERIFY(moved && moved->to == State::Pending);
        QVERIFY(!state.evaluate(rule, reading(t += 60, 0.7))); // pending for 60 s of 120
        moved = state.evaluate(rule, reading(t += 60, 0.7));
        QVERIFY(moved && moved->to == State::Firing);
        QCOMPARE(moved->value, std::optional<double>(0.7)); // the value that caused it
        // Hysteresis: below the threshold but above the clear threshold, it keeps firing.
        QVERIFY(!state.evaluate(rule, reading(t += 60, 0.4)));
        QCOMPARE(state.state(), State::Firing);
        moved = state.evaluate(rule, reading(t += 60, 0.2));
        QVERIFY(moved && moved->from == State::Firing && moved->to == State::Resolved);
        moved = state.evaluate(rule, reading(t += 60, 0.2));
        QVERIFY(moved && moved->to == State::Normal);
    }

    void aBreachThatEndsBeforeItsPendingPeriodNeverFires()
    {
        const AlertRule rule = thresholdRule();
        AlertState state;
        qint64 t = kStart;
        QCOMPARE(state.evaluate(rule, reading(t += 60, 0.9))->to, State::Pending);
        QCOMPARE(state.evaluate(rule, reading(t += 60, 0.1))->to, State::Normal);
        QCOMPARE(state.evaluate(rule, reading(t += 60, 0.9))->to, State::Pending);
        QVERIFY(!state.evaluate(rule, reading(t += 60, 0.9)));
        QCOMPARE(state.state(), State::Pending);
    }

    void tooLittleVolumeIsHandledAsTheRuleSays()
    {
        AlertRule rule = thresholdRule();
        rule.pendingSeconds = 0;
        AlertState keep;
        qint64 t = kStart;
        QCOMPARE(keep.evaluate(rule, reading(t += 60, 0.9))->to, State::Firing);
        QVERIFY(!keep.evaluate(rule, reading(t += 60, 0, false))); // KeepLast: still firing
        QCOMPARE(keep.state(), State::Firing);
        rule.noData = Handling::NoData;
        QCOMPARE(keep.evaluate(rule, reading(t += 60, 0, false))->to, State::NoData);
        rule.noData = Handling::Normal;
        AlertState normal;
        QCOMPARE(normal.evaluate(rule, reading(t += 60, 0.9))->to, State::Firing);
        QCOMPARE(normal.evaluate(rule, reading(t += 60, 0, false))->to, State::Resolved);
        QCOMPARE(normal.failed(rule, t += 60)->to, State::Error); // error handling: Error
    }

    void aClockThatJumpsNeitherFiresNorForgets()
    {
        const AlertRule rule = thresholdRule();
        AlertState state;
        qint64 t = kStart;
        QCOMPARE(state.evaluate(rule, reading(t += 60, 0.9))->to, State::Pending);
        // Set back an hour: nothing happens, the pending state stays.
        QVERIFY(!state.evaluate(rule, reading(t - 3600, 0.9)));
        QCOMPARE(state.state(), State::Pending);
        // Forward a day: counts as two intervals towards the pending period (120 s here), so
        // it fires only because the breach has now lasted two evaluations' worth.
        AlertRule longer = rule;
        longer.pendingSeconds = 600;
        AlertState other;
        QCOMPARE(other.evaluate(longer, reading(t, 0.9))->to, State::Pending);
        QVERIFY(!other.evaluate(longer, reading(t + 86400, 0.9)));
        QCOMPARE(other.state(), State::Pending);
        QCOMPARE(other.pendingSeconds(), qint64(120));
    }

    void aWindowCountsExactlyWhatItsFilterSelects()
    {
        ActivityTimeline timeline;
        addCharges(timeline, kStart, 60, 3); // an hour: 3 in 10 declined
        const WindowCounts all = timeline.counts(kStart, kStart + 3600, {});
        QCOMPARE(all.charges, 60);
        QCOMPARE(all.declined, 18);
        QCOMPARE(all.taken, 42);
        RuleFilter visa;
        visa.method = u"visa"_s;
        QCOMPARE(timeline.counts(kStart, kStart + 3600, visa).charges, 30);
        RuleFilter code;
        code.declineCode = u"insufficient_funds"_s;
        const WindowCounts coded = timeline.counts(kStart, kStart + 3600, code);
        QCOMPARE(coded.declinedMatching, 6); // i % 10 == 1 of each ten: 6 in an hour
        QCOMPARE(coded.declined, 18);
        RuleFilter nobody;
        nobody.country = u"ZZ"_s;
        QCOMPARE(timeline.counts(kStart, kStart + 3600, nobody).charges, 0);
        RuleFilter usd;
        usd.currency = u"USD"_s;
        const WindowCounts money = timeline.counts(kStart, kStart + 600, usd);
        QCOMPARE(money.largest, 1009); // minutes 3–9 of the first ten are taken
        // A charge refunded later is still taken; counted once.
        analytics::Fact again;
        again.kind = analytics::Kind::Charge;
        again.sourceId = 1;
        again.id = "ch_1";
        again.at = kStart;
        again.currency = "usd";
        again.amount = 1000;
        again.outcome = analytics::Outcome::Refunded;
        timeline.apply(again);
        QCOMPARE(timeline.counts(kStart, kStart + 3600, {}).charges, 60);
        timeline.forgetBefore(kStart + 1800);
        QCOMPARE(timeline.counts(kStart, kStart + 3600, {}).charges, 30);
    }

    void aLoadInAnyOrderCountsWhatOneByOneCounts()
    {
        // Charges, then refunds and disputes between them (as a load reads them), one of them
        // twice (a newer version): the same counts as applying them one by one in time order.
        std::vector<analytics::Fact> facts;
        for (int i = 0; i < 300; ++i) {
            analytics::Fact f;
            f.kind = i % 3 == 0 ? analytics::Kind::Charge
                                : (i % 3 == 1 ? analytics::Kind::Refund : analytics::Kind::Dispute);
            f.sourceId = 1;
            f.id = "obj_" + std::to_string(i);
            f.at = kStart + (i * 7919) % 3600;
            f.currency = "usd";
            f.amount = 100 + i;
            f.outcome = i % 5 == 0 ? analytics::Outcome::Declined : analytics::Outcome::Succeeded;
            facts.push_back(f);
        }
        facts.push_back(facts[3]);
        facts.back().outcome = analytics::Outcome::Declined;
        ActivityTimeline bulk, single;
        bulk.applyAll(facts);
        for (const analytics::Fact &f : facts)
            single.apply(f);
        QCOMPARE(bulk.size(), size_t(300));
        for (qint64 from = kStart; from < kStart + 3600; from += 600) {
            const WindowCounts a = bulk.counts(from, from + 900, {});
            const WindowCounts b = single.counts(from, from + 900, {});
            QCOMPARE(a.charges, b.charges);
            QCOMPARE(a.declined, b.declined);
            QCOMPARE(a.refunds, b.refunds);
            QCOMPARE(a.disputes, b.disputes);
        }
    }

    void theMachineryIsJudgedOnItsStateNow()
    {
        // A state rule needs no window; it reads back as written.
        const auto parsed = parseAlertRules(
            R"([{"id":"lag","metric":"sync_lag_seconds","condition":"above","threshold":3600},
                {"id":"hooks","metric":"webhook_silence_seconds","condition":"above","threshold":900},
                {"id":"money","metric":"unmatched_bank_amount","filter":{"currency":"EUR"},
                 "condition":"above","threshold":0},
                {"id":"down","metric":"sources_failing","filter":{"source_id":2},
                 "condition":"above","threshold":0},
                {"id":"missing","metric":"payouts_missing","condition":"above","threshold":0}])",
            u"ops.json"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        const std::vector<AlertRule> &rules = parsed.value();
        QVERIFY(isOperational(rules[0].metric));
        QCOMPARE(parseAlertRules(alertRulesJson(rules), u"again"_s).value().size(), rules.size());

        OperationalView view;
        view.readAt = 10000;
        paydeck::store::SourceOperations one, two;
        one.sourceId = 1;
        one.lastSuccess = 10000 - 4000;
        one.webhooksConfigured = true;
        one.lastWebhook = 10000 - 1200;
        one.polledSinceWebhook = 0; // quiet: nothing happened that a webhook should have told
        two.sourceId = 2;
        two.lastSuccess = 10000 - 60;
        two.failing = true;
        view.state.sources = {one, two};
        view.state.unmatchedBank = {{u"EUR"_s, 2500, 1}, {u"USD"_s, 900, 2}};
        const auto at = [&](const AlertRule &rule, qint64 when) {
            return readOperational(rule, view, when);
        };
        Reading lag = at(rules[0], 10000);
        QVERIFY(lag.judged && lag.breached);
        QCOMPARE(*lag.value, 4000.0);                 // the least current source
        QCOMPARE(*at(rules[0], 10600).value, 4600.0); // the lag grows while nothing changes
        QVERIFY(at(rules[1], 10000).judged);
        QVERIFY(!at(rules[1], 10000).breached);
        view.state.sources[0].polledSinceWebhook = 12; // polling found what webhooks did not bring
        QVERIFY(at(rules[1], 10000).breached);
        QCOMPARE(*at(rules[2], 10000).value, 2500.0); // EUR only
        QCOMPARE(*at(rules[3], 10000).value, 1.0);    // source 2 only
        QVERIFY(at(rules[4], 10000).judged);
        QVERIFY(!at(rules[4], 10000).breached);
        // Not read (the store could not be): nothing is judged.
        QVERIFY(!readOperational(rules[0], OperationalView{}, 10000).judged);
        // And no history of it to backtest: said so, not faked.
        const Backtest none = backtestRule(rules[0], ActivityTimeline{}, 0, 100000);
        QVERIFY(!none.unavailable.isEmpty());
        QCOMPARE(none.evaluations, 0);
    }

    void aBacktestFindsABurstAgainstItsBaseline()
    {
        // Four quiet weeks (1 in 10 declined), then an hour with 6 in 10 declined.
        ActivityTimeline timeline;
        const qint64 week = 7 * 86400;
        for (int k = 4; k >= 1; --k)
            addCharges(timeline, kStart - k * week - 3600, 180, 1);
        addCharges(timeline, kStart - 3600, 60, 1);
        addCharges(timeline, kStart, 60, 6);
        addCharges(timeline, kStart + 3600, 60, 1);
        AlertRule rule = defaultAlertRules()[1]; // decline spike
        QCOMPARE(rule.id, u"decline_spike"_s);
        const Backtest result = backtestRule(rule, timeline, kStart - 3600, kStart + 7200, true);
        QCOMPARE(result.intervals.size(), size_t(1));
        QVERIFY(result.intervals[0].startedAt > kStart);
        QVERIFY(result.intervals[0].startedAt < kStart + 3600);
        QVERIFY(result.intervals[0].resolvedAt.has_value());
        QCOMPARE(result.series.size(), size_t(result.evaluations));
        QVERIFY(result.series.front().baseline.has_value());
        QVERIFY(qAbs(*result.series.front().baseline - 0.1) < 0.02);
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "test_alert_rules.moc"
