#pragma once

#include "util/result.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace paydeck::store {

/// A provider account Paydeck syncs from.
struct SourceConfig
{
    qint64 id = 0;
    QString name;
    QString kind = QStringLiteral("stripe");
    QString baseUrl;
    QString apiKey; // held in memory only; persisted in the secret store, never in the database
    QString caCertificate; // a PEM file to trust in addition to the system CAs (or a pinned cert)
    QStringList fallbackUrls; // replicas to fail over to, in order
    bool isSandbox = false;
    /// Where this source's Stripe webhooks arrive ("127.0.0.1:PORT", empty: none) and their secret.
    QString webhookListen;
    QString webhookSecret;
    int connectTimeoutMs = 10000;
    int readTimeoutMs = 30000;
    /// The source's request budget (all endpoints together); 0: no limit but the provider's 429s.
    int requestsPerSecond = 0;
};

/// One `created` range of a run, walked newest first with its own cursor.
struct RangeCursor
{
    int id = 0;
    qint64 from = 0;   // created[gte]
    qint64 before = 0; // created[lt]; 0: open (the newest range, which sees new objects too)
    std::string startingAfter; // last id committed in this range
    qint64 position = 0;       // its `created`: what is older is still unread (0: all of it)
    bool done = false;

    bool operator==(const RangeCursor &) const = default;
};

/// Where a source's sync stands for one object type.
struct SyncCursor
{
    std::optional<qint64> runFloor; // set while a run is in progress
    std::string startingAfter;      // last id committed in that run (a run of one range)
    /// The ranges of a run in progress. Read: all of them. Saved: those listed are written (by
    /// id); the others stay as stored. A cursor without a run floor removes them all.
    std::vector<RangeCursor> ranges;
    qint64 maxCreated = 0;
    qint64 lastSuccess = 0;
    QString lastError;
};

/// Who changes a source's configuration, for the audit trail.
struct SourceChangeAuthor
{
    QString user; // empty: "unknown"
    /// The API key or webhook secret was replaced (they live in the secret store, so the
    /// repository cannot see it itself).
    bool secretsReplaced = false;
};

/// Sources (their configuration without secrets) and where each one's sync stands.
class SourceRepository
{
public:
    virtual ~SourceRepository() = default;
    virtual std::vector<SourceConfig> all() = 0;
    virtual std::optional<SourceConfig> byName(const QString &name) = 0;
    virtual std::optional<SourceConfig> byId(qint64 id) = 0;
    /// Adds the source or updates the one with the same name; returns its id. The API key and
    /// webhook secret are not stored (see secrets::SecretStore). A source added or changed is
    /// written to the audit trail with what changed (from → to), in the same transaction; saving
    /// it unchanged writes nothing.
    virtual Result<qint64> save(const SourceConfig &source, const SourceChangeAuthor &author) = 0;
    Result<qint64> save(const SourceConfig &source) { return save(source, {}); }
    /// Empties the secrets that stores before schema 8 kept in plain text (after they were moved).
    virtual Result<void> clearStoredSecrets() = 0;

    virtual SyncCursor cursor(qint64 sourceId, const char *objectType) = 0;
    virtual Result<void>
    saveCursor(qint64 sourceId, const char *objectType, const SyncCursor &cursor) = 0;
    virtual Result<void>
    recordError(qint64 sourceId, const char *objectType, const QString &message, qint64 when) = 0;
};

} // namespace paydeck::store

Q_DECLARE_METATYPE(paydeck::store::SourceConfig)
