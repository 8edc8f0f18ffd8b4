#include "stripe_client.h"

#include "net/ca_certificates.h"

#include "stripe_mapping.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace paydeck::stripe {

struct StripeClient::Request
{
    QString path;
    QUrlQuery query;
    QByteArray form; // a POST's body; empty: a GET
    QByteArray idempotencyKey;
    Callback callback;
    int attempt = 0;
    QString lastError;
};

namespace {

bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // our own timeouts abort the reply
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

} // namespace

StripeClient::StripeClient(ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(new QNetworkAccessManager(this))
    , m_random(std::random_device{}())
    , m_budget(m_config.budget)
    , m_pumpTimer(new QTimer(this))
{
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &StripeClient::pump);
    m_network->setAutoDeleteReplies(true);
    for (const QUrl &url : m_config.baseUrls)
        m_health.emplace_back(url);
    m_clock.start();
}

StripeClient::~StripeClient() = default;

Result<void> StripeClient::prepare()
{
    if (m_config.baseUrls.isEmpty())
        return makeError(tr("no URL is set"));
    for (const QUrl &url : m_config.baseUrls) {
        if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty())
            return makeError(tr("the URL %1 is not an https:// URL").arg(url.toString()));
    }
    if (m_config.apiKey.isEmpty())
        return makeError(tr("no API key is set"));
    if (!m_config.caCertificate.isEmpty()) {
        auto cas = net::readCaCertificates(m_config.caCertificate);
        if (!cas)
            return makeError(cas.error());
        m_extraCas = cas.value();
    }
    return {};
}

int StripeClient::backoffMs(int attempt)
{
    const qint64 cap = std::min<qint64>(
        m_config.retry.maxDelayMs, qint64(m_config.retry.baseDelayMs) << std::min(attempt, 20));
    return int(std::uniform_int_distribution<qint64>(0, cap)(m_random));
}

int StripeClient::chooseEndpoint()
{
    const qint64 now = nowMs();
    // The primary first whenever its breaker lets a request (or probe) through.
    for (int i = 0; i < int(m_health.size()); ++i) {
        if (m_health[size_t(i)].allows(now)) {
            m_active = i;
            return i;
        }
    }
    return -1;
}

void StripeClient::get(const QString &path, const QUrlQuery &query, Callback callback)
{
    auto request = std::make_shared<Request>();
    request->path = path;
    request->query = query;
    request->callback = std::move(callback);
    send(request);
}

void StripeClient::post(const QString &path,
                        const QUrlQuery &form,
                        const QByteArray &idempotencyKey,
                        Callback callback)
{
    auto request = std::make_shared<Request>();
    request->path = path;
    request->form = form.query(QUrl::FullyEncoded).toUtf8();
    if (request->form.isEmpty())
        request->form = " "; // still a POST
    request->idempotencyKey = idempotencyKey;
    request->callback = std::move(callback);
    send(request);
}

void StripeClient::send(std::shared_ptr<Request> request, bool retry)
{
    if (retry)
        m_waiting.push_front(std::move(request));
    else
        m_waiting.push_back(std::move(request));
    pump();
}

void StripeClient::pump()
{
    while (!m_waiting.empty()) {
        const qint64 now = nowMs();
        qint64 wait = m_budget.delayBeforeNext(now);
        if (wait < 0)
            return; // a finishing request pumps again
        const int endpoint = wait == 0 ? chooseEndpoint() : -1;
        if (wait == 0 && endpoint < 0) {
            // Every breaker is open: wait for the first to cool down.
            qint64 soonest = std::numeric_limits<qint64>::max();
            for (const EndpointHealth &health : m_health)
                soonest = std::min(soonest, health.openUntilMs());
            wait = std::max<qint64>(10, soonest - now);
        }
        if (wait > 0) {
            if (!m_pumpTimer->isActive() || m_pumpTimer->remainingTime() > wait)
                m_pumpTimer->start(int(std::min<qint64>(wait, 60000)));
            return;
        }
        std::shared_ptr<Request> request = std::move(m_waiting.front());
        m_waiting.pop_front();
        m_budget.started(now);
        dispatch(std::move(request), endpoint);
    }
}

