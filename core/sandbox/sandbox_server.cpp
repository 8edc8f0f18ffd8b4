#include "sandbox_server.h"

#include "net/tls_server.h"
#include "providers/stripe/stripe_mapping.h"
#include "util/json_writer.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>

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
    if (!options.truthPath.isEmpty()) {
        if (auto written = m_world->writeTruth(options.truthPath); !written)
            return written;
    }
    m_server = std::make_unique<net::TlsServer>(
        [this](const net::HttpRequest &request) { return handle(request); });
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_server->setRefuse([this] { return inOutage(); });
    auto port = m_server->listen(
        options.host, options.port, m_certificates.serverChain, m_certificates.serverKey);
    if (!port)
        return makeError(port.error());
    m_port = port.value();
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
        if (changed && !m_options.truthPath.isEmpty())
            (void)m_world->writeTruth(m_options.truthPath);
        lock.lock();
    }
}

bool SandboxServer::inOutage() const
{
    return m_options.outage.active((QDateTime::currentMSecsSinceEpoch() - m_startedAtMs) / 1000);
}

net::HttpResponse SandboxServer::handle(const net::HttpRequest &request)
{
    if (inOutage()) {
        net::HttpResponse dropped;
        dropped.status = -1; // connections kept alive from before the outage die too
        return dropped;
    }
    enum class Fault {
        None,
        RateLimited,
        ServerError,
        Drop,
        Slow,
        Truncate,
        BadJson
    } fault
        = Fault::None;
    if (m_options.faults.any()) {
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
            if (draw < probability) {
                fault = kind;
                break;
            }
            draw -= probability;
        }
    }
    switch (fault) {
    case Fault::RateLimited: {
        net::HttpResponse limited
            = errorResponse(429,
                            "invalid_request_error",
                            "Too many requests hit the API too quickly. We recommend an "
                            "exponential backoff of your requests.");
        limited.headers.emplace_back("Retry-After", "1");
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
    net::HttpResponse response = [&]() -> net::HttpResponse {
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
        if (request.method != "GET") {
            return errorResponse(405,
                                 "invalid_request_error",
                                 "Unrecognized request URL (" + request.method + ": " + request.path
                                     + "). The sandbox serves GET requests.");
        }
        const std::string_view path = request.path;
        if (path.substr(0, 4) != "/v1/")
            return errorResponse(404,
                                 "invalid_request_error",
                                 "Unrecognized request URL (GET: " + request.path + ").");
        std::string_view rest = path.substr(4);
        const size_t slash = rest.find('/');
        const bool events = rest.substr(0, slash) == "events";
        const auto type = events ? std::optional<ObjectType>(ObjectType::Charge)
                                 : objectTypeFromName(rest.substr(0, slash));
        if (!type
            || (!events && std::string_view(objectTypeEndpoint(*type)) != rest.substr(0, slash)))
            return errorResponse(404,
                                 "invalid_request_error",
                                 "Unrecognized request URL (GET: " + request.path + ").");
        if (slash != std::string_view::npos) {
            const std::string id(rest.substr(slash + 1));
            const ApiAnswer answer
                = events ? m_world->retrieveEvent(id) : m_world->retrieve(*type, id);
            net::HttpResponse out;
            out.status = answer.status;
            out.body = answer.body;
            return out;
        }
        ListQuery query;
        query.type = *type;
        for (const auto &[name, value] : net::parseQuery(request.query)) {
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
            } else if (name == "payout" && !events && *type == ObjectType::BalanceTransaction) {
                query.payout = value;
            } else if (name.rfind("expand", 0) == 0) {
                // Accepted; the sandbox's objects are never expanded.
            } else {
                return errorResponse(
                    400, "invalid_request_error", "Received unknown parameter: " + name, name);
            }
            if (!ok)
                return errorResponse(
                    400, "invalid_request_error", "Invalid integer: " + value, name);
        }
        ApiAnswer answer = events ? m_world->listEvents(query) : m_world->list(query);
        net::HttpResponse out;
        out.status = answer.status;
        out.body = std::move(answer.body);
        return out;
    }();
    response.headers.emplace_back("Request-Id", "req_" + std::to_string(++m_requestCounter));
    response.headers.emplace_back("Stripe-Version", stripe::kApiVersion);
    if (fault == Fault::Truncate && response.status == 200)
        response.truncateAfter = static_cast<long long>(response.body.size() / 2);
    if (fault == Fault::BadJson && response.status == 200)
        response.body = response.body.substr(0, response.body.size() / 3) + "<<garbage>>";
    return response;
}

} // namespace paydeck::sandbox
