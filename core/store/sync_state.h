#pragma once

#include "domain/endpoint_state.h"
#include "domain/objects.h"
#include "sqlite/database.h"
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
    explicit SyncStateRepository(Database &db) : m_db(db) {}

    /// The oldest payout (pending, in transit) or dispute (not decided) of a source that can
    /// still change: an incremental run reaches back to it. 0: none.
    qint64 oldestOpen(qint64 sourceId, ObjectType type);
    /// Payouts whose settled balance transactions are not all known yet: (id, amount), oldest
    /// first.
    std::vector<std::pair<std::string, qint64>> unsettledPayouts(qint64 sourceId);
    /// The net of the stored balance transactions of each unsettled payout.
    std::map<std::string, qint64> settledNets(qint64 sourceId);
    /// Marks the payouts whose balance transactions are all stored.
    Result<void> markSettled(qint64 sourceId, const std::vector<std::string> &payoutIds);

    /// Whether the event was applied before (polled or received by webhook).
    bool eventSeen(qint64 sourceId, const std::string &eventId);
    /// Records events (an event already recorded stays as it was).
    Result<void>
    recordEvents(qint64 sourceId, const std::vector<RecordedEvent> &events, qint64 now);

    /// Keeps each base URL's health as the last run saw it.
    Result<void> saveHealth(qint64 sourceId, const QList<EndpointState> &states, qint64 now);

private:
    Database &m_db;
};

} // namespace paydeck::store
