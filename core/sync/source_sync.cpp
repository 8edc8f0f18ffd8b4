#include "source_sync.h"
#include "source_provider.h"

#include "store/session.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <atomic>

namespace paydeck::sync {

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

} // namespace

SourceSync::SourceSync(store::SourceConfig source,
                       store::StoreWriter *writer,
                       QString databasePath,
                       QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_writer(writer)
    , m_calls(new QueuedCalls(this))
    , m_databasePath(std::move(databasePath))
{
    qRegisterMetaType<paydeck::sync::SyncReport>();
    qRegisterMetaType<paydeck::sync::SyncProgress>();
    for (int i = 0; i < kObjectTypeCount; ++i)
        m_endpoints[size_t(i)].type = static_cast<ObjectType>(i);
    // Emitted on the writer's thread: the outcomes are handed over in a queued call.
    connect(
        m_writer,
        &store::StoreWriter::batchesCommitted,
        m_calls,
        [this, post = m_calls->poster()](const QList<store::BatchOutcome> &outcomes) {
            post([this, outcomes] { onCommitted(outcomes); });
        },
        Qt::DirectConnection);
    // Null for a kind Paydeck does not know.
    m_provider = providers::makeProvider(providerConfigOf(m_source));
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

    const Result<void> prepared
        = m_provider ? m_provider->prepare()
                     : Result<void>(makeError(
                         tr("Paydeck does not know the provider \"%1\"").arg(m_source.kind)));
    if (!prepared) {
        m_report.ok = false;
        m_report.error = tr("source \"%1\": %2").arg(m_source.name, prepared.error());
        for (auto &endpoint : m_endpoints)
            endpoint.done = true;
        QMetaObject::invokeMethod(this, &SourceSync::finishIfDone, Qt::QueuedConnection);
        return;
    }
    // Where each endpoint stands, read on this thread's own connection.
    auto db = store::openSession(m_databasePath, store::Access::ReadOnly);
    if (!db) {
        m_report.ok = false;
        m_report.error = db.error();
        for (auto &endpoint : m_endpoints)
            endpoint.done = true;
        QMetaObject::invokeMethod(this, &SourceSync::finishIfDone, Qt::QueuedConnection);
        return;
    }
    store::SourceRepository &sources = db.value()->sources();
    store::SyncStateRepository &state = db.value()->syncState();
    for (auto &endpoint : m_endpoints) {
        endpoint.cursor = sources.cursor(m_source.id, objectTypeName(endpoint.type));
        endpoint.done = false;
        endpoint.inFlightBatches = 0;
        endpoint.ranges.clear();
        if (endpoint.cursor.runFloor) {
            endpoint.floor = *endpoint.cursor.runFloor; // resumed below, range by range
        } else {
            endpoint.floor = endpoint.cursor.maxCreated > 0
                                 ? std::max<qint64>(0, endpoint.cursor.maxCreated - kOverlapSeconds)
                                 : 0;
            if (endpoint.floor > 0
                && (endpoint.type == ObjectType::Payout || endpoint.type == ObjectType::Dispute)) {
                // Payouts and disputes still change after they are created: the floor reaches
                // back to the oldest one that is not final yet.
                const qint64 open = state.oldestOpen(m_source.id, endpoint.type);
                if (open > 0)
                    endpoint.floor = std::min(endpoint.floor, open);
            }
        }
    }
    startEvents(*db.value());
    for (auto &endpoint : m_endpoints)
        planEndpoint(endpoint);
}

void SourceSync::requestNext(Endpoint &endpoint, Range &range)
{
    if (m_writer->pendingObjects() > kMaxPendingObjects) {
        range.waitingForWriter = true;
        return;
    }
    range.waitingForWriter = false;
    providers::ListQuery query;
    query.type = endpoint.type;
    query.createdFrom = range.cursor.from;
    query.createdBefore = range.cursor.before;
    query.startingAfter = range.cursor.startingAfter;
    Endpoint *target = &endpoint;
    m_provider->list(query,
                     [this, target, id = range.cursor.id, run = m_ticketBase](
                         providers::Answer<providers::ObjectPage> page) {
                         if (run == m_ticketBase) // not a page of an earlier run that failed
                             onPage(*target, id, std::move(page));
                     });
}

void SourceSync::takePage(Endpoint &endpoint, providers::ObjectPage &page, store::SyncBatch &batch)
{
    endpoint.cursor.maxCreated = std::max(endpoint.cursor.maxCreated, page.newestCreated);
    for (const BalanceTransaction &item : page.balanceTransactions)
        if (!item.payout.empty())
            m_runPayoutNet[item.payout] += item.net;
    // When the charges are read incrementally, the ones refunds and disputes refer to are older
    // than the overlap and are not listed again: read them again (refunded, disputed). What
    // matters is the charges' run, not this endpoint's: a first refund or dispute arrives in a
    // refunds or disputes run that starts from nothing.
    if (m_endpoints[size_t(ObjectType::Charge)].floor > 0) {
        for (const Refund &item : page.refunds)
            if (!item.charge.empty())
                queueRefresh(ObjectType::Charge, item.charge);
        for (const Dispute &item : page.disputes)
            if (!item.charge.empty())
                queueRefresh(ObjectType::Charge, item.charge);
    }
    moveObjects(page, batch);
}

void SourceSync::moveObjects(providers::ObjectPage &page, store::SyncBatch &batch)
{
    batch.balanceTransactions = std::move(page.balanceTransactions);
    batch.charges = std::move(page.charges);
    batch.refunds = std::move(page.refunds);
    batch.payouts = std::move(page.payouts);
    batch.disputes = std::move(page.disputes);
}

namespace {

/// Drops the objects created before `from` (a range that was split while its page was on the
/// way: they belong to the new range). Returns whether there were any.
bool dropOlderThan(providers::ObjectPage &page, qint64 from)
{
    bool dropped = false;
    auto drop = [&](auto &items) {
        const size_t before = items.size();
        std::erase_if(items, [from](const auto &item) { return item.created < from; });
        dropped |= items.size() != before;
    };
    drop(page.balanceTransactions);
    drop(page.charges);
    drop(page.refunds);
    drop(page.payouts);
    drop(page.disputes);
    return dropped;
}

qint64 oldestCreated(const providers::ObjectPage &page)
{
    qint64 oldest = 0;
    auto visit = [&](const auto &items) {
        for (const auto &item : items)
            oldest = oldest == 0 ? item.created : std::min(oldest, item.created);
    };
    visit(page.balanceTransactions);
    visit(page.charges);
    visit(page.refunds);
    visit(page.payouts);
    visit(page.disputes);
    return oldest;
}

} // namespace

void SourceSync::onPage(Endpoint &endpoint,
                        int rangeId,
                        providers::Answer<providers::ObjectPage> page)
{
    Range *range = findRange(endpoint, rangeId);
    if (!range)
        return;
    if (endpoint.done || !m_running)
        return; // the endpoint failed meanwhile; this page is not stored
    if (!page) {
        fail(endpoint, page.error());
        return;
    }
    providers::ObjectPage &objects = page.value();
    const qint64 oldest = oldestCreated(objects);
    const bool crossed = dropOlderThan(objects, range->cursor.from);
    const bool more = objects.hasMore && !crossed;
    if (!objects.lastId.empty())
        range->cursor.startingAfter = objects.lastId;
    if (oldest > 0)
        range->cursor.position = oldest;
    range->cursor.done = !more;

    store::SyncBatch batch;
    batch.sourceId = m_source.id;
    batch.type = endpoint.type;
    batch.ticket = m_ticketBase | quint64(endpoint.type);
    takePage(endpoint, objects, batch);
    const size_t count = batch.objectCount();
    m_report.fetched[size_t(endpoint.type)] += qint64(count);
    m_progress.fetched[size_t(endpoint.type)] += qint64(count);
    // The cursor that is true once this page is stored.
    const bool last = allRangesDone(endpoint);
    if (last) {
        batch.cursor.lastSuccess = QDateTime::currentSecsSinceEpoch();
    } else {
        batch.cursor.runFloor = endpoint.floor;
        batch.cursor.ranges = {range->cursor};
    }
    batch.cursor.maxCreated = endpoint.cursor.maxCreated;
    ++endpoint.inFlightBatches;
    m_writer->submit(std::move(batch));
    if (m_progressThrottle.elapsed() > 200) {
        m_progressThrottle.restart();
        emit progressed(m_progress);
    }
    if (last)
        endpoint.done = true;
    else if (more)
        requestNext(endpoint, *range);
    else
        stealWork(endpoint);
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
        [sourceId, type, full](store::Session &db) {
            return db.sources().recordError(
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
    return [this, post = m_calls->poster(), then = std::move(then)](const Result<void> &) {
        post([this, then] { then(*this); }); // dropped if this object is gone by then
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
        for (size_t i = 0; i < endpoint.ranges.size() && !endpoint.done; ++i) {
            if (endpoint.ranges[i].waitingForWriter)
                requestNext(endpoint, endpoint.ranges[i]);
        }
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
    m_report.endpoints = m_provider ? m_provider->health() : QList<EndpointState>();
    saveHealth();
    m_report.finishedAt = QDateTime::currentSecsSinceEpoch();
    m_progress.running = false;
    emit progressed(m_progress);
    emit finished(m_report);
}

void SourceSync::saveHealth()
{
    const qint64 sourceId = m_source.id;
    const QList<EndpointState> states = m_report.endpoints;
    m_writer->submitJob(
        [sourceId, states](store::Session &db) {
            return db.syncState().saveHealth(sourceId, states, QDateTime::currentSecsSinceEpoch());
        },
        {},
        store::ChangeSet::Sources);
}

} // namespace paydeck::sync
