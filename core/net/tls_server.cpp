#include "tls_server.h"

#include <QObject>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cstring>

namespace paydeck::net {

namespace {

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    if (code == 0)
        return QObject::tr("unknown TLS error");
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

bool writeAllTls(SSL *ssl, const char *data, size_t size)
{
    while (size > 0) {
        const int chunk = int(std::min<size_t>(size, 1 << 30));
        const int written = SSL_write(ssl, data, chunk);
        if (written <= 0)
            return false;
        data += written;
        size -= size_t(written);
    }
    return true;
}

} // namespace

TlsServer::TlsServer(Handler handler) : m_handler(std::move(handler)) {}

TlsServer::~TlsServer()
{
    stop();
    if (m_context)
        SSL_CTX_free(m_context);
}

Result<quint16> TlsServer::listen(const QString &host,
                                  quint16 port,
                                  const QString &certificateChainPem,
                                  const QString &privateKeyPem)
{
    // A client that vanishes mid-answer must cost a connection, not the process: writes to a
    // closed socket return EPIPE instead of raising SIGPIPE.
    ::signal(SIGPIPE, SIG_IGN);
    m_context = SSL_CTX_new(TLS_server_method());
    if (!m_context)
        return makeError(opensslError());
    SSL_CTX_set_min_proto_version(m_context, TLS1_2_VERSION);
    SSL_CTX_set_mode(m_context, SSL_MODE_AUTO_RETRY);
    // AES-128-GCM first (hardware-accelerated and the cheapest strong suite): the sandbox must
    // serve faster than any client downloads.
    SSL_CTX_set_ciphersuites(
        m_context, "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256");
    SSL_CTX_set_options(m_context, SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_NO_RENEGOTIATION);
    if (SSL_CTX_use_certificate_chain_file(m_context, certificateChainPem.toLocal8Bit().constData())
        != 1)
        return makeError(
            QObject::tr("cannot load certificate %1: %2").arg(certificateChainPem, opensslError()));
    if (SSL_CTX_use_PrivateKey_file(
            m_context, privateKeyPem.toLocal8Bit().constData(), SSL_FILETYPE_PEM)
        != 1)
        return makeError(QObject::tr("cannot load key %1: %2").arg(privateKeyPem, opensslError()));

    return bindAndServe(host, port);
}

Result<quint16> TlsServer::listenPlain(const QString &host, quint16 port)
{
    ::signal(SIGPIPE, SIG_IGN);
    return bindAndServe(host, port);
}

Result<quint16> TlsServer::bindAndServe(const QString &host, quint16 port)
{
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listenFd < 0)
        return makeError(
            QObject::tr("cannot create a socket: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    const int yes = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    if (::inet_pton(AF_INET, host.toLatin1().constData(), &address.sin_addr) != 1)
        return makeError(QObject::tr("\"%1\" is not an IPv4 address").arg(host));
    if (::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_listenFd, 128) != 0) {
        const QString reason = QString::fromLocal8Bit(strerror(errno));
        ::close(m_listenFd);
        m_listenFd = -1;
        return makeError(QObject::tr("cannot listen on %1:%2: %3").arg(host).arg(port).arg(reason));
    }
    socklen_t length = sizeof address;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&address), &length);
    m_acceptThread = std::thread([this] {
        nameThisThread();
        acceptLoop();
    });
    return quint16(ntohs(address.sin_port));
}

void TlsServer::nameThisThread() const
{
    pthread_setname_np(pthread_self(), m_threadName.substr(0, 15).c_str());
}

void TlsServer::stop()
{
    if (m_stopping.exchange(true))
        return;
    if (m_listenFd >= 0)
        ::shutdown(m_listenFd, SHUT_RDWR);
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    m_listenFd = -1;
    std::unique_lock lock(m_mutex);
    for (const int fd : m_connections)
        ::shutdown(fd, SHUT_RDWR);
    m_idle.wait(lock, [this] { return m_activeThreads == 0; });
}

