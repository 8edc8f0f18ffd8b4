#include "providers/stripe/stripe_mapping.h"
#include "sandbox/bank_statement.h"
#include "sandbox/ledger_export.h"
#include "sandbox/packed_rows.h"
#include "sandbox/page_prefetch.h"
#include "sandbox/world.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace paydeck;
using namespace paydeck::sandbox;

namespace {

constexpr qint64 kAnchor = 1790000000; // a fixed clock keeps the test deterministic

SandboxOptions options(qint64 count = 3000)
{
    SandboxOptions o;
    o.seed = 11;
    o.historyDays = 30;
    o.backfillCount = count;
    o.anchor = kAnchor;
    return o;
}

template<typename T>
std::vector<T> walk(const World &world, ObjectType type, ListQuery query = {})
{
    query.type = type;
    query.limit = 100;
    std::vector<T> all;
    simdjson::dom::parser parser;
    for (;;) {
        const ApiAnswer answer = world.list(query);
        if (answer.status != 200)
            qFatal("list failed: %s", answer.body.c_str());
        auto page = stripe::parseListPage<T>(parser, answer.body);
        if (!page)
            qFatal("bad page: %s", qPrintable(page.error()));
        for (auto &item : page.value().data)
            all.push_back(item);
        if (!page.value().hasMore)
            break;
        query.startingAfter = all.back().id;
    }
    return all;
}

} // namespace

class TestSandboxWorld : public QObject
{
    Q_OBJECT
private slots:
    // Packed rows read back as written, whatever they hold (negative amounts, empty and long
    // text, nested fee details), also after a change that outgrows the row's room and moves it;
    // ids are found after the index has grown many times.
    void packedRowsReadBackAsWritten()
    {
        PackedRows<BalanceTransaction> rows;
        IdIndex index;
        const auto idOf = [&rows](size_t i) {
            return rows.idOf(i);
        };
        std::vector<BalanceTransaction> written;
        for (int i = 0; i < 5000; ++i) {
            BalanceTransaction bt;
            bt.id = "txn_" + std::to_string(i * 7919);
            bt.amount = i % 2 ? -qint64(i) * 1000003 : qint64(i);
            bt.currency = "eur";
            bt.fee = i;
            bt.feeDetails.push_back(FeeDetail{i, "eur", "stripe_fee", "Stripe fees", {}});
            bt.net = std::numeric_limits<qint64>::min() + i;
            bt.description = std::string(size_t(i % 300), 'x');
            bt.created = 1700000000 + i;
            rows.push(bt);
            index.insert(bt.id, i, idOf);
            written.push_back(bt);
        }
        for (int i = 0; i < 5000; i += 3) { // grows by a payout id (in place) or far more (moves)
            written[size_t(i)].payout = "po_" + std::string(size_t(i % 2 ? 20 : 400), 'p');
            rows.set(size_t(i), written[size_t(i)]);
        }
        BalanceTransaction read;
        for (size_t i = 0; i < written.size(); ++i) {
            rows.read(i, read);
            QVERIFY2(read == written[i], written[i].id.c_str());
            QCOMPARE(index.find(written[i].id, idOf), std::optional<int>(int(i)));
        }
        QCOMPARE(index.find("txn_missing", idOf), std::nullopt);
    }

    void backfillCountIsExact()
    {
        for (const qint64 count : {qint64(1), qint64(250), qint64(3000)}) {
            World world(options(count));
            world.generate(kAnchor);
            QCOMPARE(world.count(ObjectType::BalanceTransaction), count);
        }
    }

    void theSameSeedServesTheSameData()
    {
        World a(options());
        World b(options());
        a.generate(kAnchor);
        b.generate(kAnchor);
        QTemporaryDir dir;
        QVERIFY(a.writeTruth(dir.filePath("a")).ok());
        QVERIFY(b.writeTruth(dir.filePath("b")).ok());
        QFile fa(dir.filePath("a")), fb(dir.filePath("b"));
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        const QByteArray truth = fa.readAll();
        QVERIFY(truth.size() > 100000);
        QCOMPARE(truth, fb.readAll());
    }

