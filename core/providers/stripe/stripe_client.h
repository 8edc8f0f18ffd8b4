#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;

namespace paydeck::stripe {

struct ClientConfig
{
    QUrl baseUrl; // https://api.stripe.com or the sandbox
    QString apiKey;
    QString
        caCertificate; // PEM file trusted in addition to the system's CAs (may be a pinned leaf)
    int timeoutMs = 30000;
};

/// HTTPS GETs against a Stripe-shaped API through Qt Network. TLS is always verified: a custom
/// CA or pinned certificate is added to the trusted set, never used to switch checks off.
class StripeClient final : public QObject
{
    Q_OBJECT
public:
    explicit StripeClient(ClientConfig config, QObject *parent = nullptr);
    ~StripeClient() override;
    Q_DISABLE_COPY_MOVE(StripeClient)

    /// Validates the configuration (URL scheme, CA file); call before get().
    Result<void> prepare();

    using Callback = std::function<void(Result<QByteArray>)>;
    /// GET baseUrl + path?query; the callback runs in this object's thread with the body of a
    /// 2xx answer, or an error naming the endpoint and what failed.
    void get(const QString &path, const QUrlQuery &query, Callback callback);

    const ClientConfig &config() const { return m_config; }

private:
    ClientConfig m_config;
    QNetworkAccessManager *m_network;
    QList<QSslCertificate> m_extraCas;
};

} // namespace paydeck::stripe
