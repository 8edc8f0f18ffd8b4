#include "stripe_provider.h"

#include "stripe_mapping.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <simdjson.h>

namespace paydeck::stripe {

using providers::Answer;
using providers::EventPage;
using providers::Failure;
using providers::FailureKind;
using providers::ObjectPage;

namespace {

ClientConfig clientConfig(const providers::ProviderConfig &config)
{
    ClientConfig out;
    for (const QString &url : config.baseUrls)
        out.baseUrls << QUrl(url);
    out.apiKey = config.apiKey;
    out.caCertificate = config.caCertificate;
    out.connectTimeoutMs = config.connectTimeoutMs;
    out.readTimeoutMs = config.readTimeoutMs;
    out.budget.requestsPerSecond = config.requestsPerSecond;
    if (config.requestsPerSecond <= 0) {
        // Stripe's live mode allows about 25 requests per second and endpoint; stay within it
        // unless told otherwise. Other servers (the sandbox, a replica) answer 429 if they must.
        for (const QUrl &url : out.baseUrls) {
            if (url.host() == u"api.stripe.com")
                out.budget.requestsPerSecond = StripeProvider::kStripeRequestsPerSecond;
        }
    }
    return out;
}

template<typename T>
std::vector<T> &itemsOf(ObjectPage &page);
template<>
std::vector<BalanceTransaction> &itemsOf(ObjectPage &page)
{
    return page.balanceTransactions;
}
template<>
std::vector<Charge> &itemsOf(ObjectPage &page)
{
    return page.charges;
}
template<>
std::vector<Refund> &itemsOf(ObjectPage &page)
{
    return page.refunds;
}
template<>
std::vector<Payout> &itemsOf(ObjectPage &page)
{
    return page.payouts;
}
template<>
std::vector<Dispute> &itemsOf(ObjectPage &page)
{
    return page.disputes;
}

template<typename T>
Result<ObjectPage> listPage(simdjson::dom::parser &parser, const QByteArray &body)
{
    auto parsed = parseListPage<T>(parser, std::string_view(body.constData(), size_t(body.size())));
    if (!parsed)
        return makeError(parsed.error());
    ObjectPage page;
    auto &items = itemsOf<T>(page);
    items = std::move(parsed.value().data);
    page.hasMore = parsed.value().hasMore && !items.empty();
    if (!items.empty())
        page.lastId = items.back().id;
    for (const T &item : items)
        page.newestCreated = std::max(page.newestCreated, item.created);
    return page;
}

template<typename T>
Result<ObjectPage> onePage(simdjson::dom::parser &parser, const QByteArray &body)
{
    simdjson::dom::element root;
    if (parser.parse(body.constData(), size_t(body.size())).get(root) != simdjson::SUCCESS)
        return makeError(QObject::tr("the response is not valid JSON"));
    auto object = mapObject<T>(root);
    if (!object)
        return makeError(object.error());
    ObjectPage page;
    page.newestCreated = object.value().created;
    page.lastId = object.value().id;
    itemsOf<T>(page).push_back(std::move(object).value());
    return page;
}

/// Calls `f.template operator()<T>()` with T the domain type of `type`.
template<typename F>
auto withType(ObjectType type, F &&f)
{
    switch (type) {
    case ObjectType::Charge:
        return f.template operator()<Charge>();
    case ObjectType::Refund:
        return f.template operator()<Refund>();
    case ObjectType::Payout:
        return f.template operator()<Payout>();
    case ObjectType::Dispute:
        return f.template operator()<Dispute>();
    case ObjectType::BalanceTransaction:
        break;
    }
    return f.template operator()<BalanceTransaction>();
}

QString endpointPath(ObjectType type)
{
    return QStringLiteral("/v1/") + QString::fromLatin1(objectTypeEndpoint(type));
}

} // namespace

StripeProvider::StripeProvider(const providers::ProviderConfig &config, QObject *parent)
    : Provider(parent)
    , m_client(clientConfig(config))
    , m_parser(std::make_unique<simdjson::dom::parser>())
{}

StripeProvider::~StripeProvider() = default;

Result<void> StripeProvider::prepare()
{
    return m_client.prepare();
}

template<typename T>
void StripeProvider::fetch(const QString &path,
                           const QUrlQuery &query,
                           std::function<Result<T>(const QByteArray &)> parse,
                           Callback<T> done,
                           int attempt)
{
    m_client.get(path,
                 query,
                 [self = QPointer<StripeProvider>(this), path, query, parse, done, attempt](
                     Answer<QByteArray> body) {
                     if (!self)
                         return;
                     if (!body) {
                         done(body.failure());
                         return;
                     }
                     auto parsed = parse(body.value());
                     if (parsed) {
                         done(std::move(parsed).value());
                         return;
                     }
                     // Truncated or garbled bodies are usually transient: read it again.
                     if (attempt >= kMaxParseAttempts) {
                         done(Failure{FailureKind::Malformed,
                                      QStringLiteral("GET %1: %2").arg(path, parsed.error())});
                         return;
                     }
                     QTimer::singleShot(self->m_client.backoffMs(attempt),
                                        self,
                                        [self, path, query, parse, done, attempt] {
                                            self->fetch<T>(path, query, parse, done, attempt + 1);
                                        });
                 });
}

void StripeProvider::list(const providers::ListQuery &query, Callback<ObjectPage> done)
{
    QUrlQuery parameters;
    parameters.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (query.createdFrom > 0)
        parameters.addQueryItem(QStringLiteral("created[gte]"), QString::number(query.createdFrom));
    if (query.createdBefore > 0)
        parameters.addQueryItem(QStringLiteral("created[lt]"),
                                QString::number(query.createdBefore));
    if (!query.payout.empty())
        parameters.addQueryItem(QStringLiteral("payout"), QString::fromStdString(query.payout));
    if (!query.startingAfter.empty())
        parameters.addQueryItem(QStringLiteral("starting_after"),
                                QString::fromStdString(query.startingAfter));
    const ObjectType type = query.type;
    fetch<ObjectPage>(
        endpointPath(type),
        parameters,
        [this, type](const QByteArray &body) { return parseList(type, body); },
        std::move(done));
}

void StripeProvider::retrieve(ObjectType type, const std::string &id, Callback<ObjectPage> done)
{
    fetch<ObjectPage>(
        endpointPath(type) + u'/' + QString::fromStdString(id),
        QUrlQuery(),
        [this, type](const QByteArray &body) { return parseObject(type, body); },
        std::move(done));
}

void StripeProvider::events(const providers::EventQuery &query, Callback<EventPage> done)
{
    QUrlQuery parameters;
    parameters.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (query.createdFrom > 0)
        parameters.addQueryItem(QStringLiteral("created[gte]"), QString::number(query.createdFrom));
    if (!query.startingAfter.empty())
        parameters.addQueryItem(QStringLiteral("starting_after"),
                                QString::fromStdString(query.startingAfter));
    fetch<EventPage>(
        QStringLiteral("/v1/events"),
        parameters,
        [this](const QByteArray &body) {
            return parseEventPage(*m_parser,
                                  std::string_view(body.constData(), size_t(body.size())));
        },
        std::move(done));
}

void StripeProvider::createRefund(const providers::RefundRequest &request,
                                  Callback<ObjectPage> done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("charge"), QString::fromStdString(request.charge));
    if (request.amount > 0)
        form.addQueryItem(QStringLiteral("amount"), QString::number(request.amount));
    if (!request.reason.empty())
        form.addQueryItem(QStringLiteral("reason"), QString::fromStdString(request.reason));
    m_client.post(
        QStringLiteral("/v1/refunds"),
        form,
        QByteArray::fromStdString(request.idempotencyKey),
        [this, done = std::move(done)](Answer<QByteArray> answer) {
            if (!answer) {
                done(answer.failure());
                return;
            }
            // Not read again on a bad body: the refund exists; the next sync has it.
            auto page = parseObject(ObjectType::Refund, answer.value());
            if (!page)
                done(Failure{FailureKind::Malformed, tr("POST /v1/refunds: %1").arg(page.error())});
            else
                done(std::move(page.value()));
        });
}

