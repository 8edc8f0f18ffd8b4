#include "rule_reading.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace paydeck::alerts {

namespace {

constexpr qint64 kWeek = 7 * 86400;
constexpr qint64 kBaselinePad = 3600;

/// A metric as a fraction (rates) or a count/amount (denominator 1).
struct Ratio
{
    double numerator = 0, denominator = 0;
};

Ratio ratioOf(Metric metric, const WindowCounts &c)
{
    const double decided = double(c.taken + c.declined);
    switch (metric) {
    case Metric::SuccessRate:
        return {double(c.taken), decided};
    case Metric::DeclineRate:
        return {double(c.declinedMatching), decided};
    case Metric::DeclineCount:
        return {double(c.declinedMatching), 1};
    case Metric::ChargeCount:
        return {double(c.charges), 1};
    case Metric::ChargeVolume:
        return {double(c.amountTaken), 1};
    case Metric::RefundRate:
        return {double(c.refunds), double(c.taken)};
    case Metric::DisputeCount:
        return {double(c.disputes), 1};
    case Metric::DisputeRate:
        return {double(c.disputes), double(c.taken)};
    case Metric::LargePayment:
        return {double(c.largest), 1};
    default: // the machinery's metrics are read from its state (operational_reading.h)
        return {};
    }
}

/// What the minimum volume is measured against: a rate's denominator, a count itself.
double volumeOf(Metric metric, const WindowCounts &c)
{
    switch (metric) {
    case Metric::SuccessRate:
    case Metric::DeclineRate:
        return double(c.taken + c.declined);
    case Metric::RefundRate:
    case Metric::DisputeRate:
    case Metric::ChargeVolume:
    case Metric::LargePayment:
        return double(c.taken);
    case Metric::DeclineCount:
        return double(c.declinedMatching);
    case Metric::ChargeCount:
        return double(c.charges);
    case Metric::DisputeCount:
        return double(c.disputes);
    default:
        return 0;
    }
}

/// How far the window stands from the baseline in standard errors. A rate: the two-proportion
/// test (the baseline's own few events are uncertain too: 2 declines in 68 is no proof that 3 %
/// is normal). A count: Poisson around the baseline's mean (never below 1, so that 3 where 0.2
/// is usual is not a catastrophe).
double zScore(const AlertRule &rule, const Ratio &now, const Ratio &pooled, double baseline)
{
    if (isRate(rule.metric)) {
        const double n1 = std::max(now.denominator, 1.0), n0 = std::max(pooled.denominator, 1.0);
        const double p = std::clamp((now.numerator + baseline * n0) / (n1 + n0), 0.005, 0.995);
        return (now.numerator / n1 - baseline) / std::sqrt(p * (1 - p) * (1 / n1 + 1 / n0));
    }
    return (now.numerator - baseline) / std::sqrt(std::max(baseline, 1.0));
}

bool compare(Condition condition, double score, double threshold)
{
    switch (condition) {
    case Condition::Above:
        return score > threshold;
    case Condition::Below:
        return score < threshold;
    default: // relative changes and z-scores: higher is worse
        return score >= threshold;
    }
}

} // namespace

Reading readRule(const AlertRule &rule, const ActivityTimeline &timeline, qint64 at)
{
    Reading r;
    r.at = at;
    // (at − window, at]: a payment of this very second counts now, not at the next evaluation
    // (which, for a rule judged hourly, would be an hour away).
    const qint64 end = at + 1;
    const WindowCounts now = timeline.counts(end - rule.windowSeconds, end, rule.filter);
    const Ratio ratio = ratioOf(rule.metric, now);
    if (ratio.denominator > 0)
        r.value = ratio.numerator / ratio.denominator;
    r.volume = volumeOf(rule.metric, now);
    if (!rule.usesBaseline()) {
        r.judged = r.value && r.volume >= double(rule.minimumVolume);
        r.score = r.value.value_or(0);
    } else {
        // The same window in earlier weeks: their median (one bad week, an incident, is not
        // what is normal), with the evidence of all of them. Weeks before the first data count
        // as none.
        Ratio pooled;
        std::vector<double> weekly;
        int weeks = 0;
        double baselineVolume = 0;
        for (int k = 1; k <= rule.baselineWeeks; ++k) {
            const qint64 shift = k * kWeek;
            if (at - shift <= timeline.first())
                break;
            // A rate does not depend on how busy the hour is: an hour either side adds
            // evidence. A count does: the same window exactly.
            const qint64 pad = isRate(rule.metric) ? kBaselinePad : 0;
            const WindowCounts before = timeline.counts(
                end - shift - rule.windowSeconds - pad, end - shift + pad, rule.filter);
            const Ratio old = ratioOf(rule.metric, before);
            pooled.numerator += old.numerator;
            pooled.denominator += old.denominator;
            if (old.denominator > 0)
                weekly.push_back(old.numerator / old.denominator);
            baselineVolume += volumeOf(rule.metric, before);
            ++weeks;
        }
        if (!weekly.empty()) {
            std::sort(weekly.begin(), weekly.end());
            const size_t middle = weekly.size() / 2;
            r.baseline
                = weekly.size() % 2 ? weekly[middle] : (weekly[middle - 1] + weekly[middle]) / 2;
        }
        // A count judges on what is usual too: a drop to nothing is news, not "no data".
        if (!isRate(rule.metric))
            r.volume = std::max(r.volume, baselineVolume / std::max(weeks, 1));
        r.judged = r.baseline && r.volume >= double(rule.minimumVolume)
                   && (r.value || !isRate(rule.metric));
        if (!r.value && !isRate(rule.metric))
            r.value = 0;
        if (r.judged) {
            const double value = *r.value, base = *r.baseline;
            switch (rule.condition) {
            case Condition::DropBelowBaseline:
                r.score = base > 0 ? (base - value) / base : 0;
                break;
            case Condition::RiseAboveBaseline:
                r.score = base > 0 ? (value - base) / base : (value > 0 ? 1e9 : 0);
                break;
            case Condition::ZScoreAbove:
                r.score = zScore(rule, ratio, pooled, base);
                break;
            case Condition::ZScoreBelow:
                r.score = -zScore(rule, ratio, pooled, base);
                break;
            default:
                break;
            }
        }
    }
    judgeReading(rule, r);
    return r;
}

void judgeReading(const AlertRule &rule, Reading &r)
{
    if (r.judged) {
        r.breached = compare(rule.condition, r.score, rule.threshold);
        r.holds = compare(rule.condition, r.score, rule.clearsAt());
    }
}

} // namespace paydeck::alerts
