#pragma once

// Scoring the stored history: every charge of every source in created order through one
// VelocityTracker, so that a charge's counts are what live scoring would have seen when it came.

#include "charge_facts.h"
#include "risk_score.h"
#include "util/result.h"

#include <QString>

#include <functional>

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
};

/// Scores the charges created in [from, to) (unix seconds), counting everything stored before
/// each one (also before `from`); `each` returning false stops.
Result<void> scoreHistory(store::Session &db,
                          qint64 from,
                          qint64 to,
                          const std::function<bool(const ScoredCharge &)> &each,
                          const MetadataKeys &keys = {});

} // namespace paydeck::fraud
