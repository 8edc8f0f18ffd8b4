// `paydeck-cli alerts` end to end: a sandbox process with six weeks of history, synced over
// HTTPS; the rules exported, edited, imported (a broken file refused whole), backtested over
// the history (the planted decline spike found), silences and acknowledgements.
#include "test_support.h"
#include "webhooks/webhook_signature.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kAnchor = 1790000000; // 2026-09-21 14:13 UTC
constexpr qint64 kDay = 86400;

} // namespace

class TestCliAlerts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_data;

    static paydeck::test::CliRun cli(const QStringList &arguments, const QString &dataDir)
    {
        return paydeck::test::runCli(arguments, dataDir);
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        const auto address = paydeck::test::startSandbox(m_sandbox,
                                                         file(u"sandbox"_s),
                                                         {u"--seed"_s,
                                                          u"5"_s,
                                                          u"--history-days"_s,
                                                          u"40"_s,
                                                          u"--anchor"_s,
                                                          QString::number(kAnchor)});
        QVERIFY2(address.ok(), qPrintable(address.line));
        m_data = file(u"store"_s);
        const auto synced = paydeck::test::syncFromSandbox(address, m_data);
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        QVERIFY(m_sandbox.waitForFinished(10000));
    }

    void rulesGoOutAndComeBackVersioned()
    {
        const auto list = cli({u"alerts"_s, u"list"_s, u"--json"_s}, m_data);
        QVERIFY2(list.exitCode == 0, list.err.constData());
        const QJsonArray alerts = QJsonDocument::fromJson(list.out).array();
        QVERIFY(alerts.size() >= 6);
        for (const auto &value : alerts) {
            const QJsonObject alert = value.toObject();
            QCOMPARE(alert[u"state"_s].toString(), u"normal"_s);
            QVERIFY(alert[u"labels"_s].toObject().contains(u"team"_s));
            QVERIFY(alert.contains(u"started_at"_s) && alert.contains(u"resolved_at"_s));
        }

        const QString rules = file(u"rules.json"_s);
        QCOMPARE(cli({u"alerts"_s, u"rules"_s, u"export"_s, rules}, m_data).exitCode, 0);
        QFile in(rules);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray exported = in.readAll();
        in.close();
        QVERIFY(exported.contains("\"decline_spike\""));

        auto first
            = cli({u"alerts"_s, u"rules"_s, u"import"_s, rules, u"--user"_s, u"ana"_s}, m_data);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY2(first.out.contains("0 changed"), first.out.constData());

        QByteArray edited = exported;
        edited.replace("\"threshold\": 10,", "\"threshold\": 12,"); // card testing
        QFile out(rules);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(edited);
        out.close();
        const auto second = cli({u"alerts"_s, u"rules"_s, u"import"_s, rules}, m_data);
        QVERIFY2(second.out.contains("1 changed"), second.out.constData());

        // A broken file: refused whole, naming the file, the rule and the field.
        QByteArray broken = edited;
        broken.replace("\"window_seconds\": 3600", "\"window_seconds\": 0");
        broken.replace("\"threshold\": 12,", "\"threshold\": 13,");
        const QString bad = file(u"broken.json"_s);
        QFile badOut(bad);
        QVERIFY(badOut.open(QIODevice::WriteOnly));
        badOut.write(broken);
        badOut.close();
        const auto refused = cli({u"alerts"_s, u"rules"_s, u"import"_s, bad}, m_data);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("broken.json: rule ")
                     && refused.err.contains("window_seconds"),
                 refused.err.constData());
        const QString again = file(u"again.json"_s);
        QCOMPARE(cli({u"alerts"_s, u"rules"_s, u"export"_s, again}, m_data).exitCode, 0);
        QFile kept(again);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        const QByteArray after = kept.readAll();
        QVERIFY(after.contains("\"threshold\": 12,")); // the good edit, not the broken file's
        QVERIFY(!after.contains("\"threshold\": 13,"));
        QVERIFY(after.contains("\"version\": 2"));
    }

    void aBacktestFindsThePlantedDeclineSpike()
    {
        const QString rules = file(u"defaults.json"_s);
        QCOMPARE(cli({u"alerts"_s, u"rules"_s, u"export"_s, rules}, m_data).exitCode, 0);
        const QDate last = QDateTime::fromSecsSinceEpoch(kAnchor, Qt::UTC).date();
        const auto run = cli({u"alerts"_s,
                              u"backtest"_s,
                              rules,
                              u"--from"_s,
                              last.addDays(-6).toString(Qt::ISODate),
                              u"--to"_s,
                              last.addDays(-1).toString(Qt::ISODate),
                              u"--json"_s},
                             m_data);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray intervals
            = QJsonDocument::fromJson(run.out).object()[u"intervals"_s].toArray();
        // The sandbox's decline spike: 14:00–15:30 UTC two days before the anchor's day.
        const qint64 spike = QDateTime(last.addDays(-2), QTime(14, 0), Qt::UTC).toSecsSinceEpoch();
        bool found = false;
        for (const auto &value : intervals) {
            const QJsonObject interval = value.toObject();
            const qint64 started
                = QDateTime::fromString(interval[u"started_at"_s].toString(), Qt::ISODate)
                      .toSecsSinceEpoch();
            QVERIFY2(started >= spike && started < spike + 3 * 3600,
                     qPrintable(interval[u"rule"_s].toString() + u" at "_s
                                + interval[u"started_at"_s].toString()));
            found = found || interval[u"rule"_s].toString() == u"decline_spike"_s;
            QVERIFY(interval[u"resolved_at"_s].isString());
        }
        QVERIFY(found);
        Q_UNUSED(kDay);
    }

    void incidentsArePlantedExactlyAndNamedInTheTruth()
    {
        const auto bad = cli({u"sandbox"_s, u"--incident"_s, u"meteor:0:60"_s}, file(u"bad"_s));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("KIND:START:DURATION") && bad.err.contains("meteor"),
                 bad.err.constData());
        QCOMPARE(
            cli({u"sandbox"_s, u"--incident"_s, u"volume_drop:0:-5"_s}, file(u"bad"_s)).exitCode,
            2);

        // Exactly the incidents asked for: none of the built-in ones.
        QProcess sandbox;
        paydeck::test::endsWithTest(sandbox);
        const QString truth = file(u"incidents.jsonl"_s);
        sandbox.start(QStringLiteral(PAYDECK_CLI_PATH),
                      {u"--data-dir"_s,
                       file(u"sandbox2"_s),
                       u"sandbox"_s,
                       u"--listen"_s,
                       u"127.0.0.1:0"_s,
                       u"--history-days"_s,
                       u"10"_s,
                       u"--anchor"_s,
                       QString::number(kAnchor),
                       u"--incident"_s,
                       u"refund_spike:-86400:10800"_s,
                       u"--incident"_s,
                       u"api_outage:600:60"_s,
                       u"--truth"_s,
                       truth});
        QVERIFY(sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 60000);
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(10000));
        QFile in(truth);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QStringList planted;
        while (!in.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(in.readLine()).object();
            if (line[u"object"_s].toString() == u"incident"_s)
                planted << u"%1 %2 %3"_s.arg(line[u"kind"_s].toString())
                               .arg(line[u"from"_s].toInteger() - kAnchor)
                               .arg(line[u"to"_s].toInteger() - line[u"from"_s].toInteger());
        }
        QCOMPARE(planted, QStringList({u"refund_spike -86400 10800"_s, u"api_outage 600 60"_s}));
    }

    void serveSendsASignedNotificationWhenABurstFires()
    {
        // A receiver for the notification, on loopback.
        QTcpServer receiver;
        QVERIFY(receiver.listen(QHostAddress::LocalHost, 0));
        // Each notification on its own connection, kept whole (other rules of the defaults,
        // fraud_blocked among them, may fire in the same burst and be sent first).
        QList<QByteArray> requests;
        connect(&receiver, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = receiver.nextPendingConnection();
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [&requests, buffer, socket] {
                *buffer += socket->readAll();
                if (buffer->contains("\r\n\r\n{") && buffer->endsWith("}")) {
                    requests << *buffer;
                    socket->write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                }
            });
        });
        // A live sandbox with a card-testing burst five seconds in.
        QProcess live;
        paydeck::test::endsWithTest(live);
        live.start(QStringLiteral(PAYDECK_CLI_PATH),
                   {u"--data-dir"_s,
                    file(u"live-sandbox"_s),
                    u"sandbox"_s,
                    u"--listen"_s,
                    u"127.0.0.1:0"_s,
                    u"--history-days"_s,
                    u"2"_s,
                    u"--rate"_s,
                    u"6"_s,
                    u"--incident"_s,
                    u"card_testing:5:400"_s});
        QVERIFY(live.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(live.canReadLine(), 60000);
        const QStringList ready = QString::fromUtf8(live.readLine()).trimmed().split(u' ');
        // One rule: more than 4 declines in 5 minutes.
        const QString data = file(u"serve-store"_s);
        const QString rules = file(u"burst.json"_s);
        QFile out(rules);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"rules": [{"id": "burst", "name": "Declines in a burst", "metric":
            "decline_count", "window_seconds": 300, "condition": "above", "threshold": 4,
            "clear_threshold": 2, "interval_seconds": 10, "labels": {"team": "fraud"}}]})");
        out.close();
        QCOMPARE(cli({u"alerts"_s, u"rules"_s, u"import"_s, rules}, data).exitCode, 0);

        QProcess serve;
        paydeck::test::endsWithTest(serve);
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.start(QStringLiteral(PAYDECK_CLI_PATH),
                    {u"--data-dir"_s,
                     data,
                     u"serve"_s,
                     u"--webhook-listen"_s,
                     u"127.0.0.1:0"_s,
                     u"--webhook-secret"_s,
                     u"whsec_serve"_s,
                     u"--stripe-url"_s,
                     ready[1],
                     u"--api-key"_s,
                     u"sk_test_serve"_s,
                     u"--ca-cert"_s,
                     ready[2].mid(3),
                     u"--notify-url"_s,
                     u"http://127.0.0.1:%1/alerts"_s.arg(receiver.serverPort()),
                     u"--notify-secret"_s,
                     u"notify_secret"_s,
                     u"--notify-group-wait"_s,
                     u"0"_s});
        QVERIFY(serve.waitForStarted());
        const auto burstRequest = [&requests]() -> QByteArray {
            for (const QByteArray &request : requests)
                if (request.contains("\"status\":\"firing\"")
                    && request.contains("\"rule\":\"burst\""))
                    return request;
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!burstRequest().isEmpty(), 150000);
        const QByteArray received = burstRequest();
        const qsizetype split = received.indexOf("\r\n\r\n");
        const QByteArray head = received.left(split), body = received.mid(split + 4);
        QByteArray signature;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("paydeck-signature:"))
                signature = line.mid(18).trimmed();
        }
        QVERIFY2(paydeck::webhooks::verifyStripeSignature(
                     body, signature, "notify_secret", QDateTime::currentSecsSinceEpoch())
                     .valid,
                 head.constData());
        serve.terminate();
        QVERIFY(serve.waitForFinished(15000));
        const QByteArray log = serve.readAll();
        QVERIFY2(log.contains("alert burst: pending → firing")
                     || log.contains("alert burst: normal → firing"),
                 log.constData());
        QVERIFY2(log.contains("notification firing to http://127.0.0.1"), log.constData());
        live.terminate();
        QVERIFY(live.waitForFinished(10000));
    }

    void silencesAndAcknowledgementsSayWhatTheyDid()
    {
        const auto silenced = cli({u"alerts"_s,
                                   u"silence"_s,
                                   u"--match"_s,
                                   u"team=fraud"_s,
                                   u"--for"_s,
                                   u"2h"_s,
                                   u"--comment"_s,
                                   u"attack blocked"_s},
                                  m_data);
        QVERIFY2(silenced.exitCode == 0, silenced.err.constData());
        QVERIFY(silenced.out.startsWith("silence 1 until "));
        QCOMPARE(cli({u"alerts"_s,
                      u"silence"_s,
                      u"--match"_s,
                      u"team=fraud"_s,
                      u"--for"_s,
                      u"0h"_s,
                      u"--comment"_s,
                      u"x"_s},
                     m_data)
                     .exitCode,
                 2);
        // A recurring mute timing: weekend nights.
        const auto muted = cli({u"alerts"_s,
                                u"silence"_s,
                                u"--match"_s,
                                u"team=finance"_s,
                                u"--for"_s,
                                u"365d"_s,
                                u"--comment"_s,
                                u"weekend nights"_s,
                                u"--weekdays"_s,
                                u"sat,sun"_s,
                                u"--hours"_s,
                                u"22:00-06:00"_s},
                               m_data);
        QVERIFY2(muted.exitCode == 0, muted.err.constData());
        const auto funday = cli({u"alerts"_s,
                                 u"silence"_s,
                                 u"--match"_s,
                                 u"team=finance"_s,
                                 u"--for"_s,
                                 u"1d"_s,
                                 u"--comment"_s,
                                 u"x"_s,
                                 u"--weekdays"_s,
                                 u"funday"_s},
                                m_data);
        QCOMPARE(funday.exitCode, 2);
        QVERIFY2(funday.err.contains("funday"), funday.err.constData());
        const auto ack = cli({u"alerts"_s, u"ack"_s, u"card_testing"_s}, m_data);
        QCOMPARE(ack.exitCode, 1); // nothing is firing
        QVERIFY2(ack.err.contains("card_testing"), ack.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliAlerts)
#include "test_cli_alerts.moc"
