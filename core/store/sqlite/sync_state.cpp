#include "sqlite_session.h"

#include "util/json_writer.h"

namespace paydeck::store {

qint64 SqliteSyncStateRepository::oldestOpen(qint64 sourceId, ObjectType type)
{
    const char *sql = type == ObjectType::Payout
                          ? "SELECT min(created) FROM payouts WHERE source_id = ?1 "
                            "AND status IN ('pending', 'in_transit')"
                          : "SELECT min(created) FROM disputes WHERE source_id = ?1 AND status IN "
                            "('warning_needs_response', 'warning_under_review', 'needs_response', "
                            "'under_review')";
    auto s = m_db.prepare(sql);
    if (!s)
        return 0;
    s.value().bind(1, sourceId);
    if (s.value().step() != Statement::Step::Row || s.value().columnIsNull(0))
        return 0;
    return s.value().columnInt(0);
}

std::vector<std::pair<std::string, qint64>>
SqliteSyncStateRepository::unsettledPayouts(qint64 sourceId)
{
    std::vector<std::pair<std::string, qint64>> open;
    auto s = m_db.prepare("SELECT id, amount FROM payouts WHERE source_id = ?1 AND "
                          "bts_complete = 0 AND status IN ('paid', 'in_transit', "
                          "'pending') ORDER BY created");
    if (!s)
        return open;
    s.value().bind(1, sourceId);
    while (s.value().step() == Statement::Step::Row)
        open.emplace_back(s.value().columnText(0), s.value().columnInt(1));
    return open;
}

std::map<std::string, qint64> SqliteSyncStateRepository::settledNets(qint64 sourceId)
{
    std::map<std::string, qint64> known;
    auto s = m_db.prepare("SELECT payout, sum(net) FROM balance_transactions WHERE "
                          "source_id = ?1 AND payout IN "
                          "(SELECT id FROM payouts WHERE source_id = ?1 AND "
                          "bts_complete = 0) GROUP BY payout");
    if (!s)
        return known;
    s.value().bind(1, sourceId);
    while (s.value().step() == Statement::Step::Row)
        known[s.value().columnText(0)] = s.value().columnInt(1);
    return known;
}

Result<void> SqliteSyncStateRepository::markSettled(qint64 sourceId,
                                                    const std::vector<std::string> &payoutIds)
{
    // One statement for all: during a bulk load the table has no index yet.
    std::string ids = "[";
    for (const std::string &id : payoutIds) {
        if (ids.size() > 1)
            ids += ',';
        JsonWriter::appendEscaped(ids, id);
    }
    ids += ']';
    auto s = m_db.prepare("UPDATE payouts SET bts_complete = 1 WHERE source_id = ?1 AND id IN "
                          "(SELECT value FROM json_each(?2))");
    if (!s)
        return makeError(s.error());
    s.value().bind(1, sourceId);
    s.value().bindText(2, ids);
    return s.value().run();
}

bool SqliteSyncStateRepository::eventSeen(qint64 sourceId, const std::string &eventId)
{
    Statement *seen = m_db.cached("SELECT 1 FROM events WHERE source_id = ?1 AND id = ?2");
    if (!seen)
        return false;
    seen->bind(1, sourceId);
    seen->bindText(2, eventId);
    const bool known = seen->step() == Statement::Step::Row;
    seen->reset();
    return known;
}

Result<void> SqliteSyncStateRepository::recordEvents(qint64 sourceId,
                                                     const std::vector<RecordedEvent> &events,
                                                     qint64 now)
{
    auto insert = m_db.prepare("INSERT OR IGNORE INTO events(source_id, id, type, created, "
                               "object_id, received_via, received_at) "
                               "VALUES(?1, ?2, ?3, ?4, ?5, ?7, ?6)");
    if (!insert)
        return makeError(insert.error());
    for (const RecordedEvent &event : events) {
        Statement &s = insert.value();
        s.bind(1, sourceId);
        s.bindText(2, event.id);
        s.bindText(3, event.type);
        s.bind(4, event.created);
        s.bindText(5, event.objectId);
        s.bind(6, now);
        s.bindText(7, event.via);
        if (auto ok = s.run(); !ok)
            return ok;
    }
    return {};
}

Result<void> SqliteSyncStateRepository::saveHealth(qint64 sourceId,
                                                   const QList<EndpointState> &states,
                                                   qint64 now)
{
    auto s = m_db.prepare(
        "INSERT INTO source_health(source_id,url,position,active,breaker,successes,failures,"
        "error_rate,latency_p50_ms,latency_p95_ms,last_success,last_error,updated_at) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13) ON CONFLICT(source_id,url) DO "
        "UPDATE "
        "SET position=excluded.position, active=excluded.active, breaker=excluded.breaker, "
        "successes=excluded.successes, failures=excluded.failures, "
        "error_rate=excluded.error_rate, "
        "latency_p50_ms=excluded.latency_p50_ms, latency_p95_ms=excluded.latency_p95_ms, "
        "last_success=COALESCE(excluded.last_success,last_success), "
        "last_error=excluded.last_error, updated_at=excluded.updated_at");
    if (!s)
        return makeError(s.error());
    for (qsizetype i = 0; i < states.size(); ++i) {
        const EndpointState &state = states[i];
        const std::string url = state.url.toStdString();
        const std::string breaker = state.breaker.toStdString();
        const std::string error = state.lastError.toStdString();
        Statement &st = s.value();
        st.bind(1, sourceId);
        st.bindText(2, url);
        st.bind(3, qint64(i));
        st.bind(4, state.active);
        st.bindText(5, breaker);
        st.bind(6, state.successes);
        st.bind(7, state.failures);
        st.bind(8, state.errorRate);
        if (state.latencyP50Ms >= 0)
            st.bind(9, state.latencyP50Ms);
        else
            st.bindNull(9);
        if (state.latencyP95Ms >= 0)
            st.bind(10, state.latencyP95Ms);
        else
            st.bindNull(10);
        if (state.lastSuccess > 0)
            st.bind(11, state.lastSuccess);
        else
            st.bindNull(11);
        st.bindText(12, error);
        st.bind(13, now);
        if (auto ok = st.run(); !ok)
            return ok;
    }
    return {};
}

} // namespace paydeck::store
