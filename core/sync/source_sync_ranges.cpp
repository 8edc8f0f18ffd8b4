// Ranges: a long history (a backfill, a source that was away for days) is split into `created`
// ranges that are walked in parallel, each newest first with its own cursor stored with its
// pages. One failed page then delays one range, not the endpoint; the provider's request budget
// (inside the Provider) keeps the sum of the walkers within its rate limits.
//
// Exactly once: the ranges of a run cover [floor, ∞) without overlap, and every range's cursor is
// stored in the writer's transaction of its page. A split (a finished walker takes half of the
// range with the most time left) is stored before the new walker's first page, and the old
// walker drops what its in-flight page brings from below the new boundary.
#include "source_sync.h"

#include <QDateTime>

#include <algorithm>

namespace paydeck::sync {

void SourceSync::planEndpoint(Endpoint &endpoint)
{
    endpoint.nextRangeId = 0;
    if (endpoint.cursor.runFloor) {
        // Resume: the stored ranges, or the one range of a run stored before ranges existed.
        std::vector<store::RangeCursor> resumed = endpoint.cursor.ranges;
        if (resumed.empty()) {
            store::RangeCursor whole;
            whole.from = endpoint.floor;
            whole.startingAfter = endpoint.cursor.startingAfter;
            resumed.push_back(whole);
        }
        for (const store::RangeCursor &cursor : resumed) {
            endpoint.ranges.push_back(Range{cursor});
            endpoint.nextRangeId = std::max(endpoint.nextRangeId, cursor.id + 1);
        }
        if (allRangesDone(endpoint)) {
            finishEndpoint(endpoint);
            return;
        }
        for (size_t i = 0; i < endpoint.ranges.size(); ++i) {
            if (!endpoint.ranges[i].cursor.done)
                requestNext(endpoint, endpoint.ranges[i]);
        }
        return;
    }
    // One walker starts at once; a long history is split as soon as a probe has found where it
    // begins (a short one is often read before that).
    store::RangeCursor whole;
    whole.id = endpoint.nextRangeId++;
    whole.from = endpoint.floor;
    endpoint.ranges.push_back(Range{whole});
    requestNext(endpoint, endpoint.ranges.back());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (endpoint.floor == 0 || now - endpoint.floor > kSplitAfterSeconds) {
        endpoint.probe = Probe{};
        probeNext(endpoint);
    }
}

void SourceSync::probeNext(Endpoint &endpoint)
{
    // First the newest object; then, all at once, whether anything lies before newest − 1 h,
    // − 2 h, − 4 h, … The first moment with nothing before it bounds the history within a factor
    // of two; ranges that turn out empty end after one request and take work from the others.
    Probe &probe = endpoint.probe;
    const int steps = probe.newest == 0 ? 1 : kProbeSteps;
    probe.pending = steps;
    for (int step = 0; step < steps; ++step) {
        providers::ListQuery query;
        query.type = endpoint.type;
        query.limit = 1;
        query.createdFrom = endpoint.floor;
        if (probe.newest > 0)
            query.createdBefore = probe.newest - (qint64(3600) << step);
        Endpoint *target = &endpoint;
        m_provider->list(query,
                         [this, target, step, run = m_ticketBase](
                             providers::Answer<providers::ObjectPage> page) {
                             if (run == m_ticketBase)
                                 onProbe(*target, step, std::move(page));
                         });
    }
}

void SourceSync::onProbe(Endpoint &endpoint,
                         int step,
                         providers::Answer<providers::ObjectPage> page)
{
    if (endpoint.done || !m_running || endpoint.ranges.size() != 1)
        return; // read already, or split meanwhile
    Probe &probe = endpoint.probe;
    if (!page && probe.newest == 0)
        return; // no split: the walker reads the history alone (and meets the failure itself)
    // A step that failed counts as "something lies before": the split then reaches further back
    // than needed, which costs a few empty ranges, never data (the oldest range reaches the
    // floor whatever the probe says).
    const bool found = !page || page.value().size() > 0;
    if (probe.newest == 0) {
        if (!found)
            return; // nothing to read
        probe.newest = page.value().newestCreated;
        probeNext(endpoint);
        return;
    }
    if (!found)
        probe.emptyStep = std::min(probe.emptyStep, step);
    if (--probe.pending > 0)
        return;
    const qint64 bottom = probe.emptyStep < kProbeSteps
                              ? probe.newest - (qint64(3600) << probe.emptyStep)
                              : endpoint.floor;
    splitRange(endpoint, endpoint.ranges.front().cursor.id, bottom, rangeLimit());
}

int SourceSync::rangeLimit() const
{
    // More walkers than requests in flight: a walker waiting out a retry's backoff leaves its
    // slot to another.
    return std::min(kMaxRangesPerEndpoint, 3 * std::max(1, m_provider->concurrency()));
}

void SourceSync::stealWork(Endpoint &endpoint)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    while (activeRanges(endpoint) < rangeLimit()) {
        // The unfinished range with the most unread time: what lies between its floor and the
        // oldest object it has read.
        int widest = -1;
        qint64 widestSpan = 0;
        for (const Range &range : endpoint.ranges) {
            const qint64 span = unreadTop(range, now) - range.cursor.from;
            if (!range.cursor.done && span > widestSpan) {
                widestSpan = span;
                widest = range.cursor.id;
            }
        }
        if (widest < 0 || !splitRange(endpoint, widest, 0, 2))
            return;
    }
}

