// The analytics engine's facts, read from SQLite: one SELECT per object type, mapped to the
// engine's terms by the rules in analytics/fact.h.

#include "sqlite_session.h"
#include <limits>

namespace paydeck::store {

namespace {

using analytics::Fact;
using analytics::Kind;

/// Each type's columns in the order readFact expects them; `t` is the table's alias.
const char *selectOf(ObjectType type)
{
    switch (type) {
    case ObjectType::Charge:
        return "SELECT t.source_id, t.id, t.created, t.currency, t.amount, t.status, t.refunded, "
               "t.disputed, t.failure_code, t.card_brand, t.card_country FROM charges t ";
    case ObjectType::Refund:
        return "SELECT t.source_id, t.id, t.created, t.currency, t.amount, t.status, t.reason "
               "FROM refunds t ";
    case ObjectType::Dispute:
        return "SELECT t.source_id, t.id, t.created, t.currency, t.amount, t.status, t.reason "
               "FROM disputes t ";
    case ObjectType::Payout:
        return "SELECT t.source_id, t.id, coalesce(nullif(t.arrival_date, 0), t.created), "
               "t.currency, t.amount, t.status, t.failure_code FROM payouts t ";
    case ObjectType::BalanceTransaction:
        return "SELECT t.source_id, t.id, t.created, t.currency, t.amount, t.status, "
               "t.reporting_category, t.fee, t.net FROM balance_transactions t ";
    }
    return "";
}

void readFact(ObjectType type, const Statement &s, Fact &fact)
{
    fact.sourceId = s.columnInt(0);
    fact.id = s.columnText(1);
    fact.at = s.columnInt(2);
    fact.currency = s.columnText(3);
    fact.amount = s.columnInt(4);
    const std::string status = s.columnText(5);
    fact.fee = 0;
    fact.net = 0;
    fact.method.clear();
    fact.country.clear();
    switch (type) {
    case ObjectType::Charge:
        fact.kind = Kind::Charge;
        fact.outcome = analytics::chargeOutcome(status, s.columnInt(6) != 0, s.columnInt(7) != 0);
        fact.detail
            = fact.outcome == analytics::Outcome::Declined ? s.columnText(8) : std::string();
        fact.method = s.columnText(9);
        fact.country = s.columnText(10);
        break;
    case ObjectType::Refund:
        fact.kind = Kind::Refund;
        fact.outcome = analytics::refundOutcome(status);
        fact.detail = s.columnText(6);
        break;
    case ObjectType::Dispute:
        fact.kind = Kind::Dispute;
        fact.outcome = analytics::disputeOutcome(status);
        fact.detail = s.columnText(6);
        break;
    case ObjectType::Payout:
        fact.kind = Kind::Payout;
        fact.outcome = analytics::payoutOutcome(status);
        fact.detail = s.columnText(6);
        break;
    case ObjectType::BalanceTransaction:
        fact.kind = Kind::Balance;
        fact.outcome = analytics::balanceOutcome(status);
        fact.detail = s.columnText(6);
        fact.fee = s.columnInt(7);
        fact.net = s.columnInt(8);
        break;
    }
}

Result<void> readFacts(ObjectType type, Statement &s, const FactSink &sink)
{
    Fact fact;
    for (;;) {
        switch (s.step()) {
        case Statement::Step::Row:
            readFact(type, s, fact);
            sink(fact);
            continue;
        case Statement::Step::Done:
            return {};
        default:
            return makeError(s.errorMessage());
        }
    }
}

} // namespace

Result<void> SqliteAnalyticsRepository::scanFacts(const FactSink &sink)
{
    for (const ObjectType type : {ObjectType::Charge,
                                  ObjectType::Refund,
                                  ObjectType::Dispute,
                                  ObjectType::Payout,
                                  ObjectType::BalanceTransaction}) {
        auto s = m_db.prepare(selectOf(type));
        if (!s)
            return makeError(s.error());
        if (auto ok = readFacts(type, s.value(), sink); !ok)
            return ok;
    }
    return {};
}

qint64 SqliteAnalyticsRepository::factCountEstimate()
{
    // The largest rowid of each table: a b-tree's last entry, no count(*) over a million rows.
    auto s = m_db.prepare("SELECT (SELECT coalesce(max(rowid), 0) FROM charges) + (SELECT "
                          "coalesce(max(rowid), 0) FROM refunds) + (SELECT coalesce(max(rowid), "
                          "0) FROM disputes) + (SELECT coalesce(max(rowid), 0) FROM payouts) + "
                          "(SELECT coalesce(max(rowid), 0) FROM balance_transactions)");
    if (!s || s.value().step() != Statement::Step::Row)
        return 0;
    return s.value().columnInt(0);
}

Result<void> SqliteAnalyticsRepository::factsWithIds(ObjectType type,
                                                     qint64 sourceId,
                                                     const std::vector<std::string> &ids,
                                                     const FactSink &sink)
{
    for (size_t first = 0; first < ids.size(); first += kMaxInListParameters) {
        const size_t count = std::min(kMaxInListParameters, ids.size() - first);
        // (source_id, id) is the unique index: name the source, or every source, to use it.
        std::string sql = std::string(selectOf(type)) + "WHERE t.source_id "
                          + (sourceId != 0 ? "= " + std::to_string(sourceId)
                                           : std::string("IN (SELECT id FROM sources)"))
                          + " AND t.id IN (" + sqlPlaceholders(count) + ")";
        auto s = m_db.prepare(sql);
        if (!s)
            return makeError(s.error());
        for (size_t i = 0; i < count; ++i)
            s.value().bindText(int(i + 1), ids[first + i]);
        if (auto ok = readFacts(type, s.value(), sink); !ok)
            return ok;
    }
    return {};
}

Result<void> SqliteAnalyticsRepository::factsCreatedBetween(ObjectType type,
                                                            qint64 from,
                                                            qint64 to,
                                                            const FactSink &sink)
{
    auto s = m_db.prepare(std::string(selectOf(type)) + "WHERE t.created BETWEEN ?1 AND ?2");
    if (!s)
        return makeError(s.error());
    s.value().bind(1, from);
    s.value().bind(2, to);
    return readFacts(type, s.value(), sink);
}

Result<void> SqliteAnalyticsRepository::factsHappenedBetween(ObjectType type,
                                                             qint64 from,
                                                             qint64 before,
                                                             const FactSink &sink)
{
    // The same time the fact carries (selectOf's third column); payouts are few, the others
    // use their `created` index.
    const char *at = type == ObjectType::Payout ? "coalesce(nullif(t.arrival_date, 0), t.created)"
                                                : "t.created";
    auto s
        = m_db.prepare(std::string(selectOf(type)) + "WHERE " + at + " >= ?1 AND " + at + " < ?2");
    if (!s)
        return makeError(s.error());
    s.value().bind(1, from);
    s.value().bind(2, before > 0 ? before : std::numeric_limits<qint64>::max());
    return readFacts(type, s.value(), sink);
}

} // namespace paydeck::store
