#include "drill_down.h"

#include "store/analytics_repository.h"
#include "store/session.h"

#include <algorithm>

namespace paydeck::analytics {

namespace {

constexpr qint64 kHour = 3600;

qint64 hourFloor(qint64 at)
{
    return at >= 0 ? at - at % kHour : at - ((at % kHour) + kHour) % kHour;
}

ObjectType objectTypeOf(Kind kind)
{
    switch (kind) {
    case Kind::Charge:
        return ObjectType::Charge;
    case Kind::Refund:
        return ObjectType::Refund;
    case Kind::Dispute:
        return ObjectType::Dispute;
    case Kind::Payout:
        return ObjectType::Payout;
    case Kind::Balance:
    case Kind::Count:
        break;
    }
    return ObjectType::BalanceTransaction;
}

} // namespace

bool factMatches(const Fact &fact, const Filter &filter)
{
    const qint64 from = filter.from != 0 ? hourFloor(filter.from) : 0;
    const qint64 to = filter.to != 0 ? hourFloor(filter.to + kHour - 1) : 0;
    return fact.at != 0 && (filter.from == 0 || fact.at >= from) && (filter.to == 0 || fact.at < to)
           && (!filter.kind || fact.kind == *filter.kind)
           && (!filter.outcome || fact.outcome == *filter.outcome)
           && (filter.outcomes == 0 || (filter.outcomes & (1u << int(fact.outcome))) != 0)
           && (filter.sourceId == 0 || fact.sourceId == filter.sourceId)
           && (filter.currency.empty() || fact.currency == filter.currency)
           && (filter.detail.empty() || fact.detail == filter.detail)
           && (filter.notDetail.empty() || fact.detail != filter.notDetail)
           && (filter.method.empty() || fact.method == filter.method)
           && (filter.country.empty() || fact.country == filter.country);
}

Result<std::vector<Fact>> factsMatching(store::Session &session, const Filter &filter)
{
    if (!filter.kind || *filter.kind == Kind::Count)
        return makeError(QStringLiteral("A drill-down needs a kind of object."));
    const qint64 from = filter.from != 0 ? hourFloor(filter.from) : 0;
    const qint64 before = filter.to != 0 ? hourFloor(filter.to + kHour - 1) : 0;
    std::vector<Fact> facts;
    auto read = session.analytics().factsHappenedBetween(
        objectTypeOf(*filter.kind), from, before, [&](const Fact &fact) {
            if (factMatches(fact, filter))
                facts.push_back(fact);
        });
    if (!read)
        return makeError(read.error());
    std::stable_sort(
        facts.begin(), facts.end(), [](const Fact &a, const Fact &b) { return a.at > b.at; });
    return facts;
}

} // namespace paydeck::analytics
