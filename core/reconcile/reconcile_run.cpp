#include "reconcile_run.h"

#include "domain/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace paydeck::reconcile {

namespace {

using store::Database;
using store::Transaction;

QString tr(const char *text)
{
    return QCoreApplication::translate("paydeck::reconcile",
                                       text); // lupdate's context for free calls
}

constexpr qint64 kSecondsPerDay = 86400;

Day dayOfUnix(qint64 seconds)
{
    return Day(seconds >= 0 ? seconds / kSecondsPerDay
                            : (seconds - kSecondsPerDay + 1) / kSecondsPerDay);
}

Day dayOfIso(const std::string &iso)
{
    // "YYYY-MM-DD", as the importers store dates.
    if (iso.size() < 10)
        return 0;
    const QDate date(
        std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2)), std::stoi(iso.substr(8, 2)));
    return Day(QDate(1970, 1, 1).daysTo(date));
}

std::string upper(std::string text)
{
    for (char &c : text)
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    return text;
}

bool cancelled(const ReconcileOptions &options)
{
    return options.cancel && options.cancel->load();
}

void progress(const ReconcileOptions &options, int percent)
{
    if (options.progress)
        options.progress(percent);
}

/// One side's items with the store ids they came from.
struct Loaded
{
    std::vector<ProviderItem> provider;
    std::vector<CounterItem> counter;
    std::vector<bool> lockedLeft, lockedRight;
    Day asOf = 0;
};

/// Items a person already decided on (manual matches, write-offs), by kind and side.
Result<std::pair<std::unordered_set<qint64>, std::unordered_set<qint64>>>
lockedIds(Database &db, const char *kind)
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