void TlsServer::acceptLoop()
{
    while (!m_stopping) {
        pollfd pfd{m_listenFd, POLLIN, 0};
        if (::poll(&pfd, 1, 200) <= 0)
            continue;
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        const int yes = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
        // Room for a whole page in the socket, so that a write does not wait for the reader.
        const int sendBuffer = 1 << 20;
        ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sendBuffer, sizeof sendBuffer);
        if (m_refuse && m_refuse()) {
            // Refused: reset at once, as a host that is down would.
            const linger reset{1, 0};
            ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
            ::close(fd);
            continue;
        }
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping) {
                ::close(fd);
                break;
            }
            m_connections.insert(fd);
            ++m_activeThreads;
        }
        std::thread([this, fd] {
            nameThisThread();
            serveConnection(fd);
            std::lock_guard lock(m_mutex);
            m_connections.erase(fd);
            ::close(fd);
            if (--m_activeThreads == 0)
                m_idle.notify_all();
        }).detach();
    }
}

void TlsServer::serveConnection(int fd)
{
    // Plain HTTP (a loopback webhook endpoint) when the server has no TLS context.
    SSL *ssl = nullptr;
    if (m_context) {
        ssl = SSL_new(m_context);
        SSL_set_fd(ssl, fd);
        if (SSL_accept(ssl) != 1) {
            SSL_free(ssl);
            ERR_clear_error();
            return;
        }
    }
    auto readSome = [ssl, fd](char *data, int size) -> int {
        if (ssl)
            return SSL_read(ssl, data, size);
        const ssize_t n = ::recv(fd, data, size_t(size), 0);
        return n > 0 ? int(n) : -1;
    };
    auto writeAll = [ssl, fd](const char *data, size_t size) -> bool {
        if (ssl)
            return writeAllTls(ssl, data, size);
        while (size > 0) {
            const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            data += n;
            size -= size_t(n);
        }
        return true;
    };
    std::string buffer;
    char chunk[16384];
    bool keepAlive = true;
    while (keepAlive && !m_stopping) {
        // Read one request head.
        size_t headEnd;
        while ((headEnd = buffer.find("\r\n\r\n")) == std::string::npos) {
            if (buffer.size() > 65536)
                goto done;
            const int n = readSome(chunk, sizeof chunk);
            if (n <= 0)
                goto done;
            buffer.append(chunk, size_t(n));
        }
        {
            HttpRequest request;
            bool http10 = false;
            if (!parseRequestHead(std::string_view(buffer.data(), headEnd), request, http10))
                goto done;
            buffer.erase(0, headEnd + 4);
            const auto contentLength = declaredContentLength(request);
            if (!contentLength)
                goto done;
            while (buffer.size() < *contentLength) {
                const int n = readSome(chunk, sizeof chunk);
                if (n <= 0)
                    goto done;
                buffer.append(chunk, size_t(n));
            }
            request.body = buffer.substr(0, *contentLength);
            buffer.erase(0, *contentLength);
            const std::string_view connection = request.header("connection");
            keepAlive = !(connection == "close" || (http10 && connection != "keep-alive"));

            HttpResponse response = m_handler(request);
            if (response.status < 0)
                goto done; // the handler asked to drop the connection
            std::string out;
            out.reserve(256 + response.body.size());
            out.append("HTTP/1.1 ").append(std::to_string(response.status)).append(" ");
            out.append(reasonPhrase(response.status)).append("\r\n");
            out.append("Content-Type: ").append(response.contentType).append("\r\n");
            out.append("Content-Length: ")
                .append(std::to_string(response.body.size()))
                .append("\r\n");
            for (const auto &[name, value] : response.headers)
                out.append(name).append(": ").append(value).append("\r\n");
            if (!keepAlive)
                out.append("Connection: close\r\n");
            out.append("\r\n");
            // Head and body in one write: a head alone would wake the client for nothing.
            if (response.truncateAfter >= 0) {
                out.append(response.body, 0, size_t(response.truncateAfter));
                (void)writeAll(out.data(), out.size());
                goto done;
            }
            out.append(response.body);
            if (!writeAll(out.data(), out.size()))
                goto done;
            if (response.afterSent)
                response.afterSent();
        }
    }
done:
    if (ssl) {
        SSL_shutdown(ssl);
        SSL_free(ssl);
        ERR_clear_error();
    }
}

} // namespace paydeck::net
