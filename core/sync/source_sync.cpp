#include "source_sync.h"

#include "providers/stripe/stripe_mapping.h"
#include "store/database.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <atomic>

namespace paydeck::sync {

using store::Statement;

namespace {

std::atomic<quint64> g_runCounter{0};

quint64 runOf(quint64 ticket)
{
    return ticket >> 8;
}

ObjectType typeOf(quint64 ticket)
{
    return static_cast<ObjectType>(ticket & 0xff);
}

template<typename T>
std::vector<T> &itemsOf(store::SyncBatch &batch);
template<>
std::vector<BalanceTransaction> &itemsOf(store::SyncBatch &batch)
{
    return batch.balanceTransactions;
}
template<>
std::vector<Charge> &itemsOf(store::SyncBatch &batch)
{
    return batch.charges;
}
template<>
std::vector<Refund> &itemsOf(store::SyncBatch &batch)
{
    return batch.refunds;
}
template<>
std::vector<Payout> &itemsOf(store::SyncBatch &batch)
{
    return batch.payouts;
}
template<>
std::vector<Dispute> &itemsOf(store::SyncBatch &batch)
{
    return batch.disputes;
}

} // namespace

SourceSync::SourceSync(store::SourceConfig source,
                       store::StoreWriter *writer,
                       QString databasePath,
                       QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_writer(writer)
    , m_databasePath(std::move(databasePath))
    , m_parser(std::make_unique<simdjson::dom::parser>())
{
    qRegisterMetaType<paydeck::sync::SyncReport>();
    qRegisterMetaType<paydeck::sync::SyncProgress>();
    for (int i = 0; i < kObjectTypeCount; ++i)
        m_endpoints[size_t(i)].type = static_cast<ObjectType>(i);
    connect(m_writer,
            &store::StoreWriter::batchesCommitted,
            this,
            &SourceSync::onCommitted,
            Qt::QueuedConnection);
    stripe::ClientConfig config;
    config.baseUrls << QUrl(m_source.baseUrl);
    for (const QString &url : m_source.fallbackUrls)
        config.baseUrls << QUrl(url);
    config.apiKey = m_source.apiKey;
    config.caCertificate = m_source.caCertificate;
    config.connectTimeoutMs = m_source.connectTimeoutMs;
    config.readTimeoutMs = m_source.readTimeoutMs;
    m_client = std::make_unique<stripe::StripeClient>(config);
}

SourceSync::~SourceSync() = default;

void SourceSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_report = SyncReport{};
    m_report.sourceId = m_source.id;
    m_report.sourceName = m_source.name;
    m_progress = SyncProgress{};
    m_progress.sourceId = m_source.id;
    m_progress.sourceName = m_source.name;
    m_progress.running = true;
    m_timer.start();
    m_progressThrottle.start();
    m_ticketBase = ++g_runCounter << 8;
    m_settlement = Settlement::Pending;
    m_toRefresh.clear();
    m_newEvents.clear();
    m_runPayoutNet.clear();

    if (auto prepared = m_client->prepare(); !prepared) {
        m_report.ok = false;
        m_report.error = tr("source \"%1\": %2").arg(m_source.name, prepared.error());
        for (auto &endpoint : m_endpoints)
            endpoint.done = true;
        QMetaObject::invokeMethod(this, &SourceSync::finishIfDone, Qt::QueuedConnection);
        return;
    }
    // Where each endpoint stands, read on this thread's own connection.
    auto db = store::Database::open(m_databasePath, store::Database::Mode::ReadOnly);
    if (!db) {
        m_report.ok = false;
        m_report.error = db.error();
        for (auto &endpoint : m_endpoints)
            endpoint.done = true;
        QMetaObject::invokeMethod(this, &SourceSync::finishIfDone, Qt::QueuedConnection);
        return;
    }
    store::SourceRepository sources(*db.value());
    for (auto &endpoint : m_endpoints) {
        endpoint.cursor = sources.cursor(m_source.id, objectTypeName(endpoint.type));
        endpoint.done = false;
        endpoint.inFlightBatches = 0;
        endpoint.waitingForWriter = false;
        endpoint.pageFailures = 0;
        if (endpoint.cursor.runFloor) {
            // Resume the interrupted run where its last committed page ended.
            endpoint.floor = *endpoint.cursor.runFloor;
            endpoint.after = endpoint.cursor.startingAfter;
        } else {
            endpoint.floor = endpoint.cursor.maxCreated > 0
                                 ? std::max<qint64>(0, endpoint.cursor.maxCreated - kOverlapSeconds)
                                 : 0;
            if (endpoint.floor > 0
                && (endpoint.type == ObjectType::Payout || endpoint.type == ObjectType::Dispute)) {
                const qint64 open = oldestOpen(*db.value(), endpoint.type);
                if (open > 0)
                    endpoint.floor = std::min(endpoint.floor, open);
            }
            endpoint.after.clear();
        }
    }
    startEvents(*db.value());
    for (auto &endpoint : m_endpoints)
        requestNext(endpoint);
}

void SourceSync::requestNext(Endpoint &endpoint)
{
    if (m_writer->pendingObjects() > kMaxPendingObjects) {
        endpoint.waitingForWriter = true;
        return;
    }
    endpoint.waitingForWriter = false;
    endpoint.fetching = true;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    if (endpoint.floor > 0)
        query.addQueryItem(QStringLiteral("created[gte]"), QString::number(endpoint.floor));
    if (!endpoint.after.empty())
        query.addQueryItem(QStringLiteral("starting_after"),
                           QString::fromStdString(endpoint.after));
    const QString path
        = QStringLiteral("/v1/") + QString::fromLatin1(objectTypeEndpoint(endpoint.type));
    Endpoint *target = &endpoint;
    m_client->get(
        path, query, [this, target](Result<QByteArray> body) { onPage(*target, std::move(body)); });
}

template<typename T>
Result<bool>
SourceSync::buildBatch(Endpoint &endpoint, const QByteArray &body, store::SyncBatch &batch)
{
    auto page = stripe::parseListPage<T>(*m_parser,
                                         std::string_view(body.constData(), size_t(body.size())));
    if (!page)
        return makeError(page.error());
    auto &items = itemsOf<T>(batch);
    items = std::move(page.value().data);
    qint64 newest = endpoint.cursor.maxCreated;
    for (const T &item : items)
        newest = std::max(newest, item.created);
    endpoint.cursor.maxCreated = newest;
    if (!items.empty())
        endpoint.after = items.back().id;
    if constexpr (std::is_same_v<T, BalanceTransaction>) {
        for (const T &item : items) {
            if (!item.payout.empty())
                m_runPayoutNet[item.payout] += item.net;
        }
    }
    if constexpr (std::is_same_v<T, Refund> || std::is_same_v<T, Dispute>) {
        // When the charges are read incrementally, the ones these refer to are older than the
        // overlap and are not listed again: read them again (refunded, disputed). What matters
        // is the charges' run, not this endpoint's: a first refund or dispute arrives in a
        // refunds or disputes run that starts from nothing.
        if (m_endpoints[size_t(ObjectType::Charge)].floor > 0) {
            for (const T &item : items) {
                if (!item.charge.empty())
                    queueRefresh(ObjectType::Charge, item.charge);
            }
        }
    }
    return page.value().hasMore && !items.empty();
}

void SourceSync::onPage(Endpoint &endpoint, Result<QByteArray> body)
{
    endpoint.fetching = false;
    if (endpoint.done || !m_running)
        return; // the endpoint failed meanwhile; this page is not stored
    if (!body) {
        fail(endpoint, body.error());
        return;
    }
    store::SyncBatch batch;
    batch.sourceId = m_source.id;
    batch.type = endpoint.type;
    batch.ticket = m_ticketBase | quint64(endpoint.type);
    Result<bool> more = false;
    switch (endpoint.type) {
    case ObjectType::BalanceTransaction:
        more = buildBatch<BalanceTransaction>(endpoint, body.value(), batch);
        break;
    case ObjectType::Charge:
        more = buildBatch<Charge>(endpoint, body.value(), batch);
        break;
    case ObjectType::Refund:
        more = buildBatch<Refund>(endpoint, body.value(), batch);
        break;
    case ObjectType::Payout:
        more = buildBatch<Payout>(endpoint, body.value(), batch);
        break;
    case ObjectType::Dispute:
        more = buildBatch<Dispute>(endpoint, body.value(), batch);
        break;
    }
    if (!more) {
        // Truncated or garbled pages are usually transient: read the same page again, a few times.
        if (++endpoint.pageFailures < kMaxPageRetries) {
            const size_t index = size_t(endpoint.type);
            QTimer::singleShot(m_client->backoffMs(endpoint.pageFailures), this, [this, index] {
                Endpoint &again = m_endpoints[index];
                if (m_running && !again.done)
                    requestNext(again);
            });
            return;
        }
        fail(endpoint,
             tr("GET /v1/%1: %2")
                 .arg(QString::fromLatin1(objectTypeEndpoint(endpoint.type)), more.error()));
        return;
    }
    endpoint.pageFailures = 0;
    const size_t count = batch.objectCount();
    m_report.fetched[size_t(endpoint.type)] += qint64(count);
    m_progress.fetched[size_t(endpoint.type)] += qint64(count);
    // The cursor that is true once this page is stored.
    if (more.value()) {
        batch.cursor.runFloor = endpoint.floor;
        batch.cursor.startingAfter = endpoint.after;
    } else {
        batch.cursor.lastSuccess = QDateTime::currentSecsSinceEpoch();
    }
    batch.cursor.maxCreated = endpoint.cursor.maxCreated;
    ++endpoint.inFlightBatches;
    m_writer->submit(std::move(batch));
    if (m_progressThrottle.elapsed() > 200) {
        m_progressThrottle.restart();
        emit progressed(m_progress);
    }
    if (more.value())
        requestNext(endpoint);
    else
        endpoint.done = true;
}

void SourceSync::fail(Endpoint &endpoint, const QString &message)
{
    endpoint.done = true;
    const QString full = tr("source \"%1\": %2").arg(m_source.name, message);
    if (m_report.ok) {
        m_report.ok = false;
        m_report.error = full;
    }
    const qint64 sourceId = m_source.id;
    const char *type = objectTypeName(endpoint.type);
    ++endpoint.inFlightBatches;
    // Recorded through the writer, behind this endpoint's pages, so that it is ordered with them.
    m_writer->submitJob(
        [sourceId, type, full](store::Database &db) {
            return store::SourceRepository(db).recordError(
                sourceId, type, full, QDateTime::currentSecsSinceEpoch());
        },
        backOnThisThread([index = size_t(endpoint.type)](SourceSync &self) {
            --self.m_endpoints[index].inFlightBatches;
            self.finishIfDone();
        }));
}

std::function<void(const Result<void> &)>
SourceSync::backOnThisThread(std::function<void(SourceSync &)> then)
{
    // Writer jobs complete on the writer thread; what follows belongs on this object's thread,
    // and only while the object exists.
    return [self = QPointer<SourceSync>(this), then = std::move(then)](const Result<void> &) {
        QMetaObject::invokeMethod(
            self,
            [self, then] {
                if (self)
                    then(*self);
            },
            Qt::QueuedConnection);
    };
}

void SourceSync::onCommitted(const QList<store::BatchOutcome> &outcomes)
{
    for (const store::BatchOutcome &outcome : outcomes) {
        if (outcome.sourceId != m_source.id || runOf(outcome.ticket) != runOf(m_ticketBase))
            continue;
        Endpoint &endpoint = m_endpoints[size_t(typeOf(outcome.ticket))];
        --endpoint.inFlightBatches;
        if (!outcome.error.isEmpty()) {
            if (!endpoint.done || m_report.ok)
                fail(endpoint, outcome.error);
            continue;
        }
        m_report.inserted[size_t(outcome.type)] += outcome.inserted;
        m_report.updated[size_t(outcome.type)] += outcome.updated;
    }
    for (auto &endpoint : m_endpoints) {
        if (endpoint.waitingForWriter && !endpoint.done)
            requestNext(endpoint);
    }
    finishIfDone();
}

void SourceSync::finishIfDone()
{
    if (!m_running)
        return;
    for (const auto &endpoint : m_endpoints) {
        if (!endpoint.done || endpoint.inFlightBatches > 0)
            return;
    }
    if (!m_eventsDone)
        return;
    if (m_settlement == Settlement::Pending && m_report.ok) {
        startSettlement();
        return;
    }
    if (m_settlement == Settlement::Running)
        return;
    m_running = false;
    m_report.seconds = double(m_timer.nsecsElapsed()) / 1e9;
    for (const Endpoint &endpoint : m_endpoints)
        m_report.newestCreated = std::max(m_report.newestCreated, endpoint.cursor.maxCreated);
    m_report.endpoints = endpointStates();
    saveHealth();
    m_report.finishedAt = QDateTime::currentSecsSinceEpoch();
    m_progress.running = false;
    emit progressed(m_progress);
    emit finished(m_report);
}

QList<EndpointState> SourceSync::endpointStates() const
{
    QList<EndpointState> out;
    const qint64 now = m_client->nowMs();
    const qint64 epochOffsetMs = QDateTime::currentMSecsSinceEpoch() - now;
    const auto &health = m_client->health();
    for (size_t i = 0; i < health.size(); ++i) {
        const stripe::EndpointHealth &h = health[i];
        EndpointState state;
        state.url = h.url().toString();
        state.active = int(i) == m_client->activeEndpoint();
        switch (h.breaker(now)) {
        case stripe::EndpointHealth::Breaker::Closed:
            state.breaker = QStringLiteral("closed");
            break;
        case stripe::EndpointHealth::Breaker::Open:
            state.breaker = QStringLiteral("open");
            break;
        case stripe::EndpointHealth::Breaker::HalfOpen:
            state.breaker = QStringLiteral("half-open");
            break;
        }
        state.successes = h.successes();
        state.failures = h.failures();
        state.errorRate = h.recentErrorRate();
        state.latencyP50Ms = h.latencyPercentile(50);
        state.latencyP95Ms = h.latencyPercentile(95);
        state.lastSuccess = h.lastSuccessMs() > 0 ? (h.lastSuccessMs() + epochOffsetMs) / 1000 : 0;
        state.lastError = h.lastError();
        out << state;
    }
    return out;
}

void SourceSync::saveHealth()
{
    const qint64 sourceId = m_source.id;
    const QList<EndpointState> states = m_report.endpoints;
    m_writer->submitJob([sourceId, states](store::Database &db) -> Result<void> {
        auto s = db.prepare(
            "INSERT INTO source_health(source_id,url,position,active,breaker,successes,failures,"
            "error_rate,latency_p50_ms,latency_p95_ms,last_success,last_error,updated_at) "
            "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13) ON CONFLICT(source_id,url) DO "
            "UPDATE "
            "SET position=excluded.position, active=excluded.active, breaker=excluded.breaker, "
            "successes=excluded.successes, failures=excluded.failures, "
            "error_rate=excluded.error_rate, "
            "latency_p50_ms=excluded.latency_p50_ms, latency_p95_ms=excluded.latency_p95_ms, "
            "last_success=COALESCE(excluded.last_success,last_success), "
            "last_error=excluded.last_error, updated_at=excluded.updated_at");
        if (!s)
            return makeError(s.error());
        for (qsizetype i = 0; i < states.size(); ++i) {
            const EndpointState &state = states[i];
            const std::string url = state.url.toStdString();
            const std::string breaker = state.breaker.toStdString();
            const std::string error = state.lastError.toStdString();
            Statement &st = s.value();
            st.bind(1, sourceId);
            st.bindText(2, url);
            st.bind(3, qint64(i));
            st.bind(4, state.active);
            st.bindText(5, breaker);
            st.bind(6, state.successes);
            st.bind(7, state.failures);
            st.bind(8, state.errorRate);
            if (state.latencyP50Ms >= 0)
                st.bind(9, state.latencyP50Ms);
            else
                st.bindNull(9);
            if (state.latencyP95Ms >= 0)
                st.bind(10, state.latencyP95Ms);
            else
                st.bindNull(10);
            if (state.lastSuccess > 0)
                st.bind(11, state.lastSuccess);
            else
                st.bindNull(11);
            st.bindText(12, error);
            st.bind(13, QDateTime::currentSecsSinceEpoch());
            if (auto ok = st.run(); !ok)
                return ok;
        }
        return {};
    });
}

} // namespace paydeck::sync
