#pragma once

#include "util/result.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace paydeck::net {
class TlsServer;
}

namespace paydeck::webhooks {

/// What a verified webhook said, enough to record it and act on it.
struct WebhookEvent
{
    std::string id;
    std::string type;
    qint64 created = 0;
    std::string objectId;
    std::string objectKind; // "charge", "payout", …
    qint64 receivedAtMs = 0;
};

/// The event a (verified) webhook body carries; an error for a body that is not a Stripe event.
Result<WebhookEvent> parseWebhookEvent(std::string_view body);

/// A Stripe webhook endpoint on loopback (plain HTTP, as behind `stripe listen` or a reverse
/// proxy that terminates TLS). Every request is verified before anything else happens: a bad,
/// stale or missing signature gets 400 and changes nothing; a good one gets 200 at once and is
/// handed on for asynchronous processing. The receiver never trusts an unsigned body.
class WebhookReceiver
{
public:
    using Handler = std::function<void(const WebhookEvent &event)>;
    using Logger = std::function<void(const QString &message)>;

    WebhookReceiver(QString secret, Handler handler, Logger logger = {});
    ~WebhookReceiver();

    /// "127.0.0.1:PORT" (PORT 0 picks one); returns the bound port.
    Result<quint16> listen(const QString &address);
    void stop();

    qint64 accepted() const { return m_accepted; }
    qint64 rejected() const { return m_rejected; }

private:
    QString m_secret;
    Handler m_handler;
    Logger m_logger;
    std::unique_ptr<net::TlsServer> m_server;
    std::atomic<qint64> m_accepted{0};
    std::atomic<qint64> m_rejected{0};
};

} // namespace paydeck::webhooks
