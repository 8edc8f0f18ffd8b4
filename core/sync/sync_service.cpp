#include "sync_service.h"

#include "reconcile/reconcile_actions.h"
#include "secrets/source_secrets.h"
#include "store/data_directory.h"
#include "store/session.h"

#include <QDir>
#include <QNetworkAccessManager>

#include <memory>

namespace paydeck::sync {

SyncService::SyncService(QString dataDirectory,
                         store::StoreWriter *writer,
                         std::shared_ptr<secrets::SecretStore> secrets,
                         EmbeddedDefault embeddedDefault,
                         QObject *parent)
    : QObject(parent)
    , m_dataDirectory(std::move(dataDirectory))
    , m_writer(writer)
    , m_calls(new QueuedCalls(this))
    , m_secrets(std::move(secrets))
    , m_default(std::move(embeddedDefault))
{
    qRegisterMetaType<paydeck::sync::SourceStatus>();
    qRegisterMetaType<paydeck::store::SourceConfig>();
    // Screens learn about commits from the store's change feed; this only counts per source.
    // Emitted on the writer's thread: the outcomes are handed over in a queued call.
    connect(
        m_writer,
        &store::StoreWriter::batchesCommitted,
        m_calls,
        [this, post = m_calls->poster()](const QList<store::BatchOutcome> &outcomes) {
            post([this, outcomes] {
                for (const store::BatchOutcome &outcome : outcomes) {
                    auto it = m_sources.find(outcome.sourceId);
                    if (it != m_sources.end())
                        it->second.status.insertedTotal += outcome.inserted;
                }
            });
        },
        Qt::DirectConnection);
}

SyncService::~SyncService()
{
    stop();
}

void SyncService::start()
{
    const QString path = storePath();
    std::vector<store::SourceConfig> sources;
    if (auto db = store::openSession(path, store::Access::ReadOnly); db)
        sources = db.value()->sources().all();
    moveLegacySecrets(sources);
    for (store::SourceConfig &source : sources) {
        if (auto loaded = secrets::loadSecrets(*m_secrets, source); !loaded)
            emit problem(tr("source \"%1\": cannot read its secrets from %2: %3")
                             .arg(source.name, m_secrets->describe(), loaded.error()));
    }
    const bool wantsSandbox
        = sources.empty()
          || std::any_of(sources.begin(), sources.end(), [](const store::SourceConfig &s) {
                 return s.isSandbox;
             });
    for (const store::SourceConfig &source : sources) {
        if (!source.isSandbox)
            startSource(source);
    }
    if (wantsSandbox && m_default.start) {
        auto started = m_default.start();
        if (!started) {
            emit problem(started.error());
            return;
        }
        m_defaultRunning = true;
        // The sandbox's port and certificate are new with each start: record them.
        saveSource(started.value());
        fetchSandboxRates(started.value());
    }
}

void SyncService::stop()
{
    m_ratesTimer.reset();
    m_ratesNetwork.reset();
    m_sources.clear();
    if (m_defaultRunning && m_default.stop)
        m_default.stop();
    m_defaultRunning = false;
}

void SyncService::moveLegacySecrets(const std::vector<store::SourceConfig> &sources)
{
    auto moved = secrets::moveLegacySecrets(*m_secrets, sources);
    if (!moved) {
        emit problem(tr("cannot move the stored API keys to %1: %2; they stay where they are")
                         .arg(m_secrets->describe(), moved.error()));
        return;
    }
    if (moved.value() == 0)
        return;
    qInfo("moved the secrets of %d source(s) out of the store into %s",
          moved.value(),
          qPrintable(m_secrets->describe()));
    m_writer->submitJob(
        [](store::Session &db) { return db.sources().clearStoredSecrets(); },
        [this, post = m_calls->poster()](const Result<void> &cleared) {
            if (cleared)
                return;
            // The keys are in the secret store, but the old column still holds them: say so.
            post([this, error = cleared.error()] {
                emit problem(tr("the API keys were moved, but the store's old copies could not be "
                                "emptied: %1")
                                 .arg(error));
            });
        });
}

QString SyncService::storePath() const
{
    return QDir(m_dataDirectory).absoluteFilePath(store::DataDirectory::storeFileName());
}

void SyncService::saveSource(const store::SourceConfig &edited)
{
    // An edited source whose secrets were left empty keeps the ones it runs with (the dialog
    // never shows them).
    store::SourceConfig source = edited;
    store::SourceChangeAuthor author{reconcile::currentUser()};
    if (const auto it = m_sources.find(source.id); source.id != 0 && it != m_sources.end()) {
        const store::SourceConfig &running = it->second.config;
        if (source.apiKey.isEmpty())
            source.apiKey = running.apiKey;
        if (source.webhookSecret.isEmpty() && !source.webhookListen.isEmpty())
            source.webhookSecret = running.webhookSecret;
        author.secretsReplaced
            = source.apiKey != running.apiKey || source.webhookSecret != running.webhookSecret;
    }
    if (auto kept = secrets::saveSecrets(*m_secrets, source); !kept) {
        emit problem(tr("cannot keep the secrets of \"%1\" in %2: %3")
                         .arg(source.name, m_secrets->describe(), kept.error()));
        return;
    }
    // Saved through the writer without waiting for it: behind a bulk load it may be busy for a
    // while, and this thread carries every source's network traffic.
    auto id = std::make_shared<qint64>(0);
    m_writer->submitJob(
        [source, author, id](store::Session &db) -> Result<void> {
            auto saved = db.sources().save(source, author);
            if (!saved)
                return makeError(saved.error());
            *id = saved.value();
            return {};
        },
        [this, post = m_calls->poster(), source, id](const Result<void> &result) {
            post([this, source, id, result] {
                if (!result) {
                    emit problem(
                        tr("cannot save the source \"%1\": %2").arg(source.name, result.error()));
                    return;
                }
                store::SourceConfig stored = source;
                stored.id = *id;
                startSource(stored);
            });
        });
}

void SyncService::syncNow()
{
    for (auto &[id, running] : m_sources) {
        if (!running.sync->isRunning()) {
            running.next->stop();
            running.sync->start();
        }
    }
}

void SyncService::startSource(const store::SourceConfig &config)
{
    const QString path = storePath();
    m_sources.erase(config.id); // a changed source starts over with its new settings
    Running &running = m_sources[config.id];
    running.config = config;
    running.sync = std::make_unique<SourceSync>(config, m_writer, path);
    running.next = std::make_unique<QTimer>();
    running.next->setSingleShot(true);
    running.next->setInterval(config.isSandbox ? kSandboxIntervalMs : kProviderIntervalMs);
    running.status.sourceId = config.id;
    running.status.name = config.name;
    running.status.url = config.baseUrl;
    running.status.isSandbox = config.isSandbox;
    running.status.state = SourceStatus::State::Syncing;
    running.status.intervalSeconds = running.next->interval() / 1000;
    loadStoredState(running.status);
    const qint64 id = config.id;
    SourceSync *sync = running.sync.get();
    connect(running.next.get(), &QTimer::timeout, sync, &SourceSync::start);
    connect(sync, &SourceSync::finished, this, [this, id](const SyncReport &report) {
        onFinished(id, report);
    });
    connect(sync, &SourceSync::progressed, this, [this, id](const SyncProgress &progress) {
        auto it = m_sources.find(id);
        if (it == m_sources.end())
            return;
        qint64 fetched = 0;
        for (const qint64 n : progress.fetched)
            fetched += n;
        it->second.status.fetchedThisRun = fetched;
        if (progress.running && it->second.status.state != SourceStatus::State::Failed)
            it->second.status.state = SourceStatus::State::Syncing;
        emit statusChanged(it->second.status);
    });
    if (!config.webhookListen.isEmpty()) {
        // Verified webhooks arrive on the receiver's threads and are handled on this one.
        running.webhooks = std::make_unique<webhooks::WebhookReceiver>(
            config.webhookSecret,
            [this, id](const webhooks::WebhookEvent &event) {
                m_calls->post([this, id, event] { onWebhook(id, event); });
            },
            [this](const QString &message) {
                m_calls->post([this, message] { emit problem(message); });
            });
        if (auto listening = running.webhooks->listen(config.webhookListen); !listening) {
            emit problem(tr("source \"%1\": webhooks: %2").arg(config.name, listening.error()));
            running.webhooks.reset();
        }
    }
    emit statusChanged(running.status);
    sync->start();
}

void SyncService::loadStoredState(SourceStatus &status) const
{
    // What earlier runs left: a store synced yesterday is not on its "first sync" today.
    auto db = store::openSession(storePath(), store::Access::ReadOnly);
    if (!db)
        return; // a new store: nothing synced yet
    qint64 complete = 0;
    for (int i = 0; i < kObjectTypeCount; ++i) {
        const store::SyncCursor cursor = db.value()->sources().cursor(
            status.sourceId, objectTypeName(static_cast<ObjectType>(i)));
        // The source is as current as its least current object type.
        complete = i == 0 ? cursor.lastSuccess : std::min(complete, cursor.lastSuccess);
        status.newestCreated = std::max(status.newestCreated, cursor.maxCreated);
    }
    status.lastSuccess = std::max(status.lastSuccess, complete);
}

void SyncService::onWebhook(qint64 sourceId, const webhooks::WebhookEvent &event)
{
    auto it = m_sources.find(sourceId);
    if (it == m_sources.end())
        return;
    Running &running = it->second;
    running.sync->addWebhookEvent(
        event.id, event.type, event.created, event.objectKind, event.objectId);
    if (running.sync->isRunning()) {
        running.rerun = true;
    } else {
        running.next->stop();
        running.sync->start();
    }
}

void SyncService::onFinished(qint64 sourceId, const SyncReport &report)
{
    auto it = m_sources.find(sourceId);
    if (it == m_sources.end())
        return;
    SourceStatus &status = it->second.status;
    if (report.ok) {
        status.state = SourceStatus::State::Idle;
        status.lastSuccess = report.finishedAt;
        status.failingSince = 0;
        status.lastError.clear();
    } else {
        status.state = SourceStatus::State::Failed;
        if (status.failingSince == 0)
            status.failingSince = report.finishedAt;
        status.lastError = report.error;
    }
    status.fetchedThisRun = report.totalFetched();
    status.newestCreated = std::max(status.newestCreated, report.newestCreated);
    status.eventsApplied += report.eventsApplied;
    status.endpoints = report.endpoints;
    status.warnings = report.warnings;
    emit statusChanged(status);
    if (it->second.rerun) {
        it->second.rerun = false;
        QTimer::singleShot(0, it->second.sync.get(), &SourceSync::start);
    } else {
        it->second.next->start();
    }
}

std::optional<store::SourceConfig> SyncService::runningConfig(qint64 sourceId) const
{
    const auto running = m_sources.find(sourceId);
    if (running == m_sources.end())
        return std::nullopt;
    return running->second.config;
}

} // namespace paydeck::sync
