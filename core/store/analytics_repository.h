#pragma once

// The analytics engine's reads: every provider object as a fact (analytics/fact.h), all of them
// at start-up and those of a commit as the change feed names them.

#include "analytics/fact.h"
#include "domain/objects.h"
#include "util/result.h"

#include <functional>
#include <string>
#include <vector>

namespace paydeck::store {

using FactSink = std::function<void(const analytics::Fact &)>;

class AnalyticsRepository
{
public:
    virtual ~AnalyticsRepository() = default;
    /// Every object of every source, one type after another.
    virtual Result<void> scanFacts(const FactSink &sink) = 0;
    /// About how many objects scanFacts() will hand over (at least as many, cheaply known):
    /// what the engine makes room for before a rebuild.
    virtual qint64 factCountEstimate() = 0;
    /// The objects of `type` with these ids (of one source; 0: of any source).
    virtual Result<void> factsWithIds(ObjectType type,
                                      qint64 sourceId,
                                      const std::vector<std::string> &ids,
                                      const FactSink &sink)
        = 0;
    /// The objects of `type` created in [from, to] (unix seconds).
    virtual Result<void>
    factsCreatedBetween(ObjectType type, qint64 from, qint64 to, const FactSink &sink) = 0;
    /// The objects of `type` that happened in [from, before) as the engine counts them (a
    /// payout when it arrives, everything else when created): what a figure is made of.
    virtual Result<void>
    factsHappenedBetween(ObjectType type, qint64 from, qint64 before, const FactSink &sink) = 0;
};

} // namespace paydeck::store
