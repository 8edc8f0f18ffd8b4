// Live fraud scoring and the review queue over a real store: charges committed through the
// store's writer are scored as they land, a card-testing burst goes into the queue with its
// reasons, a restart queues nothing twice, a new rule file judges what comes next; analysts'
// assignments, decisions, notes and undos are kept with their history and audited, and two
// people deciding the same review at once cannot overwrite each other.
#include "alerts/operational_reading.h"
#include "fraud/fraud_labels.h"
#include "fraud/fraud_monitor.h"
#include "reconcile/holiday_calendar.h"
#include "store/object_repository.h"
#include "store/reconciliation_repository.h"
#include "store/session.h"
#include "store/store_writer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace paydeck;
using namespace paydeck::fraud;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1790000000;

Charge charge(const std::string &id,
              qint64 at,
              const std::string &card,
              const std::string &ip,
              qint64 amount = 4500,
              bool declined = false)
{
    Charge c;
    c.id = id;
    c.amount = amount;
    c.currency = "usd";
    c.created = at;
    c.status = declined ? "failed" : "succeeded";
    c.cardBrand = "visa";
    c.cardCountry = "US";
    c.cardLast4 = "4242";
    c.cardFingerprint = card;
    c.email = "buyer-" + card + "@example.com";
    c.metadataJson = "{\"ip\":\"" + ip + "\",\"ip_country\":\"US\"}";
    return c;
}

/// Ordinary traffic: 60 customers over the day before, each their own card and IP.
std::vector<Charge> ordinaryDay()
{
    std::vector<Charge> out;
    for (int i = 0; i < 60; ++i)
        out.push_back(charge("ch_ok" + std::to_string(i),
                             kNow - 86400 + i * 1200,
                             "fp_ok" + std::to_string(i),
                             "192.0.2." + std::to_string(i)));
    return out;
}

/// Eight cards tried from one IP within five minutes, small amounts, most declined.
std::vector<Charge> cardTestingBurst(qint64 at, const std::string &ip)
{
    std::vector<Charge> out;
    for (int i = 0; i < 8; ++i)
        out.push_back(charge("ch_burst" + std::to_string(i),
                             at + 40 * i,
                             "fp_t" + std::to_string(i),
                             ip,
                             100,
                             i < 6));
    return out;
}

store::ReviewCandidate candidate(const std::string &id, int score)
{
    store::ReviewCandidate c;
    c.sourceId = 1;
    c.charge = id;
    c.created = kNow;
    c.amount = 100;
    c.currency = "usd";
    c.score = score;
    c.action = "review";
    c.reasons = R"([{"code":"card_testing_ip","weight":0.9,"text":"7 other cards"}])";
    return c;
}

store::ReviewChange reviewChange(const std::string &charge,
                                 int version,
                                 const std::string &who,
                                 const std::string &kind,
                                 const std::string &status = {},
                                 const std::string &note = {})
{
    store::ReviewChange change;
    change.sourceId = 1;
    change.charge = charge;
    change.expectedVersion = version;
    change.who = who;
    change.kind = kind;
    change.status = status;
    change.note = note;
    return change;
}

QString reasonsText(const store::FraudReview &review)
{
    QStringList texts;
    for (const auto &reason :
         QJsonDocument::fromJson(QByteArray::fromStdString(review.reasons)).array())
        texts << reason.toObject().value(u"text"_s).toString();
    return texts.join(u"; "_s);
}

} // namespace

/// A store of its own with one source and its writer running.
struct FreshStore
{
    explicit FreshStore(const std::function<qint64(const QString &)> &addSource)
        : source(addSource(path))
    {}
    QTemporaryDir dir;
    QString path = dir.filePath(u"store.sqlite"_s);
    qint64 source;
    store::StoreWriter writer{path};
    bool started = writer.start().ok();
};

class TestFraudMonitor : public QObject
{
    Q_OBJECT
private:
    qint64 m_source = 0;

    void submit(store::StoreWriter &writer, std::vector<Charge> charges)
    {
        store::SyncBatch batch;
        batch.sourceId = m_source;
        batch.type = ObjectType::Charge;
        batch.charges = std::move(charges);
        batch.saveCursor = false;
        writer.submit(std::move(batch));
        writer.flush();
    }

