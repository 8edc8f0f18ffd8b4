#include "providers/stripe/stripe_mapping.h"
#include "sandbox/stripe_serializer.h"
#include "test_support.h"

#include <QTest>

using namespace paydeck;
using namespace Qt::StringLiterals;

namespace {

simdjson::dom::element
resource(simdjson::dom::parser &parser, const QByteArray &json, const char *name)
{
    simdjson::dom::element root = parser.parse(json.constData(), size_t(json.size()));
    return root[name];
}

} // namespace

class TestStripeMapping : public QObject
{
    Q_OBJECT
private slots:
    void sharedFixtures_data()
    {
        PAYDECK_REQUIRE_SAMPLES();
        QTest::addColumn<QString>("file");
        QTest::newRow("openapi head 2026-07-29") << "stripe/fixtures_openapi_head_2026-07-29.json";
        QTest::newRow("openapi 2023-09-12") << "stripe/fixtures_openapi_2023-09-12.json";
    }
    void sharedFixtures()
    {
        QFETCH(QString, file);
        const QByteArray json = test::readFile(test::samplePath(file));
        simdjson::dom::parser parser;

        const auto bt
            = stripe::mapObject<BalanceTransaction>(resource(parser, json, "balance_transaction"));
        QVERIFY2(bt.ok(), qPrintable(bt.error()));
        QVERIFY(bt->id.rfind("txn_", 0) == 0);
        QCOMPARE(bt->amount, 100);
        QCOMPARE(bt->currency, std::string("usd"));
        QCOMPARE(bt->net, 100);
        QCOMPARE(bt->type, std::string("charge"));
        QCOMPARE(bt->reportingCategory, std::string("charge"));
        QVERIFY(bt->source.rfind("ch_", 0) == 0);
        QCOMPARE(bt->created, 1234567890);
        QVERIFY(bt->exchangeRate.empty()); // null

        const auto charge = stripe::mapObject<Charge>(resource(parser, json, "charge"));
        QVERIFY2(charge.ok(), qPrintable(charge.error()));
        QVERIFY(charge->id.rfind("ch_", 0) == 0);
        QCOMPARE(charge->amount, 100);
        QCOMPARE(charge->customerName, std::string("Jenny Rosen"));
        QVERIFY(charge->balanceTransaction.rfind("txn_", 0) == 0);
        QVERIFY(!charge->status.empty());

        const auto refund = stripe::mapObject<Refund>(resource(parser, json, "refund"));
        QVERIFY2(refund.ok(), qPrintable(refund.error()));
        QCOMPARE(refund->status, std::string("succeeded"));
        QVERIFY(refund->balanceTransaction.empty()); // null in the fixture

        const auto payout = stripe::mapObject<Payout>(resource(parser, json, "payout"));
        QVERIFY2(payout.ok(), qPrintable(payout.error()));
        QCOMPARE(payout->amount, 1100);
        QCOMPARE(payout->description, std::string("STRIPE PAYOUT"));
        QVERIFY(payout->destination.rfind("ba_", 0) == 0);
        QVERIFY(payout->automatic);

        const auto dispute = stripe::mapObject<Dispute>(resource(parser, json, "dispute"));
        QVERIFY2(dispute.ok(), qPrintable(dispute.error()));
        QCOMPARE(dispute->amount, 1000);
        QVERIFY(dispute->charge.rfind("ch_", 0) == 0);
        QVERIFY(dispute->balanceTransactions.empty());
    }

