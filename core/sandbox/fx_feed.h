#pragma once

// The sandbox's euro reference rates: an ECB-format feed for the currencies the ECB publishes
// among the sandbox's (BHD is not one of them, as at the ECB — the embedded default shows a
// currency without a rate), a seeded random walk published on TARGET working days only.

#include "fx/exchange_rate.h"

#include <QDate>

#include <vector>

namespace paydeck::sandbox {

/// The rates from `from` to `to` (inclusive), the same for the same seed whatever the range.
std::vector<fx::ExchangeRate> sandboxRates(quint64 seed, QDate from, QDate to);

/// The last day the sandbox has published a rate for at `nowUtc`: today from 15:00 UTC (the
/// ECB publishes around 16:00 CET), else the working day before.
QDate lastPublishedDay(const QDateTime &nowUtc);

} // namespace paydeck::sandbox
