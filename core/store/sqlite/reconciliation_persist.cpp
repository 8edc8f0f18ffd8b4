// The write half of a reconciliation run, in SQLite's dialect.
#include "reconcile_sql.h"

#include <QCoreApplication>
#include <QDateTime>

namespace paydeck::store {

Result<qint64> nextMatchGroup(Database &db)
{
    auto query = db.prepare("SELECT coalesce(max(group_id), 0) + 1 FROM recon_matches");
    if (!query)
        return makeError(query.error());
    if (query.value().step() != Statement::Step::Row)
        return makeError(query.value().errorMessage());
    return query.value().columnInt(0);
}

namespace {

Result<qint64> insertRun(Database &db, const ReconciliationWrite &write)
{
    auto run = db.prepare("INSERT INTO recon_runs (started_at, period_from, period_to, "
                          "ruleset_version, rules) VALUES (?,?,?,?,?)");
    if (!run)
        return makeError(run.error());
    run.value().bind(1, write.startedAt);
    run.value().bindText(2, write.periodFrom);
    run.value().bindText(3, write.periodTo);
    run.value().bind(4, write.rulesetVersion);
    run.value().bindText(5, write.rulesJson);
    if (auto ok = run.value().run(); !ok)
        return makeError(ok.error());
    return db.lastInsertRowid();
}

/// Removes the rule-made matches the run replaces; people's decisions stay.
Result<void> removeRuleMatches(Database &db, const ReconciliationWrite &write)
{
    if (!write.periodRun) {
        // Every item of the reconciliations run was seen: replace all their rule-made matches.
        auto del = db.prepare("DELETE FROM recon_matches WHERE decided = 'rule' AND kind = ?");
        if (!del)
            return makeError(del.error());
        for (const char *kind : write.reconciliations) {
            del.value().bindText(1, kind);
            if (auto ok = del.value().run(); !ok)
                return ok;
            del.value().reset();
        }
        return {};
    }
    auto del = db.prepare(
        "DELETE FROM recon_matches WHERE decided = 'rule' AND kind = ? AND left_id = ?");
    if (!del)
        return makeError(del.error());
    for (const auto &[kind, left] : write.scope) {
        del.value().bindText(1, kind);
        del.value().bind(2, left);
        if (auto ok = del.value().run(); !ok)
            return ok;
        del.value().reset();
    }
    return {};
}

/// The exception list is the latest run's, for the reconciliations it ran.
Result<void> removeExceptions(Database &db, const ReconciliationWrite &write)
{
    auto del = db.prepare("DELETE FROM recon_exceptions WHERE reconciliation = ?");
    if (!del)
        return makeError(del.error());
    for (const char *name : write.reconciliations) {
        del.value().bindText(1, name);
        if (auto ok = del.value().run(); !ok)
            return ok;
        del.value().reset();
    }
    return {};
}

Result<void>
insertMatches(Database &db, const ReconciliationWrite &write, qint64 groupBase, qint64 runId)
{
    // A large result goes in without its indexes, which are then built in one sorted pass (as in
    // the store's bulk loads); all within the transaction, so a failure leaves them as they were.
    const bool bulk = write.matches.size() > 50000;
    if (bulk)
        if (auto ok = db.exec("DROP INDEX IF EXISTS recon_matches_left; DROP INDEX IF EXISTS "
                              "recon_matches_right");
            !ok)
            return ok;
    auto insert = db.prepare(
        "INSERT INTO recon_matches (kind, group_id, left_id, right_id, rule, score, difference,"
        " currency, explanation, ruleset_version, run_id, decided, created_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,'rule',?)");
    if (!insert)
        return makeError(insert.error());
    auto &s = insert.value();
    for (const auto &m : write.matches) {
        s.bindText(1, m.kind);
        s.bind(2, groupBase + m.group);
        if (m.left)
            s.bind(3, *m.left);
        else
            s.bindNull(3);
        if (m.right)
            s.bind(4, *m.right);
        else
            s.bindNull(4);
        s.bindText(5, m.rule);
        s.bind(6, m.score);
        s.bind(7, m.difference);
        s.bindText(8, m.currency);
        s.bindText(9, m.explanation);
        s.bind(10, write.rulesetVersion);
        s.bind(11, runId);
        s.bind(12, write.startedAt);
        if (auto ok = s.run(); !ok)
            return ok;
        s.reset();
    }
    if (bulk)
        return db.exec("CREATE INDEX recon_matches_left ON recon_matches(left_id);"
                       " CREATE INDEX recon_matches_right ON recon_matches(right_id)");
    return {};
}

Result<void> insertExceptions(Database &db, const ReconciliationWrite &write, qint64 runId)
{
    auto insert = db.prepare(
        "INSERT INTO recon_exceptions (run_id, kind, reconciliation, side, item_id, currency,"
        " amount, item_date, reference, detail) VALUES (?,?,?,?,?,?,?,?,?,?)");
    if (!insert)
        return makeError(insert.error());
    auto &s = insert.value();
    for (const auto &e : write.exceptions) {
        const QByteArray date = e.itemDate.toUtf8(), detail = e.detail.toUtf8();
        s.bind(1, runId);
        s.bindText(2, e.kind);
        s.bindText(3, e.reconciliation);
        s.bindText(4, e.side);
        s.bind(5, e.itemId);
        s.bindText(6, e.currency);
        s.bind(7, e.amount);
        s.bindText(8, std::string_view(date.constData(), size_t(date.size())));
        s.bindText(9, e.reference);
        s.bindText(10, std::string_view(detail.constData(), size_t(detail.size())));
        if (auto ok = s.run(); !ok)
            return ok;
        s.reset();
    }
    return {};
}

Result<void> finishRun(Database &db, qint64 runId, const QByteArray &json)
{
    auto update = db.prepare("UPDATE recon_runs SET finished_at = ?, summary = ? WHERE id = ?");
    if (!update)
        return makeError(update.error());
    update.value().bind(1, QDateTime::currentSecsSinceEpoch());
    update.value().bindText(2, std::string_view(json.constData(), size_t(json.size())));
    update.value().bind(3, runId);
    return update.value().run();
}

} // namespace

Result<qint64> persistReconciliation(Database &db,
                                     const ReconciliationWrite &write,
                                     const std::function<QByteArray(qint64 runId)> &summaryJson,
                                     const std::function<void(int)> &progress,
                                     const std::atomic_bool *cancel)
{
    const auto report = [&progress](int percent) {
        if (progress)
            progress(percent);
    };
    Transaction transaction(db);
    if (!transaction.began())
        return makeError(transaction.beginError());
    auto groupBase = nextMatchGroup(db);
    if (!groupBase)
        return makeError(groupBase.error());
    auto runId = insertRun(db, write);
    if (!runId)
        return runId;
    if (auto ok = removeRuleMatches(db, write); !ok)
        return makeError(ok.error());
    if (auto ok = removeExceptions(db, write); !ok)
        return makeError(ok.error());
    report(20);
    if (auto ok = insertMatches(db, write, groupBase.value(), runId.value()); !ok)
        return makeError(ok.error());
    report(70);
    if (auto ok = insertExceptions(db, write, runId.value()); !ok)
        return makeError(ok.error());
    if (auto ok = finishRun(db, runId.value(), summaryJson(runId.value())); !ok)
        return makeError(ok.error());
    if (cancel && cancel->load())
        return makeError(QCoreApplication::translate(
            "paydeck::reconcile", "the reconciliation was cancelled; nothing was changed"));
    if (auto ok = transaction.commit(); !ok)
        return makeError(ok.error());
    return runId;
}

} // namespace paydeck::store
