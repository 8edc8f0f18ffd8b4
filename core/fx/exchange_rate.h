#pragma once

// A published exchange rate, kept exactly as the decimal its publisher wrote ("1.0867",
// "162.41"): rates are never floating point, and conversions round only once, at the end.

#include <QDate>
#include <QString>

#include <optional>

namespace paydeck::fx {

/// A positive decimal: mantissa × 10^-scale ("0.86795" is 86795, scale 5).
struct DecimalRate
{
    qint64 mantissa = 0;
    int scale = 0;

    /// Parses a plain positive decimal ("1.0867", "162", "0.5"); nullopt for anything else:
    /// zero, a sign, exponents, separators, more than 12 significant digits.
    static std::optional<DecimalRate> parse(QStringView text);
    /// The decimal as published (trailing zeros kept: "1.0800").
    QString text() const;

    friend bool operator==(const DecimalRate &, const DecimalRate &) = default;
};

/// Where a rate comes from. ECB reference rates are quoted as units of `currency` per 1 EUR;
/// Stripe's rates are what Stripe applied to one balance transaction.
struct ExchangeRate
{
    QString currency; // ISO 4217, upper case
    QDate day;        // the day it was published for
    DecimalRate perEuro;
    QString source; // "ECB"; "Sandbox" for the sandbox's feed; another publisher's name
    QString origin; // the file or URL it was imported from

    friend bool operator==(const ExchangeRate &, const ExchangeRate &) = default;
};

} // namespace paydeck::fx
