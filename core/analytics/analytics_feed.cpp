#include "analytics_feed.h"

#include "store/analytics_repository.h"
#include "store/change_feed.h"
#include "store/session.h"
#include "util/memory.h"

namespace paydeck::analytics {

Result<qint64> rebuildFromStore(store::Session &session,
                                AnalyticsEngine &engine,
                                const std::function<void(qint64)> &progress)
{
    store::ReadSnapshot snapshot(session);
    if (!snapshot.error().isEmpty())
        return makeError(snapshot.error());
    engine.clear();
    engine.reserve(size_t(std::max<qint64>(0, session.analytics().factCountEstimate())));
    qint64 counted = 0;
    auto scanned = session.analytics().scanFacts([&](const Fact &fact) {
        engine.apply(fact);
        if (++counted % 100000 == 0 && progress)
            progress(counted);
    });
    if (!scanned)
        return makeError(scanned.error());
    engine.compact();
    session.releaseMemory(); // the scan's pages are not read again
    util::trimFreedMemory(); // the rebuild's transient tables go back to the system
    return counted;
}

Result<qint64>
applyChange(store::Session &session, AnalyticsEngine &engine, const store::ChangeSet &change)
{
    if (!change.touches(store::ChangeSet::Objects))
        return qint64(0);
    store::ReadSnapshot snapshot(session);
    if (!snapshot.error().isEmpty())
        return makeError(snapshot.error());
    qint64 applied = 0;
    const auto sink = [&](const Fact &fact) {
        engine.apply(fact);
        ++applied;
    };
    for (int t = 0; t < kObjectTypeCount; ++t) {
        const auto type = ObjectType(t);
        if (!change.touches(type))
            continue;
        Result<void> read
            = change.idsComplete
                  ? session.analytics().factsWithIds(type, change.sourceId, change.ids, sink)
                  : session.analytics().factsCreatedBetween(
                      type, change.createdFrom, change.createdTo, sink);
        if (!read)
            return makeError(read.error());
    }
    return applied;
}

} // namespace paydeck::analytics
