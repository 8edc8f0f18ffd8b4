// Dates in bank and ledger exports, read directly: the same answer as QDate::fromString for the
// formats CSV detection tries (csvDateFormats), on well-formed, malformed and random text.
#include "reconcile/csv_mapping.h"
#include "reconcile/date_text.h"

#include <QRandomGenerator>
#include <QTest>

using namespace paydeck::reconcile;

class TestDateText : public QObject
{
    Q_OBJECT
private slots:
    void readsWhatBanksWrite()
    {
        QCOMPARE(dateFromText(u"2024-02-29", u"yyyy-MM-dd"), QDate(2024, 2, 29));
        QCOMPARE(dateFromText(u"1.3.2024", u"d.M.yyyy"), QDate(2024, 3, 1));
        QCOMPARE(dateFromText(u"31.12.99", u"dd.MM.yy"), QDate(1999, 12, 31));
        QCOMPARE(dateFromText(u"20241231", u"yyyyMMdd"), QDate(2024, 12, 31));
        QVERIFY(!dateFromText(u"2023-02-29", u"yyyy-MM-dd").isValid()); // no such day
        QVERIFY(!dateFromText(u"2024-01-02x", u"yyyy-MM-dd").isValid());
        QVERIFY(!dateFromText(u"", u"yyyy-MM-dd").isValid());
    }

    void sameAnswerAsQt_data()
    {
        QTest::addColumn<QString>("text");
        const QStringList samples = {QStringLiteral("2024-01-02"),
                                     QStringLiteral("02.01.2024"),
                                     QStringLiteral("2.1.2024"),
                                     QStringLiteral("01/02/2024"),
                                     QStringLiteral("1/2/2024"),
                                     QStringLiteral("20240102"),
                                     QStringLiteral("02-01-2024"),
                                     QStringLiteral("02.01.24"),
                                     QStringLiteral("2024-1-2"),
                                     QStringLiteral("2024-13-01"),
                                     QStringLiteral("00.00.0000"),
                                     QStringLiteral("123.4.2024"),
                                     QStringLiteral("2024/01/02")};
        for (const QString &s : samples)
            QTest::newRow(qPrintable(s)) << s;
        // Random text over the characters dates are made of.
        QRandomGenerator random(7);
        const QString alphabet = QStringLiteral("0123456789.-/");
        for (int i = 0; i < 3000; ++i) {
            QString text;
            const int length = 6 + int(random.bounded(6));
            for (int k = 0; k < length; ++k)
                text += alphabet[random.bounded(int(alphabet.size()))];
            QTest::newRow(qPrintable(QStringLiteral("random %1: %2").arg(i).arg(text))) << text;
        }
    }

    void sameAnswerAsQt()
    {
        QFETCH(QString, text);
        for (const QString &format : csvDateFormats())
            QCOMPARE(dateFromText(text, format), QDate::fromString(text, format));
    }

    void otherFormatsAreLeftToQt()
    {
        QCOMPARE(dateFromText(u"02 Jan 2024", u"dd MMM yyyy"), QDate(2024, 1, 2));
    }
};

QTEST_GUILESS_MAIN(TestDateText)
#include "test_date_text.moc"
