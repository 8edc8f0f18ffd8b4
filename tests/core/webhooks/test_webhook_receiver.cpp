// The webhook endpoint: verified requests are accepted at once and handed on; anything else is
// refused with 400 and changes nothing.
#include "webhooks/webhook_receiver.h"
#include "webhooks/webhook_signature.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <mutex>
#include <vector>

using namespace paydeck;

class TestWebhookReceiver : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;

    int post(quint16 port,
             const QByteArray &body,
             const QByteArray &signature,
             const QByteArray &method = "POST")
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!signature.isEmpty())
            request.setRawHeader("Stripe-Signature", signature);
        QNetworkReply *reply
            = method == "POST" ? m_network.post(request, body) : m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

private slots:
    void onlyVerifiedEventsAreAccepted()
    {
        std::mutex mutex;
        std::vector<webhooks::WebhookEvent> events;
        QStringList log;
        webhooks::WebhookReceiver receiver(
            QStringLiteral("whsec_test"),
            [&](const webhooks::WebhookEvent &event) {
                std::lock_guard lock(mutex);
                events.push_back(event);
            },
            [&](const QString &message) {
                std::lock_guard lock(mutex);
                log << message;
            });
        const auto port = receiver.listen(QStringLiteral("127.0.0.1:0"));
        QVERIFY2(port.ok(), qPrintable(port.error()));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray body
            = R"({"id":"evt_1","object":"event","type":"charge.succeeded","created":1,)"
              R"("data":{"object":{"id":"ch_1","object":"charge"}}})";
        const QByteArray good = webhooks::stripeSignatureHeader(body, "whsec_test", now);

        QCOMPARE(post(port.value(), body, good), 200);
        QCOMPARE(post(port.value(), body + " ", good), 400); // tampered
        QCOMPARE(
            post(port.value(), body, webhooks::stripeSignatureHeader(body, "whsec_other", now)),
            400); // wrong secret
        QCOMPARE(post(port.value(),
                      body,
                      webhooks::stripeSignatureHeader(body, "whsec_test", now - 301)),
                 400);                                         // stale
        QCOMPARE(post(port.value(), body, QByteArray()), 400); // unsigned
        QCOMPARE(post(port.value(),
                      "not json",
                      webhooks::stripeSignatureHeader("not json", "whsec_test", now)),
                 400);
        QCOMPARE(post(port.value(), QByteArray(), QByteArray(), "GET"), 405);

        std::lock_guard lock(mutex);
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(events[0].id, std::string("evt_1"));
        QCOMPARE(events[0].objectKind, std::string("charge"));
        QCOMPARE(events[0].objectId, std::string("ch_1"));
        QCOMPARE(receiver.accepted(), 1);
        QCOMPARE(receiver.rejected(), 5);
        QCOMPARE(log.size(), 5);
        QVERIFY(log.join(u'\n').contains(u"tolerance"));
    }

    void onlyLoopbackIsServed()
    {
        webhooks::WebhookReceiver receiver(QStringLiteral("whsec_test"),
                                           [](const webhooks::WebhookEvent &) {});
        QVERIFY(!receiver.listen(QStringLiteral("0.0.0.0:0")).ok());
        QVERIFY(!receiver.listen(QStringLiteral("nonsense")).ok());
    }
};

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "test_webhook_receiver.moc"
