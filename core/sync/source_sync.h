#pragma once

#include "providers/provider.h"
#include "store/session.h"
#include "store/sources.h"
#include "store/store_writer.h"
#include "store/sync_state.h"
#include "sync_report.h"
#include "util/queued_calls.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <array>
#include <functional>
#include <memory>
#include <unordered_map>

namespace paydeck::sync {

/// One sync run of one source, through its Provider: every object type is paged newest-first, from
/// the stored cursor on, in parallel; a long history (a backfill) is split into `created` ranges
/// walked in parallel, each with its own cursor. Each page goes to the store writer together
/// with the cursor that is true once it is stored. A run interrupted at any point resumes every
/// range from its last committed page; re-reading a page changes nothing.
class SourceSync final : public QObject
{
    Q_OBJECT
public:
    SourceSync(store::SourceConfig source,
               store::StoreWriter *writer,
               QString databasePath,
               QObject *parent = nullptr);
    ~SourceSync() override;
    Q_DISABLE_COPY_MOVE(SourceSync)

    /// Seconds re-read before the newest object of the last run, for objects that arrive late.
    static constexpr qint64 kOverlapSeconds = 300;
    /// Uncommitted objects above which fetching pauses (the writer's backpressure).
    static constexpr qint64 kMaxPendingObjects = 150000;
    /// Payouts whose transactions are fetched per run, at most (the rest follow next run).
    static constexpr int kPayoutsPerRun = 1000;
    /// A run reaching further back than this splits its history into ranges walked in parallel.
    static constexpr qint64 kSplitAfterSeconds = 2 * 86400;
    /// Ranges an endpoint walks at once, at most (three times the provider's concurrency too).
    static constexpr int kMaxRangesPerEndpoint = 16;
    /// No range is split below this many seconds.
    static constexpr qint64 kMinRangeSeconds = 60;
    /// How far back a probe looks for the start of a history: 2^17 hours, 15 years.
    static constexpr int kProbeSteps = 18;

    void start();
    bool isRunning() const { return m_running; }
    /// A verified webhook: the next run (start one) reads the object it names again and
    /// records the event once, as for polled events.
    void addWebhookEvent(const std::string &id,
                         const std::string &type,
                         qint64 created,
                         const std::string &objectKind,
                         const std::string &objectId);

signals:
    void progressed(const paydeck::sync::SyncProgress &progress);
    void finished(const paydeck::sync::SyncReport &report);

private:
    /// One `created` range of an endpoint's run, walked newest first with its own cursor.
    struct Range
    {
        store::RangeCursor cursor; // its position: the oldest object read so far
        bool waitingForWriter = false;
    };
    /// Finding where a history begins before it is split: the newest object, then whether
    /// anything lies before newest − 2^k hours, for every k at once.
    struct Probe
    {
        qint64 newest = 0;
        int pending = 0;
        int emptyStep = kProbeSteps; // the smallest k with nothing before (kProbeSteps: none)
    };
    struct Endpoint
    {
        ObjectType type;
        store::SyncCursor cursor;
        qint64 floor = 0;
        std::vector<Range> ranges;
        int nextRangeId = 0;
        Probe probe;
        int inFlightBatches = 0;
        bool done = false;
    };

    // Ranges (source_sync_ranges.cpp): how a run's history is split and walked in parallel.
    /// Where this run of the endpoint starts: resumed ranges, a probe for a long history, or one
    /// range from the floor.
    void planEndpoint(Endpoint &endpoint);
    void probeNext(Endpoint &endpoint);
    void onProbe(Endpoint &endpoint, int step, providers::Answer<providers::ObjectPage> page);
    /// Splits range `id`'s unread part into `pieces` walked in parallel (objects are expected
    /// from `bottom` on); false if it is too short to split.
    bool splitRange(Endpoint &endpoint, int id, qint64 bottom, int pieces);
    /// A walker finished: the unfinished range with the most time left is halved for it.
    void stealWork(Endpoint &endpoint);
    int rangeLimit() const;
    /// The newest moment of a range not yet read.
    static qint64 unreadTop(const Range &range, qint64 now);
    /// Stores where the endpoint's ranges stand (before the walkers they describe start).
    void submitRanges(Endpoint &endpoint, std::vector<store::RangeCursor> ranges);
    Range *findRange(Endpoint &endpoint, int id);
    int activeRanges(const Endpoint &endpoint) const;
    bool allRangesDone(const Endpoint &endpoint) const;
    /// The endpoint has nothing (more) to read: its run ends with the cursor stored.
    void finishEndpoint(Endpoint &endpoint);

