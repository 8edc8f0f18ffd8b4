#include "backtest.h"

#include "store/analytics_repository.h"
#include "store/session.h"

#include <QObject>

#include <algorithm>

namespace paydeck::alerts {

Backtest backtestRule(const AlertRule &rule,
                      const ActivityTimeline &timeline,
                      qint64 from,
                      qint64 to,
                      bool keepSeries)
{
    Backtest out;
    out.rule = rule;
    if (isOperational(rule.metric)) {
        out.unavailable = QObject::tr("%1 is judged on the state now; no history of it is kept "
                                      "to backtest")
                              .arg(QLatin1String(metricName(rule.metric)));
        return out;
    }
    AlertState state;
    const qint64 step = std::max<qint64>(rule.intervalSeconds, 1);
    // Evaluations on whole intervals, as a live evaluator would run them.
    for (qint64 at = (from / step + 1) * step; at < to; at += step) {
        const Reading reading = readRule(rule, timeline, at);
        ++out.evaluations;
        out.judged += reading.judged ? 1 : 0;
        if (keepSeries)
            out.series.push_back(reading);
        if (state.state() == State::Firing && !out.intervals.empty())
            out.intervals.back().worstScore
                = std::max(out.intervals.back().worstScore, reading.score);
        const auto moved = state.evaluate(rule, reading);
        if (!moved)
            continue;
        if (moved->to == State::Firing)
            out.intervals.push_back({rule.id, at, std::nullopt, reading.value, reading.score});
        else if (moved->from == State::Firing && !out.intervals.empty())
            out.intervals.back().resolvedAt = at;
    }
    return out;
}

Result<qint64>
loadTimeline(store::Session &session, ActivityTimeline &timeline, qint64 from, qint64 to)
{
    store::ReadSnapshot snapshot(session);
    if (!snapshot.error().isEmpty())
        return makeError(snapshot.error());
    std::vector<analytics::Fact> facts;
    for (const ObjectType type : {ObjectType::Charge, ObjectType::Refund, ObjectType::Dispute}) {
        auto ok = session.analytics().factsHappenedBetween(
            type, from, to, [&](const analytics::Fact &fact) { facts.push_back(fact); });
        if (!ok)
            return makeError(ok.error());
    }
    timeline.applyAll(facts);
    return qint64(facts.size());
}

qint64 lookBack(const std::vector<AlertRule> &rules)
{
    qint64 longest = 0;
    for (const AlertRule &rule : rules) {
        const qint64 weeks = rule.usesBaseline() ? rule.baselineWeeks : 0;
        longest = std::max(longest, rule.windowSeconds + weeks * 7 * 86400);
    }
    return longest;
}

} // namespace paydeck::alerts