    void paginationVisitsEveryObjectOnceNewestFirst()
    {
        World world(options());
        world.generate(kAnchor);
        const auto all = walk<BalanceTransaction>(world, ObjectType::BalanceTransaction);
        QCOMPARE(qint64(all.size()), world.count(ObjectType::BalanceTransaction));
        std::set<std::string> ids;
        for (size_t i = 0; i < all.size(); ++i) {
            QVERIFY(ids.insert(all[i].id).second);
            if (i > 0)
                QVERIFY2(all[i - 1].created >= all[i].created,
                         qPrintable(QStringLiteral("%1 %2 %3 %4 at %5")
                                        .arg(QString::fromStdString(all[i - 1].id))
                                        .arg(all[i - 1].created)
                                        .arg(QString::fromStdString(all[i].id))
                                        .arg(all[i].created)
                                        .arg(i)));
        }
    }

    void createdFiltersBoundThePages()
    {
        World world(options());
        world.generate(kAnchor);
        const auto all = walk<Charge>(world, ObjectType::Charge);
        const qint64 gte = all[all.size() / 2].created;
        ListQuery query;
        query.createdGte = gte;
        const auto recent = walk<Charge>(world, ObjectType::Charge, query);
        qint64 expected = 0;
        for (const Charge &c : all)
            expected += c.created >= gte ? 1 : 0;
        QCOMPARE(qint64(recent.size()), expected);
        for (const Charge &c : recent)
            QVERIFY(c.created >= gte);
    }

    void endingBeforePagesTowardsNewer()
    {
        World world(options());
        world.generate(kAnchor);
        const auto all = walk<Charge>(world, ObjectType::Charge);
        ListQuery query;
        query.type = ObjectType::Charge;
        query.limit = 3;
        query.endingBefore = all[10].id;
        simdjson::dom::parser parser;
        const auto page = stripe::parseListPage<Charge>(parser, world.list(query).body);
        QVERIFY(page.ok());
        QCOMPARE(page->data.size(), size_t(3));
        QCOMPARE(page->data[0].id, all[7].id);
        QCOMPARE(page->data[2].id, all[9].id);
        QVERIFY(page->hasMore);
    }

