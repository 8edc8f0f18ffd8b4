#pragma once

// The store's boundary. Everything outside a backend's folder talks to the store through a
// Session and the repository interfaces it hands out; no SQL, no connection type, no backend
// row ids leave the backend. SQLite (core/store/sqlite/) is the embedded backend; a second one
// (PostgreSQL, for team mode) implements the same interfaces and registers in openSession().

#include "util/result.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace paydeck::store {

class AlertRepository;
class AnalyticsRepository;
class BrowseRepository;
class FraudRepository;
class FxRepository;
class ObjectRepository;
class OperationsRepository;
class ReconciliationRepository;
class SourceRepository;
class StatementRepository;
class SyncBatchRepository;
class SyncStateRepository;

enum class Access { ReadWrite, ReadOnly };

/// One connection to the store and the repositories that speak through it. A session belongs
/// to one thread at a time; open one per thread (readers) and let the single StoreWriter own the
/// read-write one that everything is written through.
class Session
{
public:
    virtual ~Session() = default;

    /// Where the store is (a file path for SQLite, a connection string for a server).
    virtual QString location() const = 0;
    virtual Access access() const = 0;

    /// Runs `work` as one transaction — a nested one inside another — and commits it only when
    /// `work` succeeds; otherwise nothing of it is kept.
    virtual Result<void> inTransaction(const std::function<Result<void>()> &work) = 0;
    /// A read transaction: every read until endRead() sees one moment of the store.
    virtual Result<void> beginRead() = 0;
    virtual Result<void> endRead() = 0;
    /// Gives back the memory of its page cache (a writer idle after a bulk load).
    virtual void releaseMemory() {}

    virtual SourceRepository &sources() = 0;
    virtual SyncStateRepository &syncState() = 0;
    virtual ObjectRepository &objects() = 0;
    /// The single writer's path for provider pages (only on a read-write session).
    virtual SyncBatchRepository &syncBatches() = 0;
    virtual StatementRepository &statements() = 0;
    virtual ReconciliationRepository &reconciliation() = 0;
    virtual BrowseRepository &browse() = 0;
    virtual FxRepository &fx() = 0;
    virtual AnalyticsRepository &analytics() = 0;
    virtual AlertRepository &alerts() = 0;
    virtual FraudRepository &fraud() = 0;
    virtual OperationsRepository &operations() = 0;

    /// The store at a glance: per object type the count and the per-currency sum of `amount`;
    /// per source its endpoint, last successful sync, cursor and last error per object type.
    virtual QJsonObject statusReport() = 0;
};

/// Opens a session on the store at `location`. A read-write session brings the store to the
/// current schema first (a store written by a newer Paydeck is refused, not damaged).
Result<std::unique_ptr<Session>> openSession(const QString &location,
                                             Access access = Access::ReadWrite);

/// Keeps a read transaction open for its lifetime (ended, not committed: it wrote nothing).
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Session &session) : m_session(session)
    {
        auto begun = m_session.beginRead();
        m_active = begun.ok();
        if (!m_active)
            m_error = begun.error();
    }
    ~ReadSnapshot()
    {
        if (m_active)
            (void)m_session.endRead();
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)
    const QString &error() const { return m_error; }
    /// Ends the read transaction now, reporting a failure to end it.
    Result<void> end()
    {
        m_active = false;
        return m_session.endRead();
    }

private:
    Session &m_session;
    bool m_active = false;
    QString m_error;
};

} // namespace paydeck::store
