#include "sandbox_server.h"

#include <QUrlQuery>

#include "bank_statement.h"
#include "fx/ecb_xml.h"
#include "fx_feed.h"
#include "ledger_export.h"

#include "net/tls_server.h"
#include "providers/stripe/stripe_mapping.h"
#include "util/json_writer.h"
#include "webhooks/webhook_signature.h"

#include <QUrl>
#include <QUrlQuery>

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <optional>
#include <variant>

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSaveFile>

#include <charconv>

namespace paydeck::sandbox {

namespace {

net::HttpResponse errorResponse(int status,
                                std::string_view type,
                                std::string_view message,
                                std::string_view param = {})
{
    net::HttpResponse response;
    response.status = status;
    JsonWriter w(response.body);
    w.beginObject().key("error").beginObject();
    w.key("message").value(message);
    if (!param.empty())
        w.key("param").value(param);
    w.key("type").value(type);
    w.endObject().endObject();
    return response;
}

std::string maskedKey(std::string_view key)
{
    if (key.size() <= 8)
        return "***";
    return std::string(key.substr(0, 8)) + "****" + std::string(key.substr(key.size() - 4));
}

/// The API key from `Authorization: Bearer KEY` or HTTP Basic with the key as user name.
std::string apiKeyOf(const net::HttpRequest &request)
{
    const std::string_view auth = request.header("authorization");
    if (auth.substr(0, 7) == "Bearer ")
        return std::string(auth.substr(7));
    if (auth.substr(0, 6) == "Basic ") {
        const QByteArray decoded
            = QByteArray::fromBase64(QByteArray(auth.data() + 6, qsizetype(auth.size() - 6)));
        const qsizetype colon = decoded.indexOf(':');
        return decoded.left(colon < 0 ? decoded.size() : colon).toStdString();
    }
    return {};
}

bool parseInteger(const std::string &text, qint64 &out)
{
    const auto result = std::from_chars(text.data(), text.data() + text.size(), out);
    return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

/// A list request's parameters as Stripe reads them; unknown ones are refused as Stripe does.
std::variant<ListQuery, net::HttpResponse>
parseListQuery(const net::HttpRequest &request, ObjectType type, bool events)
{
    ListQuery query;
    query.type = type;
    for (const auto &parameter : net::parseQuery(request.query)) {
        // Not a structured binding: the lambda below captures it (clang < 16 cannot).
        const std::string &name = parameter.first;
        const std::string &value = parameter.second;
        qint64 number = 0;
        auto integer = [&](std::optional<qint64> &target) -> bool {
            if (!parseInteger(value, number))
                return false;
            target = number;
            return true;
        };
        bool ok = true;
        if (name == "limit") {
            ok = parseInteger(value, number);
            query.limit = int(std::clamp<qint64>(number, -1, 1000));
        } else if (name == "starting_after") {
            query.startingAfter = value;
        } else if (name == "ending_before") {
            query.endingBefore = value;
        } else if (name == "created[gte]") {
            ok = integer(query.createdGte);
        } else if (name == "created[gt]") {
            ok = integer(query.createdGt);
        } else if (name == "created[lte]") {
            ok = integer(query.createdLte);
        } else if (name == "created[lt]") {
            ok = integer(query.createdLt);
        } else if (name == "created") {
            ok = integer(query.createdGte);
            query.createdLte = query.createdGte;
        } else if (name == "payout" && !events && type == ObjectType::BalanceTransaction) {
            query.payout = value;
        } else if (name.rfind("expand", 0) == 0) {
            // Accepted; the sandbox's objects are never expanded.
        } else {
            return errorResponse(
                400, "invalid_request_error", "Received unknown parameter: " + name, name);
        }
        if (!ok)
            return errorResponse(400, "invalid_request_error", "Invalid integer: " + value, name);
    }
    return query;
}

} // namespace

SandboxServer::SandboxServer() = default;

SandboxServer::~SandboxServer()
{
    stop();
}

Result<void> SandboxServer::start(const SandboxServerOptions &options)
{
    m_options = options;
    auto certificates = ensureCertificates(options.certificateDirectory);
    if (!certificates)
        return makeError(certificates.error());
    m_certificates = certificates.value();

    m_world = std::make_unique<World>(options.world);
    m_world->generate(QDateTime::currentSecsSinceEpoch());
    if (!options.statementPath.isEmpty()) {
        if (auto written = writeStatement(); !written)
            return written;
    }
    if (!options.ledgerPath.isEmpty()) {
        if (auto written = writeLedger(); !written)
            return written;
    }
    if (!options.fxPath.isEmpty()) {
        const QByteArray xml = ratesFeed(false);
        QSaveFile file(options.fxPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size() || !file.commit())
            return makeError(
                QObject::tr("cannot write %1: %2").arg(options.fxPath, file.errorString()));
    }
    for (const Incident &incident : m_world->incidents()) {
        const QJsonObject line{{QStringLiteral("object"), QStringLiteral("incident")},
                               {QStringLiteral("kind"), QString::fromStdString(incident.kind)},
                               {QStringLiteral("from"), incident.from},
                               {QStringLiteral("to"), incident.to}};
        m_truthExtra += QJsonDocument(line).toJson(QJsonDocument::Compact).toStdString() + '\n';
    }
    if (!options.truthPath.isEmpty()) {
        if (auto written = m_world->writeTruth(options.truthPath, m_truthExtra); !written)
            return written;
    }
    m_server = std::make_unique<net::TlsServer>(
        [this](const net::HttpRequest &request) { return handle(request); });
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_server->setRefuse([this] { return inOutage(); });
    m_server->setThreadName("sandbox");
    auto port = m_server->listen(
        options.host, options.port, m_certificates.serverChain, m_certificates.serverKey);
    if (!port)
        return makeError(port.error());
    m_port = port.value();
    m_webhookIndex = size_t(m_world->eventCount()); // the history is not re-sent
    if (options.world.ratePerMinute > 0)
        m_liveThread = std::thread([this] { liveLoop(); });
    return {};
}

void SandboxServer::stop()
{
    {
        std::lock_guard lock(m_liveMutex);
        m_stopping = true;
    }
    m_liveWake.notify_all();
    if (m_liveThread.joinable())
        m_liveThread.join();
    if (m_server)
        m_server->stop();
}

Result<void> SandboxServer::writeStatement()
{
    const BankStatement statement = makeBankStatement(m_world->payouts(),
                                                      m_options.world.seed,
                                                      m_world->clock(),
                                                      m_world->incidents(),
                                                      !m_options.world.incidents.has_value());
    const bool mt940 = m_options.statementFormat == u"mt940";
    QSaveFile file(m_options.statementPath);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(
            QObject::tr("cannot write %1: %2").arg(m_options.statementPath, file.errorString()));
    file.write(mt940 ? writeMt940(statement) : writeCamt053(statement));
    if (!file.commit())
        return makeError(
            QObject::tr("cannot write %1: %2").arg(m_options.statementPath, file.errorString()));
    QJsonObject expectation = statement.expectation.toJson();
    expectation.insert(u"statement_file", m_options.statementPath);
    expectation.insert(u"statement_format",
                       mt940 ? QStringLiteral("mt940") : QStringLiteral("camt.053.001.08"));
    m_truthExtra += QJsonDocument(expectation).toJson(QJsonDocument::Compact).toStdString() + '\n';
    return {};
}

Result<void> SandboxServer::writeLedger()
{
    const LedgerExport ledger = makeLedgerExport(
        m_world->succeededChargesWithNet(), m_options.world.seed, m_world->clock());
    QSaveFile file(m_options.ledgerPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(ledger.csv) != ledger.csv.size()
        || !file.commit())
        return makeError(
            QObject::tr("cannot write %1: %2").arg(m_options.ledgerPath, file.errorString()));
    QJsonObject expectation = ledger.expectation.toJson();
    expectation.insert(u"ledger_file", m_options.ledgerPath);
    m_truthExtra += QJsonDocument(expectation).toJson(QJsonDocument::Compact).toStdString() + '\n';
    return {};
}

QString SandboxServer::baseUrl() const
{
    return QStringLiteral("https://%1:%2").arg(m_options.host).arg(m_port);
}

void SandboxServer::liveLoop()
{
    std::unique_lock lock(m_liveMutex);
    while (!m_stopping) {
        m_liveWake.wait_for(lock, std::chrono::milliseconds(250));
        if (m_stopping)
            break;
        lock.unlock();
        const bool changed = m_world->advanceTo(QDateTime::currentSecsSinceEpoch());
        if (changed && !m_options.webhookUrl.isEmpty())
            deliverWebhooks();
        if (changed && !m_options.truthPath.isEmpty())
            (void)m_world->writeTruth(m_options.truthPath, m_truthExtra);
        lock.lock();
    }
}

namespace {

/// One POST over plain HTTP (loopback webhook endpoints); the HTTP status, or -1.
int postOnce(const QUrl &url, const QByteArray &signature, const std::string &body)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(url.port(80)));
    if (::inet_pton(AF_INET, url.host().toLatin1().constData(), &address.sin_addr) != 1
        || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    const timeval timeout{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    std::string request
        = "POST " + (url.path().isEmpty() ? std::string("/") : url.path().toStdString())
          + " HTTP/1.1\r\nHost: " + url.host().toStdString()
          + "\r\nUser-Agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)"
            "\r\nContent-Type: application/json; charset=utf-8\r\nStripe-Signature: "
          + signature.toStdString() + "\r\nContent-Length: " + std::to_string(body.size())
          + "\r\nConnection: close\r\n\r\n" + body;
    size_t sent = 0;
    while (sent < request.size()) {
        const ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) {
            ::close(fd);
            return -1;
        }
        sent += size_t(n);
    }
    char reply[64] = {};
    const ssize_t n = ::recv(fd, reply, sizeof reply - 1, 0);
    ::close(fd);
    if (n < 12 || std::strncmp(reply, "HTTP/1.", 7) != 0)
        return -1;
    return std::atoi(reply + 9);
}

} // namespace

void SandboxServer::deliverWebhooks()
{
    const QUrl url(m_options.webhookUrl);
    const QByteArray secret = m_options.webhookSecret.toUtf8();
    // A webhook_silence incident: nothing arrives while it lasts (delivered after, as Stripe
    // retries).
    if (m_world->incidentAt("webhook_silence", QDateTime::currentSecsSinceEpoch()))
        return;
    for (const std::string &event : m_world->eventsSince(m_webhookIndex)) {
        // Stripe retries failed deliveries with backoff for days; the sandbox tries a few times.
        bool delivered = false;
        for (int attempt = 0; attempt < 3 && !delivered; ++attempt) {
            const QByteArray signature = webhooks::stripeSignatureHeader(
                QByteArrayView(event.data(), qsizetype(event.size())),
                secret,
                QDateTime::currentSecsSinceEpoch());
            const int status = postOnce(url, signature, event);
            delivered = status >= 200 && status < 300;
            if (!delivered)
                std::this_thread::sleep_for(std::chrono::milliseconds(200 << attempt));
        }
        if (!delivered)
            qWarning("sandbox: a webhook could not be delivered to %s after 3 attempts",
                     qPrintable(m_options.webhookUrl));
    }
}

bool SandboxServer::inOutage() const
{
    return m_options.outage.active((QDateTime::currentMSecsSinceEpoch() - m_startedAtMs) / 1000)
           || (m_world && m_world->incidentAt("api_outage", QDateTime::currentSecsSinceEpoch()));
}

SandboxServer::Fault SandboxServer::drawFault()
{
    if (!m_options.faults.any())
        return Fault::None;
    const FaultSpec &f = m_options.faults;
    double draw = 0;
    {
        std::lock_guard lock(m_faultMutex);
        draw = m_faultRandom.uniform();
    }
    const std::pair<double, Fault> table[] = {{f.rateLimited, Fault::RateLimited},
                                              {f.serverError, Fault::ServerError},
                                              {f.drop, Fault::Drop},
                                              {f.slow, Fault::Slow},
                                              {f.truncate, Fault::Truncate},
                                              {f.badJson, Fault::BadJson}};
    for (const auto &[probability, kind] : table) {
        if (draw < probability)
            return kind;
        draw -= probability;
    }
    return Fault::None;
}

std::optional<net::HttpResponse> SandboxServer::faultAnswer(Fault fault) const
{
    switch (fault) {
    case Fault::RateLimited: {
        net::HttpResponse limited
            = errorResponse(429,
                            "invalid_request_error",
                            "Too many requests hit the API too quickly. We recommend an "
                            "exponential backoff of your requests.");
        if (m_options.faults.retryAfterSeconds >= 0)
            limited.headers.emplace_back("Retry-After",
                                         std::to_string(m_options.faults.retryAfterSeconds));
        return limited;
    }
    case Fault::ServerError: {
        net::HttpResponse failed
            = errorResponse(500, "api_error", "An unknown error occurred (sandbox fault).");
        failed.headers.emplace_back("Stripe-Should-Retry", "true");
        return failed;
    }
    case Fault::Drop: {
        net::HttpResponse dropped;
        dropped.status = -1;
        return dropped;
    }
    case Fault::Slow:
        std::this_thread::sleep_for(std::chrono::milliseconds(m_options.faults.slowMs));
        break;
    default:
        break;
    }
    return std::nullopt;
}

QByteArray SandboxServer::ratesFeed(bool daily) const
{
    const QDate last = lastPublishedDay(QDateTime::currentDateTimeUtc());
    const QDate first = daily ? last
                              : QDateTime::fromSecsSinceEpoch(m_world->anchor(), Qt::UTC)
                                    .date()
                                    .addDays(-m_options.world.historyDays - 14);
    auto rates = sandboxRates(m_options.world.seed, first, last);
    if (daily && !rates.empty()) {
        const QDate newest = rates.back().day;
        std::erase_if(rates, [&](const fx::ExchangeRate &rate) { return rate.day != newest; });
    }
    return writeEcbXml(rates);
}

net::HttpResponse SandboxServer::answerFx(const net::HttpRequest &request) const
{
    // Public, like the ECB's own files: no API key.
    const bool daily = request.path == "/fx/eurofxref-daily.xml";
    if (!daily && request.path != "/fx/eurofxref-hist.xml")
        return errorResponse(
            404, "invalid_request_error", "Unrecognized request URL (GET: " + request.path + ").");
    net::HttpResponse out;
    out.body = ratesFeed(daily).toStdString();
    out.headers.emplace_back("Content-Type", "text/xml");
    return out;
}

net::HttpResponse SandboxServer::answerApi(const net::HttpRequest &request)
{
    if (request.path.rfind("/fx/", 0) == 0 && request.method == "GET")
        return answerFx(request);
    const std::string key = apiKeyOf(request);
    if (key.empty()) {
        return errorResponse(401,
                             "invalid_request_error",
                             "You did not provide an API key. You need to provide your API key "
                             "in the Authorization header, using Bearer auth.");
    }
    if (key.rfind("sk_test_", 0) != 0) {
        return errorResponse(
            401, "invalid_request_error", "Invalid API Key provided: " + maskedKey(key));
    }
    if (request.method == "POST" && request.path == "/v1/refunds")
        return answerRefund(request);
    if (request.method != "GET") {
        return errorResponse(405,
                             "invalid_request_error",
                             "Unrecognized request URL (" + request.method + ": " + request.path
                                 + "). The sandbox serves GET requests.");
    }
    const std::string_view path = request.path;
    if (path.substr(0, 4) != "/v1/")
        return errorResponse(
            404, "invalid_request_error", "Unrecognized request URL (GET: " + request.path + ").");
    std::string_view rest = path.substr(4);
    const size_t slash = rest.find('/');
    const bool events = rest.substr(0, slash) == "events";
    const auto type = events ? std::optional<ObjectType>(ObjectType::Charge)
                             : objectTypeFromName(rest.substr(0, slash));
    if (!type || (!events && std::string_view(objectTypeEndpoint(*type)) != rest.substr(0, slash)))
        return errorResponse(
            404, "invalid_request_error", "Unrecognized request URL (GET: " + request.path + ").");
    if (slash != std::string_view::npos) {
        const std::string id(rest.substr(slash + 1));
        const ApiAnswer answer = events ? m_world->retrieveEvent(id) : m_world->retrieve(*type, id);
        net::HttpResponse out;
        out.status = answer.status;
        out.body = answer.body;
        return out;
    }
    auto query = parseListQuery(request, *type, events);
    if (const auto *refused = std::get_if<net::HttpResponse>(&query))
        return *refused;
    return answerList(std::get<ListQuery>(query), events);
}

net::HttpResponse SandboxServer::answerRefund(const net::HttpRequest &request)
{
    const QUrlQuery form(QString::fromStdString(request.body).replace(u'+', u' '));
    auto field = [&form](const char *name) {
        return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).toStdString();
    };
    qint64 amount = 0;
    if (const std::string text = field("amount"); !text.empty()) {
        bool ok = false;
        amount = QString::fromStdString(text).toLongLong(&ok);
        if (!ok || amount <= 0)
            return errorResponse(400, "invalid_request_error", "Invalid positive integer: amount");
    }
    const ApiAnswer answer = m_world->createRefund(
        field("charge"), amount, field("reason"), std::string(request.header("idempotency-key")));
    net::HttpResponse out;
    out.status = answer.status;
    out.body = answer.body;
    if (!request.header("idempotency-key").empty())
        out.headers.emplace_back("Idempotency-Key", std::string(request.header("idempotency-key")));
    return out;
}

