#include "source_provider.h"

namespace paydeck::sync {

providers::ProviderConfig providerConfigOf(const store::SourceConfig &source)
{
    providers::ProviderConfig config;
    config.kind = source.kind;
    config.baseUrls << source.baseUrl << source.fallbackUrls;
    config.apiKey = source.apiKey;
    config.caCertificate = source.caCertificate;
    config.connectTimeoutMs = source.connectTimeoutMs;
    config.readTimeoutMs = source.readTimeoutMs;
    config.requestsPerSecond = source.requestsPerSecond;
    return config;
}

} // namespace paydeck::sync
