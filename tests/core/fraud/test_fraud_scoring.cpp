#include "fraud/charge_facts.h"
#include "fraud/fraud_backtest.h"
#include "fraud/fraud_labels.h"
#include "fraud/risk_score.h"
#include "fraud/velocity.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <random>

using namespace paydeck;
using namespace paydeck::fraud;

namespace {

constexpr qint64 kT0 = 1790000000;

ChargeFacts charge(qint64 at,
                   std::string card,
                   std::string email = {},
                   std::string ip = {},
                   qint64 amount = 4500,
                   bool declined = false)
{
    static int counter = 0;
    ChargeFacts c;
    c.id = "ch_" + std::to_string(++counter);
    c.created = at;
    c.amount = amount;
    c.currency = "eur";
    c.declined = declined;
    c.cardFingerprint = std::move(card);
    c.cardLast4 = "4242";
    c.cardCountry = "DE";
    c.email = std::move(email);
    c.ip = std::move(ip);
    return c;
}

bool hasReason(const RiskAssessment &risk, const QString &code)
{
    return std::any_of(
        risk.reasons.begin(), risk.reasons.end(), [&](const Reason &r) { return r.code == code; });
}

/// Every feature, as text: two trackers agree when these do.
QString featureText(const Features &f)
{
    QStringList parts;
    for (const EntityFeatures *e : {&f.card, &f.email, &f.ip, &f.customer, &f.bin}) {
        parts << QStringLiteral("%1/%2/%3/%4")
                     .arg(e->known)
                     .arg(e->firstSeen)
                     .arg(e->total)
                     .arg(e->totalDeclines);
        for (const WindowCounts &w : e->windows)
            parts << QStringLiteral("%1,%2,%3,%4")
                         .arg(w.charges)
                         .arg(w.declines)
                         .arg(w.small)
                         .arg(w.partners);
    }
    parts << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                 .arg(f.cardNewForCustomer)
                 .arg(f.countryNewForCustomer)
                 .arg(f.customerPayments)
                 .arg(f.customerTypicalAmount)
                 .arg(f.currencyTypicalAmount)
                 .arg(f.currencyPayments)
                 .arg(f.ipCountryCharges)
                 .arg(f.ipCountryTotal);
    return parts.join(u' ');
}

QString describe(const RiskAssessment &risk)
{
    QStringList lines{QString::number(risk.score)};
    for (const Reason &r : risk.reasons)
        lines << r.code + QStringLiteral(": ") + r.text;
    return lines.join(u"; ");
}

} // namespace

class TestFraudScoring : public QObject
{
    Q_OBJECT
private slots:
    // A window of ten minutes holds what happened less than 600 s before; the charge itself is
    // never counted; every window counts its charges, declines, small amounts and partners.
    void windowsCountWhatCameBeforeAndNothingElse()
    {
        VelocityTracker tracker;
        tracker.add(charge(kT0, "fpA", "a@x.test", "10.0.0.1", 100, true));  // 900 s before
        tracker.add(charge(kT0 + 301, "fpB", "b@x.test", "10.0.0.1", 5000)); // 599 s before
        tracker.add(charge(kT0 + 300, "fpC", "c@x.test", "10.0.0.1", 150));  // exactly 600 s
        const ChargeFacts now = charge(kT0 + 900, "fpA", "d@x.test", "10.0.0.1");
        const Features f = tracker.features(now);
        QVERIFY(f.ip.known);
        QCOMPARE(f.ip.total, 3);
        QCOMPARE(f.ip.windows[TenMinutes].charges, 1);
        QCOMPARE(f.ip.windows[TenMinutes].partners, 1);
        QCOMPARE(f.ip.windows[OneHour].charges, 3);
        QCOMPARE(f.ip.windows[OneHour].declines, 1);
        QCOMPARE(f.ip.windows[OneHour].small, 2);
        QCOMPARE(f.ip.windows[OneHour].partners, 2); // fpB and fpC; fpA is this charge's own
        QCOMPARE(f.card.total, 1);                   // fpA once before; this charge is not counted
        QCOMPARE(f.card.windows[OneHour].partners, 1);
        QVERIFY(!f.email.known);
        QVERIFY(!f.customer.known); // no customer on these charges
    }

