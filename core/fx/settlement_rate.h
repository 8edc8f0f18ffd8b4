#pragma once

// The rates a payment provider applied when it settled a charge in another currency: Stripe's
// balance_transaction.exchange_rate ("the amount in currency A, times exchange_rate, would be
// the amount in currency B": A the charge's currency, B the balance transaction's). Where one
// side is EUR the rate is a per-EUR rate like the ECB's, and fills in days and currencies the
// ECB does not publish.

#include "exchange_rate.h"

#include <vector>

namespace paydeck::fx {

/// One settlement as the store keeps it.
struct Settlement
{
    QString chargeCurrency;  // ISO 4217, any case
    QString settledCurrency; // the balance transaction's currency
    QString exchangeRate;    // the decimal as the provider sent it
    qint64 created = 0;      // unix seconds
    QString transaction;     // the balance transaction's id
};

/// The per-EUR rates the settlements imply: one per currency and UTC day (that day's last
/// settlement), under `source`. A settlement between two other currencies implies no per-EUR
/// rate on its own and is left out, as is a rate that is not a positive decimal.
std::vector<ExchangeRate> perEuroRates(const std::vector<Settlement> &settlements,
                                       const QString &source);

/// A positive decimal with up to `digits` significant digits, rounded half up beyond them
/// (providers send rates such as "0.9174311926605505"); nullopt for anything else.
std::optional<DecimalRate> roundedDecimal(QStringView text, int digits = 12);

/// 1 / rate to `digits` significant digits, rounded half up.
DecimalRate inverse(const DecimalRate &rate, int digits = 10);

} // namespace paydeck::fx
