#include "webhook_receiver.h"

#include "net/tls_server.h"
#include "util/json_writer.h"
#include "webhook_signature.h"

#include <QDateTime>
#include <QObject>

#include "providers/stripe/stripe_mapping.h"

#include <simdjson.h>

namespace paydeck::webhooks {

namespace {

net::HttpResponse answer(int status, std::string_view message)
{
    net::HttpResponse response;
    response.status = status;
    JsonWriter w(response.body);
    w.beginObject();
    if (status < 300)
        w.key("received").value(true);
    else
        w.key("error").value(message);
    w.endObject();
    return response;
}

} // namespace

Result<WebhookEvent> parseWebhookEvent(std::string_view body)
{
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(body.data(), body.size()).get(root) != simdjson::SUCCESS)
        return makeError(QObject::tr("not a Stripe event"));
    auto mapped = stripe::mapEvent(root);
    if (!mapped)
        return makeError(mapped.error());
    WebhookEvent event;
    event.id = std::move(mapped.value().id);
    event.type = std::move(mapped.value().type);
    event.created = mapped.value().created;
    event.objectId = std::move(mapped.value().objectId);
    event.objectKind = std::move(mapped.value().objectKind);
    return event;
}

WebhookReceiver::WebhookReceiver(QString secret, Handler handler, Logger logger)
    : m_secret(std::move(secret)), m_handler(std::move(handler)), m_logger(std::move(logger))
{}

WebhookReceiver::~WebhookReceiver()
{
    stop();
}

Result<quint16> WebhookReceiver::listen(const QString &address)
{
    const qsizetype colon = address.lastIndexOf(u':');
    bool ok = colon > 0;
    const uint port = ok ? address.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || port > 65535)
        return makeError(
            QObject::tr("the webhook address must be HOST:PORT, got \"%1\"").arg(address));
    const QString host = address.left(colon);
    if (!host.startsWith(u"127."))
        return makeError(
            QObject::tr("the webhook endpoint listens on loopback only (plain HTTP), not %1")
                .arg(host));
    m_server = std::make_unique<net::TlsServer>(
        [this](const net::HttpRequest &request) -> net::HttpResponse {
            const qint64 receivedAtMs = QDateTime::currentMSecsSinceEpoch();
            if (request.method != "POST")
                return answer(405, "webhooks are POSTed");
            const std::string_view header = request.header("stripe-signature");
            const auto verdict = verifyStripeSignature(
                QByteArrayView(request.body.data(), qsizetype(request.body.size())),
                QByteArrayView(header.data(), qsizetype(header.size())),
                m_secret.toUtf8(),
                receivedAtMs / 1000);
            if (!verdict.valid) {
                ++m_rejected;
                if (m_logger)
                    m_logger(QObject::tr("webhook refused: %1").arg(verdict.reason));
                return answer(400, verdict.reason.toStdString());
            }
            auto parsed = parseWebhookEvent(request.body);
            if (!parsed) {
                ++m_rejected;
                if (m_logger)
                    m_logger(
                        QObject::tr("webhook refused: a signed body that is not a Stripe event"));
                return answer(400, "not an event");
            }
            WebhookEvent event = std::move(parsed).value();
            event.receivedAtMs = receivedAtMs;
            ++m_accepted;
            m_handler(event); // queues; processing is asynchronous, the answer goes out now
            return answer(200, {});
        });
    m_server->setThreadName("webhooks");
    return m_server->listenPlain(host, quint16(port));
}

void WebhookReceiver::stop()
{
    if (m_server)
        m_server->stop();
}

} // namespace paydeck::webhooks