    // A charge that arrives late is placed where its time puts it: it counts for the charges
    // after it, and charges added before it but later in time do not count for it.
    void aLateChargeCountsWhereItsTimePutsIt()
    {
        VelocityTracker tracker;
        tracker.add(charge(kT0 + 100, "fp", {}, "10.0.0.2"));
        tracker.add(charge(kT0 + 300, "fp", {}, "10.0.0.2"));
        const Features late = tracker.features(charge(kT0 + 200, "fp", {}, "10.0.0.2"));
        QCOMPARE(late.ip.total, 1);
        QCOMPARE(late.ip.windows[TenMinutes].charges, 1);
        tracker.add(charge(kT0 + 200, "fp", {}, "10.0.0.2"));
        QCOMPARE(tracker.features(charge(kT0 + 301, "fp", {}, "10.0.0.2")).ip.total, 3);
        QCOMPARE(tracker.features(charge(kT0 + 250, "fp", {}, "10.0.0.2")).ip.total, 2);

        // Declines ever before a charge follow a late decline too.
        VelocityTracker declines;
        declines.add(charge(kT0 + 100, "fpD"));
        declines.add(charge(kT0 + 300, "fpD", {}, {}, 4500, true));
        declines.add(charge(kT0 + 200, "fpD", {}, {}, 4500, true)); // late
        QCOMPARE(declines.features(charge(kT0 + 301, "fpD")).card.totalDeclines, 2);
        QCOMPARE(declines.features(charge(kT0 + 250, "fpD")).card.totalDeclines, 1);
        QCOMPARE(declines.features(charge(kT0 + 150, "fpD")).card.totalDeclines, 0);
    }

    // A backfill brings the history newest first, in pages, with bursts inside one second: once
    // all of it is in, every charge's features are exactly those of scoring the history in time
    // order (where each charge sees only what was added before it) — the live monitor scores
    // what a backfill brought this way instead of replaying the store. A charge added twice
    // counts once.
    void featuresOnceTheHistoryIsInAreThoseOfTheReplay()
    {
        std::mt19937 random(7);
        std::vector<ChargeFacts> history;
        for (int i = 0; i < 3000; ++i) {
            const qint64 at = kT0 + qint64(i / 3) * 97; // three charges in each second
            ChargeFacts c = charge(at,
                                   "fp" + std::to_string(random() % 60),
                                   "m" + std::to_string(random() % 80) + "@x.test",
                                   "10.0." + std::to_string(random() % 40),
                                   qint64(50 + random() % 20000),
                                   random() % 5 == 0);
            c.customer = "cus_" + std::to_string(random() % 50);
            c.cardCountry = random() % 7 == 0 ? "BR" : "DE";
            c.cardBin = "4" + std::to_string(10000 + random() % 12);
            c.ipCountry = random() % 9 == 0 ? "NG" : "DE";
            c.sourceId = 1 + qint64(random() % 2);
            history.push_back(std::move(c));
        }
        // The replay: in moment order, each scored before it is added.
        std::vector<ChargeFacts> inOrder = history;
        std::sort(inOrder.begin(), inOrder.end(), [](const auto &a, const auto &b) {
            return momentOf(a) < momentOf(b);
        });
        VelocityTracker replay;
        std::map<std::string, QString> expected;
        for (const ChargeFacts &c : inOrder) {
            expected[c.id] = featureText(replay.features(c));
            replay.add(c);
        }
        // The backfill: pages of 100 walking back in time, shuffled within a page, and a
        // question asked half way (which sorts what came so far) before the rest comes.
        VelocityTracker backfill;
        std::vector<ChargeFacts> arriving(history.rbegin(), history.rend());
        for (size_t page = 0; page < arriving.size(); page += 100) {
            const auto begin = arriving.begin() + std::ptrdiff_t(page);
            const auto end
                = arriving.begin() + std::ptrdiff_t(std::min(page + 100, arriving.size()));
            std::shuffle(begin, end, random);
            for (auto c = begin; c != end; ++c)
                backfill.add(*c);
            if (page == 1500)
                (void)backfill.features(*begin);
        }
        // A page read twice (a bulk load's overlapping runs) counts once.
        for (size_t i = 1000; i < 1200; ++i)
            backfill.add(history[i]);
        backfill.add(history.back());
        int differing = 0;
        for (const ChargeFacts &c : history) {
            const QString got = featureText(backfill.features(c));
            if (got != expected[c.id] && ++differing <= 3)
                qWarning("%s: %s\n  replay: %s",
                         c.id.c_str(),
                         qPrintable(got),
                         qPrintable(expected[c.id]));
        }
        QCOMPARE(differing, 0);
        // And the features say something: bursts were seen.
        QVERIFY(featureText(backfill.features(inOrder.back())) != featureText(Features{}));
    }

