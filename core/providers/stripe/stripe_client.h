#pragma once

#include "endpoint_health.h"
#include "providers/provider.h"
#include "providers/request_budget.h"
#include "util/result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <memory>
#include <random>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace paydeck::stripe {

/// Retries as Stripe's client libraries do: exponential backoff with full jitter, capped and
/// bounded; 429 waits at least its Retry-After.
struct RetryPolicy
{
    int maxAttempts = 6;
    int baseDelayMs = 200;
    int maxDelayMs = 4000;
};

struct ClientConfig
{
    /// Base URLs, primary first (https://api.stripe.com or the sandbox); failover goes down the
    /// list and comes back to the primary once a probe succeeds.
    QList<QUrl> baseUrls;
    QString apiKey;
    QString
        caCertificate; // PEM file trusted in addition to the system's CAs (may be a pinned leaf)
    int connectTimeoutMs = 10000;
    int readTimeoutMs = 30000; // no byte for this long aborts the request
    RetryPolicy retry;
    int breakerThreshold = 3;     // consecutive failures that open an endpoint's breaker
    int breakerCooldownMs = 2000; // before a probe may try it again
    /// Requests in flight at most (all endpoints of the account) and the account's budget.
    providers::RequestBudget::Limits budget;
};

/// HTTPS GETs (and idempotent POSTs) against a Stripe-shaped API through Qt Network. TLS is always
/// verified: a custom CA or pinned certificate is added to the trusted set, never used to switch
/// checks off. Transient failures (429, 409, 5xx, resets, timeouts, truncated bodies) are retried;
/// other 4xx and TLS failures are not. A circuit breaker per base URL moves traffic to the next
/// one. Requests wait in one queue for the account's RequestBudget (429s slow everyone down).
class StripeClient final : public QObject
{
    Q_OBJECT
public:
    explicit StripeClient(ClientConfig config, QObject *parent = nullptr);
    ~StripeClient() override;
    Q_DISABLE_COPY_MOVE(StripeClient)

    /// Validates the configuration (URL schemes, CA file); call before get().
    Result<void> prepare();

    using Callback = std::function<void(providers::Answer<QByteArray>)>;
    /// GET path?query on the active base URL; the callback runs in this object's thread with the
    /// body of a 2xx answer, or, after retries, a failure naming the endpoint and what failed,
    /// with its kind (what the caller can do about it).
    void get(const QString &path, const QUrlQuery &query, Callback callback);
    /// POST path with a form body and an Idempotency-Key: retried like a GET (the provider
    /// answers a repeated key with the first answer, so a retry never acts twice).
    void post(const QString &path,
              const QUrlQuery &form,
              const QByteArray &idempotencyKey,
              Callback callback);
    /// Backoff for the n-th retry (1-based) with full jitter; exposed for callers that retry
    /// themselves (a body that does not parse).
    int backoffMs(int attempt);

    const ClientConfig &config() const { return m_config; }
    const std::vector<EndpointHealth> &health() const { return m_health; }
    int activeEndpoint() const { return m_active; }
    qint64 nowMs() const { return m_clock.elapsed(); }

private:
    struct Request;
    /// Queues a request (a retry goes first: it is older work) and starts what the budget allows.
    void send(std::shared_ptr<Request> request, bool retry = false);
    void pump();
    void dispatch(std::shared_ptr<Request> request, int endpoint);
    void finished(std::shared_ptr<Request> request, int endpoint, QNetworkReply *reply);
    int chooseEndpoint();

    ClientConfig m_config;
    QNetworkAccessManager *m_network;
    QList<QSslCertificate> m_extraCas;
    std::vector<EndpointHealth> m_health;
    int m_active = 0;
    QElapsedTimer m_clock;
    std::mt19937 m_random;
    providers::RequestBudget m_budget;
    std::deque<std::shared_ptr<Request>> m_waiting;
    QTimer *m_pumpTimer;
};

} // namespace paydeck::stripe
