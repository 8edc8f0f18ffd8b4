// The reconciliation's reads, in SQLite's dialect.
#include "reconcile_sql.h"

#include <QDateTime>

#include <unordered_map>

namespace paydeck::reconcile::inputs {

using store::Database;

namespace {

/// Binds ?1 (start of `from`) and ?2 (end of `to`) as unix times, where the period has them.
void bindPeriod(store::Statement &statement, const ReconcileOptions &options)
{
    if (options.from)
        statement.bind(1, QDateTime(*options.from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    if (options.to)
        statement.bind(2,
                       QDateTime(options.to->addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
}

/// ASCII case-insensitive search for an upper-case needle.
bool containsUpper(std::string_view text, std::string_view upperNeedle)
{
    if (upperNeedle.empty() || text.size() < upperNeedle.size())
        return false;
    for (size_t i = 0; i + upperNeedle.size() <= text.size(); ++i) {
        size_t k = 0;
        for (; k < upperNeedle.size(); ++k) {
            char c = text[i + k];
            if (c >= 'a' && c <= 'z')
                c = char(c - 'a' + 'A');
            if (c != upperNeedle[k])
                break;
        }
        if (k == upperNeedle.size())
            return true;
    }
    return false;
}

} // namespace

/// Items a person already decided on (manual matches, write-offs), by kind and side.
Result<LockedKeys> lockedIds(Database &db, const char *kind)
{
    std::unordered_set<qint64> left, right;
    auto query = db.prepare(
        "SELECT left_id, right_id FROM recon_matches WHERE kind = ? AND decided != 'rule'");
    if (!query)
        return makeError(query.error());
    query.value().bindText(1, kind);
    while (query.value().step() == store::Statement::Step::Row) {
        if (!query.value().columnIsNull(0))
            left.insert(query.value().columnInt(0));
        if (!query.value().columnIsNull(1))
            right.insert(query.value().columnInt(1));
    }
    return std::pair(std::move(left), std::move(right));
}

Result<void> loadBankSide(Database &db,
                          const ReconcileOptions &options,
                          Loaded &loaded,
                          const std::unordered_set<qint64> &locked)
{
    // Candidates reach a week beyond the period so that lines of its last payouts are found;
    // only lines inside the period are reported when nothing matches them.
    const std::string from = bound(options.from, -7), to = bound(options.to, 14);
    const std::string inFrom = bound(options.from, 0), inTo = bound(options.to, 0);
    std::string sql
        = "SELECT id, amount, currency, booking_date, end_to_end_id, entry_ref, servicer_ref,"
          " remittance, additional_info, counterparty, charges, instructed_currency,"
          " instructed_amount FROM bank_entries WHERE status = 'BOOK'";
    if (!from.empty())
        sql += " AND booking_date >= '" + from + "'";
    if (!to.empty())
        sql += " AND booking_date <= '" + to + "'";
    auto query = db.prepare(sql);
    if (!query)
        return makeError(query.error());
    std::vector<std::string> keywords;
    for (const QString &keyword : options.rules.providerKeywords)
        keywords.push_back(upper(keyword.toStdString()));
    if (auto count = db.prepare("SELECT count(*) FROM bank_entries");
        count && count.value().step() == store::Statement::Step::Row)
        loaded.counter.reserve(size_t(count.value().columnInt(0)));
    auto &s = query.value();
    // Dates repeat: parse each once.
    std::unordered_map<std::string, Day> days;
    while (s.step() == store::Statement::Step::Row) {
        CounterItem c;
        c.id = s.columnInt(0);
        c.amount = s.columnInt(1);
        c.currency = s.columnView(2);
        const std::string_view booking = s.columnView(3);
        auto day = days.find(std::string(booking));
        if (day == days.end())
            day = days.emplace(std::string(booking), dayOfIso(std::string(booking))).first;
        c.day = day->second;
        size_t length = 0;
        for (int column = 4; column <= 9; ++column)
            length += s.columnView(column).size() + 1;
        c.text.reserve(length);
        for (int column = 4; column <= 9; ++column) {
            const std::string_view part = s.columnView(column);
            if (part.empty())
                continue;
            if (!c.text.empty())
                c.text += ' ';
            c.text += part;
        }
        c.charges = s.columnInt(10);
        c.instructedCurrency = s.columnView(11);
        if (!s.columnIsNull(12))
            c.instructedAmount = s.columnInt(12);
        const bool inPeriod
            = (inFrom.empty() || booking >= inFrom) && (inTo.empty() || booking <= inTo);
        bool mentions = false;
        for (const auto &keyword : keywords)
            mentions = mentions || containsUpper(c.text, keyword);
        c.providerLine = mentions && inPeriod;
        loaded.asOf = std::max(loaded.asOf, c.day);
        loaded.lockedRight.push_back(!locked.empty() && locked.count(c.id) > 0);
        loaded.counter.push_back(std::move(c));
    }
    return {};
}

/// The payouts to find on the bank statement; on its own connection so that it can be read
/// while the bank lines are.
Result<void> loadPayouts(Database &db,
                         const ReconcileOptions &options,
                         Loaded &loaded,
                         const std::unordered_set<qint64> &locked)
{
    auto payouts = db.prepare(
        std::string("SELECT rowid, id, amount, currency, arrival_date, created FROM payouts"
                    " WHERE status IN ('paid', 'in_transit')")
        + (options.from ? " AND arrival_date >= ?1" : "")
        + (options.to ? " AND arrival_date < ?2" : ""));
    if (!payouts)
        return makeError(payouts.error());
    bindPeriod(payouts.value(), options);
    if (auto count = db.prepare("SELECT count(*) FROM payouts");
        count && count.value().step() == store::Statement::Step::Row)
        loaded.provider.reserve(size_t(count.value().columnInt(0)));
    auto &p = payouts.value();
    while (p.step() == store::Statement::Step::Row) {
        ProviderItem item;
        item.key = p.columnInt(0);
        item.id = p.columnView(1);
        item.amount = p.columnInt(2);
        item.net = item.amount;
        const std::string_view currency = p.columnView(3);
        item.currency.resize(currency.size());
        for (size_t i = 0; i < currency.size(); ++i)
            item.currency[i] = (currency[i] >= 'a' && currency[i] <= 'z')
                                   ? char(currency[i] - 'a' + 'A')
                                   : currency[i];
        item.day = dayOfUnix(p.columnIsNull(4) ? p.columnInt(5) : p.columnInt(4));
        loaded.lockedLeft.push_back(!locked.empty() && locked.count(item.key) > 0);
        loaded.provider.push_back(std::move(item));
    }
    return {};
}

/// How a person recognises a bank line in the exception list: its end-to-end id, else its text,
/// else its reference. Read for the few exception rows only.
std::string bankReference(Database &db, qint64 id)
{
    auto query = db.cached("SELECT coalesce(nullif(end_to_end_id, ''), substr(remittance, 1, 60), "
                           "entry_ref, servicer_ref)"
                           " FROM bank_entries WHERE id = ?");
    if (!query)
        return {};
    query->reset();
    query->bind(1, id);
    std::string out
        = query->step() == store::Statement::Step::Row ? query->columnText(0) : std::string();
    query->reset();
    return out;
}

Result<void> loadLedgerSide(Database &db, const ReconcileOptions &options, Loaded &loaded)
{
    auto locked = lockedIds(db, kChargeLedger);
    if (!locked)
        return makeError(locked.error());
    const std::string from = bound(options.from, -10), to = bound(options.to, 10);
    const std::string inFrom = bound(options.from, 0), inTo = bound(options.to, 0);
    std::string sql
        = "SELECT id, amount, currency, entry_date, reference FROM ledger_entries WHERE 1";
    if (!from.empty())
        sql += " AND entry_date >= '" + from + "'";
    if (!to.empty())
        sql += " AND entry_date <= '" + to + "'";
    auto query = db.prepare(sql);
    if (!query)
        return makeError(query.error());
    auto &s = query.value();
    while (s.step() == store::Statement::Step::Row) {
        CounterItem c;
        c.id = s.columnInt(0);
        c.amount = s.columnInt(1);
        c.currency = upper(s.columnText(2));
        const std::string date = s.columnText(3);
        c.day = dayOfIso(date);
        c.text = s.columnText(4);
        c.providerLine = (inFrom.empty() || date >= inFrom) && (inTo.empty() || date <= inTo);
        loaded.asOf = std::max(loaded.asOf, c.day);
        loaded.lockedRight.push_back(locked.value().second.count(c.id) > 0);
        loaded.counter.push_back(std::move(c));
    }
    // Succeeded charges, with the net their balance transaction settled (for fee-aware ledgers).
    std::string chargeSql
        = "SELECT c.rowid, c.id, c.amount, c.currency, c.created, c.description, c.metadata,"
          " bt.net FROM charges c LEFT JOIN balance_transactions bt"
          " ON bt.source_id = c.source_id AND bt.id = c.balance_transaction"
          " WHERE c.status = 'succeeded'";
    if (options.from)
        chargeSql += " AND c.created >= ?1";
    if (options.to)
        chargeSql += " AND c.created < ?2";
    auto charges = db.prepare(chargeSql);
    if (!charges)
        return makeError(charges.error());
    bindPeriod(charges.value(), options);
    auto &c = charges.value();
    while (c.step() == store::Statement::Step::Row) {
        ProviderItem item;
        item.key = c.columnInt(0);
        item.id = c.columnText(1);
        item.amount = c.columnInt(2);
        item.net = c.columnIsNull(7) ? item.amount : c.columnInt(7);
        item.currency = upper(c.columnText(3));
        item.day = dayOfUnix(c.columnInt(4));
        item.text = c.columnText(5) + ' ' + c.columnText(6);
        loaded.lockedLeft.push_back(locked.value().first.count(item.key) > 0);
        loaded.provider.push_back(std::move(item));
    }
    return {};
}

Result<std::vector<PayoutSettlement>> loadSettlements(Database &db, const ReconcileOptions &options)
{
    std::unordered_map<std::string, std::pair<qint64, int>> sums;
    auto bts
        = db.prepare("SELECT source_id, payout, sum(net), count(*) FROM balance_transactions"
                     " WHERE payout IS NOT NULL AND type != 'payout' GROUP BY source_id, payout");
    if (!bts)
        return makeError(bts.error());
    while (bts.value().step() == store::Statement::Step::Row)
        sums[std::to_string(bts.value().columnInt(0)) + ':' + bts.value().columnText(1)]
            = {bts.value().columnInt(2), int(bts.value().columnInt(3))};
    std::string sql = "SELECT rowid, source_id, id, amount, currency, arrival_date, bts_complete"
                      " FROM payouts WHERE status IN ('paid', 'in_transit')";
    if (options.from)
        sql += " AND arrival_date >= ?1";
    if (options.to)
        sql += " AND arrival_date < ?2";
    auto payouts = db.prepare(sql);
    if (!payouts)
        return makeError(payouts.error());
    bindPeriod(payouts.value(), options);
    std::vector<PayoutSettlement> out;
    auto &s = payouts.value();
    while (s.step() == store::Statement::Step::Row) {
        PayoutSettlement p{s.columnInt(0),
                           s.columnText(2),
                           s.columnInt(3),
                           upper(s.columnText(4)),
                           dayOfUnix(s.columnInt(5)),
                           s.columnInt(6) != 0,
                           0,
                           0};
        if (const auto it = sums.find(std::to_string(s.columnInt(1)) + ':' + p.id);
            it != sums.end()) {
            p.netSum = it->second.first;
            p.count = it->second.second;
        }
        out.push_back(std::move(p));
    }
    return out;
}

Result<std::vector<std::pair<qint64, qint64>>> ruleMatchedBankLines(Database &db)
{
    auto taken = db.prepare("SELECT left_id, right_id FROM recon_matches WHERE kind = 'payout_bank'"
                            " AND decided = 'rule' AND right_id IS NOT NULL");
    if (!taken)
        return makeError(taken.error());
    std::vector<std::pair<qint64, qint64>> out;
    while (taken.value().step() == store::Statement::Step::Row)
        out.emplace_back(taken.value().columnInt(0), taken.value().columnInt(1));
    return out;
}

Result<std::vector<FailedBalanceProof>> failedBalanceProofs(Database &db,
                                                            const ReconcileOptions &options)
{
    std::string sql
        = "SELECT id, currency, proof_difference, closing_date, statement_ref, account"
          " FROM bank_statements WHERE proof_difference IS NOT NULL AND proof_difference != 0";
    if (options.from)
        sql += " AND closing_date >= ?1";
    if (options.to)
        sql += " AND closing_date <= ?2";
    auto query = db.prepare(sql);
    if (!query)
        return makeError(query.error());
    const std::string from = bound(options.from, 0), to = bound(options.to, 0);
    if (options.from)
        query.value().bindText(1, from);
    if (options.to)
        query.value().bindText(2, to);
    std::vector<FailedBalanceProof> out;
    while (query.value().step() == store::Statement::Step::Row) {
        auto &s = query.value();
        out.push_back({s.columnInt(0),
                       s.columnText(1),
                       s.columnInt(2),
                       s.columnString(3),
                       s.columnText(4),
                       s.columnString(5)});
    }
    return out;
}

int manualDecisionCount(Database &db)
{
    auto manual
        = db.prepare("SELECT count(DISTINCT group_id) FROM recon_matches WHERE decided != 'rule'");
    if (manual && manual.value().step() == store::Statement::Step::Row)
        return int(manual.value().columnInt(0));
    return 0;
}

Result<std::set<StoredMatch>> storedRuleMatches(Database &db)
{
    std::set<StoredMatch> stored;
    auto query = db.prepare("SELECT kind, coalesce(left_id, 0), coalesce(right_id, 0), rule "
                            "FROM recon_matches WHERE decided = 'rule'");
    if (!query)
        return makeError(query.error());
    while (query.value().step() == store::Statement::Step::Row)
        stored.emplace(query.value().columnText(0),
                       query.value().columnInt(1),
                       query.value().columnInt(2),
                       query.value().columnText(3));
    return stored;
}

} // namespace paydeck::reconcile::inputs
