#pragma once

#include "certificates.h"
#include "faults.h"
#include "page_prefetch.h"
#include "random.h"
#include "world.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace paydeck::net {
class TlsServer;
struct HttpRequest;
struct HttpResponse;
} // namespace paydeck::net

namespace paydeck::sandbox {

struct SandboxServerOptions
{
    SandboxOptions world;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString certificateDirectory; // where ca.pem, server.pem and server.key live
    QString truthPath;            // empty: no truth file
    QString statementPath;        // empty: no bank statement
    QString statementFormat = QStringLiteral("camt053"); // camt053 | mt940
    QString ledgerPath;                                  // empty: no receivables export
    QString fxPath; // empty: no file of the euro reference rates (they are served at /fx/ too)
    FaultSpec faults;
    Outage outage;
    /// Where to POST signed webhooks for live events (http:// on loopback), and the secret.
    QString webhookUrl;
    QString webhookSecret;
};

/// The built-in Stripe-compatible provider: a World served over HTTPS on loopback, advancing in
/// real time when a live rate is set.
class SandboxServer
{
public:
    SandboxServer();
    ~SandboxServer();
    Q_DISABLE_COPY_MOVE(SandboxServer)

    /// Generates the world, writes the certificates and starts listening.
    Result<void> start(const SandboxServerOptions &options);
    void stop();

    QString baseUrl() const;
    QString caCertificatePath() const { return m_certificates.caCertificate; }
    quint16 port() const { return m_port; }
    World &world() { return *m_world; }

    net::HttpResponse handle(const net::HttpRequest &request);

private:
    /// What the fault injection makes of a request (--faults).
    enum class Fault { None, RateLimited, ServerError, Drop, Slow, Truncate, BadJson };
    Fault drawFault();
    /// The answer a fault gives instead of the API's, if it gives one.
    std::optional<net::HttpResponse> faultAnswer(Fault fault) const;
    /// Stripe's answer: authentication, routing, list or retrieve.
    net::HttpResponse answerApi(const net::HttpRequest &request);
    /// A list page, rendered now or ahead of time, and the page after it rendered once this one
    /// is sent.
    net::HttpResponse answerRefund(const net::HttpRequest &request);
    net::HttpResponse answerList(const ListQuery &query, bool events);
    /// The euro reference rates in the ECB's format (/fx/eurofxref-hist.xml, -daily.xml).
    net::HttpResponse answerFx(const net::HttpRequest &request) const;
    /// The rates from the history's start (all) or of the last published day (daily).
    QByteArray ratesFeed(bool daily) const;
    Result<void> writeStatement();
    Result<void> writeLedger();
    void liveLoop();

    SandboxServerOptions m_options;
    CertificateFiles m_certificates;
    std::unique_ptr<World> m_world;
    PagePrefetch m_prefetch;
    std::string m_truthExtra; // the bank statement's expected reconciliation, for --truth
    std::unique_ptr<net::TlsServer> m_server;
    quint16 m_port = 0;
    std::thread m_liveThread;
    std::mutex m_liveMutex;
    std::condition_variable m_liveWake;
    bool m_stopping = false;
    std::atomic<quint64> m_requestCounter{0};
    qint64 m_startedAtMs = 0;
    std::mutex m_faultMutex;
    Random m_faultRandom{0x5eed};

    bool inOutage() const;
    void deliverWebhooks();
    size_t m_webhookIndex = 0;
};

} // namespace paydeck::sandbox