    static qint64 addSource(const QString &path)
    {
        auto session = store::openSession(path).value();
        store::SourceConfig source;
        source.name = u"fraud"_s;
        source.baseUrl = u"https://127.0.0.1:1"_s;
        return session->sources().save(source, {}).value();
    }

    static void startMonitor(FraudMonitor &monitor, store::StoreWriter &writer)
    {
        QObject::connect(&writer,
                         &store::StoreWriter::committed,
                         &monitor,
                         &FraudMonitor::applyChange,
                         Qt::QueuedConnection);
        QSignalSpy ready(&monitor, &FraudMonitor::ready);
        monitor.start();
        QCOMPARE(ready.count(), 1);
    }

private slots:
    void aCardTestingBurstIsQueuedAsItLandsAndOnlyOnce()
    {
        FreshStore fresh(addSource);
        QVERIFY(fresh.started);
        const QString &path = fresh.path;
        store::StoreWriter &writer = fresh.writer;
        m_source = fresh.source;
        submit(writer, ordinaryDay());
        {
            FraudMonitor monitor(path, &writer);
            QSignalSpy failed(&monitor, &FraudMonitor::failed);
            startMonitor(monitor, writer);
            writer.flush();
            QSignalSpy queued(&monitor, &FraudMonitor::queued);
            submit(writer, cardTestingBurst(kNow, "185.220.101.47"));
            QVERIFY(queued.wait(5000));
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
            const QStringList ids = queued.last()[0].toStringList();
            QVERIFY2(ids.size() >= 4, qPrintable(ids.join(u", "_s)));
            QVERIFY(!ids.contains(u"ch_burst0"_s)); // the first try looked like anybody's
        }
        auto session = store::openSession(path, store::Access::ReadOnly).value();
        auto open = session->fraud().reviews({{"open"}, {}, 100}).value();
        QVERIFY(!open.empty());
        for (const auto &review : open)
            QVERIFY2(QString::fromStdString(review.charge).startsWith(u"ch_burst"_s),
                     review.charge.c_str()); // no ordinary customer in the queue
        QVERIFY(std::is_sorted(open.begin(), open.end(), [](const auto &a, const auto &b) {
            return a.score > b.score;
        }));
        const QString top = reasonsText(open.front());
        QVERIFY2(top.contains(u"185.220.101.47"), qPrintable(top));
        QCOMPARE(session->fraud().scoredThrough().value(), kNow + 7 * 40);
        const size_t queuedBefore = open.size();

        // Restarted: the history is replayed, nothing is queued twice.
        FraudMonitor again(path, &writer);
        QSignalSpy scored(&again, &FraudMonitor::chargesScored);
        startMonitor(again, writer);
        writer.flush();
        QCoreApplication::processEvents();
        QCOMPARE(session->fraud().reviews({{"open"}, {}, 100}).value().size(), queuedBefore);
        writer.stop();
    }

    // A backfill brings the newest page first and history after it: nothing is judged on half
    // a history; once the feed is quiet, the store is replayed in time order and the burst is
    // queued as scoring the history would have queued it.
    void aBackfillIsScoredInTimeOrderOnceItHasLanded()
    {
        FreshStore fresh(addSource);
        QVERIFY(fresh.started);
        const QString &path = fresh.path;
        store::StoreWriter &writer = fresh.writer;
        m_source = fresh.source;
        FraudMonitor monitor(path, &writer);
        startMonitor(monitor, writer);
        QSignalSpy queued(&monitor, &FraudMonitor::queued);
        QSignalSpy scored(&monitor, &FraudMonitor::chargesScored);
        submit(writer, cardTestingBurst(kNow, "185.220.101.47")); // the newest page first
        submit(writer, ordinaryDay());
        QTRY_VERIFY_WITH_TIMEOUT(!queued.isEmpty(), 10000);
        // Scored once the backfill settled, over the whole history (68 charges).
        QCOMPARE(scored.last()[0].toInt(), 68);
        for (const QString &id : queued.last()[0].toStringList())
            QVERIFY2(id.startsWith(u"ch_burst"_s), qPrintable(id));
        writer.stop();
    }

