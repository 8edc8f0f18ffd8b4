#pragma once

// Fetches a reference-rate file over HTTPS (the ECB's eurofxref URLs, or the sandbox's feed),
// the certificate verified against the system's CAs and, where given, one more CA.

#include "util/result.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace paydeck::fx {

/// The ECB's full history of reference rates.
inline constexpr auto kEcbHistoryUrl
    = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.xml";

/// Asks for `url` and calls `done` on this thread with the body (or why there is none). Only
/// https:// is accepted; a body larger than `maxBytes` is refused.
void fetchRatesFile(QNetworkAccessManager &network,
                    const QUrl &url,
                    const QString &caCertificateFile,
                    std::function<void(Result<QByteArray>)> done,
                    qint64 maxBytes = 64 << 20);

} // namespace paydeck::fx
