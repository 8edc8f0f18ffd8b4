#pragma once

#include <QString>

#include <string>

namespace paydeck::sandbox {

// What the sandbox's bank statement and receivables export share.

/// A number fixed by the seed, an object id and a purpose: decisions about an object never change
/// when the world grows, so files written on different days agree on everything they share.
quint64 stableHash(quint64 seed, const std::string &id, const char *purpose);

/// "EUR" for "eur".
std::string upperCode(std::string code);

/// The currency's minor-unit exponent (ISO 4217); 2 for a code the table does not know.
int exponentOf(const std::string &code);

/// An amount as files write it, via Money: "1234.56", "1500" (JPY), "12.345" (BHD); with
/// `decimalComma` as MT940 wants it: "1234,56", "1500,".
QString plainAmount(qint64 minor, const std::string &code, bool decimalComma = false);

} // namespace paydeck::sandbox
