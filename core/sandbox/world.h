#pragma once

#include "domain/objects.h"
#include "random.h"
#include "util/result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <queue>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace paydeck::sandbox {

/// Something the world plants for alerts to find: a kind and its window [from, to), unix
/// seconds. decline_spike (60 % declined, one issuer code), card_testing ($1 attempts 9 s
/// apart), refund_spike (half the payments refunded within the window), dispute_wave (recent
/// payments disputed), volume_drop (85 % fewer payments); api_outage and webhook_silence are
/// the server's (SandboxServer); payout_missing is the bank's: payouts whose arrival date falls
/// in it never reach the bank statement (makeBankStatement).
struct Incident
{
    std::string kind;
    qint64 from = 0, to = 0;
    /// The kinds a world or its server plants.
    static bool known(const std::string &kind);
};

struct SandboxOptions
{
    quint64 seed = 42;
    int historyDays = 90;
    /// Exactly this many historical balance transactions; -1 for the default business size.
    qint64 backfillCount = -1;
    /// Live payment attempts per minute after the history; 0 keeps the world still.
    double ratePerMinute = 0;
    /// Unix time at which the history ends and live generation begins; 0 for "now, to the minute".
    qint64 anchor = 0;
    /// Exactly these incidents, none of the built-in ones (a card-testing burst and a decline
    /// spike in the history); unset: the built-in ones.
    std::optional<std::vector<Incident>> incidents;
    /// Planted besides the built-in ones (the embedded default's live incident).
    std::vector<Incident> extraIncidents;
    /// Scales the fraud scenarios planted among the payments (stolen cards, account takeovers,
    /// fraud rings, and genuine orders disputed as fraud later); 0 plants none. They draw from
    /// their own random stream: the world is the same with or without them until their money
    /// first changes whether a payout is due.
    double fraudRate = 1.0;
};

/// A Stripe event as the sandbox records it: what happened, and the object as it was then.
struct EventRecord
{
    std::string id;
    qint64 created = 0;
    std::string type; // charge.succeeded, payout.paid, …
    /// data.object: the object's JSON as it was then (shared with the object's table until the
    /// object changes).
    std::shared_ptr<const std::string> objectJson;
};

/// One list request, in Stripe's terms.
struct ListQuery
{
    ObjectType type = ObjectType::BalanceTransaction;
    int limit = 10;
    std::string startingAfter;
    std::string endingBefore;
    std::optional<qint64> createdGt, createdGte, createdLt, createdLte;
    std::string payout; // balance transactions only
};

/// An API answer: HTTP status and JSON body.
struct ApiAnswer
{
    int status = 200;
    std::string body;
    /// A list page with more after it, read forward: the cursor of the page that follows.
    std::string nextStartingAfter;
    /// The world's version the answer was read at (see World::version).
    quint64 worldVersion = 0;
};

/// The sandbox provider's whole world: a seeded, simulated business with its charges, refunds,
/// disputes, payouts and the balance transactions they cause, kept as Stripe would serve them.
/// Generation runs in simulated time; reads are thread-safe and concurrent.
class World
{
public:
    explicit World(SandboxOptions options);
    ~World();
    Q_DISABLE_COPY_MOVE(World)

    /// Simulates the history up to the anchor (and live time up to `now` when a rate is set).
    void generate(qint64 now);
    /// Live generation up to `now`; returns whether any object was created or changed.
    bool advanceTo(qint64 now);

    ApiAnswer list(const ListQuery &query) const;
    ApiAnswer retrieve(ObjectType type, const std::string &id) const;
    /// GET /v1/events (the last 30 days, as Stripe keeps them) and /v1/events/{id}.
    ApiAnswer listEvents(const ListQuery &query) const;
    ApiAnswer retrieveEvent(const std::string &id) const;
    /// POST /v1/refunds: refunds a charge now (all that is left unless `amount`), as Stripe
    /// does — a charge.refunded event, a refund and its balance transaction. A repeated
    /// Idempotency-Key gets the first answer; the same key with other parameters is refused.
    ApiAnswer createRefund(const std::string &charge,
                           qint64 amount,
                           const std::string &reason,
                           const std::string &idempotencyKey);
    qint64 eventCount() const;
    /// Changes whenever live generation may have changed what the API answers.
    quint64 version() const;
    /// Events created after `afterIndex` (an index into the event log); for webhook delivery.
    std::vector<std::string> eventsSince(size_t &afterIndex) const;

    qint64 count(ObjectType type) const;
    qint64 anchor() const { return m_options.anchor; }
    const SandboxOptions &options() const { return m_options; }