void StripeClient::dispatch(std::shared_ptr<Request> request, int endpoint)
{
    ++request->attempt;
    QUrl url = m_config.baseUrls[endpoint];
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + request->path);
    url.setQuery(request->query);
    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    networkRequest.setRawHeader("Stripe-Version", kApiVersion);
    networkRequest.setRawHeader("User-Agent", "Paydeck/" PAYDECK_VERSION);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setTransferTimeout(m_config.readTimeoutMs);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCas.isEmpty())
        tls.addCaCertificates(m_extraCas);
    networkRequest.setSslConfiguration(tls);

    QNetworkReply *reply = nullptr;
    if (request->form.isEmpty()) {
        reply = m_network->get(networkRequest);
    } else {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QByteArrayLiteral("application/x-www-form-urlencoded"));
        networkRequest.setRawHeader("Idempotency-Key", request->idempotencyKey);
        reply = m_network->post(networkRequest, request->form.trimmed());
    }
    reply->setProperty("paydeckMethod", request->form.isEmpty() ? "GET" : "POST");
    reply->setProperty("paydeckStartedMs", nowMs());
    // Connect timeout: the TLS session must be up within connectTimeoutMs.
    auto *connectTimer = new QTimer(reply);
    connectTimer->setSingleShot(true);
    connect(connectTimer, &QTimer::timeout, reply, [reply] {
        reply->setProperty("paydeckConnectTimeout", true);
        reply->abort();
    });
    connect(reply, &QNetworkReply::encrypted, connectTimer, &QTimer::stop);
    connectTimer->start(m_config.connectTimeoutMs);
    // The certificate's problems are kept on the reply itself: Qt may destroy this connection's
    // slot on its network thread, so the slot holds nothing shared.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        QStringList problems;
        const QString earlier = reply->property("paydeckSslText").toString();
        if (!earlier.isEmpty())
            problems << earlier;
        for (const QSslError &error : errors)
            problems << error.errorString();
        reply->setProperty("paydeckSslText", problems.join(QStringLiteral("; ")));
    });
    connect(reply, &QNetworkReply::finished, this, [this, request, endpoint, reply] {
        finished(request, endpoint, reply);
    });
}

void StripeClient::finished(std::shared_ptr<Request> request, int endpoint, QNetworkReply *reply)
{
    const qint64 now = nowMs();
    const qint64 latency = now - reply->property("paydeckStartedMs").toLongLong();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString endpointName = QStringLiteral("%1 %2").arg(
        reply->property("paydeckMethod").toString(), reply->url().toString(QUrl::RemoveQuery));
    EndpointHealth &health = m_health[size_t(endpoint)];
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        health.recordSuccess(now, latency);
        m_budget.finished(false, 0, now);
        pump(); // before the callback, which may end this client
        request->callback(body);
        return;
    }

    QString reason;
    bool retry = false;
    int minimumDelayMs = 0;
    const QString sslText = reply->property("paydeckSslText").toString();
    if (status >= 400) {
        const QString message
            = parseErrorMessage(std::string_view(body.constData(), size_t(body.size())));
        reason = message.isEmpty() ? tr("HTTP %1").arg(status)
                                   : tr("HTTP %1: %2").arg(status).arg(message);
        retry = status == 429 || status == 409 || status >= 500;
        if (status == 429) {
            bool ok = false;
            const int seconds = reply->rawHeader("Retry-After").toInt(&ok);
            if (ok)
                minimumDelayMs = std::min(seconds, 60) * 1000;
        }
        const QByteArray shouldRetry = reply->rawHeader("Stripe-Should-Retry");
        if (shouldRetry == "true")
            retry = true;
        else if (shouldRetry == "false")
            retry = false;
    } else if (!sslText.isEmpty()) {
        reason
            = tr("TLS verification failed: %1").arg(sslText); // a configuration problem: no retry
    } else if (reply->property("paydeckConnectTimeout").toBool()) {
        reason = tr("no connection within %1 ms").arg(m_config.connectTimeoutMs);
        retry = true;
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        reason = tr("no data for %1 ms").arg(m_config.readTimeoutMs);
        retry = true;
    } else {
        reason = reply->errorString();
        retry = isTransientNetworkError(reply->error());
    }
    m_budget.finished(status == 429, status == 429 ? minimumDelayMs : 0, now);
    pump(); // before the callback, which may end this client
    const QString error = QStringLiteral("%1: %2").arg(endpointName, reason);
    const providers::FailureKind kind = retry           ? providers::FailureKind::Transient
                                        : status == 401 ? providers::FailureKind::Authentication
                                        : status == 403 ? providers::FailureKind::Permission
                                        : status == 404 ? providers::FailureKind::NotFound
                                        : status >= 400 ? providers::FailureKind::Rejected
                                                        : providers::FailureKind::Configuration;
    // Only failures of the endpoint itself count against its breaker: not a refused request, and
    // not a 429 (the account asked too much; the budget slows down everyone instead).
    if ((retry || status == 0) && status != 429)
        health.recordFailure(now, m_config.breakerThreshold, m_config.breakerCooldownMs, reason);
    request->lastError = error;
    if (!retry || request->attempt >= m_config.retry.maxAttempts) {
        if (retry)
            request->callback(providers::Failure{
                kind, tr("%1 (gave up after %2 attempts)").arg(error).arg(request->attempt)});
        else
            request->callback(providers::Failure{kind, error});
        return;
    }
    const int delay = std::max(minimumDelayMs, backoffMs(request->attempt));
    QTimer::singleShot(delay, this, [this, request] { send(request, true); });
}

} // namespace paydeck::stripe
