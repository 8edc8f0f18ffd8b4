#pragma once

// Fraud scoring at work, on its own thread: at start the whole stored history goes into one
// VelocityTracker and every charge after the scoring mark is scored; then the charges each
// commit brings (read in the store's arrival order) are scored as they land, across all
// sources, and what the rules in force flag (review or block) goes into the review queue
// through the store's single writer. A charge is scored once, with the history before it in
// time: its score says what was known at payment time (a later refund or dispute changes the
// labels, not the score).

#include "fraud_rules.h"
#include "store/change_feed.h"
#include "store/fraud_repository.h"
#include "util/queued_calls.h"
#include "velocity.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace paydeck::store {
class Session;
class StoreWriter;
} // namespace paydeck::store

namespace paydeck::fraud {

/// The rules in force: the newest stored rule file, or the score's defaults before any.
Result<FraudRuleSet> rulesInForce(store::Session &session);

/// What the queue keeps of a flagged charge.
store::ReviewCandidate reviewCandidate(const ScoredCharge &scored, const RuleVerdict &verdict);

class FraudMonitor : public QObject
{
    Q_OBJECT
public:
    /// `writer` queues what is flagged (none: scored and reported only). `keys`: where the
    /// metadata holds the IP, for good (nullopt: as the rules in force say, read again when
    /// they change).
    FraudMonitor(QString storePath,
                 store::StoreWriter *writer,
                 std::optional<MetadataKeys> keys = std::nullopt,
                 QObject *parent = nullptr);
    ~FraudMonitor() override;
    /// On a store never scored, only charges of its last this many days (before its newest
    /// charge) go into the queue; older ones are history (`fraud score` and backtests see them).
    static constexpr qint64 kFirstQueueDays = 30;
    /// A charge arriving this much older than the newest seen is history (a backfill), not news.
    static constexpr qint64 kLateSeconds = 3600;
    /// Quiet time after history last arrived before what waits is scored.
    static constexpr int kSettleMs = 1000;

public slots:
    void start();
    void applyChange(const paydeck::store::ChangeSet &change);
    /// Scores what waited for its history (see below); nothing to do when nothing waits.
    void settle();

signals:
    /// The history is in the tracker and the charges since the mark are scored.
    void ready(qint64 charges);
    /// Charges scored from one change (or the start), how many of them were flagged.
    void chargesScored(int charges, int flagged);
    /// Flagged charges committed to the queue (their ids; those already queued included).
    void queued(const QStringList &charges);
    void failed(const QString &message);

private:
    bool reloadRules();
    /// Takes the metadata keys of the rules in force (unless fixed); when they differ from
    /// those the tracker was filled with, it is filled again from the whole store (IPs are
    /// other entities now) and what was flagged meanwhile is scored anew.
    void rekeyIfRulesSayOtherwise();
    /// Empties the tracker and reads the whole store into it, all of it waiting.
    bool readEverything();
    void reloadRates();
    /// Reads the charges stored since the last read into the tracker. News — newer than all
    /// seen, with nothing waiting — is scored at once into `candidates`; a charge older than
    /// what was seen is history arriving (a backfill walks back in time), and the ones around
    /// it have not all come yet: it waits, with whatever arrives meanwhile, until the history
    /// is quiet. Returns how many were scored (-1: the store could not be read).
    int readArrivals(std::vector<store::ReviewCandidate> &candidates);
    void score(const ChargeFacts &facts, std::vector<store::ReviewCandidate> &candidates);
    void queue(std::vector<store::ReviewCandidate> candidates, qint64 scoredThrough);

    QString m_storePath;
    store::StoreWriter *m_writer;
    std::optional<MetadataKeys> m_fixedKeys;
    MetadataKeys m_keys;  // in use
    QueuedCalls *m_calls; // the writer's answers, dropped if the monitor is gone by then
    std::unique_ptr<store::Session> m_session;
    VelocityTracker m_tracker;
    FraudRuleSet m_rules;
    fx::FxTable m_rates;      // for :amount_eur:, read again when rates change
    qint64 m_charges = 0;     // read into the tracker
    qint64 m_lastArrival = 0; // the store's arrival number last read
    /// Charges that arrived after this number wait (-1: none). Once one waits, all after it do.
    qint64 m_waitingAfter = -1;
    qint64 m_latest = 0; // newest created time seen
    QTimer *m_settleTimer = nullptr;
    bool m_started = false;
};

} // namespace paydeck::fraud
