#include "ca_certificates.h"

#include <QCoreApplication>
#include <QFile>

namespace paydeck::net {

Result<QList<QSslCertificate>> readCaCertificates(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(
            QCoreApplication::translate("paydeck::net", "cannot read the CA certificate %1: %2")
                .arg(file, in.errorString()));
    const QList<QSslCertificate> cas = QSslCertificate::fromData(in.readAll(), QSsl::Pem);
    if (cas.isEmpty())
        return makeError(
            QCoreApplication::translate("paydeck::net", "%1 holds no PEM certificate").arg(file));
    return cas;
}

} // namespace paydeck::net
