// Alert notifications as a receiver sees them: one signed POST per group within the group wait
// (the signature verifies as Stripe's scheme does), retries with backoff until the receiver
// answers 2xx, every attempt in the delivery log, silenced alerts never sent, Slack's shape on
// request, and an unreachable target that costs nothing but its log lines.
#include "alerts/alert_notifier.h"
#include "alerts/notification_center.h"
#include "secrets/secret_store.h"
#include "store/session.h"
#include "store/store_writer.h"
#include "webhooks/webhook_signature.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace paydeck;
using namespace paydeck::alerts;
using namespace Qt::StringLiterals;

namespace {

/// A loopback HTTP endpoint that answers the first `failures` requests with 500.
class Receiver : public QObject
{
public:
    struct Request
    {
        QByteArray signature, body;
    };
    explicit Receiver(int failures) : m_failures(failures)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            auto *buffer = new QByteArray;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray head = buffer->left(end).toLower();
                const qsizetype at = head.indexOf("content-length:");
                const int length
                    = head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toInt();
                if (buffer->size() < end + 4 + length)
                    return;
                Request r;
                const QByteArray raw = buffer->left(end);
                for (const QByteArray &line : raw.split('\n')) {
                    if (line.toLower().startsWith("paydeck-signature:"))
                        r.signature = line.mid(18).trimmed();
                }
                r.body = buffer->mid(end + 4, length);
                requests.push_back(r);
                const bool fail = m_failures-- > 0;
                socket->write(
                    fail ? "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: "
                           "close\r\n\r\n"
                         : "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
                delete buffer;
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/hooks"_s.arg(m_server.serverPort())); }
    std::vector<Request> requests;

private:
    QTcpServer m_server;
    int m_failures;
};

AlertView firing(const QString &id, const QString &team, bool silenced = false)
{
    AlertView a;
    a.rule.id = id;
    a.rule.name = id;
    a.rule.labels = {{u"team"_s, team}, {u"rule"_s, id}};
    a.record.ruleId = id;
    a.record.state = State::Firing;
    a.record.value = 0.42;
    a.record.baseline = 0.05;
    a.record.since = 1790000000;
    a.silenced = silenced;
    return a;
}

Transition fired(const QString &id)
{
    Transition t;
    t.ruleId = id;
    t.from = State::Pending;
    t.to = State::Firing;
    return t;
}

} // namespace

class TestAlertNotifier : public QObject
{
    Q_OBJECT
private slots:
    void oneSignedPostPerGroupRetriedUntilDelivered()
    {
        Receiver receiver(2);
        NotificationTarget target;
        target.url = receiver.url();
        target.secret = "whsec_paydeck_test";
        target.groupWaitSeconds = 1;
        target.firstRetryMs = 50;
        AlertNotifier notifier({target});
        AlertSnapshot snapshot;
        snapshot.alerts = {firing(u"card_testing"_s, u"fraud"_s),
                           firing(u"large_payment_usd"_s, u"fraud"_s),
                           firing(u"decline_spike"_s, u"payments"_s, true)};
        notifier.onSnapshot(snapshot);
        QSignalSpy delivered(&notifier, &AlertNotifier::delivered);
        notifier.onTransitions({fired(u"card_testing"_s)});
        notifier.onTransitions({fired(u"large_payment_usd"_s), fired(u"decline_spike"_s)});
        // Two failures, then delivered: three attempts of one notification.
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 3, 10000);
        QTest::qWait(300);
        QCOMPARE(receiver.requests.size(), size_t(3));
        QCOMPARE(notifier.deliveries().size(), size_t(3));
        QVERIFY(!notifier.deliveries()[0].delivered);
        QCOMPARE(notifier.deliveries()[0].httpStatus, 500);
        QCOMPARE(notifier.deliveries()[1].attempt, 2);
        QVERIFY(notifier.deliveries()[2].delivered);

        const Receiver::Request &last = receiver.requests.back();
        const auto verdict = webhooks::verifyStripeSignature(
            last.body, last.signature, "whsec_paydeck_test", QDateTime::currentSecsSinceEpoch());
        QVERIFY2(verdict.valid, qPrintable(verdict.reason));
        const QJsonObject body = QJsonDocument::fromJson(last.body).object();
        QCOMPARE(body[u"type"_s].toString(), u"paydeck.alerts"_s);
        QCOMPARE(body[u"status"_s].toString(), u"firing"_s);
        QCOMPARE(body[u"group"_s].toObject()[u"team"_s].toString(), u"fraud"_s);
        const QJsonArray alerts = body[u"alerts"_s].toArray();
        QCOMPARE(alerts.size(), 2); // both fraud alerts in one; the silenced one in none
        QCOMPARE(alerts[0].toObject()[u"rule"_s].toString(), u"card_testing"_s);
        QCOMPARE(alerts[0].toObject()[u"value"_s].toDouble(), 0.42);
        for (const auto &request : receiver.requests)
            QVERIFY(!request.body.contains("decline_spike"));
        // A tampered body does not verify.
        QByteArray tampered = last.body;
        tampered.replace("0.42", "0.43");
        QVERIFY(
            !webhooks::verifyStripeSignature(
                 tampered, last.signature, "whsec_paydeck_test", QDateTime::currentSecsSinceEpoch())
                 .valid);
    }