    void ownFixtureObjectsMapWithTheirValues()
    {
        // Hand-written objects in the API's shape: nested, null and unknown fields, an expanded
        // balance transaction, a dispute carrying its balance transactions.
        const QByteArray json = test::readFile(test::fixturePath(u"stripe/objects.json"_s));
        simdjson::dom::parser parser;
        const auto bt
            = stripe::mapObject<BalanceTransaction>(resource(parser, json, "balance_transaction"));
        QVERIFY2(bt.ok(), qPrintable(bt.error()));
        QCOMPARE(bt->amount, 5305);
        QCOMPARE(bt->fee, 189);
        QCOMPARE(bt->net, 5116);
        QCOMPARE(bt->currency, std::string("eur"));
        QCOMPARE(bt->source, std::string("ch_1PdkFixtureCh0001"));
        QCOMPARE(bt->reportingCategory, std::string("charge"));
        QVERIFY(!bt->exchangeRate.empty());

        const auto charge = stripe::mapObject<Charge>(resource(parser, json, "charge"));
        QVERIFY2(charge.ok(), qPrintable(charge.error()));
        QCOMPARE(charge->balanceTransaction, std::string("txn_1PdkFixtureBt0001"));
        QCOMPARE(charge->customerName, std::string("Emma Schmidt"));
        QCOMPARE(charge->amountRefunded, 1000);
        QCOMPARE(charge->status, std::string("succeeded"));

        const auto refund = stripe::mapObject<Refund>(resource(parser, json, "refund"));
        QVERIFY2(refund.ok(), qPrintable(refund.error()));
        QCOMPARE(refund->charge, std::string("ch_1PdkFixtureCh0001"));
        QCOMPARE(refund->balanceTransaction, std::string("txn_1PdkFixtureBt0002"));

        const auto payout = stripe::mapObject<Payout>(resource(parser, json, "payout"));
        QVERIFY2(payout.ok(), qPrintable(payout.error()));
        QCOMPARE(payout->amount, 412034);
        QCOMPARE(payout->arrivalDate, 1764806400);
        QCOMPARE(payout->status, std::string("paid"));

        const auto dispute = stripe::mapObject<Dispute>(resource(parser, json, "dispute"));
        QVERIFY2(dispute.ok(), qPrintable(dispute.error()));
        QCOMPARE(dispute->amount, 4305);
        QCOMPARE(dispute->reason, std::string("fraudulent"));
        QCOMPARE(dispute->balanceTransactions.size(), size_t(1));
    }

