#pragma once

#include "providers/provider.h"
#include "stripe_client.h"

#include <memory>

namespace simdjson::dom {
class parser;
}

namespace paydeck::stripe {

/// Stripe behind the Provider interface: the list, retrieve and events endpoints of API version
/// kApiVersion over StripeClient (retries, Retry-After, failover, TLS always verified), pages
/// parsed whole with simdjson (a truncated or garbled page is read again a few times before it
/// is reported as Malformed).
class StripeProvider final : public providers::Provider
{
    Q_OBJECT
public:
    explicit StripeProvider(const providers::ProviderConfig &config, QObject *parent = nullptr);
    ~StripeProvider() override;

    /// Attempts at a page that does not parse before it is reported.
    static constexpr int kMaxParseAttempts = 5;
    /// The budget for api.stripe.com when none is configured (requests per second).
    static constexpr int kStripeRequestsPerSecond = 25;

    Result<void> prepare() override;
    void list(const providers::ListQuery &query, Callback<providers::ObjectPage> done) override;
    void
    retrieve(ObjectType type, const std::string &id, Callback<providers::ObjectPage> done) override;
    void events(const providers::EventQuery &query, Callback<providers::EventPage> done) override;
    void createRefund(const providers::RefundRequest &request,
                      Callback<providers::ObjectPage> done) override;
    QList<EndpointState> health() const override;
    QString describe(ObjectType type) const override;
    int concurrency() const override;

private:
    /// GETs `path` and parses the body with `parse`; a body that does not parse is fetched again.
    template<typename T>
    void fetch(const QString &path,
               const QUrlQuery &query,
               std::function<Result<T>(const QByteArray &)> parse,
               Callback<T> done,
               int attempt = 1);
    Result<providers::ObjectPage> parseList(ObjectType type, const QByteArray &body);
    Result<providers::ObjectPage> parseObject(ObjectType type, const QByteArray &body);

    StripeClient m_client;
    std::unique_ptr<simdjson::dom::parser> m_parser;
};

} // namespace paydeck::stripe
