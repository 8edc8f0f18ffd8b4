#pragma once

#include "providers/provider.h"
#include "store/sources.h"

namespace paydeck::sync {

/// How to reach a configured source's provider (its URLs, key, CA, timeouts and budget).
providers::ProviderConfig providerConfigOf(const store::SourceConfig &source);

} // namespace paydeck::sync
