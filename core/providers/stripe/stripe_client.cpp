#include "stripe_client.h"

#include "stripe_mapping.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>

namespace paydeck::stripe {

StripeClient::StripeClient(ClientConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(true);
}

StripeClient::~StripeClient() = default;

Result<void> StripeClient::prepare()
{
    if (!m_config.baseUrl.isValid() || m_config.baseUrl.scheme() != u"https")
        return makeError(tr("the URL %1 is not an https:// URL").arg(m_config.baseUrl.toString()));
    if (m_config.apiKey.isEmpty())
        return makeError(tr("no API key is set"));
    if (!m_config.caCertificate.isEmpty()) {
        QFile file(m_config.caCertificate);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(tr("cannot read the CA certificate %1: %2")
                                 .arg(m_config.caCertificate, file.errorString()));
        m_extraCas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (m_extraCas.isEmpty())
            return makeError(tr("%1 holds no PEM certificate").arg(m_config.caCertificate));
    }
    return {};
}

void StripeClient::get(const QString &path, const QUrlQuery &query, Callback callback)
{
    QUrl url = m_config.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    request.setRawHeader("Stripe-Version", kApiVersion);
    request.setRawHeader("User-Agent", "Paydeck/" PAYDECK_VERSION);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(m_config.timeoutMs);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCas.isEmpty())
        tls.addCaCertificates(m_extraCas);
    request.setSslConfiguration(tls);

    QNetworkReply *reply = m_network->get(request);
    auto sslProblems = std::make_shared<QStringList>();
    connect(reply, &QNetworkReply::sslErrors, reply, [sslProblems](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            sslProblems->append(error.errorString());
    });
    const QString endpoint = QStringLiteral("GET %1").arg(url.toString(QUrl::RemoveQuery));
    connect(reply, &QNetworkReply::finished, this, [reply, callback, sslProblems, endpoint]() {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
            callback(body);
            return;
        }
        QString reason;
        if (status >= 400) {
            const QString message
                = parseErrorMessage(std::string_view(body.constData(), size_t(body.size())));
            reason = tr("HTTP %1%2")
                         .arg(status)
                         .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message);
        } else if (!sslProblems->isEmpty()) {
            reason = tr("TLS verification failed: %1").arg(sslProblems->join(u"; "));
        } else if (reply->error() == QNetworkReply::OperationCanceledError) {
            reason = tr("timed out");
        } else {
            reason = reply->errorString();
        }
        callback(makeError(QStringLiteral("%1: %2").arg(endpoint, reason)));
    });
}

} // namespace paydeck::stripe