    // Eight cards from one IP in five minutes, most declined and small: card testing, said in
    // words with the IP and the counts.
    void cardTestingFromOneIpScoresHighWithItsReason()
    {
        VelocityTracker tracker;
        ChargeFacts last;
        for (int i = 0; i < 8; ++i) {
            last = charge(kT0 + 40 * i, "fp" + std::to_string(i), {}, "185.220.101.47", 100, i < 6);
            if (i < 7)
                tracker.add(last);
        }
        const RiskAssessment risk = assessRisk(last, tracker.features(last));
        QVERIFY2(risk.score >= 80, qPrintable(describe(risk)));
        QVERIFY(hasReason(risk, u"card_testing_ip"_qs));
        QVERIFY(hasReason(risk, u"probing_ip"_qs));
        const QString top = risk.reasons.front().text;
        QVERIFY2(top.contains(u"185.220.101.47") && top.contains(u"7 other cards")
                     && top.contains(u"6 of 7 charges declined"),
                 qPrintable(top));
    }

    // Card testing spread over many IPs still shows in the card numbers: generated numbers share
    // their issuer range. Seven other cards of one BIN in ten minutes, most declined, each from
    // its own address — said with the BIN and the counts, and readable by rules.
    void cardTestingOverManyIpsShowsInItsBin()
    {
        VelocityTracker tracker;
        ChargeFacts last;
        for (int i = 0; i < 8; ++i) {
            last = charge(kT0 + 60 * i,
                          "fp" + std::to_string(i),
                          {},
                          "198.51.100." + std::to_string(i + 1),
                          2500,
                          i % 4 != 3);
            last.cardBin = "453978";
            if (i < 7)
                tracker.add(last);
        }
        // An ordinary customer of another bank in the same minutes is not touched by it.
        ChargeFacts other = charge(kT0 + 400, "fpOther", "o@x.test", "10.1.1.1");
        other.cardBin = "510510";
        tracker.add(other);

        const Features f = tracker.features(last);
        QCOMPARE(f.bin.windows[TenMinutes].partners, 7);
        QCOMPARE(f.bin.windows[TenMinutes].declines, 6);
        QCOMPARE(f.ip.windows[TenMinutes].partners, 0);
        const RiskAssessment risk = assessRisk(last, f);
        QVERIFY2(hasReason(risk, u"card_testing_bin"_qs), qPrintable(describe(risk)));
        QVERIFY(!hasReason(risk, u"card_testing_ip"_qs));
        const auto reason = std::find_if(risk.reasons.begin(), risk.reasons.end(), [](auto &r) {
            return r.code == u"card_testing_bin";
        });
        QVERIFY2(reason->text.contains(u"453978") && reason->text.contains(u"7 other cards")
                     && reason->text.contains(u"6 of 7 charges declined"),
                 qPrintable(reason->text));
        const Features ordinary = tracker.features(charge(kT0 + 500, "fpOther", "o@x.test"));
        QCOMPARE(ordinary.bin.total, 0); // no BIN on that charge: no BIN history either
        QVERIFY(!hasReason(assessRisk(other, tracker.features(other)), u"card_testing_bin"_qs));
    }

