#include "reconcile_run.h"

#include "reconcile_inputs.h"
#include "store/reconciliation_repository.h"

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

using namespace inputs;

bool cancelled(const ReconcileOptions &options)
{
    return options.cancel && options.cancel->load();
}

void progress(const ReconcileOptions &options, int percent)
{
    if (options.progress)
        options.progress(percent);
}

QString money(qint64 minor, const std::string &currency)
{
    const auto code = Currency::fromCode(std::string_view(currency));
    return code ? Money(minor, *code).format() : QString::number(minor);
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
                    amounts.insert(currency, decimalText(sum, currency));
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

namespace {

/// One run's reading and matching, a step per method; what they gather is what the run will
/// write (or, dry, compare with what is stored).
class Planner
{
    // Its messages belong with the rest of the reconciliation's (one context for lupdate and
    // run time alike).
    Q_DECLARE_TR_FUNCTIONS(paydeck::reconcile)

public:
    Planner(store::Session &session, const ReconcileOptions &options)
        : session(session), store(session.reconciliation()), options(options)
    {
        timer.start();
        summary.dryRun = options.dryRun;
        summary.rulesetVersion = options.rules.version;
    }

    bool wanted(const char *name) const
    {
        return options.only.isEmpty() || options.only.contains(QLatin1String(name));
    }
    static Error cancelledError()
    {
        return makeError(tr("the reconciliation was cancelled; nothing was changed"));
    }

    /// 1. Payouts against the balance transactions they settled.
    Result<void> settlePayouts();
    /// 2. Payouts against bank lines.
    Result<void> matchBank();
    /// 3. Charges against ledger entries.
    Result<void> matchLedger();
    /// Statements whose balances do not add up.
    Result<void> addBalanceProofs();
    /// A dry run: which stored rule matches would appear or disappear.
    Result<void> compareWithStored();
    /// People's decisions, which every run leaves alone.
    void countManualDecisions();
    ReconcilePlan finish();

private:
    void skip(const char *name, const QString &reason);
    /// The matcher's outcome for one reconciliation, as rows to write and figures to report.
    void record(Reconciliation which, const char *name, const char *counterSide, Loaded &loaded);

    store::Session &session;
    store::ReconciliationRepository &store;
    const ReconcileOptions &options;
    QElapsedTimer timer;
    ReconcileSummary summary;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    std::vector<MatchRow> matchRows;
    std::vector<ExceptionRow> exceptionRows;
    std::vector<std::pair<const char *, qint64>> scope; // provider items this run decides on
    qint64 nextGroup = 0; // relative: offset by the first free id inside the write transaction
};

Result<void> Planner::settlePayouts()
{
    progress(options, 2);
    auto settlements = store.loadSettlements(options);
    if (!settlements)
        return makeError(settlements.error());
    auto &part = summary.parts[QString::fromLatin1(kPayoutTransactions)];
    auto locked = store.lockedIds(kPayoutTransactions);
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
    return {};
}

void Planner::skip(const char *name, const QString &reason)
{
    auto &part = summary.parts[QString::fromLatin1(name)];
    part.skipped = true;
    part.skipReason = reason;
}

void Planner::record(Reconciliation which,
                     const char *name,
                     const char *counterSide,
                     Loaded &loaded)
{
    auto &part = summary.parts[QString::fromLatin1(name)];
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
                 which == Reconciliation::PayoutBank ? store.bankReference(c.id) : c.text,
                 e.detail});
        }
    }
}

Result<void> Planner::matchBank()
{
    progress(options, 10);
    Loaded bank;
    QElapsedTimer loadTimer;
    loadTimer.start();
    auto locked = store.lockedIds(kPayoutBank);
    if (!locked)
        return makeError(locked.error());
    // The two sides are read at once, the payouts on a second connection (two cores, half
    // the wait). A sync committing in between can only add a payout that the next run sees.
    Result<void> payoutsLoaded;
    std::thread payoutReader([&] {
        auto second = store::openSession(session.location(), store::Access::ReadOnly);
        payoutsLoaded = second ? second.value()->reconciliation().loadPayouts(
                            options, bank, locked.value().first)
                               : Result<void>(makeError(second.error()));
    });
    auto bankLoaded = store.loadBankSide(options, bank, locked.value().second);
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
        auto taken = store.ruleMatchedBankLines();
        if (!taken)
            return makeError(taken.error());
        for (const auto &[payout, line] : taken.value()) {
            if (inScope.count(payout))
                continue;
            if (const auto it = lineIndex.find(line); it != lineIndex.end())
                bank.lockedRight[it->second] = true;
        }
    }
    summary.loadMs += loadTimer.elapsed();
    progress(options, 40);
    if (cancelled(options))
        return cancelledError();
    if (bank.counter.empty())
        skip(kPayoutBank, tr("no bank statement imported"));
    else
        record(Reconciliation::PayoutBank, kPayoutBank, "bank", bank);
    progress(options, 60);
    return {};
}

