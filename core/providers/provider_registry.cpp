// The providers Paydeck knows, by the `kind` a source names. A second provider is one more line
// here and its own folder beside stripe/; the sync engine does not change.
#include "provider.h"
#include "stripe/stripe_provider.h"

namespace paydeck::providers {

std::unique_ptr<Provider> makeProvider(const ProviderConfig &config)
{
    if (config.kind.isEmpty() || config.kind == u"stripe")
        return std::make_unique<stripe::StripeProvider>(config);
    return nullptr;
}

} // namespace paydeck::providers
