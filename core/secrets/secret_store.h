#pragma once

#include "util/result.h"

#include <QString>

#include <memory>

namespace paydeck::store {
class DataDirectory;
}

namespace paydeck::secrets {

/// Where API keys and webhook signing secrets live — never in the store. Implementations block
/// (the keychain answers over D-Bus): call them from a worker thread, never the GUI thread.
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    /// For messages and logs: "the desktop keychain", "the file /…/secrets.json".
    virtual QString describe() const = 0;
    /// The secret stored under `key`; empty when there is none.
    virtual Result<QString> read(const QString &key) = 0;
    /// Stores `value` under `key`; an empty value removes the entry.
    virtual Result<void> write(const QString &key, const QString &value) = 0;
};

/// The names secrets are kept under, per source.
QString apiKeyName(const QString &sourceName);
QString webhookSecretName(const QString &sourceName);

/// A JSON object in a file only its owner may read (0600). A file that others can read is
/// refused with a message saying how to fix it, never read.
class FileSecretStore final : public SecretStore
{
public:
    explicit FileSecretStore(QString path) : m_path(std::move(path)) {}
    QString describe() const override;
    Result<QString> read(const QString &key) override;
    Result<void> write(const QString &key, const QString &value) override;

private:
    QString m_path;
};

/// The desktop's secret service through QtKeychain (libsecret / KWallet), service "paydeck".
class KeychainSecretStore final : public SecretStore
{
public:
    QString describe() const override;
    Result<QString> read(const QString &key) override;
    Result<void> write(const QString &key, const QString &value) override;
    /// Whether a secret service answers here (a desktop session); false on a headless machine.
    static bool available();
};

/// The store to use: PAYDECK_SECRETS=keychain|file chooses; otherwise the keychain when a
/// desktop session offers one, else the owner-only file in the data directory.
std::unique_ptr<SecretStore> openSecretStore(const store::DataDirectory &directory);

/// Reads a secret for headless use from a file given on the command line or in the environment:
/// the file must belong to its reader and be readable by nobody else; surrounding whitespace is
/// dropped. `what` names the secret in messages ("API key").
Result<QString> readSecretFile(const QString &path, const QString &what);

} // namespace paydeck::secrets
