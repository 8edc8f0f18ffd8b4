// Exchange rates: the ECB's XML formats read exactly (and refused whole when they are not),
// the TARGET calendar, exact conversion through EUR with provenance, the store keeping rates all
// or nothing, and the sandbox's feed fetched over verified HTTPS.
#include "fx/ecb_xml.h"
#include "fx/fx_fetch.h"
#include "fx/fx_import.h"
#include "fx/settlement_rate.h"
#include "fx/target_calendar.h"
#include "sandbox/fx_feed.h"
#include "sandbox/sandbox_server.h"
#include "store/fx_repository.h"
#include "store/session.h"
#include "store/sources.h"
#include "store/sync_batches.h"
#include "test_support.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace paydeck;
using namespace paydeck::fx;
using namespace Qt::StringLiterals;

namespace {

Currency currency(const char *code)
{
    return *Currency::fromCode(std::string_view(code));
}

QByteArray dailyFixture()
{
    return test::readFile(test::fixturePath(u"fx/eurofxref-daily-style.xml"_s));
}

FxTable fixtureTable()
{
    auto parsed = parseEcbXml(dailyFixture(), u"daily.xml"_s);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error()));
    FxTable table;
    table.add(parsed.value().rates);
    return table;
}

} // namespace

class TestFx : public QObject
{
    Q_OBJECT
private slots:
    void aPreparedConversionIsExactForManyAmounts()
    {
        // Many amounts at one day's rates (the analytics' hot path), against the formula
        // worked out here without the prepared factors' reduction: every rounding and sign.
        const auto reference = [](qint64 minor,
                                  int fromExponent,
                                  const fx::DecimalRate &from,
                                  int toExponent,
                                  const fx::DecimalRate &to) {
            __int128 numerator = __int128(minor) * to.mantissa;
            for (int i = 0; i < toExponent + from.scale; ++i)
                numerator *= 10;
            __int128 denominator = from.mantissa;
            for (int i = 0; i < fromExponent + to.scale; ++i)
                denominator *= 10;
            const bool negative = numerator < 0;
            const __int128 magnitude = negative ? -numerator : numerator;
            __int128 quotient = magnitude / denominator;
            if ((magnitude % denominator) * 2 >= denominator)
                ++quotient;
            if (quotient > std::numeric_limits<qint64>::max())
                return std::optional<qint64>();
            return std::optional<qint64>(negative ? -qint64(quotient) : qint64(quotient));
        };
        QRandomGenerator random(7);
        const fx::DecimalRate rates[] = {{1, 0}, {10850, 4}, {86120, 5}, {16213, 2}, {4, 0}};
        for (const auto &from : rates) {
            for (const auto &to : rates) {
                for (const int fromExponent : {0, 2, 3}) {
                    for (const int toExponent : {0, 2, 6}) {
                        const auto prepared
                            = fx::PreparedConversion::prepare(fromExponent, from, toExponent, to);
                        QVERIFY(prepared.has_value());
                        for (int i = 0; i < 300; ++i) {
                            // Everyday amounts, and amounts beyond 2^40 (the 64-bit path's edge).
                            const qint64 minor
                                = i % 10 == 9 ? qint64(random.generate64() % (quint64(1) << 50))
                                                    - (qint64(1) << 49)
                                              : qint64(random.bounded(2000000000)) - 1000000000
                                                    + (i % 3 == 0 ? 5 : 0);
                            const auto expected
                                = reference(minor, fromExponent, from, toExponent, to);
                            QCOMPARE((*prepared)(minor), expected);
                            QCOMPARE(
                                fx::convertMinorUnits(minor, fromExponent, from, toExponent, to),
                                expected);
                        }
                    }
                }
            }
        }
        QVERIFY(!fx::PreparedConversion::prepare(2, {0, 0}, 2, {1, 0}).has_value()); // rate 0
    }

