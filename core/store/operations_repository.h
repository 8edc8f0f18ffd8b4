#pragma once

// How the machinery is doing, as opposed to the payments themselves: each source's sync and
// webhooks, reconciliation's open items, and where each payout's money stands. The alert engine
// judges its operational rules (source down, sync lag, webhook silence, payout missing, unmatched
// bank money) on this; the payout calendar shows the payouts.

#include "reconcile/payout_calendar.h"
#include "util/result.h"

#include <QString>

#include <vector>

namespace paydeck::store {

struct SourceOperations
{
    qint64 sourceId = 0;
    QString name;
    /// The oldest of its object endpoints' last successful sync (the source is as current as its
    /// least current endpoint); 0: never synced.
    qint64 lastSuccess = 0;
    /// The last sync attempt of an endpoint ended in an error (not counting an events endpoint
    /// the source syncs without).
    bool failing = false;
    QString lastError;
    bool webhooksConfigured = false;
    qint64 lastWebhook = 0; // the newest event received by webhook (0: none yet)
    /// Events found by polling that happened after the last webhook: webhooks that should have
    /// come and did not.
    qint64 polledSinceWebhook = 0;
    int endpoints = 0;
    int breakersOpen = 0;
    double errorRate = 0; // the worst endpoint's, as the last run saw it
};

/// Bank money reconciliation could not place, per currency.
struct UnmatchedMoney
{
    QString currency;
    qint64 amount = 0; // minor units, absolute
    int lines = 0;
};

struct OperationsState
{
    std::vector<SourceOperations> sources;
    std::vector<UnmatchedMoney> unmatchedBank;
    int openExceptions = 0;
    qint64 openFraudReviews = 0;      // the review queue's open reviews
    qint64 fraudBlockedLastHour = 0;  // reviews blocked by the rules, charges of the last hour
    qint64 fraudMaxScoreLastHour = 0; // the highest score queued among the last hour's charges
    qint64 cardTestingLastHour = 0;   // the last hour's charges queued as card testing
    reconcile::PayoutArrivalInputs payouts;
};

class OperationsRepository
{
public:
    virtual ~OperationsRepository() = default;
    /// Everything above, read in one snapshot.
    virtual Result<OperationsState> operationsState() = 0;
    /// The payouts, the bank lines matched to them and what the statements cover.
    virtual Result<reconcile::PayoutArrivalInputs> payoutArrivals() = 0;
};

} // namespace paydeck::store