qint64 SourceSync::unreadTop(const Range &range, qint64 now)
{
    return range.cursor.position > 0 ? range.cursor.position
           : range.cursor.before > 0 ? range.cursor.before
                                     : now + 1;
}

bool SourceSync::splitRange(Endpoint &endpoint, int id, qint64 bottom, int pieces)
{
    Range *range = findRange(endpoint, id);
    if (!range || range->cursor.done)
        return false;
    // [from, top) is unread; objects are expected from `bottom` on. The old walker keeps the
    // newest piece (and its cursor); the new ones below it start from nothing.
    const qint64 top = unreadTop(*range, QDateTime::currentSecsSinceEpoch());
    bottom = std::max(bottom, range->cursor.from);
    const qint64 span = top - bottom;
    pieces = int(std::min<qint64>(pieces, span / kMinRangeSeconds));
    if (pieces < 2)
        return false;
    std::vector<store::RangeCursor> changed;
    qint64 below = range->cursor.from;
    for (int i = 1; i < pieces; ++i) {
        store::RangeCursor piece;
        piece.id = endpoint.nextRangeId++;
        piece.from = below;
        piece.before = bottom + span * i / pieces;
        below = piece.before;
        changed.push_back(piece);
    }
    range->cursor.from = below;
    changed.push_back(range->cursor);
    for (size_t i = 0; i + 1 < changed.size(); ++i)
        endpoint.ranges.push_back(Range{changed[i]});
    submitRanges(endpoint, changed);
    for (size_t i = 0; i + 1 < changed.size(); ++i)
        requestNext(endpoint, *findRange(endpoint, changed[i].id));
    return true;
}

void SourceSync::submitRanges(Endpoint &endpoint, std::vector<store::RangeCursor> ranges)
{
    store::SyncBatch batch;
    batch.sourceId = m_source.id;
    batch.type = endpoint.type;
    batch.ticket = m_ticketBase | quint64(endpoint.type);
    batch.cursor.runFloor = endpoint.floor;
    batch.cursor.maxCreated = endpoint.cursor.maxCreated;
    batch.cursor.ranges = std::move(ranges);
    ++endpoint.inFlightBatches;
    m_writer->submit(std::move(batch));
}

void SourceSync::finishEndpoint(Endpoint &endpoint)
{
    store::SyncBatch batch;
    batch.sourceId = m_source.id;
    batch.type = endpoint.type;
    batch.ticket = m_ticketBase | quint64(endpoint.type);
    batch.cursor.maxCreated = endpoint.cursor.maxCreated;
    batch.cursor.lastSuccess = QDateTime::currentSecsSinceEpoch();
    ++endpoint.inFlightBatches;
    endpoint.done = true;
    m_writer->submit(std::move(batch));
}

SourceSync::Range *SourceSync::findRange(Endpoint &endpoint, int id)
{
    for (Range &range : endpoint.ranges) {
        if (range.cursor.id == id)
            return &range;
    }
    return nullptr;
}

int SourceSync::activeRanges(const Endpoint &endpoint) const
{
    return int(std::count_if(endpoint.ranges.begin(), endpoint.ranges.end(), [](const Range &r) {
        return !r.cursor.done;
    }));
}

bool SourceSync::allRangesDone(const Endpoint &endpoint) const
{
    return activeRanges(endpoint) == 0;
}

} // namespace paydeck::sync
