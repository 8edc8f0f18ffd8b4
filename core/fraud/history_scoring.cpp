#include "history_scoring.h"

#include "store/object_repository.h"
#include "store/session.h"
#include "velocity.h"

#include <limits>

namespace paydeck::fraud {

QString actionName(Action action)
{
    switch (action) {
    case Action::Allow:
        return QStringLiteral("allow");
    case Action::Review:
        return QStringLiteral("review");
    case Action::Block:
        return QStringLiteral("block");
    }
    return {};
}

Action defaultAction(int score)
{
    if (score >= 85)
        return Action::Block;
    if (score >= 65)
        return Action::Review;
    return Action::Allow;
}

Result<void> scoreHistory(store::Session &db,
                          qint64 from,
                          qint64 to,
                          const std::function<bool(const ScoredCharge &)> &each,
                          const MetadataKeys &keys)
{
    VelocityTracker tracker;
    ScoredCharge scored;
    return db.objects().scanCharges(
        std::numeric_limits<qint64>::min(), to, [&](qint64 sourceId, Charge &&charge) {
            scored.facts = chargeFacts(charge, sourceId, keys);
            if (scored.facts.created >= from) {
                scored.features = tracker.features(scored.facts);
                scored.risk = assessRisk(scored.facts, scored.features);
                scored.action = defaultAction(scored.risk.score);
                if (!each(scored))
                    return false;
            }
            tracker.add(scored.facts);
            return true;
        });
}

} // namespace paydeck::fraud
