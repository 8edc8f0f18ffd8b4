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

Result<qint64> readChangedFacts(store::Session &session,
                                const store::ChangeSet &change,
                                const store::FactSink &sink,
                                quint32 wanted)
{
    if (!change.touches(store::ChangeSet::Objects))
        return qint64(0);
    store::ReadSnapshot snapshot(session);
    if (!snapshot.error().isEmpty())
        return makeError(snapshot.error());
    qint64 read = 0;
    const auto counted = [&](const Fact &fact) {
        sink(fact);
        ++read;
    };
    for (int t = 0; t < kObjectTypeCount; ++t) {
        const auto type = ObjectType(t);
        if (!change.touches(type) || !(wanted & (1u << t)))
            continue;
        Result<void> ok
            = change.idsComplete
                  ? session.analytics().factsWithIds(type, change.sourceId, change.ids, counted)
                  : session.analytics().factsCreatedBetween(
                      type, change.createdFrom, change.createdTo, counted);
        if (!ok)
            return makeError(ok.error());
    }
    return read;
}

Result<qint64>
applyChange(store::Session &session, AnalyticsEngine &engine, const store::ChangeSet &change)
{
    return readChangedFacts(session, change, [&](const Fact &fact) { engine.apply(fact); });
}

} // namespace paydeck::analytics
