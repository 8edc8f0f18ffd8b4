#pragma once

#include "secret_store.h"
#include "store/sources.h"

#include <vector>

namespace paydeck::secrets {

/// Fills a source's API key and webhook secret from the secret store (sandbox sources carry
/// their own well-known test key and are left as they are).
Result<void> loadSecrets(SecretStore &secrets, store::SourceConfig &source);
/// Keeps a source's API key and webhook secret in the secret store.
Result<void> saveSecrets(SecretStore &secrets, const store::SourceConfig &source);

/// Sources as read from a store that kept secrets in plain text: moves each secret to `secrets`.
/// Returns how many sources had one; the caller empties the column afterwards (only when every
/// secret arrived, so that a failure never loses a key).
Result<int> moveLegacySecrets(SecretStore &secrets,
                              const std::vector<store::SourceConfig> &storedSources);

} // namespace paydeck::secrets