    // A regular customer paying as usual: nothing to say.
    void aRegularCustomerIsNotSuspicious()
    {
        VelocityTracker tracker;
        for (int day = 0; day < 10; ++day) {
            ChargeFacts c
                = charge(kT0 + day * 86400, "fpHome", "anna@x.test", "88.1.2.3", 4000 + day);
            c.customer = "cus_anna";
            tracker.add(c);
        }
        ChargeFacts today = charge(kT0 + 10 * 86400, "fpHome", "anna@x.test", "88.1.2.3", 4200);
        today.customer = "cus_anna";
        today.providerRiskScore = 20;
        const Features f = tracker.features(today);
        QCOMPARE(f.customerPayments, 10);
        QVERIFY(!f.cardNewForCustomer);
        QCOMPARE(f.customerTypicalAmount, 4005);
        const RiskAssessment risk = assessRisk(today, f);
        QVERIFY2(risk.score == 0 && risk.reasons.empty(), qPrintable(describe(risk)));
    }

    // A known customer suddenly on a new card from a new country, at ten times the usual amount:
    // an account taken over.
    void aKnownCustomerOnANewCardFromANewCountryLooksTakenOver()
    {
        VelocityTracker tracker;
        for (int day = 0; day < 5; ++day) {
            ChargeFacts c = charge(kT0 + day * 86400, "fpHome", "ben@x.test", "88.1.2.4", 3000);
            c.customer = "cus_ben";
            tracker.add(c);
        }
        ChargeFacts odd = charge(kT0 + 6 * 86400, "fpNew", "ben@x.test", "41.2.3.4", 30000);
        odd.customer = "cus_ben";
        odd.cardCountry = "NG";
        const Features f = tracker.features(odd);
        QVERIFY(f.cardNewForCustomer && f.countryNewForCustomer);
        const RiskAssessment risk = assessRisk(odd, f);
        QVERIFY2(hasReason(risk, u"account_takeover"_qs)
                     && hasReason(risk, u"above_customer_habit"_qs),
                 qPrintable(describe(risk)));
        QVERIFY2(risk.score >= 60, qPrintable(describe(risk)));
        QVERIFY(risk.reasons.front().weight >= risk.reasons.back().weight);
    }

    // A card, e-mail and buyer nobody has seen, paying many times what payments in that
    // currency usually are: a stolen card. Only once the account has a history to compare with.
    void aNewCardPayingFarAboveTheUsualLooksStolen()
    {
        VelocityTracker tracker;
        auto usualPayments = [&tracker](int count) {
            for (int i = 0; i < count; ++i)
                tracker.add(charge(kT0 + i * 60,
                                   "fpUsual" + std::to_string(i),
                                   "buyer" + std::to_string(i) + "@x.test",
                                   {},
                                   4000 + 10 * i));
        };
        const ChargeFacts stolen
            = charge(kT0 + 86400, "fpStolen", "thief@y.test", "41.2.3.5", 80000);
        usualPayments(10);
        QVERIFY(!hasReason(assessRisk(stolen, tracker.features(stolen)),
                           u"new_card_large_amount"_qs)); // ten payments are no "usual" yet
        usualPayments(50);
        const Features f = tracker.features(stolen);
        QCOMPARE(f.currencyPayments, qint64(60));
        QVERIFY2(f.currencyTypicalAmount > 2900 && f.currencyTypicalAmount < 5800,
                 qPrintable(QString::number(f.currencyTypicalAmount)));
        const RiskAssessment risk = assessRisk(stolen, f);
        QVERIFY2(hasReason(risk, u"new_card_large_amount"_qs), qPrintable(describe(risk)));
        QVERIFY(risk.reasons.front().text.contains(u"800.00 EUR"));
    }

