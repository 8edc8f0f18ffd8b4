#include "secret_store.h"

#include "store/data_directory.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QtGlobal>

#include <mutex>

#include <qt6keychain/keychain.h>

namespace paydeck::secrets {

namespace {

const QString kService = QStringLiteral("paydeck");

/// Runs a QtKeychain job to its end on this (worker) thread.
void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

QString KeychainSecretStore::describe() const
{
    return QCoreApplication::translate("paydeck::secrets", "the desktop keychain");
}

Result<QString> KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    runToEnd(job);
    if (job.error() == QKeychain::EntryNotFound)
        return QString();
    if (job.error() != QKeychain::NoError)
        return Error{QCoreApplication::translate("paydeck::secrets", "the desktop keychain: %1")
                         .arg(job.errorString())};
    return job.textData();
}

Result<void> KeychainSecretStore::write(const QString &key, const QString &value)
{
    if (value.isEmpty()) {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(key);
        runToEnd(job);
        if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
            return Error{QCoreApplication::translate("paydeck::secrets", "the desktop keychain: %1")
                             .arg(job.errorString())};
        return {};
    }
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(value);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return Error{QCoreApplication::translate("paydeck::secrets", "the desktop keychain: %1")
                         .arg(job.errorString())};
    return {};
}

bool KeychainSecretStore::available()
{
    // Without a session bus there is no secret service to ask (and asking would only time out).
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false;
    QKeychain::ReadPasswordJob probe(kService);
    probe.setKey(QStringLiteral("paydeck/probe"));
    runToEnd(probe);
    return probe.error() == QKeychain::NoError || probe.error() == QKeychain::EntryNotFound;
}

namespace {

/// Decides between keychain and file on first use, on the thread that uses it: asking D-Bus
/// whether a secret service exists may take a moment, which the GUI thread must not spend.
class ChosenOnFirstUse final : public SecretStore
{
public:
    explicit ChosenOnFirstUse(QString filePath) : m_filePath(std::move(filePath)) {}
    QString describe() const override { return chosen().describe(); }
    Result<QString> read(const QString &key) override { return chosen().read(key); }
    Result<void> write(const QString &key, const QString &value) override
    {
        return chosen().write(key, value);
    }

private:
    SecretStore &chosen() const
    {
        std::call_once(m_once, [this] {
            const QString choice = qEnvironmentVariable("PAYDECK_SECRETS");
            if (choice == u"keychain" || (choice != u"file" && KeychainSecretStore::available()))
                m_store = std::make_unique<KeychainSecretStore>();
            else
                m_store = std::make_unique<FileSecretStore>(m_filePath);
        });
        return *m_store;
    }
    QString m_filePath;
    mutable std::once_flag m_once;
    mutable std::unique_ptr<SecretStore> m_store;
};

} // namespace

std::unique_ptr<SecretStore> openSecretStore(const store::DataDirectory &directory)
{
    return std::make_unique<ChosenOnFirstUse>(directory.secretsPath());
}

} // namespace paydeck::secrets
