#include "source_secrets.h"

namespace paydeck::secrets {

Result<void> loadSecrets(SecretStore &secrets, store::SourceConfig &source)
{
    if (source.isSandbox)
        return {};
    auto key = secrets.read(apiKeyName(source.name));
    if (!key)
        return makeError(key.error());
    auto webhook = secrets.read(webhookSecretName(source.name));
    if (!webhook)
        return makeError(webhook.error());
    source.apiKey = key.value();
    source.webhookSecret = webhook.value();
    return {};
}

Result<void> saveSecrets(SecretStore &secrets, const store::SourceConfig &source)
{
    if (source.isSandbox)
        return {};
    if (auto saved = secrets.write(apiKeyName(source.name), source.apiKey); !saved)
        return saved;
    return secrets.write(webhookSecretName(source.name), source.webhookSecret);
}

Result<int> moveLegacySecrets(SecretStore &secrets,
                              const std::vector<store::SourceConfig> &storedSources)
{
    int moved = 0;
    for (const store::SourceConfig &source : storedSources) {
        if (source.apiKey.isEmpty() && source.webhookSecret.isEmpty())
            continue;
        ++moved;
        if (source.isSandbox)
            continue; // the sandbox's key is a fixed test key: nothing to keep
        if (auto saved = saveSecrets(secrets, source); !saved)
            return makeError(saved.error());
    }
    return moved;
}

} // namespace paydeck::secrets
