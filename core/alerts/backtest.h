#pragma once

// A rule run over stored history before it is enabled: every moment it would have been
// evaluated, when it would have fired and resolved, and the metric it saw.

#include "alert_state.h"

#include <vector>

namespace paydeck::store {
class Session;
}

namespace paydeck::alerts {

struct FiringInterval
{
    QString ruleId;
    qint64 startedAt = 0;
    std::optional<qint64> resolvedAt; // nullopt: still firing at the end
    std::optional<double> value;      // when it fired
    double worstScore = 0;
};

struct Backtest
{
    AlertRule rule;
    std::vector<FiringInterval> intervals;
    std::vector<Reading> series; // every evaluation, when asked for
    qint64 evaluations = 0;
    qint64 judged = 0; // evaluations with enough volume and a baseline
    /// Why the rule was not run (its metric is the machinery's state now, of which no history
    /// is kept); empty when it was.
    QString unavailable;
};

/// Evaluates the rule every interval over [from, to) on the timeline, from Normal.
Backtest backtestRule(const AlertRule &rule,
                      const ActivityTimeline &timeline,
                      qint64 from,
                      qint64 to,
                      bool keepSeries = false);

/// Reads the charges, refunds and disputes that happened in [from, to) into the timeline.
Result<qint64>
loadTimeline(store::Session &session, ActivityTimeline &timeline, qint64 from, qint64 to);

/// How far back the rules look from a moment: their longest window plus baseline weeks.
qint64 lookBack(const std::vector<AlertRule> &rules);

} // namespace paydeck::alerts
