#include "matcher.h"

#include "matcher_engine.h"

namespace paydeck::reconcile {

int businessDaysBetween(Day from, Day to)
{
    // Weekdays in [0, d]; 1970-01-01 was a Thursday, so day x falls on weekday (x + 3) % 7, Mon =
    // 0.
    const auto weekdaysUpTo = [](qint64 d) {
        const qint64 days = d + 1;
        qint64 count = days / 7 * 5;
        for (qint64 i = 0; i < days % 7; ++i)
            if ((i + 3) % 7 < 5)
                ++count;
        return count;
    };
    constexpr qint64 kShift = 7 * 100000; // keeps days before 1970 positive, weekdays unchanged
    return int(weekdaysUpTo(to + kShift) - weekdaysUpTo(from + kShift));
}

const char *exceptionKindName(ExceptionKind kind)
{
    switch (kind) {
    case ExceptionKind::Unmatched:
        return "unmatched";
    case ExceptionKind::Partial:
        return "partial";
    case ExceptionKind::AmountMismatch:
        return "amount_mismatch";
    case ExceptionKind::Duplicate:
        return "duplicate";
    case ExceptionKind::BalanceProof:
        return "balance_proof";
    }
    return "unknown";
}

namespace detail {

thread_local MatchOutcome *Engine::t_sink = nullptr;

} // namespace detail

MatchOutcome matchItems(Reconciliation kind,
                        const std::vector<ProviderItem> &provider,
                        const std::vector<CounterItem> &counter,
                        const RuleSet &rules,
                        Day asOf,
                        const std::vector<bool> &lockedLeft,
                        const std::vector<bool> &lockedRight)
{
    detail::Engine engine(kind, provider, counter, rules, asOf, lockedLeft, lockedRight);
    return engine.run();
}

} // namespace paydeck::reconcile