    // A stolen card's second try minutes after its first is still a new card: "new" means
    // first seen less than a day ago. Later that week it is known.
    void aSessionsSecondTryIsAsNewAsItsFirst()
    {
        VelocityTracker tracker;
        for (int i = 0; i < 60; ++i)
            tracker.add(charge(kT0 + i * 60,
                               "fp" + std::to_string(i),
                               "b" + std::to_string(i) + "@x.test",
                               {},
                               4000));
        const ChargeFacts first = charge(kT0 + 86400, "fpStolen", "thief@y.test", {}, 30000, true);
        tracker.add(first);
        const ChargeFacts second = charge(kT0 + 86400 + 300, "fpStolen", "thief@y.test", {}, 30000);
        const Features f = tracker.features(second);
        QVERIFY(f.card.known && f.card.newAt(second.created));
        QVERIFY(hasReason(assessRisk(second, f), u"new_card_large_amount"_qs));
        const ChargeFacts nextWeek = charge(kT0 + 8 * 86400, "fpStolen", "thief@y.test", {}, 30000);
        QVERIFY(!tracker.features(nextWeek).card.newAt(nextWeek.created));
        QVERIFY(!hasReason(assessRisk(nextWeek, tracker.features(nextWeek)),
                           u"new_card_large_amount"_qs));
    }

    // An IP country this business almost never sees is a reason, once there is enough history to
    // say "almost never"; the countries it sees every day are not.
    void aRarelySeenIpCountryIsCalledOut()
    {
        VelocityTracker tracker;
        auto from = [](qint64 at, const char *country) {
            ChargeFacts c
                = charge(at, "fp" + std::to_string(at), {}, "ip" + std::to_string(at), 4000);
            c.ipCountry = country;
            return c;
        };
        ChargeFacts rare = from(kT0 + 86400, "NG");
        for (int i = 0; i < 400; ++i)
            tracker.add(from(kT0 + i, i % 2 ? "DE" : "FR"));
        QVERIFY(!hasReason(assessRisk(rare, tracker.features(rare)), u"rare_ip_country"_qs));
        for (int i = 400; i < 1000; ++i)
            tracker.add(from(kT0 + i, i % 2 ? "DE" : "FR"));
        const RiskAssessment risk = assessRisk(rare, tracker.features(rare));
        QVERIFY2(hasReason(risk, u"rare_ip_country"_qs), qPrintable(describe(risk)));
        QVERIFY(risk.reasons.front().text.contains(u"NG"));
        ChargeFacts usual = from(kT0 + 86400, "DE");
        QVERIFY(!hasReason(assessRisk(usual, tracker.features(usual)), u"rare_ip_country"_qs));
    }

    void precisionAndRecallCountWhatTheyShould()
    {
        Confusion c;
        QCOMPARE(c.precision(), 0.0); // nothing flagged: no evidence
        for (int i = 0; i < 8; ++i)
            c.add(true, true);
        c.add(true, false);
        c.add(true, false);
        for (int i = 0; i < 2; ++i)
            c.add(false, true);
        c.add(false, false);
        QCOMPARE(c.precision(), 0.8);
        QCOMPARE(c.recall(), 0.8);
    }

