#pragma once

#include "domain/endpoint_state.h"
#include "domain/objects.h"
#include "util/result.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace paydeck::providers {

/// What a caller can do about a failed request.
enum class FailureKind {
    Transient,      // retries were used up (429, 5xx, resets, timeouts): try again later
    Authentication, // the key is wrong or revoked: fix the key
    Permission,     // the key may not read this (a restricted key): grant it or live without
    NotFound,       // the object or the endpoint does not exist (any more)
    Malformed,      // the answer could not be read (truncated, not the expected JSON)
    Configuration,  // TLS verification, bad URL or CA file: fix the source's settings
    Rejected,       // the provider refused the request as asked (a charge already refunded)
};

struct Failure
{
    FailureKind kind = FailureKind::Transient;
    QString message; // names the request ("GET /v1/charges: HTTP 401: …")
};

/// A value or a Failure with its kind.
template<typename T>
class Answer
{
public:
    Answer(T value) : m_value(std::move(value)) {}
    Answer(Failure failure) : m_failure(std::move(failure)) {}
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    const Failure &failure() const { return m_failure; }
    const QString &error() const { return m_failure.message; }

private:
    std::optional<T> m_value;
    Failure m_failure;
};

/// Objects of one or more types, as a provider returned them.
struct ObjectPage
{
    std::vector<BalanceTransaction> balanceTransactions;
    std::vector<Charge> charges;
    std::vector<Refund> refunds;
    std::vector<Payout> payouts;
    std::vector<Dispute> disputes;
    bool hasMore = false;
    std::string lastId;       // continue after this one (empty: the page was empty)
    qint64 newestCreated = 0; // of the objects on the page

    size_t size() const
    {
        return balanceTransactions.size() + charges.size() + refunds.size() + payouts.size()
               + disputes.size();
    }
};

/// One page of a list, newest first.
struct ListQuery
{
    ObjectType type = ObjectType::BalanceTransaction;
    qint64 createdFrom = 0;   // only objects created at or after (unix seconds); 0: all
    qint64 createdBefore = 0; // only objects created before (unix seconds); 0: up to now
    std::string startingAfter;
    /// Balance transactions only: those a payout settled (the provider's own answer).
    std::string payout;
    int limit = 100;
};

/// Something that happened to an object at the provider.
struct ProviderEvent
{
    std::string id;
    std::string type; // charge.refunded, payout.paid, …
    qint64 created = 0;
    std::string objectKind; // charge, payout, … (the provider's object name)
    std::string objectId;
};

struct EventQuery
{
    qint64 createdFrom = 0;
    std::string startingAfter;
    int limit = 100;
};

struct EventPage
{
    std::vector<ProviderEvent> events;
    bool hasMore = false;
};

/// A refund to create at the provider. The idempotency key makes a repeated request (a retry,
/// a second click, a rerun) the same refund, never a second one.
struct RefundRequest
{
    std::string charge;
    qint64 amount = 0; // minor units; 0: what is left of the charge
    std::string reason = "fraudulent";
    std::string idempotencyKey;
};

/// How to reach one account of a provider.
struct ProviderConfig
{
    QString kind;         // "stripe"
    QStringList baseUrls; // primary first, then replicas to fail over to
    QString apiKey;
    QString caCertificate; // PEM trusted in addition to the system's CAs (or a pinned leaf)
    int connectTimeoutMs = 10000;
    int readTimeoutMs = 30000;
    /// The account's request budget; 0: the provider's default (its documented rate limit where
    /// it has one, else only its 429s).
    int requestsPerSecond = 0;
};

/// A payment provider's account as the sync engine sees it: lists of each object type with a
/// cursor, single objects, events, and the health of its endpoints. Retries, rate limits and
/// failover between base URLs happen inside; what comes out is data or a Failure whose kind
/// says what the caller can do. Callbacks run on the provider's thread.
class Provider : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Callback = std::function<void(Answer<T>)>;

    /// Checks the configuration (URLs, CA file, key present) before the first request.
    virtual Result<void> prepare() = 0;
    virtual void list(const ListQuery &query, Callback<ObjectPage> done) = 0;
    /// One object as it is now (a charge refunded since it was listed, a payout paid).
    virtual void retrieve(ObjectType type, const std::string &id, Callback<ObjectPage> done) = 0;
    virtual void events(const EventQuery &query, Callback<EventPage> done) = 0;
    /// Creates a refund (the provider's answer: the refund, in a page's refunds).
    virtual void createRefund(const RefundRequest &request, Callback<ObjectPage> done) = 0;
    virtual QList<EndpointState> health() const = 0;
    /// How requests of a type are named in messages ("GET /v1/charges").
    virtual QString describe(ObjectType type) const = 0;
    /// Requests that may usefully run at once (the sync engine walks this many ranges at most).
    virtual int concurrency() const = 0;

protected:
    using QObject::QObject;
};

/// The provider for `config.kind`; nullptr for a kind Paydeck does not know.
std::unique_ptr<Provider> makeProvider(const ProviderConfig &config);

} // namespace paydeck::providers
