#include "domain/money.h"

#include <QTest>

using namespace Qt::StringLiterals;

#include <limits>

using namespace paydeck;

namespace {
Currency cur(const char *code)
{
    return *Currency::fromCode(std::string_view(code));
}
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void decimalString_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("euros and cents") << qint64(123456) << "EUR"
                                         << "1234.56";
        QTest::newRow("a cent") << qint64(1) << "EUR"
                                << "0.01";
        QTest::newRow("negative cents") << qint64(-5) << "USD"
                                        << "-0.05";
        QTest::newRow("zero") << qint64(0) << "EUR"
                              << "0.00";
        QTest::newRow("yen are whole") << qint64(1500) << "JPY"
                                       << "1500";
        QTest::newRow("dinar has three decimals") << qint64(1234) << "BHD"
                                                  << "1.234";
        QTest::newRow("int64 max in cents") << kMax << "EUR"
                                            << "92233720368547758.07";
        QTest::newRow("int64 min in cents") << kMin << "EUR"
                                            << "-92233720368547758.08";
        QTest::newRow("int64 min in yen") << kMin << "JPY"
                                          << "-9223372036854775808";
    }
    void decimalString()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QCOMPARE(Money(minor, cur(code.toLatin1().constData())).toDecimalString(), expected);
    }

    void parseDecimal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("plain") << "12.30"
                               << "EUR" << true << qint64(1230);
        QTest::newRow("fewer decimals are padded") << "12.3"
                                                   << "EUR" << true << qint64(1230);
        QTest::newRow("no decimals") << "12"
                                     << "EUR" << true << qint64(1200);
        QTest::newRow("negative") << "-0.05"
                                  << "USD" << true << qint64(-5);
        QTest::newRow("yen") << "1500"
                             << "JPY" << true << qint64(1500);
        QTest::newRow("yen refuse decimals") << "15.5"
                                             << "JPY" << false << qint64(0);
        QTest::newRow("dinar three decimals") << "1.234"
                                              << "BHD" << true << qint64(1234);
        QTest::newRow("too many decimals") << "1.234"
                                           << "EUR" << false << qint64(0);
        QTest::newRow("int64 max") << "92233720368547758.07"
                                   << "EUR" << true << kMax;
        QTest::newRow("int64 min") << "-92233720368547758.08"
                                   << "EUR" << true << kMin;
        QTest::newRow("beyond int64 max") << "92233720368547758.08"
                                          << "EUR" << false << qint64(0);
        QTest::newRow("beyond int64 min") << "-92233720368547758.09"
                                          << "EUR" << false << qint64(0);
        QTest::newRow("garbage") << "12,30"
                                 << "EUR" << false << qint64(0);
        QTest::newRow("empty") << ""
                               << "EUR" << false << qint64(0);
        QTest::newRow("lone minus") << "-"
                                    << "EUR" << false << qint64(0);
        QTest::newRow("exponent notation is not money") << "1e3"
                                                        << "EUR" << false << qint64(0);
    }
    void parseDecimal()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(bool, ok);
        QFETCH(qint64, minor);
        const auto parsed = Money::parseDecimal(text, cur(code.toLatin1().constData()));
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(parsed->minorUnits(), minor);
        else
            QVERIFY(!parsed.error().isEmpty());
    }

    void parseLocale()
    {
        const QLocale de(QLocale::German, QLocale::Germany);
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Money::parse(u"1.234,56", cur("EUR"), de)->minorUnits(), 123456);
        QCOMPARE(Money::parse(u"1,234.56", cur("EUR"), en)->minorUnits(), 123456);
        QVERIFY(!Money::parse(u"1.234,56", cur("EUR"), en).ok());
    }

    void format_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("euro in English") << qint64(123456) << "EUR"
                                         << "en_US"
                                         << "€1,234.56";
        QTest::newRow("euro in German") << qint64(123456) << "EUR"
                                        << "de_DE"
                                        << "1.234,56\u00a0€";
        QTest::newRow("yen") << qint64(1500000) << "JPY"
                             << "en_US"
                             << "¥1,500,000";
        QTest::newRow("negative dollars") << qint64(-250) << "USD"
                                          << "en_US"
                                          << "-$2.50";
        QTest::newRow("dinar with code") << qint64(1234567) << "BHD"
                                         << "en_US"
                                         << "BHD\u00a01,234.567";
    }
    void format()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, code);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(Money(minor, cur(code.toLatin1().constData())).format(QLocale(locale)), expected);
    }

    void wholeUnitsLeaveTheMinorDigitsOut()
    {
        // As a chart axis labels money: whole units, grouped, symbol where the locale puts it.
        QCOMPARE(Money(1500000, cur("EUR")).format(QLocale(u"de_DE"_s), true), u"15.000\u00a0€"_s);
        QCOMPARE(Money(1500000, cur("USD")).format(QLocale(u"en_US"_s), true), u"$15,000"_s);
        QCOMPARE(Money(1500000, cur("JPY")).format(QLocale(u"en_US"_s), true), u"¥1,500,000"_s);
        QCOMPARE(Money(1500000, cur("BHD")).format(QLocale(u"en_US"_s), true), u"BHD\u00a01,500"_s);
    }

    void arithmeticIsChecked()
    {
        const Money max(kMax, cur("EUR"));
        const Money one(1, cur("EUR"));
        QVERIFY(!max.checkedAdd(one).has_value());
        QVERIFY(!Money(kMin, cur("EUR")).checkedSubtract(one).has_value());
        QVERIFY(!Money(kMin, cur("EUR")).checkedNegate().has_value());
        QVERIFY(!max.checkedMultiply(2).has_value());
        QCOMPARE(max.checkedSubtract(one)->minorUnits(), kMax - 1);
        QCOMPARE(Money(250, cur("USD")).checkedMultiply(3)->minorUnits(), 750);
    }
    void currenciesDoNotMix()
    {
        QVERIFY(!Money(1, cur("EUR")).checkedAdd(Money(1, cur("USD"))).has_value());
        QVERIFY(!Money(1, cur("EUR")).checkedSubtract(Money(1, cur("USD"))).has_value());
    }
    void roundTripsThroughText()
    {
        for (const qint64 value : {kMin, kMin + 1, qint64(-1), qint64(0), qint64(1), kMax}) {
            for (const char *code : {"JPY", "EUR", "BHD", "CLF"}) {
                const Money money(value, cur(code));
                QCOMPARE(Money::parseDecimal(money.toDecimalString(), cur(code))->minorUnits(),
                         value);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