    // A label file is read whole or not at all; a later label of a charge wins.
    void labelFilesAreReadWholeOrNotAtAll()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("labels.jsonl"));
        auto write = [&](const QByteArray &text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write("{\"object\":\"charge\",\"id\":\"ch_9\"}\n"
              "{\"object\":\"fraud_label\",\"charge\":\"ch_1\",\"fraud\":true}\n\n"
              "{\"object\":\"fraud_label\",\"charge\":\"ch_2\",\"fraud\":false}\n");
        FraudLabels labels;
        labels.set("ch_2", true); // a dispute said fraud; the file knows better
        QVERIFY(labels.addFile(path).ok());
        QCOMPARE(labels.count(), 2);
        QCOMPARE(labels.of("ch_1"), std::optional<bool>(true));
        QCOMPARE(labels.of("ch_2"), std::optional<bool>(false));
        QVERIFY(!labels.of("ch_9"));
        write("{\"object\":\"fraud_label\",\"charge\":\"ch_3\",\"fraud\":true}\n"
              "{\"object\":\"fraud_label\",\"charge\":\"ch_4\",\"fra");
        const auto broken = labels.addFile(path);
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().contains(u"line 2"), qPrintable(broken.error()));
        QVERIFY(!labels.of("ch_3")); // nothing of that file
    }

    // One e-mail paying with several cards within a day, one card behind several e-mails: the
    // signs of a ring sharing stolen details.
    void sharedCardsAndEmailsAreCalledOut()
    {
        VelocityTracker tracker;
        tracker.add(charge(kT0, "fpRing1", "ring@x.test"));
        tracker.add(charge(kT0 + 600, "fpRing2", "ring@x.test"));
        tracker.add(charge(kT0 + 1200, "fpRing3", "other@x.test"));
        tracker.add(charge(kT0 + 1800, "fpRing3", "third@x.test"));
        const ChargeFacts next = charge(kT0 + 2400, "fpRing3", "ring@x.test");
        const Features f = tracker.features(next);
        QCOMPARE(f.email.windows[OneDay].partners, 2);
        QCOMPARE(f.card.windows[OneWeek].partners, 2);
        const RiskAssessment risk = assessRisk(next, f);
        QVERIFY2(hasReason(risk, u"cards_per_email"_qs) && hasReason(risk, u"emails_per_card"_qs),
                 qPrintable(describe(risk)));
        // Partners are the others: the e-mail's own earlier card is not "another card".
        const ChargeFacts again = charge(kT0 + 2500, "fpRing1", "ring@x.test");
        QCOMPARE(tracker.features(again).email.windows[OneDay].partners, 1);
        QVERIFY(!hasReason(assessRisk(again, tracker.features(again)), u"cards_per_email"_qs));
    }

    // Nothing known about a charge (no card, e-mail, IP or customer) is no reason by itself.
    void aChargeWithoutEntitiesIsScoredOnWhatItHas()
    {
        VelocityTracker tracker;
        ChargeFacts bare = charge(kT0, {});
        bare.cardLast4.clear();
        bare.cardCountry.clear();
        tracker.add(bare);
        QCOMPARE(assessRisk(bare, tracker.features(bare)).score, 0);
        bare.providerRiskScore = 90;
        bare.providerRiskLevel = "highest";
        const RiskAssessment risk = assessRisk(bare, tracker.features(bare));
        QCOMPARE(risk.score, 40);
        QVERIFY(risk.reasons.front().text.contains(u"90"));
    }

    // The facts of a stored charge: IP and its country from metadata (or none when metadata is
    // not an object), e-mail lower case, countries upper case, failed means declined.
    void factsAreReadFromAStoredCharge()
    {
        Charge stored;
        stored.id = "ch_1";
        stored.amount = 1999;
        stored.currency = "EUR";
        stored.status = "failed";
        stored.email = "Anna@Example.TEST";
        stored.cardCountry = "de";
        stored.cardFingerprint = "Xy12";
        stored.metadataJson = R"({"ip":"203.0.113.9","ip_country":"fr","order":"7"})";
        ChargeFacts facts = chargeFacts(stored, 3);
        QCOMPARE(facts.sourceId, qint64(3));
        QCOMPARE(facts.currency, std::string("eur"));
        QVERIFY(facts.declined);
        QCOMPARE(facts.email, std::string("anna@example.test"));
        QCOMPARE(facts.cardCountry, std::string("DE"));
        QCOMPARE(facts.ip, std::string("203.0.113.9"));
        QCOMPARE(facts.ipCountry, std::string("FR"));
        MetadataKeys keys;
        keys.ip = "client_ip";
        QVERIFY(chargeFacts(stored, 3, keys).ip.empty());
        for (const char *bad : {"[1,2]", "{\"ip\":7}", "{not json", "\"ip\""}) {
            stored.metadataJson = bad;
            QVERIFY2(chargeFacts(stored, 3).ip.empty(), bad);
        }
    }
};

QTEST_GUILESS_MAIN(TestFraudScoring)
#include "test_fraud_scoring.moc"
