#pragma once

// A PEM file of certificate authorities to trust beside the system's (a provider's private CA,
// the sandbox's own), read for every HTTPS client that accepts one.

#include "util/result.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace paydeck::net {

/// The certificates in `file`; an error naming the file when it cannot be read or holds none.
Result<QList<QSslCertificate>> readCaCertificates(const QString &file);

} // namespace paydeck::net
