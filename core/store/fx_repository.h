#pragma once

// Exchange rates with their provenance: which source published which rate for which day, and
// from which file or URL Paydeck took it.

#include "fx/exchange_rate.h"
#include "fx/settlement_rate.h"
#include "util/result.h"

#include <vector>

namespace paydeck::store {

/// What saving a batch of rates did.
struct RatesSaved
{
    int added = 0;
    int changed = 0; // a published rate that differs from the one kept (a correction)
    int unchanged = 0;
};

class FxRepository
{
public:
    virtual ~FxRepository() = default;
    /// Saves the rates in the caller's transaction (all of them or, on failure, none).
    virtual Result<RatesSaved> saveRates(const std::vector<fx::ExchangeRate> &rates) = 0;
    /// Every rate kept, oldest day first.
    virtual Result<std::vector<fx::ExchangeRate>> allRates() = 0;
    /// Every charge a provider settled in another currency, with the rate it applied.
    virtual Result<std::vector<fx::Settlement>> settlements() = 0;
};

} // namespace paydeck::store
