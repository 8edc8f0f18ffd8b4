#pragma once

#include "secrets/secret_store.h"
#include "source_sync.h"
#include "store/sources.h"
#include "store/store_writer.h"
#include "util/queued_calls.h"
#include "webhooks/webhook_receiver.h"

#include <QObject>
#include <QTimer>

#include <functional>

#include <map>
#include <memory>

class QNetworkAccessManager;

namespace paydeck::sync {

/// How one source's sync stands, for status bars and the sources list.
struct SourceStatus
{
    enum class State { Starting, Syncing, Idle, Failed };
    qint64 sourceId = 0;
    QString name;
    QString url;
    bool isSandbox = false;
    State state = State::Starting;
    qint64 lastSuccess
        = 0; // unix seconds: the end of the last complete run (also before this start)
    qint64 failingSince = 0; // the first failed run since the last complete one (0: not failing)
    int intervalSeconds = 0; // between runs: data older than about twice this is behind
    QString lastError;
    qint64 fetchedThisRun = 0;
    qint64 insertedTotal = 0;
    qint64 newestCreated = 0;       // the newest object seen: lag = now - this
    qint64 eventsApplied = 0;       // since start, polled and by webhook
    QList<EndpointState> endpoints; // as the last run saw them
    /// What the last run did without (events the key may not read, an object the provider no
    /// longer has), with what it costs; the run itself succeeded.
    QStringList warnings;
};

/// What the service falls back to when the store has no source yet (or keeps a sandbox source):
/// the embedded sandbox, given by the composition root so that sync knows no provider but
/// through the Provider interface. `start` runs on the service's thread and may take a while.
struct EmbeddedDefault
{
    std::function<Result<store::SourceConfig>()> start;
    std::function<void()> stop;
};

/// Keeps every configured source in sync, each on its own schedule, none blocking another; starts
/// the embedded default when the store has no source yet or a sandbox source. Lives on a worker
/// thread (the network thread); talk to it with queued calls.
class SyncService final : public QObject
{
    Q_OBJECT
public:
    /// `secrets` holds the sources' API keys and webhook secrets (never the store).
    SyncService(QString dataDirectory,
                store::StoreWriter *writer,
                std::shared_ptr<secrets::SecretStore> secrets,
                EmbeddedDefault embeddedDefault = {},
                QObject *parent = nullptr);
    ~SyncService() override;
    Q_DISABLE_COPY_MOVE(SyncService)

    /// Milliseconds between the end of one run and the start of the next. The sandbox takes
    /// about one payment every 40 s: a run every 5 s shows it soon enough, where one every
    /// second kept the idle app at 15 % CPU (a run is a handful of HTTPS requests).
    static constexpr int kSandboxIntervalMs = 5000;
    static constexpr int kProviderIntervalMs = 15000;

    /// A running source's configuration with its secrets (the embedded sandbox's key is known
    /// only here); call on the service's thread.
    std::optional<store::SourceConfig> runningConfig(qint64 sourceId) const;

public slots:
    void start();
    void stop();
    /// Adds or changes a source and syncs it at once.
    void saveSource(const paydeck::store::SourceConfig &source);
    void syncNow();

signals:
    void statusChanged(const paydeck::sync::SourceStatus &status);
    /// Exchange rates were saved: "…: rates of 6 currencies from … to …".
    void ratesUpdated(const QString &summary);
    void problem(const QString &message);

private:
    struct Running
    {
        store::SourceConfig config;
        std::unique_ptr<SourceSync> sync;
        std::unique_ptr<QTimer> next;
        std::unique_ptr<webhooks::WebhookReceiver> webhooks;
        bool rerun = false; // a webhook arrived during a run: run again at once
        SourceStatus status;
    };
    /// Stores before schema 8 kept secrets in plain text: they move to the secret store.
    void moveLegacySecrets(const std::vector<store::SourceConfig> &sources);
    QString storePath() const;
    void onWebhook(qint64 sourceId, const webhooks::WebhookEvent &event);
    void startSource(const store::SourceConfig &config);
    /// Fills what the store knows of the source's last complete run.
    void loadStoredState(SourceStatus &status) const;
    void onFinished(qint64 sourceId, const SyncReport &report);
    /// The embedded default's exchange rates: the sandbox's ECB-format feed into the store, now
    /// and every six hours (it publishes a new day's rates each afternoon).
    void fetchSandboxRates(const store::SourceConfig &sandbox);

    QString m_dataDirectory;
    store::StoreWriter *m_writer;
    QueuedCalls *m_calls; // what other threads hand to this one
    std::shared_ptr<secrets::SecretStore> m_secrets;
    EmbeddedDefault m_default;
    bool m_defaultRunning = false;
    std::map<qint64, Running> m_sources;
    std::unique_ptr<QNetworkAccessManager> m_ratesNetwork;
    std::unique_ptr<QTimer> m_ratesTimer;
    store::SourceConfig m_ratesFrom; // the sandbox as last started (its port is new each time)
};

} // namespace paydeck::sync

Q_DECLARE_METATYPE(paydeck::sync::SourceStatus)