    void badParametersGetStripeErrors()
    {
        World world(options(10));
        world.generate(kAnchor);
        ListQuery query;
        query.limit = 101;
        ApiAnswer answer = world.list(query);
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.find("\"error\"") != std::string::npos);
        query.limit = 10;
        query.startingAfter = "txn_doesnotexist";
        answer = world.list(query);
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.find("No such balance_transaction") != std::string::npos);
        QCOMPARE(world.retrieve(ObjectType::Charge, "ch_nope").status, 404);
    }

    void payoutsSettleTheirBalanceTransactions()
    {
        World world(options(5000));
        world.generate(kAnchor);
        const auto bts = walk<BalanceTransaction>(world, ObjectType::BalanceTransaction);
        const auto payouts = walk<Payout>(world, ObjectType::Payout);
        QVERIFY(payouts.size() > 20);
        std::map<std::string, qint64> netByPayout;
        for (const auto &bt : bts) {
            if (!bt.payout.empty())
                netByPayout[bt.payout] += bt.net;
        }
        for (const Payout &payout : payouts) {
            QCOMPARE(netByPayout[payout.id], payout.amount);
            QVERIFY(payout.arrivalDate > payout.created);
            ListQuery query;
            query.payout = payout.id;
            const auto settled
                = walk<BalanceTransaction>(world, ObjectType::BalanceTransaction, query);
            qint64 sum = 0;
            for (const auto &bt : settled)
                sum += bt.net;
            QCOMPARE(sum, payout.amount);
        }
        // Recent activity is not paid out yet, as with a real account.
        QVERIFY(bts.front().payout.empty());
    }

    void theBusinessLooksReal()
    {
        World world(options(8000));
        world.generate(kAnchor);
        const auto charges = walk<Charge>(world, ObjectType::Charge);
        std::set<std::string> currencies, brands, countries, failureCodes, bins;
        std::map<std::string, std::set<std::string>> binsOfCard;
        qint64 failed = 0;
        for (const Charge &c : charges) {
            // Every card has an issuer range of six digits its brand's numbers start with.
            const char lead = c.cardBrand == "visa" ? '4' : c.cardBrand == "mastercard" ? '5' : 0;
            QVERIFY2(c.cardIin.size() == 6
                         && std::all_of(c.cardIin.begin(), c.cardIin.end(), ::isdigit)
                         && (lead == 0 || c.cardIin[0] == lead),
                     (c.cardBrand + " " + c.cardIin).c_str());
            bins.insert(c.cardIin);
            binsOfCard[c.cardFingerprint].insert(c.cardIin);
            currencies.insert(c.currency);
            brands.insert(c.cardBrand);
            countries.insert(c.cardCountry);
            if (c.status == "failed") {
                ++failed;
                failureCodes.insert(c.failureCode);
                QVERIFY(!c.failureMessage.empty());
                QVERIFY(c.balanceTransaction.empty());
            } else {
                QVERIFY(!c.balanceTransaction.empty());
            }
        }
        QVERIFY(currencies.size() >= 6);
        QVERIFY(currencies.count("jpy"));
        QVERIFY(brands.size() >= 4);
        QVERIFY(countries.size() >= 6);
        QVERIFY(failureCodes.size() >= 3);
        // Banks issue many cards: far fewer ranges than cards, and a card keeps its range.
        QVERIFY2(bins.size() > 20 && bins.size() * 10 < binsOfCard.size(),
                 qPrintable(
                     QStringLiteral("%1 BINs, %2 cards").arg(bins.size()).arg(binsOfCard.size())));
        QVERIFY(std::all_of(binsOfCard.begin(), binsOfCard.end(), [](const auto &card) {
            return card.second.size() == 1;
        }));
        const double declineRate = double(failed) / double(charges.size());
        QVERIFY2(declineRate > 0.03 && declineRate < 0.2, qPrintable(QString::number(declineRate)));
        QVERIFY(world.count(ObjectType::Refund) > 0);
        QVERIFY(world.count(ObjectType::Dispute) > 0);

        // Diurnal volume: the busiest hour of the day has clearly more payments than the quietest.
        int byHour[24] = {};
        for (const Charge &c : charges)
            ++byHour[(c.created % 86400) / 3600];
        const auto [low, high] = std::minmax_element(std::begin(byHour), std::end(byHour));
        QVERIFY(*high > 2 * *low);
    }

    // A page rendered ahead is handed out once, byte for byte what rendering it now gives, and
    // never after the world has changed; the store forgets the oldest pages beyond its bound.
    void pagesRenderedAheadAreServedOnlyWhileTheWorldIsUnchanged()
    {
        SandboxOptions o = options(500);
        o.ratePerMinute = 60;
        World world(o);
        world.generate(kAnchor);
        ListQuery first;
        first.type = ObjectType::Charge;
        first.limit = 100;
        const auto next = PagePrefetch::nextPage(first, world.list(first));
        QVERIFY(next);
        QCOMPARE(next->limit, 100);
        QVERIFY(!next->startingAfter.empty());

        PagePrefetch prefetch;
        prefetch.put(*next, false, world.list(*next));
        QVERIFY(!prefetch.take(*next, true, world.version())); // events are another list
        const auto ahead = prefetch.take(*next, false, world.version());
        QVERIFY(ahead);
        QCOMPARE(ahead->body, world.list(*next).body);
        QVERIFY(!prefetch.take(*next, false, world.version())); // handed out once

        prefetch.put(*next, false, world.list(*next));
        QVERIFY(world.advanceTo(kAnchor + 600));
        QVERIFY(!prefetch.take(*next, false, world.version()));

        // The last page has none after it; neither has a page read backwards.
        ListQuery last = first;
        ListQuery backwards = first;
        backwards.endingBefore = next->startingAfter;
        QVERIFY(!PagePrefetch::nextPage(backwards, world.list(backwards)));
        for (auto page = std::optional<ListQuery>(first); page;
             page = PagePrefetch::nextPage(*page, world.list(*page)))
            last = *page;
        QVERIFY(!PagePrefetch::nextPage(last, world.list(last)));

        for (int limit = 1; limit <= 70; ++limit) {
            ListQuery query = first;
            query.limit = limit;
            prefetch.put(query, false, world.list(query));
        }
        ListQuery oldest = first;
        oldest.limit = 1;
        ListQuery newest = first;
        newest.limit = 70;
        QVERIFY(!prefetch.take(oldest, false, world.version()));
        QVERIFY(prefetch.take(newest, false, world.version()));
    }

    // The fraud scenarios look like what they are, and --truth labels every charge of them.
    void fraudScenariosArePlantedAsTheyHappenAndLabelled()
    {
        SandboxOptions o = options(-1);
        o.historyDays = 150;
        World world(o);
        world.generate(kAnchor);
        QTemporaryDir dir;
        QVERIFY(world.writeTruth(dir.filePath(QStringLiteral("truth.jsonl"))).ok());
        QFile file(dir.filePath(QStringLiteral("truth.jsonl")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        std::map<std::string, Charge> charges;
        std::map<std::string, std::string> disputeReason; // by charge
        std::map<std::string, std::pair<bool, std::string>> labels;
        simdjson::dom::parser parser;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            simdjson::dom::element e = parser.parse(line.constData(), size_t(line.size()));
            const std::string_view kind = e["object"].get_string().value();
            if (kind == "charge") {
                Charge c = stripe::mapObject<Charge>(e).value();
                charges[c.id] = c;
            } else if (kind == "dispute") {
                const Dispute d = stripe::mapObject<Dispute>(e).value();
                disputeReason[d.charge] = d.reason;
            } else if (kind == "fraud_label") {
                labels[std::string(e["charge"].get_string().value())] = {
                    e["fraud"].get_bool().value(), std::string(e["scenario"].get_string().value())};
            }
        }
        std::map<std::string, std::set<std::string>> genuineCards; // per customer
        for (const auto &[id, c] : charges) {
            if (!labels.count(id))
                genuineCards[c.customer].insert(c.cardFingerprint);
        }
        std::map<std::string, int> perScenario;
        int fraudCharges = 0;
        for (const auto &[id, label] : labels) {
            QVERIFY2(charges.count(id), id.c_str());
            const Charge &c = charges.at(id);
            const auto &[fraud, scenario] = label;
            ++perScenario[scenario];
            fraudCharges += fraud;
            QCOMPARE(fraud, scenario != "friendly_fraud");
            const bool fromAbroad
                = c.metadataJson.find("\"ip\":\"203.0.113.") != std::string::npos
                  || c.metadataJson.find("\"ip\":\"198.51.100.") != std::string::npos;
            if (scenario == "stolen_card") {
                QVERIFY(!genuineCards.count(c.customer)); // a new buyer
                QVERIFY(fromAbroad);
                QVERIFY(c.metadataJson.find("\"ip_country\":\"" + c.cardCountry + "\"")
                        == std::string::npos);
            } else if (scenario == "account_takeover") {
                QVERIFY(genuineCards.count(c.customer)); // a known customer …
                QVERIFY(!genuineCards.at(c.customer).count(c.cardFingerprint)); // … a new card
                QVERIFY(fromAbroad);
            } else if (scenario == "friendly_fraud") {
                QVERIFY(!fromAbroad);
                QCOMPARE(c.status, std::string("succeeded"));
                // Disputed as fraud 20–60 days later: by the anchor if old enough.
                if (c.created < kAnchor - 60 * 86400)
                    QCOMPARE(disputeReason[id], std::string("fraudulent"));
            }
        }
        for (const char *scenario :
             {"card_testing", "stolen_card", "account_takeover", "fraud_ring", "friendly_fraud"})
            QVERIFY2(perScenario[scenario] > 0, scenario);
        // Most traffic stays clean.
        QVERIFY2(fraudCharges * 100 < int(charges.size())
                     && fraudCharges * 500 > int(charges.size()),
                 qPrintable(QStringLiteral("%1 of %2").arg(fraudCharges).arg(charges.size())));
    }

    void liveGenerationAddsPaymentsOverTime()
    {
        SandboxOptions o = options(500);
        o.ratePerMinute = 60;
        World world(o);
        world.generate(kAnchor);
        const qint64 before = world.count(ObjectType::Charge);
        QVERIFY(world.advanceTo(kAnchor + 600));
        const qint64 after = world.count(ObjectType::Charge);
        QVERIFY2(after - before > 300 && after - before < 900,
                 qPrintable(QString::number(after - before)));
    }

    void bankStatementsOfDifferentDaysAgreeOnTheirCommonLines()
    {
        // Written at every start of the embedded sandbox: a later statement must repeat the earlier
        // one's lines exactly, or importing both would book payouts twice.
        SandboxOptions o = options(4000);
        o.ratePerMinute = 5;
        World world(o);
        world.generate(kAnchor);
        const BankStatement first = makeBankStatement(world.payouts(), o.seed, world.clock());
        QVERIFY(world.advanceTo(kAnchor + 4 * 86400));
        const BankStatement later = makeBankStatement(world.payouts(), o.seed, world.clock());
        QCOMPARE(later.accounts.size(), first.accounts.size());
        int compared = 0;
        for (size_t a = 0; a < first.accounts.size(); ++a) {
            const auto &before = first.accounts[a];
            const auto &after = later.accounts[a];
            QCOMPARE(after.opening, before.opening);
            std::map<std::string, const BankLine *> byRef;
            for (const auto &line : after.lines)
                byRef[line.servicerRef] = &line;
            for (const auto &line : before.lines) {
                const auto it = byRef.find(line.servicerRef);
                QVERIFY2(it != byRef.end(), line.servicerRef.c_str());
                QCOMPARE(it->second->amount, line.amount);
                QCOMPARE(it->second->bookingDay, line.bookingDay);
                QCOMPARE(it->second->remittance, line.remittance);
                ++compared;
            }
            QVERIFY(after.lines.size() > before.lines.size() || before.lines.empty());
        }
        QVERIFY(compared > 50);
        QCOMPARE(later.expectation.missingPayout, first.expectation.missingPayout);
        QCOMPARE(later.expectation.shortPayout, first.expectation.shortPayout);
        QCOMPARE(later.expectation.duplicatedPayout, first.expectation.duplicatedPayout);
        QVERIFY(!first.expectation.missingPayout.empty());
        QVERIFY(!first.expectation.shortPayout.empty());
        QVERIFY(!first.expectation.duplicatedPayout.empty());
        QCOMPARE(first.expectation.mergedPayouts.size(), size_t(1));
    }

    void aMergedBankLineFallsInsideTheWindowOfBothPayouts()
    {
        // Whatever the seed: a bank books what it merges within three business days of the first
        // payout's arrival, the window reconciliation allows.
        for (quint64 seed = 1; seed <= 24; ++seed) {
            SandboxOptions o = options(1500);
            o.seed = seed;
            World world(o);
            world.generate(kAnchor);
            const BankStatement statement = makeBankStatement(world.payouts(), seed, world.clock());
            std::map<std::string, qint64> arrival;
            for (const auto &p : world.payouts())
                arrival[p.id] = p.arrivalDate - p.arrivalDate % 86400;
            int merged = 0;
            for (const auto &account : statement.accounts)
                for (const auto &line : account.lines) {
                    if (line.payouts.size() != 2)
                        continue;
                    ++merged;
                    for (const auto &id : line.payouts) {
                        int business = 0;
                        for (qint64 d = arrival[id] + 86400; d <= line.bookingDay; d += 86400)
                            business += QDateTime::fromSecsSinceEpoch(d, Qt::UTC).date().dayOfWeek()
                                        <= 5;
                        QVERIFY2(line.bookingDay >= arrival[id] - 86400 && business <= 3,
                                 qPrintable(QStringLiteral("seed %1: %2")
                                                .arg(seed)
                                                .arg(QString::fromStdString(id))));
                    }
                }
            QCOMPARE(merged, 1);
        }
    }

    void theLedgersPlantedDuplicateIsBookedAtTheGrossForEverySeed()
    {
        // Every order is a candidate for booking at the net; the invoice booked twice must still
        // be a duplicate of the charge's amount (it was an amount mismatch on some days).
        std::vector<std::pair<Charge, qint64>> charges;
        for (int i = 0; i < 200; ++i) {
            Charge c;
            c.id = "ch_ledger_" + std::to_string(i);
            c.amount = 10000 + i;
            c.currency = "eur";
            c.status = "succeeded";
            c.created = 1767225600 + i * 3600;
            c.customerName = "Customer " + std::to_string(i);
            c.metadataJson = "{\"order_id\":\"ORD-" + std::to_string(1000 + i) + "\"}";
            charges.emplace_back(c, c.amount - 300);
        }
        for (quint64 seed = 1; seed <= 300; ++seed) {
            const sandbox::LedgerExport ledger
                = sandbox::makeLedgerExport(charges, seed, 1768435200);
            const QString invoice = QString::fromStdString(ledger.expectation.duplicatedInvoice);
            QVERIFY(!invoice.isEmpty());
            QStringList amounts;
            for (const QByteArray &line : ledger.csv.split('\n'))
                if (line.startsWith(invoice.toUtf8() + ','))
                    amounts << QString::fromUtf8(line.split(',').at(2));
            QCOMPARE(amounts.size(), 2);
            const int index = invoice.mid(4).toInt() - 1000;
            const QString gross
                = QString::number(charges[size_t(index)].first.amount / 100) + u'.'
                  + QStringLiteral("%1").arg(
                      charges[size_t(index)].first.amount % 100, 2, 10, QLatin1Char('0'));
            QCOMPARE(amounts.first(), gross);
            QCOMPARE(amounts.last(), gross);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxWorld)
#include "test_sandbox_world.moc"