    void decimalRatesAreExactAndStrict()
    {
        QCOMPARE(DecimalRate::parse(u"1.0867").value(), (DecimalRate{10867, 4}));
        QCOMPARE(DecimalRate::parse(u"0.86795").value().text(), u"0.86795"_s);
        QCOMPARE(DecimalRate::parse(u"1.0800").value().text(), u"1.0800"_s); // zeros kept
        QCOMPARE(DecimalRate::parse(u"162").value(), (DecimalRate{162, 0}));
        QCOMPARE(DecimalRate::parse(u" 0.5 ").value().text(), u"0.5"_s);
        for (const auto *bad : {u"",
                                u"0",
                                u"0.0000",
                                u"-1.2",
                                u"+1.2",
                                u"1e3",
                                u"abc",
                                u"1,23",
                                u"1.",
                                u".5",
                                u"1.2.3",
                                u"N/A",
                                u"1234567890123.5",
                                u"NaN",
                                u"inf"})
            QVERIFY2(!DecimalRate::parse(QStringView(bad)), qPrintable(QString::fromUtf16(bad)));
    }

    void theTargetCalendarKnowsItsClosingDays()
    {
        QCOMPARE(easterSunday(2026), QDate(2026, 4, 5));
        QCOMPARE(easterSunday(2024), QDate(2024, 3, 31));
        QCOMPARE(easterSunday(2000), QDate(2000, 4, 23));
        for (const QDate closed : {QDate(2026, 4, 3),    // Good Friday
                                   QDate(2026, 4, 6),    // Easter Monday
                                   QDate(2026, 5, 1),    // Labour Day
                                   QDate(2026, 12, 25),  // Christmas
                                   QDate(2026, 12, 26),  // (a Saturday anyway)
                                   QDate(2027, 1, 1),    // New Year
                                   QDate(2026, 11, 28),  // Saturday
                                   QDate(2026, 11, 29)}) // Sunday
            QVERIFY2(isTargetClosingDay(closed), qPrintable(closed.toString(Qt::ISODate)));
        for (const QDate open : {QDate(2026, 11, 27),
                                 QDate(2026, 4, 2),
                                 QDate(2026, 4, 7),
                                 QDate(2026, 12, 24),
                                 QDate(2026, 12, 31)})
            QVERIFY2(!isTargetClosingDay(open), qPrintable(open.toString(Qt::ISODate)));
    }