Result<ObjectPage> StripeProvider::parseList(ObjectType type, const QByteArray &body)
{
    return withType(type, [&]<typename T>() { return listPage<T>(*m_parser, body); });
}

Result<ObjectPage> StripeProvider::parseObject(ObjectType type, const QByteArray &body)
{
    return withType(type, [&]<typename T>() { return onePage<T>(*m_parser, body); });
}

QList<EndpointState> StripeProvider::health() const
{
    QList<EndpointState> out;
    const qint64 now = m_client.nowMs();
    const qint64 epochOffsetMs = QDateTime::currentMSecsSinceEpoch() - now;
    const auto &health = m_client.health();
    for (size_t i = 0; i < health.size(); ++i) {
        const EndpointHealth &h = health[i];
        EndpointState state;
        state.url = h.url().toString();
        state.active = int(i) == m_client.activeEndpoint();
        switch (h.breaker(now)) {
        case EndpointHealth::Breaker::Closed:
            state.breaker = QStringLiteral("closed");
            break;
        case EndpointHealth::Breaker::Open:
            state.breaker = QStringLiteral("open");
            break;
        case EndpointHealth::Breaker::HalfOpen:
            state.breaker = QStringLiteral("half-open");
            break;
        }
        state.successes = h.successes();
        state.failures = h.failures();
        state.errorRate = h.recentErrorRate();
        state.latencyP50Ms = h.latencyPercentile(50);
        state.latencyP95Ms = h.latencyPercentile(95);
        state.lastSuccess = h.lastSuccessMs() > 0 ? (h.lastSuccessMs() + epochOffsetMs) / 1000 : 0;
        state.lastError = h.lastError();
        out << state;
    }
    return out;
}

QString StripeProvider::describe(ObjectType type) const
{
    return QStringLiteral("GET ") + endpointPath(type);
}

int StripeProvider::concurrency() const
{
    return m_client.config().budget.maxConcurrent;
}

} // namespace paydeck::stripe
