// The operational state in SQLite: sources' sync and webhook health, reconciliation's open
// items, and the payouts with the bank lines matched to them.
#include "sqlite_session.h"

#include <QDateTime>

#include <map>
#include <set>

namespace paydeck::store {

namespace {

QDate dayOf(qint64 unixSeconds)
{
    return unixSeconds > 0 ? QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).date() : QDate();
}

Result<void> readSyncState(Database &db, SourceOperations &source)
{
    // The events endpoint is left out: a source that syncs without it is degraded, not down.
    auto s = db.prepare("SELECT min(coalesce(last_success, 0)), "
                        "max(coalesce(last_error, '') != ''), max(coalesce(last_error, '')) "
                        "FROM sync_state WHERE source_id = ?1 AND object_type != 'event'");
    if (!s)
        return makeError(s.error());
    s.value().bind(1, source.sourceId);
    if (s.value().step() == Statement::Step::Row) {
        source.lastSuccess = s.value().columnInt(0);
        source.failing = s.value().columnInt(1) != 0;
        source.lastError = s.value().columnString(2);
    }
    return {};
}

Result<void> readWebhooks(Database &db, SourceOperations &source)
{
    auto last = db.prepare("SELECT coalesce(max(created), 0) FROM events "
                           "WHERE source_id = ?1 AND received_via = 'webhook'");
    if (!last)
        return makeError(last.error());
    last.value().bind(1, source.sourceId);
    if (last.value().step() == Statement::Step::Row)
        source.lastWebhook = last.value().columnInt(0);
    if (source.lastWebhook == 0)
        return {}; // never received one: nothing to be silent against
    auto polled = db.prepare("SELECT count(*) FROM events WHERE source_id = ?1 "
                             "AND received_via = 'poll' AND created > ?2");
    if (!polled)
        return makeError(polled.error());
    polled.value().bind(1, source.sourceId);
    polled.value().bind(2, source.lastWebhook);
    if (polled.value().step() == Statement::Step::Row)
        source.polledSinceWebhook = polled.value().columnInt(0);
    return {};
}

Result<void> readEndpoints(Database &db, SourceOperations &source)
{
    auto s = db.prepare("SELECT count(*), coalesce(sum(breaker = 'open'), 0), "
                        "coalesce(max(error_rate), 0) FROM source_health WHERE source_id = ?1");
    if (!s)
        return makeError(s.error());
    s.value().bind(1, source.sourceId);
    if (s.value().step() == Statement::Step::Row) {
        source.endpoints = int(s.value().columnInt(0));
        source.breakersOpen = int(s.value().columnInt(1));
        source.errorRate = s.value().columnDouble(2);
    }
    return {};
}

Result<std::vector<SourceOperations>> readSources(Database &db)
{
    auto s = db.prepare(
        "SELECT id, name, coalesce(webhook_listen, '') != '' FROM sources ORDER BY id");
    if (!s)
        return makeError(s.error());
    std::vector<SourceOperations> out;
    while (s.value().step() == Statement::Step::Row) {
        SourceOperations source;
        source.sourceId = s.value().columnInt(0);
        source.name = s.value().columnString(1);
        source.webhooksConfigured = s.value().columnInt(2) != 0;
        out.push_back(std::move(source));
    }
    for (SourceOperations &source : out) {
        for (auto *read : {&readSyncState, &readWebhooks, &readEndpoints})
            if (auto ok = read(db, source); !ok)
                return makeError(ok.error());
    }
    return out;
}

Result<void> readUnmatched(Database &db, OperationsState &state)
{
    auto s = db.prepare("SELECT upper(currency), sum(abs(amount)), count(*) FROM recon_exceptions "
                        "WHERE side = 'bank' AND kind IN ('unmatched', 'duplicate') "
                        "GROUP BY upper(currency) ORDER BY 1");
    if (!s)
        return makeError(s.error());
    while (s.value().step() == Statement::Step::Row)
        state.unmatchedBank.push_back(
            {s.value().columnString(0), s.value().columnInt(1), int(s.value().columnInt(2))});
    auto open = db.prepare("SELECT count(*) FROM recon_exceptions");
    if (!open)
        return makeError(open.error());
    if (open.value().step() == Statement::Step::Row)
        state.openExceptions = int(open.value().columnInt(0));
    return {};
}

/// The review queue's state (a store from before it, opened read-only, has none).
Result<void> readFraudQueue(Database &db, OperationsState &state)
{
    auto exists = db.prepare("SELECT 1 FROM sqlite_master WHERE name='fraud_reviews'");
    if (!exists || exists.value().step() != Statement::Step::Row)
        return {};
    // The last hour's (a scan: the queue is small); a card-testing reason is one of the codes the
    // scoring gives (fraud/risk_score.cpp: card_testing_ip, card_testing_bin).
    auto s = db.prepare(
        "SELECT (SELECT count(*) FROM fraud_reviews WHERE status = 'open'), "
        "count(*) FILTER (WHERE action = 'block'), coalesce(max(score), 0), "
        "count(*) FILTER (WHERE reasons LIKE '%\"code\":\"card\\_testing\\_%' ESCAPE '\\') "
        "FROM fraud_reviews WHERE created >= CAST(strftime('%s', 'now') AS INTEGER) - 3600");
    if (!s)
        return makeError(s.error());
    if (s.value().step() == Statement::Step::Row) {
        state.openFraudReviews = s.value().columnInt(0);
        state.fraudBlockedLastHour = s.value().columnInt(1);
        state.fraudMaxScoreLastHour = s.value().columnInt(2);
        state.cardTestingLastHour = s.value().columnInt(3);
    }
    return {};
}

Result<void> readPayouts(Database &db, reconcile::PayoutArrivalInputs &in)
{
    auto s = db.prepare("SELECT rowid, source_id, id, amount, upper(currency), "
                        "coalesce(arrival_date, 0), coalesce(status, ''), "
                        "coalesce(destination, '') FROM payouts ORDER BY arrival_date, id");
    if (!s)
        return makeError(s.error());
    while (s.value().step() == Statement::Step::Row) {
        const Statement &r = s.value();
        in.payouts.push_back({r.columnInt(0),
                              r.columnInt(1),
                              r.columnString(2),
                              r.columnString(4),
                              r.columnInt(3),
                              dayOf(r.columnInt(5)),
                              r.columnString(6),
                              r.columnString(7)});
    }
    return {};
}

/// A match group's payouts and bank lines; what arrived minus what was paid out.
struct MatchGroup
{
    std::set<qint64> payouts, lines;
    qint64 banked = 0;
};

Result<void> readArrivals(Database &db, reconcile::PayoutArrivalInputs &in)
{
    auto s
        = db.prepare("SELECT m.group_id, m.left_id, m.right_id, m.decided = 'writeoff', b.amount, "
                     "b.booking_date, coalesce(b.account, '') FROM recon_matches m "
                     "LEFT JOIN bank_entries b ON b.id = m.right_id "
                     "WHERE m.kind = 'payout_bank' AND m.left_id IS NOT NULL ORDER BY m.group_id, "
                     "b.booking_date");
    if (!s)
        return makeError(s.error());
    std::map<qint64, MatchGroup> groups;
    std::map<qint64, reconcile::PayoutArrival> byPayout;
    std::map<qint64, qint64> groupOf;
    while (s.value().step() == Statement::Step::Row) {
        const Statement &r = s.value();
        const qint64 group = r.columnInt(0), payout = r.columnInt(1);
        MatchGroup &g = groups[group];
        g.payouts.insert(payout);
        if (!r.columnIsNull(2) && g.lines.insert(r.columnInt(2)).second)
            g.banked += r.columnInt(4);
        reconcile::PayoutArrival &a = byPayout[payout];
        a.payoutKey = payout;
        a.writtenOff = a.writtenOff || r.columnInt(3) != 0;
        const QDate booked = QDate::fromString(r.columnString(5), Qt::ISODate);
        if (booked.isValid() && (!a.booked.isValid() || booked < a.booked)) {
            a.booked = booked;
            a.account = r.columnString(6);
        }
        groupOf[payout] = group;
    }
    std::map<qint64, qint64> amountOf;
    for (const reconcile::PayoutFact &p : in.payouts)
        amountOf[p.key] = p.amount;
    for (auto &[payout, arrival] : byPayout) {
        const MatchGroup &g = groups[groupOf[payout]];
        qint64 paid = 0;
        for (const qint64 member : g.payouts)
            paid += amountOf[member];
        arrival.difference = arrival.writtenOff ? 0 : g.banked - paid;
        in.arrivals.push_back(arrival);
    }
    return {};
}

Result<void> readCoverage(Database &db, reconcile::PayoutArrivalInputs &in)
{
    auto s = db.prepare("SELECT upper(currency), account, min(first), max(last) FROM ("
                        " SELECT currency, account, opening_date AS first, closing_date AS last"
                        " FROM bank_statements"
                        " UNION ALL SELECT currency, account, min(booking_date), max(booking_date)"
                        " FROM bank_entries GROUP BY currency, account) GROUP BY 1, 2");
    if (!s)
        return makeError(s.error());
    while (s.value().step() == Statement::Step::Row) {
        const Statement &r = s.value();
        reconcile::StatementCoverage c{r.columnString(0),
                                       r.columnString(1),
                                       QDate::fromString(r.columnString(2), Qt::ISODate),
                                       QDate::fromString(r.columnString(3), Qt::ISODate)};
        if (c.from.isValid() && c.through.isValid())
            in.coverage.push_back(std::move(c));
    }
    return {};
}

} // namespace

Result<reconcile::PayoutArrivalInputs> SqliteOperationsRepository::payoutArrivals()
{
    reconcile::PayoutArrivalInputs in;
    for (auto *read : {&readPayouts, &readArrivals, &readCoverage})
        if (auto ok = read(m_db, in); !ok)
            return makeError(ok.error());
    return in;
}

Result<OperationsState> SqliteOperationsRepository::operationsState()
{
    OperationsState state;
    auto sources = readSources(m_db);
    if (!sources)
        return makeError(sources.error());
    state.sources = std::move(sources.value());
    if (auto ok = readFraudQueue(m_db, state); !ok)
        return makeError(ok.error());
    if (auto ok = readUnmatched(m_db, state); !ok)
        return makeError(ok.error());
    auto payouts = payoutArrivals();
    if (!payouts)
        return makeError(payouts.error());
    state.payouts = std::move(payouts.value());
    return state;
}

} // namespace paydeck::store