    // A busy live feed does not hold back what a backfill brought: once the history stops
    // coming it is scored within a quiet second though news keeps arriving (what arrives while
    // history waits waits with it), and a charge arriving hours late on a settled store is
    // scored too. Every charge is scored once.
    void newsDoesNotHoldBackTheHistoryNorALateCharge()
    {
        FreshStore fresh(addSource);
        QVERIFY(fresh.started);
        store::StoreWriter &writer = fresh.writer;
        m_source = fresh.source;
        FraudMonitor monitor(fresh.path, &writer);
        startMonitor(monitor, writer);
        QSignalSpy scored(&monitor, &FraudMonitor::chargesScored);
        submit(writer, ordinaryDay()); // history, on an empty tracker: it waits
        QElapsedTimer feeding;
        feeding.start();
        int news = 0;
        while (feeding.elapsed() < 4000) { // a payment every 250 ms, for four seconds
            submit(writer,
                   {charge("ch_live" + std::to_string(news),
                           kNow + news,
                           "fp_live" + std::to_string(news),
                           "198.51.100.1")});
            ++news;
            QTest::qWait(250);
        }
        int total = 0;
        bool historyScored = false;
        for (const QList<QVariant> &s : scored) {
            total += s[0].toInt();
            historyScored = historyScored || s[0].toInt() >= 60;
        }
        QVERIFY2(historyScored, "the backfill waited for the live feed to stop");
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                int sum = 0;
                for (const QList<QVariant> &s : scored)
                    sum += s[0].toInt();
                return sum;
            }(),
            60 + news,
            5000);

        // Three hours late, alone: scored after a quiet second, not before.
        const int before = int(scored.count());
        submit(writer, {charge("ch_late", kNow - 3 * 3600, "fp_late", "203.0.113.9")});
        QTest::qWait(200);
        QCOMPARE(int(scored.count()), before);
        QTRY_COMPARE_WITH_TIMEOUT(int(scored.count()), before + 1, 5000);
        QCOMPARE(scored.last()[0].toInt(), 1);
        writer.stop();
    }

    // Scoring reads only the fields chargeFacts needs, and those give the facts the whole
    // stored charge gives; later charges only (by arrival), and from a created floor.
    void scoringReadsWhatTheFactsNeed()
    {
        FreshStore fresh(addSource);
        QVERIFY(fresh.started);
        m_source = fresh.source;
        Charge full = charge("ch_full", kNow, "fp_full", "203.0.113.7", 1999, true);
        full.customer = "cus_9";
        full.riskLevel = "elevated";
        full.riskScore = 71;
        full.cardIin = "453978";
        full.description = "not read";
        submit(fresh.writer, ordinaryDay());
        submit(fresh.writer, {full});
        auto session = store::openSession(fresh.path, store::Access::ReadOnly).value();
        const auto facts = [](const ChargeFacts &f) {
            return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                .arg(QString::fromStdString(f.id + f.currency + f.cardFingerprint + f.cardLast4))
                .arg(f.created)
                .arg(f.amount)
                .arg(f.declined)
                .arg(QString::fromStdString(f.cardCountry + f.cardBin + f.email + f.customer))
                .arg(QString::fromStdString(f.ip + f.ipCountry))
                .arg(f.providerRiskScore)
                .arg(QString::fromStdString(f.providerRiskLevel))
                .arg(f.sourceId);
        };
        const ChargeFacts expected
            = chargeFacts(*session->objects().load<Charge>(m_source, "ch_full"), m_source);
        QCOMPARE(expected.cardBin, std::string("453978"));
        qint64 lastArrival = 0;
        int read = 0;
        std::optional<Charge> scanned;
        QVERIFY(session->objects()
                    .scanChargesArrivedAfter(0,
                                             std::numeric_limits<qint64>::min(),
                                             chargeFactFields(),
                                             [&](qint64 arrival, qint64, Charge &&c) {
                                                 lastArrival = std::max(lastArrival, arrival);
                                                 ++read;
                                                 if (c.id == "ch_full")
                                                     scanned = std::move(c);
                                                 return true;
                                             })
                    .ok());
        QCOMPARE(read, 61);
        QVERIFY(scanned);
        QCOMPARE(facts(chargeFacts(*scanned, m_source)), facts(expected));
        QVERIFY(scanned->description.empty()); // not a field the facts need
        std::vector<Charge> after;
        QVERIFY(session->objects()
                    .scanChargesArrivedAfter(lastArrival - 1,
                                             std::numeric_limits<qint64>::min(),
                                             {},
                                             [&](qint64, qint64, Charge &&c) {
                                                 after.push_back(std::move(c));
                                                 return true;
                                             })
                    .ok());
        QCOMPARE(after.size(), size_t(1));
        QCOMPARE(after[0].description, std::string("not read")); // all fields
        int recent = 0;
        QVERIFY(session->objects()
                    .scanChargesArrivedAfter(0,
                                             kNow - 5 * 3600,
                                             {"id"},
                                             [&](qint64, qint64, Charge &&) {
                                                 ++recent;
                                                 return true;
                                             })
                    .ok());
        QCOMPARE(recent, 1 + 3); // ch_full and the ordinary day's last three (20 min apart)
        fresh.writer.stop();
    }

    // Fraud is a metric for the alert engine: a burst blocked in the last hour fires the default
    // fraud_blocked rule; the open reviews are counted for rules of one's own.
    void whatTheRulesBlockIsAnAlertMetric()
    {
        FreshStore fresh(addSource);
        QVERIFY(fresh.started);
        const QString &path = fresh.path;
        store::StoreWriter &writer = fresh.writer;
        m_source = fresh.source;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        std::vector<Charge> day = ordinaryDay();
        for (Charge &c : day)
            c.created += now - kNow - 600;
        submit(writer, day);
        FraudMonitor monitor(path, &writer);
        startMonitor(monitor, writer);
        QSignalSpy queued(&monitor, &FraudMonitor::queued);
        submit(writer, cardTestingBurst(now - 300, "185.220.101.47"));
        QVERIFY(queued.wait(5000));
        writer.flush();
        auto session = store::openSession(path, store::Access::ReadOnly).value();
        auto view = alerts::readOperationalView(
            *session, reconcile::HolidayCalendar::withDefaults(), now);
        QVERIFY2(view.ok(), qPrintable(view.error()));
        const auto queue = session->fraud().reviews({{"open"}, {}, 1000}).value();
        QVERIFY(view.value().state.fraudBlockedLastHour > 0);
        QCOMPARE(view.value().state.openFraudReviews, qint64(queue.size()));
        // The highest score queued, and the charges queued as card testing (all of the burst's).
        int highest = 0;
        qint64 testing = 0;
        for (const auto &review : queue) {
            highest = std::max(highest, review.score);
            testing += QString::fromStdString(review.reasons).contains(u"card_testing_ip"_s);
        }
        QCOMPARE(view.value().state.fraudMaxScoreLastHour, qint64(highest));
        QVERIFY(testing > 0);
        QCOMPARE(view.value().state.cardTestingLastHour, testing);
        int found = 0;
        for (const alerts::AlertRule &rule : alerts::defaultAlertRules()) {
            if (rule.id != u"fraud_blocked"_s && rule.id != u"fraud_card_testing"_s)
                continue;
            ++found;
            const alerts::Reading reading = alerts::readOperational(rule, view.value(), now);
            QVERIFY2(reading.breached, qPrintable(rule.id));
            QCOMPARE(alerts::concernOf(rule.metric), alerts::Concern::Fraud);
        }
        QCOMPARE(found, 2);
        // "Score above X" is a rule of one's own on fraud_max_score.
        alerts::AlertRule above;
        above.metric = alerts::Metric::FraudMaxScore;
        above.condition = alerts::Condition::Above;
        above.threshold = highest - 1;
        QVERIFY(alerts::readOperational(above, view.value(), now).breached);
        above.threshold = highest;
        QVERIFY(!alerts::readOperational(above, view.value(), now).breached);

        writer.stop();
    }

    void aNewRuleFileJudgesWhatComesNext()
    {
        FreshStore fresh(addSource);
        QVERIFY(fresh.started);
        const QString &path = fresh.path;
        store::StoreWriter &writer = fresh.writer;
        m_source = fresh.source;
        submit(writer, ordinaryDay());
        FraudMonitor monitor(path, &writer);
        startMonitor(monitor, writer);
        QSignalSpy queued(&monitor, &FraudMonitor::queued);
        const QString rules = u"list watched_ips: 198.51.100.77\nblock if :ip: in @watched_ips\n"_s;
        writer.submitJob(
            [&](store::Session &s) -> Result<void> {
                auto kept = s.fraud().saveRules(rules, u"ana"_s);
                return kept ? Result<void>{} : makeError(kept.error());
            },
            {},
            store::ChangeSet::FraudRules);
        writer.flush();
        submit(writer, {charge("ch_watched", kNow + 10, "fp_ok1", "198.51.100.77")});
        QVERIFY(queued.wait(5000));
        QCOMPARE(queued.last()[0].toStringList(), QStringList{u"ch_watched"_s});
        auto session = store::openSession(path, store::Access::ReadOnly).value();
        const auto review = session->fraud().reviewsOfCharge("ch_watched").value();
        QCOMPARE(review.size(), size_t(1));
        QCOMPARE(review[0].action, std::string("block"));
        QCOMPARE(review[0].rule, std::string("block if :ip: in @watched_ips"));
        writer.stop();
    }

    // The rules say where the shop keeps the buyer's IP. A burst stored under another key shows
    // no IP, so nothing links its cards; once a rule file names the key, the history is read
    // again under it and the burst is queued with its IP.
    void theRulesSayWhereTheIpIs()
    {
        FreshStore fresh(addSource);
        QVERIFY(fresh.started);
        store::StoreWriter &writer = fresh.writer;
        m_source = fresh.source;
        const auto underClientIp = [](std::vector<Charge> charges) {
            for (Charge &c : charges)
                c.metadataJson = "{\"client_ip\"" + c.metadataJson.substr(c.metadataJson.find(':'));
            return charges;
        };
        submit(writer, underClientIp(ordinaryDay()));
        FraudMonitor monitor(fresh.path, &writer);
        QSignalSpy failed(&monitor, &FraudMonitor::failed);
        startMonitor(monitor, writer);
        QSignalSpy scored(&monitor, &FraudMonitor::chargesScored);
        QSignalSpy queued(&monitor, &FraudMonitor::queued);
        submit(writer, underClientIp(cardTestingBurst(kNow, "185.220.101.47")));
        QVERIFY(scored.wait(5000));
        QCOMPARE(scored.last()[0].toInt(), 8);
        QCOMPARE(scored.last()[1].toInt(), 0); // no IP: eight cards of eight strangers

        const QString rules = FraudRuleSet::defaultText() + u"metadata ip: client_ip\n"_s;
        writer.submitJob(
            [&](store::Session &s) -> Result<void> {
                auto kept = s.fraud().saveRules(rules, u"ana"_s);
                return kept ? Result<void>{} : makeError(kept.error());
            },
            {},
            store::ChangeSet::FraudRules);
        QVERIFY(queued.wait(5000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed[0][0].toString()));
        auto session = store::openSession(fresh.path, store::Access::ReadOnly).value();
        const auto open = session->fraud().reviews({{"open"}, {}, 100}).value();
        QVERIFY(open.size() >= 4);
        for (const auto &review : open) {
            QVERIFY2(QString::fromStdString(review.charge).startsWith(u"ch_burst"_s),
                     review.charge.c_str());
            QCOMPARE(review.ip, std::string("185.220.101.47"));
        }
        QVERIFY2(reasonsText(open.front()).contains(u"185.220.101.47"),
                 qPrintable(reasonsText(open.front())));
        writer.stop();
    }

    void decisionsAreKeptWithTheirHistoryAndAudited()
    {
        QTemporaryDir dir;
        auto session = store::openSession(dir.filePath(u"reviews.sqlite"_s)).value();
        auto &fraud = session->fraud();
        QCOMPARE(fraud.addReviews({candidate("ch_a", 90), candidate("ch_b", 70)}, kNow).value(), 2);
        QCOMPARE(fraud.addReviews({candidate("ch_a", 10)}, kNow - 5).value(), 0); // queued once
        QCOMPARE(fraud.scoredThrough().value(), kNow);                            // never back
        QCOMPARE(fraud.reviewsOfCharge("ch_a").value()[0].score, 90);

        store::ReviewChange assign = reviewChange("ch_a", 1, "ana", "assigned");
        auto assigned = fraud.changeReview(assign);
        QVERIFY2(assigned.ok(), qPrintable(assigned.error()));
        QCOMPARE(assigned.value().assignee, std::string("ana"));
        QCOMPARE(assigned.value().version, 2);
        QCOMPARE(fraud.reviews({{}, "ana", 10}).value().size(), size_t(1));

        store::ReviewChange decide
            = reviewChange("ch_a", 2, "ana", "decided", "fraudulent", "ring");
        QCOMPARE(fraud.changeReview(decide).value().status, std::string("fraudulent"));
        // Ben saw version 2 too: his approval is refused and he is told who decided what.
        store::ReviewChange late
            = reviewChange("ch_a", 2, "ben", "decided", "approved", "looks fine");
        auto refused = fraud.changeReview(late);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"ana"_s) && refused.error().contains(u"fraudulent"_s),
                 qPrintable(refused.error()));
        QCOMPARE(fraud.reviewsOfCharge("ch_a").value()[0].status, std::string("fraudulent"));

        store::ReviewChange wrong = reviewChange("ch_a", 3, "ana", "decided", "maybe");
        QVERIFY(!fraud.changeReview(wrong).ok());

        // Undo takes the decision back: open again, nobody's decision.
        store::ReviewChange undo = reviewChange("ch_a", 3, "ana", "undone");
        auto undone = fraud.changeReview(undo);
        QVERIFY2(undone.ok(), qPrintable(undone.error()));
        QCOMPARE(undone.value().status, std::string("open"));
        QVERIFY(undone.value().decidedBy.empty());
        store::ReviewChange nothing = reviewChange("ch_a", 4, "ana", "undone");
        QVERIFY(!fraud.changeReview(nothing).ok());

        // Refunded through the provider: the provider was touched, no undo.
        store::ReviewChange refund = reviewChange("ch_b", 1, "ben", "refunded", "", "card testing");
        refund.refund = "re_123";
        auto refunded = fraud.changeReview(refund);
        QCOMPARE(refunded.value().status, std::string("fraudulent"));
        QCOMPARE(refunded.value().refund, std::string("re_123"));
        store::ReviewChange undoRefund = reviewChange("ch_b", 2, "ben", "undone");
        auto kept = fraud.changeReview(undoRefund);
        QVERIFY(!kept.ok());
        QVERIFY2(kept.error().contains(u"re_123"_s), qPrintable(kept.error()));

        const auto history = fraud.reviewHistory(1, "ch_a").value();
        QCOMPARE(history.size(), size_t(3));
        QCOMPARE(history[1].statusAfter, std::string("fraudulent"));
        QCOMPARE(history[1].note, std::string("ring"));
        QCOMPARE(history[2].kind, std::string("undone"));
        const auto counts = fraud.reviewCounts().value();
        QCOMPARE(counts.size(), size_t(2));
        QCOMPARE(counts[0], std::make_pair(std::string("fraudulent"), qint64(1)));
        QCOMPARE(counts[1], std::make_pair(std::string("open"), qint64(1)));
        // The decisions are labels for backtests: fraudulent is fraud, approved is not, open
        // says nothing.
        QCOMPARE(fraud.addReviews({candidate("ch_c", 70)}, kNow).value(), 1);
        QVERIFY(fraud.changeReview(reviewChange("ch_c", 1, "ana", "decided", "approved")).ok());
        FraudLabels labels;
        QVERIFY(labels.addDecisions(*session).ok());
        QCOMPARE(labels.of("ch_b"), std::optional<bool>(true));
        QCOMPARE(labels.of("ch_c"), std::optional<bool>(false));
        QVERIFY(!labels.of("ch_a"));
        auto chain = session->reconciliation().verifyAudit();
        QVERIFY(chain.ok());
        QCOMPARE(chain.value().entries, 5); // assign, decide, undo, refund, approve (refused: none)
        QVERIFY(chain.value().intact);
    }
};

QTEST_GUILESS_MAIN(TestFraudMonitor)
#include "test_fraud_monitor.moc"
