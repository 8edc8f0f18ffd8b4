#pragma once

// The ECB's euro foreign exchange reference rates in their XML formats (eurofxref-daily.xml,
// eurofxref-hist-90d.xml, eurofxref-hist.xml): a gesmes:Envelope whose Cube elements carry a
// day (`time`) and, inside it, each currency's rate per 1 EUR.

#include "exchange_rate.h"
#include "util/result.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace paydeck::fx {

struct EcbFile
{
    std::vector<ExchangeRate> rates; // in file order
    /// Currencies the ECB once published that ISO 4217 no longer lists (CYP, HRK, …): skipped.
    QStringList withdrawnCurrencies;
    QDate firstDay, lastDay;
};

/// Reads an ECB reference-rate file. Anything that is not exactly such a file — another format,
/// a truncated or malformed document, a rate that is zero, negative or not a number, a currency
/// code nobody knows, one currency given two rates on one day — is an error that names
/// `origin` and the line, and nothing of the file is returned.
Result<EcbFile> parseEcbXml(const QByteArray &xml, const QString &origin);

/// Writes rates in the eurofxref-hist format, newest day first (the sandbox's feed).
QByteArray writeEcbXml(const std::vector<ExchangeRate> &rates);

} // namespace paydeck::fx