Result<void> Planner::matchLedger()
{
    Loaded ledger;
    QElapsedTimer loadTimer;
    loadTimer.start();
    if (auto ok = store.loadLedgerSide(options, ledger); !ok)
        return makeError(ok.error());
    summary.loadMs += loadTimer.elapsed();
    if (ledger.counter.empty())
        skip(kChargeLedger, tr("no ledger imported"));
    else
        record(Reconciliation::ChargeLedger, kChargeLedger, "ledger", ledger);
    progress(options, 70);
    return {};
}

Result<void> Planner::addBalanceProofs()
{
    auto failed = store.failedBalanceProofs(options);
    if (!failed)
        return makeError(failed.error());
    auto &part = summary.parts[QStringLiteral("statement")];
    for (const FailedBalanceProof &f : failed.value()) {
        ++part.exceptionCounts[QStringLiteral("balance_proof")];
        part.exceptionAmounts[QStringLiteral("balance_proof")][QString::fromStdString(f.currency)]
            += f.difference;
        exceptionRows.push_back(
            {"balance_proof",
             "statement",
             "statement",
             f.statementKey,
             f.currency,
             f.difference,
             f.closingDate,
             f.statementRef,
             tr("statement %1 of %2: opening balance plus entries is %3 away from the closing "
                "balance")
                 .arg(QString::fromStdString(f.statementRef),
                      f.account,
                      money(f.difference, f.currency))});
    }
    return {};
}

Result<void> Planner::compareWithStored()
{
    // Compare with the stored rule matches: which pairs would appear or disappear.
    auto storedMatches = store.storedRuleMatches();
    if (!storedMatches)
        return makeError(storedMatches.error());
    std::set<StoredMatch> &stored = storedMatches.value(), fresh;
    for (const auto &m : matchRows)
        fresh.emplace(m.kind, m.left.value_or(0), m.right.value_or(0), m.rule);
    for (const auto &m : fresh)
        stored.count(m) ? ++summary.unchanged : ++summary.wouldAdd;
    for (const auto &m : stored)
        summary.wouldRemove += fresh.count(m) ? 0 : 1;
    return {};
}

void Planner::countManualDecisions()
{
    summary.manualKept = store.manualDecisionCount();
}

ReconcilePlan Planner::finish()
{
    ReconcilePlan plan;
    store::ReconciliationWrite &write = plan.write;
    write.startedAt = now;
    write.periodFrom = bound(options.from, 0);
    write.periodTo = bound(options.to, 0);
    write.rulesetVersion = options.rules.version;
    write.rulesJson
        = QJsonDocument(options.rules.toJson()).toJson(QJsonDocument::Compact).toStdString();
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
    return plan;
}

} // namespace

Result<ReconcilePlan> planReconciliation(store::Session &session, const ReconcileOptions &options)
{
    // Reading happens in one read transaction so that all sides are from the same moment.
    store::ReadSnapshot snapshot(session);
    if (!snapshot.error().isEmpty())
        return makeError(snapshot.error());
    Planner planner(session, options);
    const std::pair<const char *, Result<void> (Planner::*)()> steps[] = {
        {kPayoutTransactions, &Planner::settlePayouts},
        {kPayoutBank, &Planner::matchBank},
        {kChargeLedger, &Planner::matchLedger},
        {kPayoutBank, &Planner::addBalanceProofs},
    };
    for (const auto &[reconciliation, step] : steps) {
        if (!planner.wanted(reconciliation))
            continue;
        if (auto ok = (planner.*step)(); !ok)
            return makeError(ok.error());
        if (cancelled(options))
            return Planner::cancelledError();
    }
    planner.countManualDecisions();
    if (options.dryRun) {
        if (auto ok = planner.compareWithStored(); !ok)
            return makeError(ok.error());
        progress(options, 100);
        return planner.finish();
    }
    if (auto ok = snapshot.end(); !ok)
        return makeError(ok.error());
    progress(options, 75);
    return planner.finish();
}

Result<ReconcileSummary>
persistPlan(store::Session &session, ReconcilePlan plan, const ReconcileOptions &options)
{
    QElapsedTimer persistTimer;
    persistTimer.start();
    ReconcileSummary &summary = plan.summary;
    auto runId = session.reconciliation().persist(
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

Result<ReconcileSummary> runReconciliation(store::Session &session, const ReconcileOptions &options)
{
    auto plan = planReconciliation(session, options);
    if (!plan)
        return makeError(plan.error());
    if (options.dryRun)
        return std::move(plan.value().summary);
    return persistPlan(session, std::move(plan.value()), options);
}

} // namespace paydeck::reconcile
