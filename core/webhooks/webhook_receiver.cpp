#include "webhook_receiver.h"

#include "net/tls_server.h"
#include "util/json_writer.h"
#include "webhook_signature.h"

#include <QDateTime>
#include <QObject>

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
            simdjson::dom::parser parser;
            simdjson::dom::element root;
            WebhookEvent event;
            std::string_view id, type, objectId, objectKind;
            int64_t created = 0;
            if (parser.parse(request.body).get(root) != simdjson::SUCCESS
                || root["id"].get(id) != simdjson::SUCCESS
                || root["type"].get(type) != simdjson::SUCCESS
                || root["created"].get(created) != simdjson::SUCCESS) {
                ++m_rejected;
                if (m_logger)
                    m_logger(
                        QObject::tr("webhook refused: a signed body that is not a Stripe event"));
                return answer(400, "not an event");
            }
            if (root.at_pointer("/data/object/id").get(objectId) != simdjson::SUCCESS)
                objectId = {};
            if (root.at_pointer("/data/object/object").get(objectKind) != simdjson::SUCCESS)
                objectKind = {};
            event.id = std::string(id);
            event.type = std::string(type);
            event.created = created;
            event.objectId = std::string(objectId);
            event.objectKind = std::string(objectKind);
            event.receivedAtMs = receivedAtMs;
            ++m_accepted;
            m_handler(event); // queues; processing is asynchronous, the answer goes out now
            return answer(200, {});
        });
    return m_server->listenPlain(host, quint16(port));
}

void WebhookReceiver::stop()
{
    if (m_server)
        m_server->stop();
}

} // namespace paydeck::webhooks
