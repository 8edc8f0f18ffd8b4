#pragma once

#include "util/result.h"

#include <QString>

namespace paydeck::sandbox {

/// The sandbox's TLS identity: a private CA that clients pin, and a server certificate it signed
/// for 127.0.0.1 and localhost.
struct CertificateFiles
{
    QString caCertificate; // ca.pem — what clients trust
    QString serverChain;   // server.pem — leaf + CA
    QString serverKey;     // server.key
};

/// Reuses the files in `directory` when they exist and stay valid for another day; otherwise
/// generates a fresh CA and server certificate with OpenSSL (ECDSA P-256).
Result<CertificateFiles> ensureCertificates(const QString &directory);

} // namespace paydeck::sandbox