net::HttpResponse SandboxServer::answerList(const ListQuery &query, bool events)
{
    auto render = [this, events](const ListQuery &page) {
        return events ? m_world->listEvents(page) : m_world->list(page);
    };
    std::optional<ApiAnswer> answer = m_prefetch.take(query, events, m_world->version());
    if (!answer)
        answer = render(query);
    net::HttpResponse out;
    if (const auto next = PagePrefetch::nextPage(query, *answer)) {
        out.afterSent = [this, render, events, next = *next] {
            m_prefetch.put(next, events, render(next));
        };
    }
    out.status = answer->status;
    out.body = std::move(answer->body);
    return out;
}

net::HttpResponse SandboxServer::handle(const net::HttpRequest &request)
{
    if (inOutage()) {
        net::HttpResponse dropped;
        dropped.status = -1; // connections kept alive from before the outage die too
        return dropped;
    }
    const Fault fault = drawFault();
    if (auto instead = faultAnswer(fault))
        return *instead;
    net::HttpResponse response = answerApi(request);
    response.headers.emplace_back("Request-Id", "req_" + std::to_string(++m_requestCounter));
    response.headers.emplace_back("Stripe-Version", stripe::kApiVersion);
    if (fault == Fault::Truncate && response.status == 200)
        response.truncateAfter = static_cast<long long>(response.body.size() / 2);
    if (fault == Fault::BadJson && response.status == 200)
        response.body = response.body.substr(0, response.body.size() / 3) + "<<garbage>>";
    return response;
}

} // namespace paydeck::sandbox