    void expandedSourceUnknownFieldsAndNewEnumValuesAreAccepted()
    {
        const QByteArray json = R"({"id":"txn_1","object":"balance_transaction","amount":-500,
            "currency":"eur","fee":0,"net":-500,"created":1700000000,"available_on":1700000000,
            "type":"climate_order_purchase","reporting_category":"something_new",
            "status":"available","fee_details":[],"source":{"id":"re_9","object":"refund"},
            "brand_new_field":{"nested":[1,2,{"x":null}]},"description":null})";
        simdjson::dom::parser parser;
        const auto bt = stripe::mapObject<BalanceTransaction>(
            parser.parse(json.constData(), size_t(json.size())));
        QVERIFY2(bt.ok(), qPrintable(bt.error()));
        QCOMPARE(bt->source, std::string("re_9"));
        QCOMPARE(bt->type, std::string("climate_order_purchase"));
        QCOMPARE(bt->amount, -500);
    }

    // The fields are found by one walk over the object's keys (FieldLocations): an alternative
    // path is a fallback for a null or absent first one, a nested field under a parent that is not
    // an object is absent, the first of a repeated key wins, keys in any order.
    void fieldsAreFoundWhereverTheObjectPutsThem()
    {
        const QByteArray json = R"({"billing_details":{"email":null,"name":"Ada"},
            "outcome":"not an object","status":"succeeded","status":"failed",
            "receipt_email":"ada@example.com","payment_method_details":{"type":"card",
            "card":{"last4":"4242","fingerprint":"fp1"}},"currency":"eur","created":7,
            "amount":500,"id":"ch_1","metadata":{"ip":"192.0.2.1"}})";
        simdjson::dom::parser parser;
        const auto charge = stripe::mapObject<Charge>(parser.parse(json.constData(), json.size()));
        QVERIFY2(charge.ok(), qPrintable(charge.error()));
        QCOMPARE(charge->email, std::string("ada@example.com"));
        QCOMPARE(charge->customerName, std::string("Ada"));
        QCOMPARE(charge->status, std::string("succeeded"));
        QVERIFY(charge->outcomeType.empty());
        QCOMPARE(charge->riskScore, -1);
        QCOMPARE(charge->cardLast4, std::string("4242"));
        QCOMPARE(charge->cardFingerprint, std::string("fp1"));
        QVERIFY(charge->cardBrand.empty());
        QCOMPARE(charge->metadataJson, std::string(R"({"ip":"192.0.2.1"})"));
        QCOMPARE(charge->amount, 500);
        QCOMPARE(charge->created, 7);
    }

    void missingRequiredFieldsNameTheObjectAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no amount")
            << QByteArray(R"({"id":"ch_1","currency":"usd","created":1})") << "amount";
        QTest::newRow("amount as text")
            << QByteArray(R"({"id":"ch_1","amount":"10","currency":"usd","created":1})")
            << "amount";
        QTest::newRow("no id") << QByteArray(R"({"amount":1,"currency":"usd","created":1})")
                               << "id";
        QTest::newRow("unknown currency")
            << QByteArray(R"({"id":"ch_2","amount":1,"currency":"xxx","created":1})") << "xxx";
        QTest::newRow("wrong object") << QByteArray(
            R"({"id":"po_1","object":"payout","amount":1,"currency":"usd","created":1})")
                                      << "payout";
    }
    void missingRequiredFieldsNameTheObjectAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        simdjson::dom::parser parser;
        const auto charge
            = stripe::mapObject<Charge>(parser.parse(json.constData(), size_t(json.size())));
        QVERIFY(!charge.ok());
        QVERIFY2(charge.error().contains(mentions), qPrintable(charge.error()));
    }

    void aPageWithOneBadObjectIsRejectedWhole()
    {
        const QByteArray json = R"({"object":"list","has_more":false,"data":[
            {"id":"ch_ok","amount":1,"currency":"usd","created":1},
            {"id":"ch_bad","currency":"usd","created":1}]})";
        simdjson::dom::parser parser;
        const auto page = stripe::parseListPage<Charge>(
            parser, std::string_view(json.constData(), size_t(json.size())));
        QVERIFY(!page.ok());
        QVERIFY2(page.error().contains(u"ch_bad"), qPrintable(page.error()));
    }

    void truncatedAndInvalidPagesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray good
            = R"({"object":"list","has_more":true,"data":[{"id":"ch_1","amount":1,"currency":"usd","created":1}]})";
        for (const int cut : {0, 1, 10, 30, int(good.size()) - 1})
            QTest::newRow(qPrintable(QStringLiteral("cut at %1").arg(cut))) << good.left(cut);
        QTest::newRow("not a list") << QByteArray(R"({"object":"charge"})");
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("no has_more") << QByteArray(R"({"object":"list","data":[]})");
    }
    void truncatedAndInvalidPagesAreErrors()
    {
        QFETCH(QByteArray, json);
        simdjson::dom::parser parser;
        const auto page = stripe::parseListPage<Charge>(
            parser, std::string_view(json.constData(), size_t(json.size())));
        QVERIFY(!page.ok());
        QVERIFY(!page.error().isEmpty());
    }

    void sandboxSerializationRoundTrips()
    {
        Charge charge;
        charge.id = "ch_rt";
        charge.amount = 1999;
        charge.amountCaptured = 1999;
        charge.currency = "jpy";
        charge.status = "succeeded";
        charge.paid = charge.captured = true;
        charge.created = 1700000000;
        charge.email = "jenny@example.com";
        charge.customerName = "Jenny \"JR\" Rosen";
        charge.cardBrand = "visa";
        charge.cardLast4 = "4242";
        charge.cardCountry = "JP";
        charge.cardFingerprint = "abc";
        charge.cardFunding = "credit";
        charge.riskScore = 12;
        charge.riskLevel = "normal";
        charge.outcomeType = "authorized";
        charge.networkStatus = "approved_by_network";
        charge.sellerMessage = "Payment complete.";
        charge.metadataJson = R"({"order_id":"ORD-1"})";
        const std::string json = sandbox::toStripeJson(charge);
        simdjson::dom::parser parser;
        const auto mapped = stripe::mapObject<Charge>(parser.parse(json));
        QVERIFY2(mapped.ok(), qPrintable(mapped.error()));
        QCOMPARE(mapped->customerName, charge.customerName);
        QVERIFY(mapped.value() == charge);
    }
};

QTEST_GUILESS_MAIN(TestStripeMapping)
#include "test_stripe_mapping.moc"
