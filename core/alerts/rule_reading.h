#pragma once

// A rule's metric at one moment: the value over its window, what is normal for that hour (the
// same window 1…N weeks earlier), and the score its condition compares with the threshold.

#include "activity_timeline.h"
#include "alert_rule.h"

#include <optional>

namespace paydeck::alerts {

struct Reading
{
    qint64 at = 0;
    std::optional<double> value;    // nullopt: nothing to measure (no volume)
    std::optional<double> baseline; // what is normal (rules with a baseline)
    double volume = 0;              // what the value stands on (charges decided, taken, …)
    double score = 0;               // what the condition compares: value, relative change or z
    bool judged = false;            // enough volume (and a baseline, where one is needed)
    bool breached = false;          // the condition holds
    bool holds = false;             // the clear condition does not yet hold (stays firing)
};

/// Reads the rule's metric over (at − window, at]: through the second `at`.
Reading readRule(const AlertRule &rule, const ActivityTimeline &timeline, qint64 at);
/// Sets whether a judged reading breaches the rule's condition and whether it still holds.
void judgeReading(const AlertRule &rule, Reading &reading);

} // namespace paydeck::alerts
