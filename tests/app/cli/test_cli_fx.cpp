// paydeck-cli's exchange rates and analytics, as scripts use them: `fx import`, `fx show`,
// `analytics` over the sandbox — JSON for machines, a clear line and exit 1 for bad input.
#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliFx : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    using Run = paydeck::test::CliRun;
    static Run cli(const QStringList &arguments, const QString &dataDir)
    {
        return paydeck::test::runCli(arguments, dataDir);
    }

private slots:
    void exchangeRatesFromTheCommandLine()
    {
        const QString data = m_dir.filePath(QStringLiteral("fx"));
        const QString daily
            = paydeck::test::fixturePath(QStringLiteral("fx/eurofxref-daily-style.xml"));
        const Run imported = cli({u"fx"_s, u"import"_s, daily, u"--json"_s}, data);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(imported.out).array().at(0).toObject();
        QCOMPARE(report.value(u"added").toInt(), 12);
        QCOMPARE(report.value(u"last_day").toString(), u"2026-11-26"_s);

        // A Saturday: each rate is the last one published, with its own date and source.
        const Run shown
            = cli({u"fx"_s, u"show"_s, u"--date"_s, u"2026-11-28"_s, u"--json"_s}, data);
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        const QJsonObject rates = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(rates.value(u"base").toString(), u"EUR"_s);
        const QJsonArray list = rates.value(u"rates").toArray();
        QCOMPARE(list.size(), 6);
        const QJsonObject usd = list.at(5).toObject();
        QCOMPARE(usd.value(u"currency").toString(), u"USD"_s);
        QCOMPARE(usd.value(u"per_euro").toString(), u"1.0891"_s); // a decimal string, as published
        QCOMPARE(usd.value(u"published_for").toString(), u"2026-11-26"_s);
        QCOMPARE(usd.value(u"earlier_rate").toBool(), true);
        QCOMPARE(usd.value(u"source").toString(), u"ECB"_s);

        // A broken file: exit 1, file and line named, the rates as they were.
        const QString broken = m_dir.filePath(QStringLiteral("broken-fx.xml"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(paydeck::test::readFile(daily).replace("'162.41'", "'0'"));
        file.close();
        const Run refused = cli({u"fx"_s, u"import"_s, broken}, data);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(broken.toUtf8() + ", line 10"), refused.err.constData());
        const Run after
            = cli({u"fx"_s, u"show"_s, u"--date"_s, u"2026-11-28"_s, u"--json"_s}, data);
        QCOMPARE(after.out, shown.out);
    }

    void analyticsOverTheSandboxInJson()
    {
        // A small sandbox account synced, its rates fetched, and the figures in EUR.
        const QString data = m_dir.filePath(u"analytics"_s);
        QProcess sandbox;
        paydeck::test::endsWithTest(sandbox);
        sandbox.start(QStringLiteral(PAYDECK_CLI_PATH),
                      {u"--data-dir"_s,
                       data,
                       u"sandbox"_s,
                       u"--listen"_s,
                       u"127.0.0.1:0"_s,
                       u"--history-days"_s,
                       u"20"_s,
                       u"--backfill-count"_s,
                       u"800"_s});
        QVERIFY(sandbox.waitForReadyRead(60000));
        const QList<QByteArray> ready = sandbox.readLine().trimmed().split(' ');
        QCOMPARE(ready.size(), 3);
        const QString url = QString::fromUtf8(ready[1]);
        const QString ca = QString::fromUtf8(ready[2].mid(3));
        const Run synced = cli({u"sync"_s,
                                u"--stripe-url"_s,
                                url,
                                u"--api-key"_s,
                                u"sk_test_fx"_s,
                                u"--ca-cert"_s,
                                ca},
                               data);
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        const Run fetched = cli(
            {u"fx"_s, u"fetch"_s, url + u"/fx/eurofxref-hist.xml"_s, u"--ca-cert"_s, ca}, data);
        QVERIFY2(fetched.exitCode == 0, fetched.err.constData());
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString from = QDate::currentDate().addDays(-60).toString(Qt::ISODate);
        const Run run = cli({u"analytics"_s,
                             u"--from"_s,
                             from,
                             u"--to"_s,
                             today,
                             u"--currency"_s,
                             u"EUR"_s,
                             u"--by"_s,
                             u"method"_s,
                             u"--json"_s},
                            data);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject figures = QJsonDocument::fromJson(run.out).object();
        QVERIFY(figures.value(u"charges"_s).toInteger() > 0);
        QCOMPARE(figures.value(u"charges"_s).toInteger(),
                 figures.value(u"taken"_s).toInteger() + figures.value(u"declined"_s).toInteger());
        for (const QJsonValue c : figures.value(u"per_currency"_s).toArray()) {
            // Money for machines: decimal strings with the ISO code beside them.
            QVERIFY(c[u"gross_volume"_s].isString());
            QVERIFY(c[u"currency"_s].toString().size() == 3);
        }
        const QJsonObject eur = figures.value(u"reporting"_s).toObject();
        QCOMPARE(eur.value(u"currency"_s).toString(), u"EUR"_s);
        QVERIFY(eur.value(u"gross_volume"_s).toString().toDouble() > 0);
        // BHD has no rate: named, not converted at 1 and not silently dropped.
        QCOMPARE(eur.value(u"without_rate"_s).toArray(), QJsonArray{u"BHD"_s});
        QVERIFY(!eur.value(u"rates"_s).toArray().isEmpty());
        qint64 byMethod = 0;
        for (const QJsonValue row : figures[u"breakdown"_s][u"rows"_s].toArray())
            byMethod += row[u"charges"_s].toInteger();
        QCOMPARE(byMethod, figures.value(u"charges"_s).toInteger());

        const Run wrong = cli({u"analytics"_s, u"--currency"_s, u"EURO"_s}, data);
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains("EURO"));
        sandbox.kill();
        sandbox.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestCliFx)
#include "test_cli_fx.moc"
