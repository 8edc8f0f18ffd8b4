#pragma once

#include "http_message.h"
#include "util/result.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <set>
#include <string>
#include <thread>

struct ssl_ctx_st;

namespace paydeck::net {

/// A small HTTP/1.1-over-TLS server on OpenSSL, a thread per connection, keep-alive. It exists
/// for the sandbox provider, which must serve a million objects faster than clients download
/// them, and as a local webhook endpoint.
class TlsServer
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit TlsServer(Handler handler);
    ~TlsServer();
    Q_DISABLE_COPY_MOVE(TlsServer)

    /// Binds and starts serving; returns the bound port (useful with port 0).
    Result<quint16> listen(const QString &host,
                           quint16 port,
                           const QString &certificateChainPem,
                           const QString &privateKeyPem);
    /// Plain HTTP, for loopback endpoints only (a local webhook receiver behind a proxy).
    Result<quint16> listenPlain(const QString &host, quint16 port);
    void stop();
    /// Names its threads (at most 15 characters), so that what they cost can be told apart
    /// from the rest of the process (the embedded sandbox's share of the GUI's CPU).
    void setThreadName(std::string name) { m_threadName = std::move(name); }
    /// While this returns true, new connections are reset at once (an outage).
    void setRefuse(std::function<bool()> refuse) { m_refuse = std::move(refuse); }

private:
    Result<quint16> bindAndServe(const QString &host, quint16 port);
    void acceptLoop();
    void serveConnection(int fd);

    void nameThisThread() const;

    Handler m_handler;
    std::function<bool()> m_refuse;
    std::string m_threadName = "tls-server";
    ssl_ctx_st *m_context = nullptr;
    int m_listenFd = -1;
    std::thread m_acceptThread;
    std::atomic<bool> m_stopping{false};
    std::mutex m_mutex;
    std::condition_variable m_idle;
    std::set<int> m_connections;
    int m_activeThreads = 0;
};

} // namespace paydeck::net
