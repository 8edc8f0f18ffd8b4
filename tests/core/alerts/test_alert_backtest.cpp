// The default rules over synced sandbox history: backtested over 30 days on several seeds, they
// fire for the incidents the sandbox planted (a 90-minute decline spike, a 12-minute card-testing
// burst) and for nothing else — an ordinary day, with its usual declines, raises nothing.
#include "alerts/backtest.h"
#include "sandbox/sandbox_server.h"
#include "store/session.h"
#include "store/store_writer.h"
#include "sync/source_sync.h"
#include "test_support.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace paydeck;
using namespace paydeck::alerts;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kAnchor = 1790000000; // 2026-09-21
constexpr qint64 kDay = 86400;

QString when(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

class TestAlertBacktest : public QObject
{
    Q_OBJECT
private slots:
    void defaultRulesFireForThePlantedIncidentsOnly_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<bool>("everyKind");
        QTest::newRow("seed 21") << quint64(21) << false;
        QTest::newRow("seed 7") << quint64(7) << false;
        QTest::newRow("seed 1234") << quint64(1234) << false;
        // As `paydeck-cli sandbox --incident` plants them: one of each kind a world plants.
        QTest::newRow("every kind, seed 5") << quint64(5) << true;
        QTest::newRow("every kind, seed 77") << quint64(77) << true;
    }

    void defaultRulesFireForThePlantedIncidentsOnly()
    {
        QFETCH(quint64, seed);
        QFETCH(bool, everyKind);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"store.sqlite"_s);
        store::StoreWriter writer(path);
        QVERIFY(writer.start().ok());
        sandbox::SandboxOptions options;
        options.seed = seed;
        options.historyDays = 60; // 30 to backtest, and four weeks of baseline before them
        // The incidents alone: a fraud scenario's disputes and declines are real ones, which an
        // alert may rightly see (the fraud tests cover them).
        options.fraudRate = 0;
        options.anchor = kAnchor;
        if (everyKind) {
            const qint64 day = kAnchor - kAnchor % kDay;
            options.incidents = std::vector<sandbox::Incident>{
                {"card_testing", day - 12 * kDay + 15 * 3600, day - 12 * kDay + 15 * 3600 + 720},
                {"decline_spike", day - 10 * kDay + 14 * 3600, day - 10 * kDay + 15 * 3600 + 1800},
                {"refund_spike", day - 8 * kDay + 13 * 3600, day - 8 * kDay + 16 * 3600},
                {"dispute_wave", day - 6 * kDay + 12 * 3600, day - 6 * kDay + 18 * 3600},
                {"volume_drop", day - 4 * kDay + 13 * 3600, day - 4 * kDay + 16 * 3600},
            };
        }
        auto sandbox = test::startSandbox(dir.filePath(u"sandbox"_s), options);
        store::SourceConfig source;
        source.name = u"alerts"_s;
        source.baseUrl = sandbox->baseUrl();
        source.apiKey = u"sk_test_alerts"_s;
        source.caCertificate = sandbox->caCertificatePath();
        source.id = store::openSession(path).value()->sources().save(source).value();
        sync::SourceSync sync(source, &writer, path);
        QSignalSpy finished(&sync, &sync::SourceSync::finished);
        sync.start();
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.first().first().value<sync::SyncReport>().ok);
        writer.stop();

        const auto rules = defaultAlertRules();
        const qint64 to = kAnchor, from = kAnchor - 30 * kDay;
        auto session = store::openSession(path, store::Access::ReadOnly).value();
        ActivityTimeline timeline;
        QVERIFY(loadTimeline(*session, timeline, from - lookBack(rules), to).ok());

        const auto &incidents = sandbox->world().incidents();
        QVERIFY(!incidents.empty());
        for (const auto &incident : incidents)
            qInfo("planted %s %s – %s",
                  incident.kind.c_str(),
                  qPrintable(when(incident.from)),
                  qPrintable(when(incident.to)));
        // Which planted incident each default rule may fire for (a burst of stolen cards is
        // a decline spike too); the rest fire for none of them.
        const std::map<QString, std::set<std::string>> expected{
            {u"success_rate_drop"_s, {"decline_spike", "card_testing"}},
            {u"decline_spike"_s, {"decline_spike", "card_testing"}},
            {u"card_testing"_s, {"card_testing"}},
            {u"refund_spike"_s, {"refund_spike"}},
            {u"dispute_wave"_s, {"dispute_wave"}},
            {u"volume_drop"_s, {"volume_drop"}},
        };
        std::map<std::pair<QString, std::string>, int> found; // (rule, incident) → firings
        for (const AlertRule &rule : rules) {
            const Backtest result = backtestRule(rule, timeline, from, to, true);
            if (isOperational(rule.metric)) {
                // The machinery's rules judge its state now: no history, and said so.
                QVERIFY(!result.unavailable.isEmpty() && result.intervals.empty());
                continue;
            }
            // A rule that never judges proves nothing: each judges the busy hours at least.
            QVERIFY2(result.judged * 5 > result.evaluations || rule.metric == Metric::LargePayment,
                     qPrintable(u"%1 judged %2 of %3"_s.arg(rule.id)
                                    .arg(result.judged)
                                    .arg(result.evaluations)));
            for (const FiringInterval &fired : result.intervals) {
                const qint64 end = fired.resolvedAt.value_or(to);
                qInfo("%s fired %s – %s (score %.1f)",
                      qPrintable(rule.id),
                      qPrintable(when(fired.startedAt)),
                      qPrintable(when(end)),
                      fired.worstScore);
                // Each firing falls in a planted incident the rule is for (a window reaches
                // back: the rule sees an incident until its window has passed it).
                bool explained = false;
                for (const auto &incident : incidents) {
                    const auto kinds = expected.find(rule.id);
                    if (kinds == expected.end() || !kinds->second.count(incident.kind))
                        continue;
                    if (fired.startedAt >= incident.from
                        && fired.startedAt <= incident.to + rule.windowSeconds) {
                        explained = true;
                        ++found[{rule.id, incident.kind}];
                    }
                }
                QVERIFY2(explained,
                         qPrintable(u"%1 fired at %2 with no incident"_s.arg(
                             rule.id, when(fired.startedAt))));
                QVERIFY2(fired.resolvedAt.has_value(), qPrintable(rule.id));
                // As a live evaluator sees it (a reading only counts what happened up to its
                // moment): fired within its pending period plus two intervals of the first
                // breach, and resolved only once the breach no longer held.
                qint64 breachedSince = fired.startedAt;
                for (auto r = result.series.rbegin(); r != result.series.rend(); ++r) {
                    if (r->at > fired.startedAt)
                        continue;
                    if (!r->breached)
                        break;
                    breachedSince = r->at;
                }
                QVERIFY2(fired.startedAt - breachedSince
                             <= rule.pendingSeconds + 2 * rule.intervalSeconds,
                         qPrintable(u"%1 breached at %2, fired at %3"_s.arg(
                             rule.id, when(breachedSince), when(fired.startedAt))));
                for (const Reading &r : result.series)
                    if (r.at > fired.startedAt && r.at < *fired.resolvedAt)
                        QVERIFY2(r.holds || !r.judged,
                                 qPrintable(u"%1 stayed firing at %2"_s.arg(rule.id, when(r.at))));
            }
        }
        // Every incident is found by the rule made for it, once: no flapping.
        for (const auto &incident : incidents) {
            QVERIFY(incident.from >= from && incident.to <= to);
            const QString rule = QString::fromStdString(incident.kind);
            const int times = found[std::pair(rule, incident.kind)];
            QVERIFY2(times == 1, qPrintable(u"%1 fired %2 times"_s.arg(rule).arg(times)));
        }
    }
};

QTEST_GUILESS_MAIN(TestAlertBacktest)
#include "test_alert_backtest.moc"
