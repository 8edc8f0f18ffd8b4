#include "domain/currency.h"

#include <QTest>

using namespace paydeck;

class TestCurrency : public QObject
{
    Q_OBJECT
private slots:
    void exponents_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("exponent");
        QTest::newRow("EUR has cents") << "EUR" << 2;
        QTest::newRow("lower-case usd is found") << "usd" << 2;
        QTest::newRow("JPY has no minor unit") << "JPY" << 0;
        QTest::newRow("KRW has no minor unit") << "krw" << 0;
        QTest::newRow("BHD has fils, three decimals") << "BHD" << 3;
        QTest::newRow("KWD three decimals") << "KWD" << 3;
        QTest::newRow("CLF four decimals") << "CLF" << 4;
    }
    void exponents()
    {
        QFETCH(QString, code);
        QFETCH(int, exponent);
        const auto currency = Currency::fromCode(code);
        QVERIFY(currency.has_value());
        QCOMPARE(currency->exponent(), exponent);
        QCOMPARE(currency->code(), code.toUpper());
    }
    void unknownCodesAreRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << "";
        QTest::newRow("not ISO") << "XYZ";
        QTest::newRow("too long") << "EURO";
        QTest::newRow("digits") << "978";
    }
    void unknownCodesAreRefused()
    {
        QFETCH(QString, code);
        QVERIFY(!Currency::fromCode(code).has_value());
    }
    void minorPerMajor()
    {
        QCOMPARE(Currency::fromCode(u"JPY")->minorPerMajor(), 1);
        QCOMPARE(Currency::fromCode(u"EUR")->minorPerMajor(), 100);
        QCOMPARE(Currency::fromCode(u"BHD")->minorPerMajor(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestCurrency)
#include "test_currency.moc"
