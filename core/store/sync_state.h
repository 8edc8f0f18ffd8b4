#pragma once

#include "domain/endpoint_state.h"
#include "domain/objects.h"
#include "util/result.h"

#include <QList>

#include <map>
#include <string>
#include <vector>

namespace paydeck::store {

/// An event recorded once per source and id, after the objects it named were read again.
struct RecordedEvent
{
    std::string id;
    std::string type;
    qint64 created = 0;
    std::string objectId;
    const char *via = "poll"; // or "webhook"
};

/// What the sync engine asks of and tells the store beyond objects and cursors: which objects
/// are still open, which payouts are settled, which events were applied, how endpoints fared.
class SyncStateRepository
{
public:
    virtual ~SyncStateRepository() = default;

    /// The oldest payout (pending, in transit) or dispute (not decided) of a source that can
    /// still change: an incremental run reaches back to it. 0: none.
    virtual qint64 oldestOpen(qint64 sourceId, ObjectType type) = 0;
    /// Payouts whose settled balance transactions are not all known yet: (id, amount), oldest
    /// first.
    virtual std::vector<std::pair<std::string, qint64>> unsettledPayouts(qint64 sourceId) = 0;
    /// The net of the stored balance transactions of each unsettled payout.
    virtual std::map<std::string, qint64> settledNets(qint64 sourceId) = 0;
    /// Marks the payouts whose balance transactions are all stored.
    virtual Result<void> markSettled(qint64 sourceId, const std::vector<std::string> &payoutIds)
        = 0;

    /// Whether the event was applied before (polled or received by webhook).
    virtual bool eventSeen(qint64 sourceId, const std::string &eventId) = 0;
    /// Records events (an event already recorded stays as it was).
    virtual Result<void>
    recordEvents(qint64 sourceId, const std::vector<RecordedEvent> &events, qint64 now) = 0;

    /// Keeps each base URL's health as the last run saw it.
    virtual Result<void> saveHealth(qint64 sourceId, const QList<EndpointState> &states, qint64 now)
        = 0;
};

} // namespace paydeck::store
