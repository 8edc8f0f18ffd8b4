#include "fx_fetch.h"

#include "net/ca_certificates.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

#include <memory>

namespace paydeck::fx {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("paydeck::fx", text);
}

} // namespace

void fetchRatesFile(QNetworkAccessManager &network,
                    const QUrl &url,
                    const QString &caCertificateFile,
                    std::function<void(Result<QByteArray>)> done,
                    qint64 maxBytes)
{
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty()) {
        done(makeError(tr("%1 is not an https:// URL").arg(url.toString())));
        return;
    }
    auto cas = caCertificateFile.isEmpty()
                   ? Result<QList<QSslCertificate>>(QList<QSslCertificate>())
                   : net::readCaCertificates(caCertificateFile);
    if (!cas) {
        done(makeError(cas.error()));
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(60000);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!cas.value().isEmpty())
        tls.addCaCertificates(cas.value());
    request.setSslConfiguration(tls);
    QNetworkReply *reply = network.get(request);
    auto sslProblems = std::make_shared<QStringList>();
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply, [sslProblems](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                sslProblems->append(error.errorString());
        });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes](qint64 got) {
        if (got > maxBytes)
            reply->abort();
    });
    QObject::connect(
        reply, &QNetworkReply::finished, reply, [reply, url, sslProblems, maxBytes, done] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError || status != 200) {
                QString why = !sslProblems->isEmpty()        ? sslProblems->join(u"; ")
                              : status != 0 && status != 200 ? tr("HTTP %1").arg(status)
                                                             : reply->errorString();
                if (reply->error() == QNetworkReply::OperationCanceledError)
                    why = tr("larger than %1 MB").arg(maxBytes >> 20);
                done(makeError(tr("cannot fetch %1: %2").arg(url.toString(), why)));
                return;
            }
            done(reply->readAll());
        });
}

} // namespace paydeck::fx