    void anEcbFileIsReadExactly()
    {
        auto parsed = parseEcbXml(dailyFixture(), u"daily.xml"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        const EcbFile &file = parsed.value();
        QCOMPARE(file.rates.size(), size_t(12));
        QCOMPARE(file.firstDay, QDate(2026, 11, 25));
        QCOMPARE(file.lastDay, QDate(2026, 11, 26));
        const ExchangeRate &first = file.rates.front();
        QCOMPARE(first.currency, u"USD"_s);
        QCOMPARE(first.day, QDate(2026, 11, 26));
        QCOMPARE(first.perEuro.text(), u"1.0891"_s);
        QCOMPARE(first.source, u"ECB"_s);
        QCOMPARE(first.origin, u"daily.xml"_s);
        QCOMPARE(file.rates[2].perEuro.text(), u"0.86795"_s);

        // The ECB's history lists currencies ISO 4217 has since withdrawn: skipped, and said so.
        auto legacy = parseEcbXml(
            test::readFile(test::fixturePath(u"fx/eurofxref-hist-legacy.xml"_s)), u"hist.xml"_s);
        QVERIFY2(legacy.ok(), qPrintable(legacy.error()));
        QCOMPARE(legacy.value().rates.size(), size_t(1));
        QCOMPARE(legacy.value().withdrawnCurrencies, (QStringList{u"CYP"_s, u"MTL"_s, u"SKK"_s}));
    }

    void whatTheSandboxWritesReadsBackTheSame()
    {
        const auto rates = sandbox::sandboxRates(7, QDate(2026, 3, 30), QDate(2026, 4, 10));
        QVERIFY(!rates.empty());
        for (const ExchangeRate &rate : rates)
            QVERIFY2(!isTargetClosingDay(rate.day), qPrintable(rate.day.toString(Qt::ISODate)));
        // The same seed gives the same rates whatever range is asked for.
        const auto longer = sandbox::sandboxRates(7, QDate(2026, 1, 1), QDate(2026, 4, 10));
        QCOMPARE(longer.back(), rates.back());
        auto parsed = parseEcbXml(writeEcbXml(rates), u"feed"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed.value().rates.size(), rates.size());
        for (const ExchangeRate &rate : parsed.value().rates) {
            QCOMPARE(rate.source, u"Sandbox"_s); // never passed off as the ECB's
            const auto same = std::find_if(rates.begin(), rates.end(), [&](const ExchangeRate &r) {
                return r.currency == rate.currency && r.day == rate.day;
            });
            QVERIFY(same != rates.end());
            QCOMPARE(same->perEuro, rate.perEuro);
        }
    }

    void badFilesAreRefusedNamingFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected");
        const QByteArray good = dailyFixture();
        const auto replaced = [&](const char *from, const char *to) {
            QByteArray copy = good;
            return copy.replace(from, to);
        };
        QTest::newRow("zero rate") << replaced("'1.0891'", "'0'") << u"line 9"_s;
        QTest::newRow("negative rate") << replaced("'1.0891'", "'-1.0891'") << u"line 9"_s;
        QTest::newRow("not a number") << replaced("'162.41'", "'n/a'") << u"line 10"_s;
        QTest::newRow("unknown currency") << replaced("'GBP'", "'XYZ'") << u"\"XYZ\""_s;
        QTest::newRow("a date that is not one")
            << replaced("2026-11-25", "2026-13-25") << u"line 16"_s;
        QTest::newRow("two rates, one day") << replaced("<Cube currency='JPY' rate='161.98'/>",
                                                        "<Cube currency='USD' rate='1.1000'/>")
                                            << u"USD has two rates on 2026-11-25"_s;
        QTest::newRow("truncated") << good.left(good.size() * 2 / 3) << u"truncated"_s;
        QTest::newRow("malformed") << replaced("</Cube>", "</Cub>") << u"daily.xml, line"_s;
        QTest::newRow("another format: camt")
            << QByteArray("<?xml version=\"1.0\"?><Document "
                          "xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"/>")
            << u"not <gesmes:Envelope>"_s;
        QTest::newRow("another format: CSV")
            << QByteArray("Date, USD, JPY,\n26 November 2026, 1.0891, 162.41,\n") << u"daily.xml"_s;
        QTest::newRow("empty") << QByteArray() << u"daily.xml"_s;
        QTest::newRow("no rates") << QByteArray(
            "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" "
            "xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">"
            "<Cube></Cube></gesmes:Envelope>")
                                  << u"contains no exchange rates"_s;
        QTest::newRow("a rate outside a day")
            << replaced("<Cube time='2026-11-26'>", "<Cube>") << u"outside a day"_s;
    }

    void badFilesAreRefusedNamingFileAndLine()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        auto parsed = parseEcbXml(xml, u"daily.xml"_s);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(u"daily.xml"), qPrintable(parsed.error()));
        QVERIFY2(parsed.error().contains(expected), qPrintable(parsed.error()));
    }

    void everyCutOfAFileIsRefusedOrReadWhole()
    {
        const QByteArray good = dailyFixture();
        for (qsizetype cut = 0; cut < good.size() - 20; ++cut) {
            auto parsed = parseEcbXml(good.left(cut), u"cut.xml"_s);
            QVERIFY2(!parsed.ok(), qPrintable(u"cut at %1 was accepted"_s.arg(cut)));
        }
    }

    void conversionIsExactThroughEuroAndRoundsOnce()
    {
        // 100.00 USD at 1.0891 USD/EUR = 91.818933… EUR → 91.82
        QCOMPARE(convertMinorUnits(10000, 2, {10891, 4}, 2, {1, 0}), 9182);
        // 100.00 USD → JPY at 162.41: 14912.33… → 14912 (no minor unit)
        QCOMPARE(convertMinorUnits(10000, 2, {10891, 4}, 0, {16241, 2}), 14912);
        // Half away from zero, both signs: 0.05 EUR at 1.5 → 0.075 → 0.08 / -0.08.
        QCOMPARE(convertMinorUnits(5, 2, {1, 0}, 2, {15, 1}), 8);
        QCOMPARE(convertMinorUnits(-5, 2, {1, 0}, 2, {15, 1}), -8);
        // Three-decimal currencies keep their third digit: 1.000 EUR at 0.4101 → 0.410 (BHD).
        QCOMPARE(convertMinorUnits(100, 2, {1, 0}, 3, {4101, 4}), 410);
        // Round-trip drift comes only from the one final rounding per conversion.
        QCOMPARE(convertMinorUnits(9182, 2, {1, 0}, 2, {10891, 4}), 10000);
        // What cannot fit is refused, not wrapped.
        QVERIFY(!convertMinorUnits(std::numeric_limits<qint64>::max(), 0, {1, 0}, 4, {9999, 0}));

        const FxTable table = fixtureTable();
        const auto usd
            = table.convert(Money(10000, currency("USD")), currency("EUR"), QDate(2026, 11, 26));
        QVERIFY(usd.has_value());
        QCOMPARE(usd->amount.minorUnits(), 9182);
        QVERIFY(!usd->usesEarlierRate());
        QCOMPARE(usd->explain(), u"1 USD = 0.9182 EUR, ECB 2026-11-26"_s);
        const auto cross
            = table.convert(Money(10000, currency("GBP")), currency("CHF"), QDate(2026, 11, 25));
        QVERIFY(cross.has_value());
        // 100 GBP / 0.86710 × 0.9422 = 108.660… CHF
        QCOMPARE(cross->amount.minorUnits(), 10866);
        QCOMPARE(cross->explain(), u"1 GBP = 1.0866 CHF, ECB 2026-11-25"_s);
        // EUR to EUR needs no rate; neither does a currency to itself.
        QCOMPARE(table.convert(Money(123, currency("EUR")), currency("EUR"), QDate(2001, 1, 1))
                     ->amount.minorUnits(),
                 123);
    }

    void aDayWithoutRatesUsesTheLastPublishedAndSaysSo()
    {
        const FxTable table = fixtureTable();
        const QDate saturday(2026, 11, 28);
        const auto rate = table.rateOn(u"USD"_s, saturday);
        QVERIFY(rate.has_value());
        QCOMPARE(rate->publishedFor, QDate(2026, 11, 26)); // Friday the 27th: not in the file
        const auto converted
            = table.convert(Money(10000, currency("USD")), currency("EUR"), saturday);
        QVERIFY(converted->usesEarlierRate());
        QVERIFY2(converted->explain().contains(u"ECB 2026-11-26"),
                 qPrintable(converted->explain()));
        QVERIFY2(converted->explain().contains(u"2026-11-28"), qPrintable(converted->explain()));
        // Too long ago is no rate at all; so is a day before the first rate, and BHD (the ECB
        // does not publish it): never a conversion at 1, never a silent zero.
        QVERIFY(!table.rateOn(u"USD"_s, QDate(2026, 12, 10)));
        QVERIFY(!table.rateOn(u"USD"_s, QDate(2026, 11, 24)));
        QVERIFY(!table.convert(Money(100, currency("BHD")), currency("EUR"), QDate(2026, 11, 26)));
        QVERIFY(!table.convert(Money(100, currency("EUR")), currency("BHD"), QDate(2026, 11, 26)));
    }

    void theStoreKeepsRatesAllOrNothing()
    {
        QTemporaryDir dir;
        auto session = store::openSession(dir.filePath(u"store.sqlite"_s)).value();
        auto imported = importEcbRates(*session, dailyFixture(), u"/tmp/daily.xml"_s);
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported.value().added, 12);
        QCOMPARE(imported.value().currencies.size(), 6);
        // The same file again changes nothing; a corrected rate is counted as such.
        QCOMPARE(importEcbRates(*session, dailyFixture(), u"/tmp/daily.xml"_s).value().unchanged,
                 12);
        QByteArray corrected = dailyFixture();
        corrected.replace("'1.0891'", "'1.0893'");
        const auto again = importEcbRates(*session, corrected, u"/tmp/corrected.xml"_s).value();
        QCOMPARE(again.changed, 1);
        QCOMPARE(again.unchanged, 11);

        // A broken file leaves the table exactly as it was.
        const auto before = session->fx().allRates().value();
        QByteArray broken = dailyFixture();
        broken.replace("'0.9422'", "'-0.9422'"); // the last day's CHF: after 10 good rates
        auto refused = importEcbRates(*session, broken, u"/tmp/broken.xml"_s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(u"/tmp/broken.xml, line 20"),
                 qPrintable(refused.error()));
        QCOMPARE(session->fx().allRates().value(), before);

        auto table = loadFxTable(*session);
        QVERIFY(table.ok());
        const auto usd = table.value().rateOn(u"USD"_s, QDate(2026, 11, 26));
        QCOMPARE(usd->perEuro.text(), u"1.0893"_s);
        QCOMPARE(usd->origin, u"/tmp/corrected.xml"_s);
    }

    void providerRatesAreRoundedAndInvertedExactly()
    {
        // Stripe sends as many digits as a double prints: rounded half up to 12 significant.
        QCOMPARE(roundedDecimal(u"0.9174311926605505")->text(), u"0.917431192661"_s);
        QCOMPARE(roundedDecimal(u"1.2340")->text(), u"1.234"_s);
        QCOMPARE(roundedDecimal(u"162")->text(), u"162"_s);
        for (const auto &bad : {u"0"_s, u"-1.2"_s, u"1e3"_s, u"abc"_s, u""_s, u"1."_s, u".5"_s})
            QVERIFY2(!roundedDecimal(bad), qPrintable(bad));
        // 1 / rate to 10 significant digits: 1/1.234 = 0.81037277147…; 1/0.92 = 1.0869565217…
        QCOMPARE(inverse(*roundedDecimal(u"1.234")).text(), u"0.8103727715"_s);
        QCOMPARE(inverse(*roundedDecimal(u"0.92")).text(), u"1.086956522"_s);
        QCOMPARE(inverse(*roundedDecimal(u"0.0061")).text(), u"163.9344262"_s);
        QCOMPARE(inverse(*roundedDecimal(u"0.917431192661")).text(), u"1.09"_s);
        QCOMPARE(inverse(*roundedDecimal(u"4")).text(), u"0.25"_s);
    }

    void settlementsInOrOutOfEuroAreRates()
    {
        const qint64 day = QDateTime(QDate(2026, 10, 5), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const std::vector<Settlement> settlements{
            {u"usd"_s, u"eur"_s, u"0.95"_s, day + 3600, u"txn_early"_s},
            {u"usd"_s, u"eur"_s, u"0.92"_s, day + 7200, u"txn_late"_s}, // the day's last
            {u"eur"_s, u"gbp"_s, u"0.8612"_s, day + 60, u"txn_gbp"_s},
            {u"cad"_s, u"usd"_s, u"0.73"_s, day, u"txn_cross"_s}, // no EUR side: no rate
            {u"jpy"_s, u"eur"_s, u"0"_s, day, u"txn_zero"_s},
            {u"chf"_s, u"eur"_s, u"n/a"_s, day, u"txn_text"_s},
            {u"eur"_s, u"eur"_s, u"1"_s, day, u"txn_same"_s},
        };
        const auto rates = perEuroRates(settlements, u"Stripe"_s);
        QCOMPARE(rates.size(), size_t(2));
        QCOMPARE(rates[0].currency, u"GBP"_s);
        QCOMPARE(rates[0].perEuro.text(), u"0.8612"_s);
        QCOMPARE(rates[1].currency, u"USD"_s);
        QCOMPARE(rates[1].perEuro.text(), u"1.086956522"_s); // 1 / 0.92
        QCOMPARE(rates[1].day, QDate(2026, 10, 5));
        QCOMPARE(rates[1].source, u"Stripe"_s);
        QVERIFY2(rates[1].origin.contains(u"txn_late"), qPrintable(rates[1].origin));
    }

    void theStoreSettlementsFillInWhereTheEcbIsSilent()
    {
        QTemporaryDir dir;
        auto session = store::openSession(dir.filePath(u"store.sqlite"_s)).value();
        store::SourceConfig config;
        config.name = u"stripe"_s;
        config.baseUrl = u"https://127.0.0.1:1"_s;
        const qint64 source = session->sources().save(config, {}).value();
        const qint64 oct5 = QDateTime(QDate(2026, 10, 5), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        const qint64 nov26
            = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
        store::SyncBatch charges;
        charges.sourceId = source;
        charges.type = ObjectType::Charge;
        store::SyncBatch settled;
        settled.sourceId = source;
        settled.type = ObjectType::BalanceTransaction;
        const auto add = [&](const char *charge,
                             const char *currency,
                             qint64 at,
                             const char *txn,
                             const char *settledIn,
                             const char *rate) {
            Charge c;
            c.id = charge;
            c.amount = 10000;
            c.currency = currency;
            c.status = "succeeded";
            c.created = at;
            charges.charges.push_back(c);
            BalanceTransaction bt;
            bt.id = txn;
            bt.amount = 9200;
            bt.currency = settledIn;
            bt.net = 9200;
            bt.type = "charge";
            bt.reportingCategory = "charge";
            bt.created = at;
            bt.source = charge;
            bt.exchangeRate = rate;
            settled.balanceTransactions.push_back(bt);
        };
        add("ch_1", "usd", oct5, "txn_1", "eur", "0.92");
        add("ch_2", "usd", nov26, "txn_2", "eur", "0.92");
        add("ch_3", "usd", nov26, "txn_3", "usd", ""); // no conversion: no rate
        const auto outcomes = session->syncBatches().storeGroup({charges, settled});
        for (const auto &outcome : outcomes)
            QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(session->fx().settlements().value().size(), size_t(2));

        auto table = loadFxTable(*session).value();
        const auto october = table.rateOn(u"USD"_s, QDate(2026, 10, 5));
        QVERIFY(october.has_value());
        QCOMPARE(october->source, u"Stripe"_s);
        QCOMPARE(october->perEuro.text(), u"1.086956522"_s);
        const auto converted
            = table.convert(Money(10000, currency("USD")), currency("EUR"), QDate(2026, 10, 5));
        QVERIFY(converted.has_value());
        QCOMPARE(converted->amount.minorUnits(), 9200); // what Stripe itself settled
        QVERIFY2(converted->explain().contains(u"Stripe 2026-10-05"),
                 qPrintable(converted->explain()));
        // Where the ECB published, its reference rate is the one reported.
        QVERIFY(importEcbRates(*session, dailyFixture(), u"/tmp/daily.xml"_s).ok());
        table = loadFxTable(*session).value();
        QCOMPARE(table.rateOn(u"USD"_s, QDate(2026, 11, 26))->source, u"ECB"_s);
        QCOMPARE(table.rateOn(u"USD"_s, QDate(2026, 10, 5))->source, u"Stripe"_s);
    }

    void theSandboxServesItsFeedOverVerifiedHttps()
    {
        QTemporaryDir dir;
        sandbox::SandboxServerOptions options;
        options.world.historyDays = 20;
        options.world.backfillCount = 50;
        options.certificateDirectory = dir.filePath(u"certs"_s);
        sandbox::SandboxServer server;
        QVERIFY(server.start(options).ok());
        QNetworkAccessManager network;
        std::optional<Result<QByteArray>> body;
        fetchRatesFile(network,
                       QUrl(server.baseUrl() + u"/fx/eurofxref-hist.xml"_s),
                       server.caCertificatePath(),
                       [&](Result<QByteArray> fetched) { body = std::move(fetched); });
        QTRY_VERIFY_WITH_TIMEOUT(body.has_value(), 20000);
        QVERIFY2(body->ok(), qPrintable(body->error()));
        auto parsed = parseEcbXml(body->value(), u"feed"_s);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QVERIFY(parsed.value().lastDay.daysTo(QDate::currentDate()) <= 4);
        QVERIFY(parsed.value().firstDay.daysTo(parsed.value().lastDay) >= 20);

        // Without the sandbox's CA the certificate is not trusted: no rates, a clear reason.
        // (A fresh network manager: the first one keeps its verified connection alive.)
        QNetworkAccessManager fresh;
        std::optional<Result<QByteArray>> untrusted;
        fetchRatesFile(fresh,
                       QUrl(server.baseUrl() + u"/fx/eurofxref-daily.xml"_s),
                       QString(),
                       [&](Result<QByteArray> fetched) { untrusted = std::move(fetched); });
        QTRY_VERIFY_WITH_TIMEOUT(untrusted.has_value(), 20000);
        QVERIFY(!untrusted->ok());
        QVERIFY2(untrusted->error().contains(u"certificate"), qPrintable(untrusted->error()));
        // Only https:// is asked.
        std::optional<Result<QByteArray>> plain;
        fetchRatesFile(network,
                       QUrl(u"http://127.0.0.1:1/x.xml"_s),
                       QString(),
                       [&](Result<QByteArray> fetched) { plain = std::move(fetched); });
        QVERIFY(plain.has_value() && !plain->ok());
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestFx)
#include "test_fx.moc"
