// The Reconciliation screen's reads, in SQLite's dialect.
#include "reconcile_sql.h"

#include "reconcile/reconcile_run.h"

#include <QCoreApplication>
#include <QDateTime>

namespace paydeck::reconcile {

namespace {

using store::Database;

std::string text(const QString &value)
{
    return value.toStdString();
}

QDate dayOfUnix(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date();
}

qint64 scalar(Database &db, const char *sql)
{
    auto query = db.prepare(sql);
    if (!query || query.value().step() != store::Statement::Step::Row)
        return 0;
    return query.value().columnInt(0);
}

} // namespace

Result<ReconcileOverview> loadOverview(Database &db)
{
    ReconcileOverview o;
    o.payoutsTotal
        = int(scalar(db, "SELECT count(*) FROM payouts WHERE status IN ('paid', 'in_transit')"));
    o.payoutsMatched = int(
        scalar(db, "SELECT count(DISTINCT left_id) FROM recon_matches WHERE kind = 'payout_bank'"));
    o.chargesTotal = int(scalar(db, "SELECT count(*) FROM charges WHERE status = 'succeeded'"));
    o.chargesMatched = int(scalar(
        db, "SELECT count(DISTINCT left_id) FROM recon_matches WHERE kind = 'charge_ledger'"));
    o.exceptions = int(scalar(db, "SELECT count(*) FROM recon_exceptions"));
    o.bankEntries = int(scalar(db, "SELECT count(*) FROM bank_entries"));
    o.ledgerEntries = int(scalar(db, "SELECT count(*) FROM ledger_entries"));
    const qint64 last = scalar(db, "SELECT coalesce(max(finished_at), 0) FROM recon_runs");
    if (last > 0)
        o.lastRun = QDateTime::fromSecsSinceEpoch(last).toString(Qt::ISODate);
    auto query = db.prepare(
        "SELECT side, currency, sum(amount) FROM recon_exceptions WHERE kind = 'unmatched'"
        " AND reconciliation != 'payout_transactions' GROUP BY side, currency");
    if (!query)
        return makeError(query.error());
    while (query.value().step() == store::Statement::Step::Row) {
        const QString side = query.value().columnString(0);
        auto &target = side == u"provider" ? o.unmatchedProvider
                       : side == u"bank"   ? o.unmatchedBank
                                           : o.unmatchedLedger;
        target[query.value().columnString(1)] += query.value().columnInt(2);
    }
    return o;
}

Result<QList<ExceptionRow>>
loadExceptions(Database &db, const ExceptionFilter &filter, const QDate &today)
{
    std::string sql
        = "SELECT id, kind, reconciliation, side, item_id, currency, amount, item_date, reference,"
          " detail FROM recon_exceptions WHERE 1";
    if (!filter.kind.isEmpty())
        sql += " AND kind = ?1";
    if (!filter.reconciliation.isEmpty())
        sql += " AND reconciliation = ?2";
    if (!filter.search.isEmpty())
        sql += " AND (reference LIKE ?3 OR detail LIKE ?3)";
    sql += " ORDER BY item_date, id LIMIT 100000";
    auto query = db.prepare(sql);
    if (!query)
        return makeError(query.error());
    const std::string kind = text(filter.kind), reconciliation = text(filter.reconciliation),
                      search = text(u'%' + filter.search + u'%');
    if (!filter.kind.isEmpty())
        query.value().bindText(1, kind);
    if (!filter.reconciliation.isEmpty())
        query.value().bindText(2, reconciliation);
    if (!filter.search.isEmpty())
        query.value().bindText(3, search);
    QList<ExceptionRow> rows;
    auto &s = query.value();
    while (s.step() == store::Statement::Step::Row) {
        ExceptionRow row;
        row.id = s.columnInt(0);
        row.kind = s.columnString(1);
        row.reconciliation = s.columnString(2);
        row.side = s.columnString(3);
        row.itemId = s.columnInt(4);
        row.currency = s.columnString(5);
        row.amount = s.columnInt(6);
        row.itemDate = QDate::fromString(s.columnString(7), Qt::ISODate);
        row.reference = s.columnString(8);
        row.detail = s.columnString(9);
        row.ageDays = row.itemDate.isValid() ? int(row.itemDate.daysTo(today)) : 0;
        rows.append(row);
    }
    return rows;
}

Result<QList<CandidateRow>> loadCandidates(Database &db, const ExceptionRow &item)
{
    // Open items on the other side in the same currency, within three weeks, nearest first.
    QList<CandidateRow> out;
    const bool provider = item.side == u"provider";
    const bool ledger = item.reconciliation == QLatin1String(kChargeLedger);
    if (item.reconciliation == QLatin1String(kPayoutTransactions) || item.side == u"statement")
        return out;
    std::string sql;
    if (provider && !ledger)
        sql = "SELECT e.id, 'bank', coalesce(e.remittance, e.end_to_end_id, e.servicer_ref), "
              "e.booking_date, e.amount, e.currency"
              " FROM bank_entries e WHERE e.currency = ?1 AND e.status = 'BOOK'"
              " AND NOT EXISTS (SELECT 1 FROM recon_matches m WHERE m.kind = 'payout_bank' AND "
              "m.right_id = e.id)";
    else if (provider && ledger)
        sql = "SELECT l.id, 'ledger', l.reference, l.entry_date, l.amount, l.currency FROM "
              "ledger_entries l"
              " WHERE l.currency = ?1"
              " AND NOT EXISTS (SELECT 1 FROM recon_matches m WHERE m.kind = 'charge_ledger' AND "
              "m.right_id = l.id)";
    else if (!ledger)
        sql = "SELECT p.rowid, 'provider', p.id, date(coalesce(p.arrival_date, p.created), "
              "'unixepoch'), p.amount,"
              " upper(p.currency) FROM payouts p WHERE upper(p.currency) = ?1 AND p.status IN "
              "('paid', 'in_transit')"
              " AND NOT EXISTS (SELECT 1 FROM recon_matches m WHERE m.kind = 'payout_bank' AND "
              "m.left_id = p.rowid)";
    else
        sql = "SELECT c.rowid, 'provider', c.id, date(c.created, 'unixepoch'), c.amount, "
              "upper(c.currency)"
              " FROM charges c WHERE upper(c.currency) = ?1 AND c.status = 'succeeded'"
              " AND c.created BETWEEN ?2 AND ?3"
              " AND NOT EXISTS (SELECT 1 FROM recon_matches m WHERE m.kind = 'charge_ledger' AND "
              "m.left_id = c.rowid)";
    auto query = db.prepare(sql);
    if (!query)
        return makeError(query.error());
    const std::string currency = text(item.currency.toUpper());
    query.value().bindText(1, currency);
    if (ledger && !provider) {
        const qint64 at = QDateTime(item.itemDate, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        query.value().bind(2, at - 21 * 86400);
        query.value().bind(3, at + 21 * 86400);
    }
    auto &s = query.value();
    while (s.step() == store::Statement::Step::Row) {
        CandidateRow row;
        row.id = s.columnInt(0);
        row.side = s.columnString(1);
        row.reference = s.columnString(2);
        row.date = QDate::fromString(s.columnString(3), Qt::ISODate);
        row.amount = s.columnInt(4);
        row.currency = s.columnString(5);
        row.dayDistance = item.itemDate.isValid() && row.date.isValid()
                              ? int(item.itemDate.daysTo(row.date))
                              : 0;
        if (std::abs(row.dayDistance) > 21)
            continue;
        row.difference = row.amount - item.amount;
        out.append(row);
    }
    std::sort(out.begin(), out.end(), [](const CandidateRow &a, const CandidateRow &b) {
        return std::make_tuple(std::abs(a.difference), std::abs(a.dayDistance), a.id)
               < std::make_tuple(std::abs(b.difference), std::abs(b.dayDistance), b.id);
    });
    if (out.size() > 200)
        out.resize(200);
    return out;
}

Result<QList<MatchInfo>>
loadMatches(Database &db, const QString &reconciliation, const QString &side, qint64 itemId)
{
    const char *column = side == u"provider" ? "left_id" : "right_id";
    auto groups
        = db.prepare(std::string("SELECT DISTINCT group_id FROM recon_matches WHERE kind = ? AND ")
                     + column + " = ?");
    if (!groups)
        return makeError(groups.error());
    const std::string kind = text(reconciliation);
    groups.value().bindText(1, kind);
    groups.value().bind(2, itemId);
    QList<qint64> ids;
    while (groups.value().step() == store::Statement::Step::Row)
        ids << groups.value().columnInt(0);
    QList<MatchInfo> out;
    const bool ledger = reconciliation == QLatin1String(kChargeLedger);
    for (const qint64 group : ids) {
        auto rows = db.prepare(
            std::string("SELECT m.rule, m.score, m.decided, m.explanation, m.note, m.decided_by,"
                        " m.difference, m.currency, ")
            + (ledger ? "(SELECT id FROM charges WHERE rowid = m.left_id),"
                        " (SELECT reference FROM ledger_entries WHERE id = m.right_id)"
                      : "(SELECT id FROM payouts WHERE rowid = m.left_id),"
                        " (SELECT coalesce(remittance, servicer_ref) FROM bank_entries WHERE id = "
                        "m.right_id)")
            + " FROM recon_matches m WHERE m.group_id = ? ORDER BY m.id");
        if (!rows)
            return makeError(rows.error());
        rows.value().bind(1, group);
        MatchInfo info;
        info.group = group;
        info.reconciliation = reconciliation;
        while (rows.value().step() == store::Statement::Step::Row) {
            auto &s = rows.value();
            info.rule = s.columnString(0);
            info.score = s.columnDouble(1);
            info.decided = s.columnString(2);
            info.explanation = s.columnString(3);
            info.note = s.columnString(4);
            info.decidedBy = s.columnString(5);
            info.difference += s.columnInt(6);
            info.currency = s.columnString(7);
            if (!s.columnIsNull(8) && !info.leftItems.contains(s.columnString(8)))
                info.leftItems << s.columnString(8);
            if (!s.columnIsNull(9) && !info.rightItems.contains(s.columnString(9)))
                info.rightItems << s.columnString(9);
        }
        out.append(info);
    }
    return out;
}

Result<PayoutTrail> loadPayoutTrailById(Database &db, const QString &payoutId)
{
    auto found = db.prepare("SELECT rowid FROM payouts WHERE id = ?");
    if (!found)
        return makeError(found.error());
    const std::string key = payoutId.trimmed().toStdString();
    found.value().bindText(1, key);
    if (found.value().step() != store::Statement::Step::Row)
        return PayoutTrail{};
    return loadPayoutTrail(db, found.value().columnInt(0));
}

Result<PayoutTrail> loadPayoutTrail(Database &db, qint64 payoutKey)
{
    PayoutTrail trail;
    auto payout = db.prepare("SELECT rowid, id, amount, upper(currency), arrival_date, status, "
                             "source_id FROM payouts WHERE rowid = ?");
    if (!payout)
        return makeError(payout.error());
    payout.value().bind(1, payoutKey);
    if (payout.value().step() != store::Statement::Step::Row)
        return trail;
    auto &p = payout.value();
    trail.key = p.columnInt(0);
    trail.id = p.columnString(1);
    trail.amount = p.columnInt(2);
    trail.currency = p.columnString(3);
    trail.arrival = dayOfUnix(p.columnInt(4));
    trail.status = p.columnString(5);
    const qint64 source = p.columnInt(6);
    auto bts = db.prepare(
        "SELECT id, type, amount, fee, net, created FROM balance_transactions"
        " WHERE source_id = ? AND payout = ? AND type != 'payout' ORDER BY created, id");
    if (!bts)
        return makeError(bts.error());
    const std::string id = text(trail.id);
    bts.value().bind(1, source);
    bts.value().bindText(2, id);
    while (bts.value().step() == store::Statement::Step::Row) {
        auto &s = bts.value();
        PayoutTrail::Transaction t{s.columnString(0),
                                   s.columnString(1),
                                   s.columnInt(2),
                                   s.columnInt(3),
                                   s.columnInt(4),
                                   QDateTime::fromSecsSinceEpoch(s.columnInt(5))};
        trail.transactionsNet += t.net;
        trail.transactions.append(t);
    }
    auto lines = db.prepare(
        "SELECT e.id, e.booking_date, e.amount, e.currency,"
        " coalesce(e.remittance, e.end_to_end_id, e.servicer_ref), m.rule"
        " FROM recon_matches m JOIN bank_entries e ON e.id = m.right_id"
        " WHERE m.kind = 'payout_bank' AND m.left_id = ? ORDER BY e.booking_date, e.id");
    if (!lines)
        return makeError(lines.error());
    lines.value().bind(1, payoutKey);
    while (lines.value().step() == store::Statement::Step::Row) {
        auto &s = lines.value();
        trail.bankLines.append({s.columnInt(0),
                                QDate::fromString(s.columnString(1), Qt::ISODate),
                                s.columnInt(2),
                                s.columnString(3),
                                s.columnString(4),
                                s.columnString(5)});
    }
    return trail;
}

Result<QList<AuditRow>> loadAudit(Database &db, int limit)
{
    auto query = db.prepare("SELECT at, user, action, reconciliation, note, detail, items FROM "
                            "recon_audit ORDER BY id DESC LIMIT ?");
    if (!query)
        return makeError(query.error());
    query.value().bind(1, limit);
    QList<AuditRow> rows;
    while (query.value().step() == store::Statement::Step::Row) {
        auto &s = query.value();
        rows.append({QDateTime::fromMSecsSinceEpoch(s.columnInt(0)),
                     s.columnString(1),
                     s.columnString(2),
                     s.columnString(3),
                     s.columnString(4),
                     s.columnString(5),
                     s.columnString(6)});
    }
    return rows;
}

} // namespace paydeck::reconcile