    /// Targets set once are kept: in the store, with their secret in the secret store (not in
    /// the store's file); every attempt lands in the store's delivery log; a target Paydeck may
    /// not send to is refused and nothing changes.
    void targetsAndTheDeliveryLogAreKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"store.sqlite"_s);
        store::StoreWriter writer(path);
        QVERIFY(writer.start().ok());
        auto secrets = std::make_shared<secrets::FileSecretStore>(dir.filePath(u"secrets.json"_s));
        NotificationCenter center(path, &writer, secrets);
        QSignalSpy saved(&center, &NotificationCenter::saved);
        QSignalSpy failed(&center, &NotificationCenter::failed);
        center.start();

        Receiver receiver(0);
        TargetSettings target;
        target.target.url = receiver.url().toString();
        target.target.groupWaitSeconds = 0;
        target.newSecret = u"whsec_kept_elsewhere"_s;
        center.saveTargets({target}, u"ana"_s);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
        QCOMPARE(failed.count(), 0);

        // Sent to, signed with the kept secret, and logged in the store.
        QSignalSpy delivered(&center, &NotificationCenter::delivered);
        AlertSnapshot snapshot;
        snapshot.alerts = {firing(u"payout_missing"_s, u"finance"_s)};
        center.notifier()->onSnapshot(snapshot);
        center.notifier()->onTransitions({fired(u"payout_missing"_s)});
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 10000);
        QVERIFY(webhooks::verifyStripeSignature(receiver.requests.back().body,
                                                receiver.requests.back().signature,
                                                "whsec_kept_elsewhere",
                                                QDateTime::currentSecsSinceEpoch())
                    .valid);
        writer.flush();
        {
            auto session = store::openSession(path, store::Access::ReadOnly).value();
            const auto log = session->alerts().deliveries(10).value();
            QCOMPARE(log.size(), size_t(1));
            QVERIFY(log[0].delivered);
            QCOMPARE(log[0].httpStatus, 200);
            QCOMPARE(log[0].status, u"firing"_s);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("whsec_kept_elsewhere"));

        // The settings as the dialog gets them: the secret is said to be kept, never shown.
        QSignalSpy ready(&center, &NotificationCenter::settingsReady);
        center.requestSettings(50);
        QCOMPARE(ready.count(), 1);
        const auto targets = ready.first().at(0).value<QList<TargetSettings>>();
        QCOMPARE(targets.size(), 1);
        QVERIFY(targets[0].hasSecret);
        QVERIFY(!targets[0].newSecret);
        QCOMPARE(ready.first().at(1).value<QList<store::DeliveryRecord>>().size(), 1);

        // Plain http to another machine: refused whole, the kept target stays.
        TargetSettings bad;
        bad.target.url = u"http://alerts.example.com/hook"_s;
        center.saveTargets({target, bad}, u"ana"_s);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(u"alerts.example.com"));
        writer.flush();
        auto session = store::openSession(path, store::Access::ReadOnly).value();
        QCOMPARE(session->alerts().targets().value().size(), size_t(1));
        writer.stop();
    }

    void slackGetsItsOwnShape()
    {
        NotificationTarget slack;
        slack.slack = true;
        const QByteArray body = AlertNotifier::payload(
            slack, u"firing"_s, {}, {firing(u"card_testing"_s, u"fraud"_s)}, 1790000000);
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        QCOMPARE(json.keys(), QStringList{u"text"_s});
        QVERIFY(json[u"text"_s].toString().contains(u"Firing: *card_testing* (warning)"_s));
    }

    void anUnreachableTargetIsLoggedAndGivenUp()
    {
        NotificationTarget target;
        target.url = QUrl(u"http://127.0.0.1:1/nothing"_s);
        target.groupWaitSeconds = 0;
        target.firstRetryMs = 20;
        target.maxAttempts = 3;
        AlertNotifier notifier({target});
        AlertSnapshot snapshot;
        snapshot.alerts = {firing(u"volume_drop"_s, u"payments"_s)};
        notifier.onSnapshot(snapshot);
        QSignalSpy delivered(&notifier, &AlertNotifier::delivered);
        notifier.onTransitions({fired(u"volume_drop"_s)}); // returns at once
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 3, 10000);
        for (const Delivery &d : notifier.deliveries()) {
            QVERIFY(!d.delivered);
            QVERIFY(!d.error.isEmpty());
        }
        QTest::qWait(200);
        QCOMPARE(delivered.count(), 3); // given up after maxAttempts
    }
};

QTEST_GUILESS_MAIN(TestAlertNotifier)
#include "test_alert_notifier.moc"