    void requestNext(Endpoint &endpoint, Range &range);
    void onPage(Endpoint &endpoint, int rangeId, providers::Answer<providers::ObjectPage> page);
    /// Moves a page's objects into a batch and notes what they tell the rest of the run.
    void takePage(Endpoint &endpoint, providers::ObjectPage &page, store::SyncBatch &batch);
    static void moveObjects(providers::ObjectPage &page, store::SyncBatch &batch);
    void onCommitted(const QList<store::BatchOutcome> &outcomes);
    void fail(Endpoint &endpoint, const QString &message);
    void finishIfDone();
    std::function<void(const Result<void> &)>
    backOnThisThread(std::function<void(SourceSync &)> then);
    void saveHealth();

    // After the endpoints: learn which payout settled which balance transactions (Stripe's list
    // objects do not say; `?payout=` does), in source_sync_settlement.cpp.
    void startSettlement();
    void settleNext();
    void onSettlementPage(providers::Answer<providers::ObjectPage> page);
    /// Objects change after the fact (a charge refunded or disputed, a payout paid, a dispute
    /// decided): those named by new refunds, disputes and events are read again, as they are now.
    /// False when this run's refreshes are used up (the object is not queued).
    bool queueRefresh(ObjectType type, const std::string &id);
    void refreshNext();
    void onRefreshed(ObjectType type,
                     const std::string &id,
                     providers::Answer<providers::ObjectPage> page);

    // Event polling (source_sync_events.cpp): /v1/events since the last run; each event is
    // recorded once, after the objects it names were read again.
    void startEvents(store::Session &db);
    void requestEvents();
    void onEventsPage(providers::Answer<providers::EventPage> page);
    void recordEvents();

    store::SourceConfig m_source;
    store::StoreWriter *m_writer;
    QueuedCalls *m_calls; // what other threads hand to this one
    QString m_databasePath;
    std::unique_ptr<providers::Provider> m_provider;
    std::array<Endpoint, kObjectTypeCount> m_endpoints;
    SyncReport m_report;
    SyncProgress m_progress;
    QElapsedTimer m_timer;
    QElapsedTimer m_progressThrottle;
    quint64 m_ticketBase = 0;
    bool m_running = false;
    enum class Settlement { Pending, Running, Done } m_settlement = Settlement::Pending;
    std::vector<std::string> m_payoutsToFetch;
    size_t m_settleIndex = 0;
    std::string m_settleAfter;
    std::vector<std::pair<ObjectType, std::string>> m_toRefresh;
    /// Net of the balance transactions this run saw per payout: a backfill learns which payouts
    /// are complete without reading anything again.
    std::unordered_map<std::string, qint64> m_runPayoutNet;
    /// Objects read again per run, at most (the rest are caught by later runs and events).
    static constexpr int kRefreshesPerRun = 500;

    using SeenEvent = store::RecordedEvent;
    store::SyncCursor m_eventsCursor;
    qint64 m_eventsFloor = 0;
    std::string m_eventsAfter;
    bool m_eventsInitial = false;
    bool m_eventsDone = true;
    std::vector<SeenEvent> m_newEvents;
    struct WebhookNote
    {
        SeenEvent event;
        std::string objectKind;
    };
    /// Queues what `event` asks to be read again; false if that could not be queued this run.
    bool applyEvent(const SeenEvent &event, std::string_view objectKind);
    qint64 m_eventsBacklogFrom = 0; // oldest polled event left for the next run (0: none)
    QString m_eventsUnavailable;    // why events could not be read this run (empty: they could)
    std::vector<WebhookNote> m_webhookEvents; // waiting for the next run
    std::unique_ptr<store::Session> m_readDb; // this run's read connection (network thread)
};

} // namespace paydeck::sync