    /// Writes every object as served now, one JSON line each, atomically (temp file + rename),
    /// followed by `extraLines` (already JSON lines).
    Result<void> writeTruth(const QString &path, const std::string &extraLines = {}) const;
    /// Every payout as it is now.
    std::vector<Payout> payouts() const;
    /// Every succeeded charge with the net its balance transaction settled.
    std::vector<std::pair<Charge, qint64>> succeededChargesWithNet() const;
    /// The world's clock: the latest simulated moment.
    qint64 clock() const;
    /// What the world planted for alerts to find.
    const std::vector<Incident> &incidents() const { return m_incidents; }
    /// Whether an incident of this kind is on at `t` (unix seconds).
    bool incidentAt(const char *kind, qint64 t) const;

private:
    enum class EventKind { Refund, Dispute, DisputeUpdate };
    struct Event
    {
        qint64 time;
        quint64 sequence; // ties resolve in scheduling order, for determinism
        EventKind kind;
        int index;
        bool planted = false; // a fraud scenario's: drawn from m_fraudRandom
    };
    struct EventLater
    {
        bool operator()(const Event &a, const Event &b) const
        {
            return a.time != b.time ? a.time > b.time : a.sequence > b.sequence;
        }
    };
    struct Customer;
    template<typename T>
    struct Table;

    void runUntil(qint64 end, bool history);
    void scheduleNextAttempt(qint64 after, bool history);
    double attemptsPerSecond(qint64 t, bool history) const;
    void chargeAttempt(qint64 t, bool cardTesting);
    int settleCharge(Charge c, qint64 t, Random &random);
    void refund(qint64 t, int chargeIndex);
    /// Adds a refund of `amount` with its balance transaction and event; returns its id.
    std::string addRefund(Random &random,
                          qint64 t,
                          int chargeIndex,
                          qint64 amount,
                          const std::function<const char *()> &reason);
    void openDispute(qint64 t, int chargeIndex, bool planted);
    void advanceDispute(qint64 t, int disputeIndex, bool planted);
    // Fraud scenarios (world_fraud.cpp).
    struct FraudActor;
    struct FraudAttempt;
    struct FraudAttemptLater;
    void scheduleNextScenario(qint64 after, bool history);
    void startScenario(qint64 t);
    void fraudAttempt(const FraudAttempt &attempt);
    /// The next scenario step at `t`: an attempt planned for then, else a new scenario.
    void runFraud(qint64 t);
    qint64 nextFraudTime() const;
    void midnight(qint64 t);
    void payout(qint64 t, const std::string &currency);
    int addBalanceTransaction(BalanceTransaction bt);
    bool serializeDirty();
    template<typename T>
    ApiAnswer listTable(const Table<T> &table,
                        const ListQuery &query,
                        const char *endpoint,
                        const char *objectName) const;
    /// Records an event; its id comes from `random` (the stream of what caused it).
    void recordEvent(Random &random,
                     qint64 t,
                     const char *type,
                     std::shared_ptr<const std::string> objectJson);
    /// Records the event with the object as it is now; returns that JSON for the object's table
    /// (null when the event is older than events are kept).
    template<typename T>
    std::shared_ptr<const std::string>
    recordEvent(Random &random, qint64 t, const char *type, const T &object);
    bool historyFull() const;

    SandboxOptions m_options;
    Random m_random;
    std::vector<Customer> m_customers;
    std::unique_ptr<Table<BalanceTransaction>> m_bts;
    std::unique_ptr<Table<Charge>> m_charges;
    std::unique_ptr<Table<Refund>> m_refunds;
    std::unique_ptr<Table<Payout>> m_payouts;
    std::unique_ptr<Table<Dispute>> m_disputes;
    std::unique_ptr<Table<EventRecord>> m_events_log;
    std::unordered_map<std::string, std::vector<int>> m_btsByPayout;
    std::priority_queue<Event, std::vector<Event>, EventLater> m_events;
    quint64 m_eventSequence = 0;
    /// Balance transactions not yet paid out, per currency.
    /// A balance transaction waiting for its funds or its payout, with what deciding that needs
    /// (never changed once written), so that each midnight need not unpack a week of rows.
    struct Unsettled
    {
        int index;
        qint64 availableOn;
        qint64 net;
    };
    std::unordered_map<std::string, std::vector<Unsettled>> m_unpaid;
    std::vector<Unsettled> m_pendingBts; // status "pending", waiting for available_on
    std::vector<int> m_inTransitPayouts;
    bool m_inHistory = false;
    qint64 m_clock = 0;
    qint64 m_nextAttempt = 0;
    qint64 m_nextMidnight = 0;
    qint64 m_historyStart = 0;
    double m_dailyAttemptTarget = 0;
    size_t m_nextBurst = 0; // the next card_testing incident not yet started
    int m_burstRemaining = 0;
    std::vector<Incident> m_incidents;
    /// Charges planted by a fraud scenario (or a genuine one disputed later), for --truth.
    struct FraudLabel
    {
        int charge;
        bool fraud;
        const char *scenario;
    };
    std::vector<FraudLabel> m_fraudLabels;
    Random m_fraudRandom;
    Random m_apiRandom; // ids of what API calls create: the simulation's streams stay as they are
    /// Idempotency keys seen: the request's parameters and the answer given.
    std::unordered_map<std::string, std::pair<std::string, ApiAnswer>> m_idempotent;
    qint64 m_nextScenario = 0;
    std::unique_ptr<std::vector<FraudAttempt>> m_fraudAttempts; // a heap, soonest first
    qint64 m_orderNumber = 100000;
    quint64 m_version = 0;
    mutable std::shared_mutex m_lock;
};

} // namespace paydeck::sandbox
