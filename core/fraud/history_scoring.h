#pragma once

// Scoring the stored history: every charge of every source in created order through one
// VelocityTracker, so that a charge's counts are what live scoring would have seen when it came.

#include "charge_facts.h"
#include "fx/fx_table.h"
#include "risk_score.h"
#include "util/result.h"

#include <QString>

#include <functional>
#include <optional>

namespace paydeck::store {
class Session;
}

namespace paydeck::fraud {

enum class Action { Allow, Review, Block };
QString actionName(Action action); // allow, review, block (for machines)

/// What happens to a score until the rule language decides (Radar's defaults: elevated risk
/// from 65 goes to review, the highest from 85 is blocked).
Action defaultAction(int score);

struct ScoredCharge
{
    ChargeFacts facts;
    Features features; // what the score was computed from (rules read them too)
    RiskAssessment risk;
    Action action = Action::Allow;
    /// The amount in euros (major units) at the ECB rate of the charge's day, for rules that
    /// compare amounts across currencies (`:amount_eur:`); nullopt without a rate.
    std::optional<double> amountEur;
};

/// The exchange rates kept in the store (an empty table when there are none).
Result<fx::FxTable> storedRates(store::Session &db);
/// Fills `amountEur` from `rates` (euros need none).
void convertToEur(ScoredCharge &charge, const fx::FxTable &rates);

class VelocityTracker;

/// Scores `scored.facts` against what `tracker` holds before it (features, risk, the score's
/// default action, euros): the one way live scoring and history scoring judge a charge.
void scoreCharge(ScoredCharge &scored, const VelocityTracker &tracker, const fx::FxTable &rates);

/// Scores the charges created in [from, to) (unix seconds), counting everything stored before
/// each one (also before `from`); `each` returning false stops.
Result<void> scoreHistory(store::Session &db,
                          qint64 from,
                          qint64 to,
                          const std::function<bool(const ScoredCharge &)> &each,
                          const MetadataKeys &keys = {});

} // namespace paydeck::fraud