/// Binds ?1 (start of `from`) and ?2 (end of `to`) as unix times, where the period has them.
void bindPeriod(store::Statement &statement, const ReconcileOptions &options)
{
    if (options.from)
        statement.bind(1, QDateTime(*options.from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    if (options.to)
        statement.bind(2,
                       QDateTime(options.to->addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
}

std::string bound(const std::optional<QDate> &date, int shiftDays)
{
    return date ? date->addDays(shiftDays).toString(Qt::ISODate).toStdString() : std::string();
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

/// A payout equals the net of the balance transactions it settled.
struct PayoutSettlement
{
    qint64 key;
    std::string id;
    qint64 amount;
    std::string currency;
    Day day;
    bool complete;
    qint64 netSum;
    int count;
};

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

QString money(qint64 minor, const std::string &currency)
{
    const auto code = Currency::fromCode(std::string_view(currency));
    return code ? Money(minor, *code).format() : QString::number(minor);
}

/// For machines: "1563.48", exact, with '.' whatever the locale; the key beside it is the code.
QString decimalAmount(qint64 minor, const std::string &currency)
{
    const auto code = Currency::fromCode(std::string_view(currency));
    return code ? Money(minor, *code).toDecimalString() : QString::number(minor);
}

QString isoOf(Day day)
{
    return QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate);
}

/// A row for recon_matches / recon_exceptions, before it is written.
using MatchRow = store::PlannedMatch;
using ExceptionRow = store::PlannedException;

} // namespace

QJsonObject ReconcileSummary::toJson() const
{
    QJsonObject partsJson;
    for (const auto &[name, part] : parts) {
        QJsonObject object;
        if (part.skipped) {
            object.insert(u"skipped", part.skipReason);
            partsJson.insert(name, object);
            continue;
        }
        QJsonObject rules, exceptions;
        for (const auto &[rule, count] : part.byRule)
            rules.insert(rule, count);
        for (const auto &[kind, count] : part.exceptionCounts) {
            QJsonObject amounts;
            if (const auto it = part.exceptionAmounts.find(kind); it != part.exceptionAmounts.end())
                for (const auto &[currency, sum] : it->second)
                    amounts.insert(currency, decimalAmount(sum, currency.toStdString()));
            exceptions.insert(kind,
                              QJsonObject{{QStringLiteral("count"), count},
                                          {QStringLiteral("amounts"), amounts}});
        }
        object.insert(u"matched_by_rule", rules);
        object.insert(u"exceptions", exceptions);
        object.insert(u"provider",
                      QJsonObject{{QStringLiteral("total"), part.provider.total},
                                  {QStringLiteral("matched"), part.provider.matched},
                                  {QStringLiteral("pending"), part.provider.pending}});
        object.insert(u"counter",
                      QJsonObject{{QStringLiteral("total"), part.counter.total},
                                  {QStringLiteral("matched"), part.counter.matched}});
        partsJson.insert(name, object);
    }
    QJsonObject json{{QStringLiteral("run_id"), runId},
                     {QStringLiteral("dry_run"), dryRun},
                     {QStringLiteral("ruleset_version"), rulesetVersion},
                     {QStringLiteral("reconciliations"), partsJson},
                     {QStringLiteral("manual_decisions_kept"), manualKept},
                     {QStringLiteral("elapsed_ms"), elapsedMs}};
    if (dryRun)
        json.insert(u"changes",
                    QJsonObject{{QStringLiteral("would_add"), wouldAdd},
                                {QStringLiteral("would_remove"), wouldRemove},
                                {QStringLiteral("unchanged"), unchanged}});
    return json;
}

Result<qint64> nextMatchGroup(Database &db)
{
    auto query = db.prepare("SELECT coalesce(max(group_id), 0) + 1 FROM recon_matches");
    if (!query)
        return makeError(query.error());
    if (query.value().step() != store::Statement::Step::Row)
        return makeError(query.value().errorMessage());
    return query.value().columnInt(0);
}

Result<ReconcilePlan> planReconciliation(Database &db, const ReconcileOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    ReconcileSummary summary;
    summary.dryRun = options.dryRun;
    summary.rulesetVersion = options.rules.version;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    std::vector<MatchRow> matchRows;
    std::vector<ExceptionRow> exceptionRows;
    std::vector<std::pair<const char *, qint64>> scope; // provider items this run decides on
    qint64 nextGroup = 0; // relative: offset by the first free id inside the write transaction
    const auto cancelledError = [] {
        return makeError(tr("the reconciliation was cancelled; nothing was changed"));
    };

    // Reading happens in one read transaction so that all sides are from the same moment.
    if (auto ok = db.exec("BEGIN"); !ok)
        return makeError(ok.error());
    struct Rollback
    {
        Database &db;
        bool active = true;
        ~Rollback()
        {
            if (active)
                (void)db.exec("ROLLBACK");
        }
    } readTransaction{db};

    const auto wanted = [&](const char *name) {
        return options.only.isEmpty() || options.only.contains(QLatin1String(name));
    };
    // 1. Payouts against the balance transactions they settled.
    if (wanted(kPayoutTransactions)) {
        progress(options, 2);
        auto settlements = loadSettlements(db, options);
        if (!settlements)
            return makeError(settlements.error());
        auto &part = summary.parts[QString::fromLatin1(kPayoutTransactions)];
        auto locked = lockedIds(db, kPayoutTransactions);
        if (!locked)
            return makeError(locked.error());
        for (const auto &p : settlements.value()) {
            if (locked.value().first.count(p.key))
                continue;
            scope.emplace_back(kPayoutTransactions, p.key);
            ++part.provider.total;
            if (p.count > 0 && p.netSum == p.amount) {
                ++part.provider.matched;
                ++part.byRule[QStringLiteral("payout_sum")];
                matchRows.push_back(
                    {kPayoutTransactions,
                     nextGroup++,
                     p.key,
                     std::nullopt,
                     "payout_sum",
                     1.0,
                     0,
                     p.currency,
                     QCoreApplication::translate("Reconcile",
                                                 "%n balance transaction(s) with a net of %1 "
                                                 "together: the payout's amount.",
                                                 nullptr,
                                                 p.count)
                         .arg(money(p.netSum, p.currency))
                         .toStdString()});
                continue;
            }
            const char *kind = !p.complete && p.netSum < p.amount ? "partial" : "amount_mismatch";
            if (!p.complete && p.count == 0) {
                ++part.provider.pending; // its transactions are not synced yet
                continue;
            }
            ++part.exceptionCounts[QString::fromLatin1(kind)];
            part.exceptionAmounts[QString::fromLatin1(kind)][QString::fromStdString(p.currency)]
                += p.amount - p.netSum;
            exceptionRows.push_back(
                {kind,
                 kPayoutTransactions,
                 "provider",
                 p.key,
                 p.currency,
                 p.amount - p.netSum,
                 isoOf(p.day),
                 p.id,
                 QCoreApplication::translate(
                     "Reconcile", "%n transaction(s) net %1 of the payout's %2", nullptr, p.count)
                     .arg(money(p.netSum, p.currency), money(p.amount, p.currency))});
        }
    }
    if (cancelled(options))
        return cancelledError();

    // 2. Payouts against bank lines; 3. charges against ledger entries.
    const auto reconcile = [&](Reconciliation which,
                               const char *name,
                               const char *counterSide,
                               bool hasCounter,
                               const QString &skipReason,
                               Loaded &loaded) {
        auto &part = summary.parts[QString::fromLatin1(name)];
        if (!hasCounter) {
            part.skipped = true;
            part.skipReason = skipReason;
            return;
        }
        QElapsedTimer matchTimer;
        matchTimer.start();
        MatchOutcome outcome = matchItems(which,
                                          loaded.provider,
                                          loaded.counter,
                                          options.rules,
                                          loaded.asOf,
                                          loaded.lockedLeft,
                                          loaded.lockedRight);
        summary.matchMs += matchTimer.elapsed();
        for (size_t i = 0; i < loaded.provider.size(); ++i) {
            if (loaded.lockedLeft[i])
                continue;
            ++part.provider.total;
            scope.emplace_back(name, loaded.provider[i].key);
        }
        for (size_t i = 0; i < loaded.counter.size(); ++i)
            if (!loaded.lockedRight[i] && loaded.counter[i].providerLine)
                ++part.counter.total;
        part.provider.pending = outcome.pending;
        matchRows.reserve(matchRows.size() + outcome.matches.size());
        for (auto &m : outcome.matches) {
            ++part.byRule[QString::fromStdString(m.rule)];
            part.provider.matched += int(m.left.size());
            for (const int r : m.right)
                part.counter.matched += loaded.counter[size_t(r)].providerLine ? 1 : 0;
            const qint64 group = nextGroup++;
            const std::string &currency = loaded.provider[size_t(m.left.front())].currency;
            // One row per pair; a group of n:1 or 1:n has max(n, 1) rows.
            const size_t rows = std::max(m.left.size(), m.right.size());
            for (size_t i = 0; i < rows; ++i) {
                const int l = m.left[std::min(i, m.left.size() - 1)];
                const int r = m.right[std::min(i, m.right.size() - 1)];
                matchRows.push_back({name,
                                     group,
                                     loaded.provider[size_t(l)].key,
                                     loaded.counter[size_t(r)].id,
                                     m.rule,
                                     m.score,
                                     i == 0 ? m.difference : 0,
                                     currency,
                                     i + 1 == rows ? std::move(m.explanation) : m.explanation});
            }
        }
        for (const auto &e : outcome.exceptions) {
            const QString kind = QString::fromLatin1(exceptionKindName(e.kind));
            ++part.exceptionCounts[kind];
            const std::string &currency = e.providerSide ? loaded.provider[size_t(e.index)].currency
                                                         : loaded.counter[size_t(e.index)].currency;
            part.exceptionAmounts[kind][QString::fromStdString(currency)] += e.amount;
            if (e.providerSide) {
                const auto &p = loaded.provider[size_t(e.index)];
                exceptionRows.push_back({exceptionKindName(e.kind),
                                         name,
                                         "provider",
                                         p.key,
                                         currency,
                                         e.amount,
                                         isoOf(p.day),
                                         p.id,
                                         e.detail});
            } else {
                const auto &c = loaded.counter[size_t(e.index)];
                exceptionRows.push_back(
                    {exceptionKindName(e.kind),
                     name,
                     counterSide,
                     c.id,
                     currency,
                     e.amount,
                     isoOf(c.day),
                     which == Reconciliation::PayoutBank ? bankReference(db, c.id) : c.text,
                     e.detail});
            }
        }
    };
    if (wanted(kPayoutBank)) {
        progress(options, 10);
        Loaded bank;
        QElapsedTimer loadTimer;
        loadTimer.start();
        auto locked = lockedIds(db, kPayoutBank);
        if (!locked)
            return makeError(locked.error());
        // The two sides are read at once, the payouts on a second connection (two cores, half
        // the wait). A sync committing in between can only add a payout that the next run sees.
        Result<void> payoutsLoaded;
        std::thread payoutReader([&] {
            auto second = store::Database::open(db.path(), store::Database::Mode::ReadOnly);
            payoutsLoaded = second
                                ? loadPayouts(*second.value(), options, bank, locked.value().first)
                                : Result<void>(makeError(second.error()));
        });
        auto bankLoaded = loadBankSide(db, options, bank, locked.value().second);
        payoutReader.join();
        if (!bankLoaded)
            return makeError(bankLoaded.error());
        if (!payoutsLoaded)
            return makeError(payoutsLoaded.error());
        if (options.from || options.to) {
            // A line already matched to a payout outside the period stays with it.
            std::unordered_set<qint64> inScope;
            for (const auto &p : bank.provider)
                inScope.insert(p.key);
            std::unordered_map<qint64, size_t> lineIndex;
            for (size_t i = 0; i < bank.counter.size(); ++i)
                lineIndex.emplace(bank.counter[i].id, i);
            auto taken = db.prepare(
                "SELECT left_id, right_id FROM recon_matches WHERE kind = 'payout_bank'"
                " AND decided = 'rule' AND right_id IS NOT NULL");
            if (!taken)
                return makeError(taken.error());
            while (taken.value().step() == store::Statement::Step::Row) {
                if (inScope.count(taken.value().columnInt(0)))
                    continue;
                if (const auto it = lineIndex.find(taken.value().columnInt(1));
                    it != lineIndex.end())
                    bank.lockedRight[it->second] = true;
            }
        }
        summary.loadMs += loadTimer.elapsed();
        progress(options, 40);
        if (cancelled(options))
            return cancelledError();
        reconcile(Reconciliation::PayoutBank,
                  kPayoutBank,
                  "bank",
                  !bank.counter.empty(),
                  tr("no bank statement imported"),
                  bank);
        progress(options, 60);
    }
    if (cancelled(options))
        return cancelledError();
    if (wanted(kChargeLedger)) {
        Loaded ledger;
        QElapsedTimer loadTimer;
        loadTimer.start();
        if (auto ok = loadLedgerSide(db, options, ledger); !ok)
            return makeError(ok.error());
        summary.loadMs += loadTimer.elapsed();
        reconcile(Reconciliation::ChargeLedger,
                  kChargeLedger,
                  "ledger",
                  !ledger.counter.empty(),
                  tr("no ledger imported"),
                  ledger);
        progress(options, 70);
    }
    // Statements whose balances do not add up.
    if (wanted(kPayoutBank)) {
        std::string sql
            = "SELECT id, currency, proof_difference, closing_date, statement_ref, account"
              " FROM bank_statements WHERE proof_difference IS NOT NULL AND proof_difference != 0";
        if (options.from)
            sql += " AND closing_date >= '" + bound(options.from, 0) + "'";
        if (options.to)
            sql += " AND closing_date <= '" + bound(options.to, 0) + "'";
        auto query = db.prepare(sql);
        if (!query)
            return makeError(query.error());
        auto &part = summary.parts[QStringLiteral("statement")];
        while (query.value().step() == store::Statement::Step::Row) {
            auto &s = query.value();
            const std::string currency = s.columnText(1);
            ++part.exceptionCounts[QStringLiteral("balance_proof")];
            part.exceptionAmounts[QStringLiteral("balance_proof")][QString::fromStdString(currency)]
                += s.columnInt(2);
            exceptionRows.push_back(
                {"balance_proof",
                 "statement",
                 "statement",
                 s.columnInt(0),
                 currency,
                 s.columnInt(2),
                 s.columnString(3),
                 s.columnText(4),
                 tr("statement %1 of %2: opening balance plus entries is %3 away from the closing "
                    "balance")
                     .arg(s.columnString(4), s.columnString(5), money(s.columnInt(2), currency))});
        }
    }
    {
        auto manual = db.prepare(
            "SELECT count(DISTINCT group_id) FROM recon_matches WHERE decided != 'rule'");
        if (manual && manual.value().step() == store::Statement::Step::Row)
            summary.manualKept = int(manual.value().columnInt(0));
    }
    if (cancelled(options))
        return cancelledError();

    const std::string rulesJson
        = QJsonDocument(options.rules.toJson()).toJson(QJsonDocument::Compact).toStdString();
    if (options.dryRun) {
        // Compare with the stored rule matches: which pairs would appear or disappear.
        std::set<std::tuple<std::string, qint64, qint64, std::string>> stored, fresh;
        auto query = db.prepare("SELECT kind, coalesce(left_id, 0), coalesce(right_id, 0), rule "
                                "FROM recon_matches WHERE decided = 'rule'");
        if (!query)
            return makeError(query.error());
        while (query.value().step() == store::Statement::Step::Row)
            stored.emplace(query.value().columnText(0),
                           query.value().columnInt(1),
                           query.value().columnInt(2),
                           query.value().columnText(3));
        for (const auto &m : matchRows)
            fresh.emplace(m.kind, m.left.value_or(0), m.right.value_or(0), m.rule);
        for (const auto &m : fresh)
            stored.count(m) ? ++summary.unchanged : ++summary.wouldAdd;
        for (const auto &m : stored)
            summary.wouldRemove += fresh.count(m) ? 0 : 1;
        summary.elapsedMs = timer.elapsed();
        progress(options, 100);
        ReconcilePlan dry;
        dry.summary = std::move(summary);
        return dry;
    }

    readTransaction.active = false;
    if (auto ok = db.exec("COMMIT"); !ok)
        return makeError(ok.error());

    ReconcilePlan plan;
    store::ReconciliationWrite &write = plan.write;
    write.startedAt = now;
    write.periodFrom = bound(options.from, 0);
    write.periodTo = bound(options.to, 0);
    write.rulesetVersion = options.rules.version;
    write.rulesJson = rulesJson;
    for (const char *kind : {kPayoutTransactions, kPayoutBank, kChargeLedger})
        if (wanted(kind))
            write.reconciliations.push_back(kind);
    if (wanted(kPayoutBank))
        write.reconciliations.push_back("statement"); // balance proofs belong to the bank side
    write.periodRun = options.from || options.to;
    write.scope = std::move(scope);
    write.matches = std::move(matchRows);
    write.exceptions = std::move(exceptionRows);
    summary.elapsedMs = timer.elapsed();
    plan.summary = std::move(summary);
    progress(options, 75);
    return plan;
}

Result<ReconcileSummary>
persistPlan(store::Database &db, ReconcilePlan plan, const ReconcileOptions &options)
{
    QElapsedTimer persistTimer;
    persistTimer.start();
    ReconcileSummary &summary = plan.summary;
    auto runId = store::persistReconciliation(
        db,
        plan.write,
        [&summary, &persistTimer](qint64 id) {
            summary.runId = id;
            summary.elapsedMs += persistTimer.elapsed();
            return QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact);
        },
        [&options](int percent) { progress(options, 75 + percent / 4); },
        options.cancel);
    if (!runId)
        return makeError(runId.error());
    summary.runId = runId.value();
    summary.persistMs = persistTimer.elapsed();
    progress(options, 100);
    return std::move(summary);
}

Result<ReconcileSummary> runReconciliation(Database &db, const ReconcileOptions &options)
{
    auto plan = planReconciliation(db, options);
    if (!plan)
        return makeError(plan.error());
    if (options.dryRun)
        return std::move(plan.value().summary);
    return persistPlan(db, std::move(plan.value()), options);
}

} // namespace paydeck::reconcile
