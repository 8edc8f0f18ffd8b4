// People's decisions and their audit trail, in SQLite's dialect.
#include "audit_chain.h"
#include "reconcile_sql.h"

#include "reconcile/reconcile_run.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace paydeck::reconcile {

namespace {

using store::Database;
using store::Transaction;

QString tr(const char *text)
{
    return QCoreApplication::translate("paydeck::reconcile",
                                       text); // lupdate's context for free calls
}

std::string text(const QString &value)
{
    return value.toStdString();
}

QJsonArray ids(const std::vector<qint64> &values)
{
    QJsonArray array;
    for (const qint64 value : values)
        array.append(value);
    return array;
}

Result<void> audit(Database &db,
                   const char *action,
                   const QString &reconciliation,
                   const QJsonObject &items,
                   const QString &note,
                   const QString &user,
                   const QString &detail = QString())
{
    store::AuditEntry entry;
    entry.at = QDateTime::currentMSecsSinceEpoch();
    entry.user = text(user);
    entry.action = action;
    entry.reconciliation = text(reconciliation);
    entry.items = QJsonDocument(items).toJson(QJsonDocument::Compact).toStdString();
    entry.note = text(note);
    entry.detail = text(detail);
    return store::appendAuditEntry(db, std::move(entry));
}

Result<void> validate(const ManualDecision &decision, bool needsBothSides)
{
    if (decision.note.trimmed().isEmpty())
        return makeError(tr("a note is required: say why"));
    const QString &kind = decision.reconciliation;
    if (kind != QLatin1String(kPayoutBank) && kind != QLatin1String(kChargeLedger)
        && kind != QLatin1String(kPayoutTransactions))
        return makeError(tr("unknown reconciliation \"%1\"").arg(kind));
    if (decision.leftIds.empty() && decision.rightIds.empty())
        return makeError(tr("nothing selected"));
    if (needsBothSides && (decision.leftIds.empty() || decision.rightIds.empty()))
        return makeError(tr("a match needs items on both sides"));
    return {};
}

/// Drops every existing match of the items (so that each item is in at most one match) and
/// their exceptions; returns the removed rows for the audit record.
Result<QJsonArray> release(Database &db, const ManualDecision &decision)
{
    QJsonArray removed;
    const std::string kind = text(decision.reconciliation);
    const auto drop = [&](const char *column, qint64 id) -> Result<void> {
        auto groups = db.prepare(
            std::string("SELECT DISTINCT group_id FROM recon_matches WHERE kind = ? AND ") + column
            + " = ?");
        if (!groups)
            return makeError(groups.error());
        groups.value().bindText(1, kind);
        groups.value().bind(2, id);
        std::vector<qint64> found;
        while (groups.value().step() == store::Statement::Step::Row)
            found.push_back(groups.value().columnInt(0));
        for (const qint64 group : found) {
            auto rows = unmatch(db, group, QString(), QString());
            if (!rows)
                return makeError(rows.error());
            for (const auto &row : rows.value())
                removed.append(row);
        }
        return {};
    };
    for (const qint64 id : decision.leftIds)
        if (auto ok = drop("left_id", id); !ok)
            return makeError(ok.error());
    for (const qint64 id : decision.rightIds)
        if (auto ok = drop("right_id", id); !ok)
            return makeError(ok.error());
    auto clear = db.prepare(
        "DELETE FROM recon_exceptions WHERE reconciliation = ? AND item_id = ? AND side = ?");
    if (!clear)
        return makeError(clear.error());
    const auto clearSide = [&](const std::vector<qint64> &list, const char *side) -> Result<void> {
        for (const qint64 id : list) {
            clear.value().bindText(1, kind);
            clear.value().bind(2, id);
            clear.value().bindText(3, side);
            if (auto ok = clear.value().run(); !ok)
                return ok;
            clear.value().reset();
        }
        return {};
    };
    if (auto ok = clearSide(decision.leftIds, "provider"); !ok)
        return makeError(ok.error());
    const char *counterSide
        = decision.reconciliation == QLatin1String(kChargeLedger) ? "ledger" : "bank";
    if (auto ok = clearSide(decision.rightIds, counterSide); !ok)
        return makeError(ok.error());
    return removed;
}

Result<DecisionResult> decide(Database &db,
                              const ManualDecision &decision,
                              const char *decided,
                              const QString &explanation)
{
    Transaction transaction(db);
    if (!transaction.began())
        return makeError(transaction.beginError());
    auto released = release(db, decision);
    if (!released)
        return makeError(released.error());
    auto nextGroup = store::nextMatchGroup(db);
    if (!nextGroup)
        return makeError(nextGroup.error());
    const qint64 group = nextGroup.value();
    auto insert = db.prepare(
        "INSERT INTO recon_matches (kind, group_id, left_id, right_id, rule, score, difference,"
        " currency, explanation, ruleset_version, run_id, decided, note, decided_by, created_at)"
        " VALUES (?,?,?,?,?,1.0,0,NULL,?,0,NULL,?,?,?,?)");
    if (!insert)
        return makeError(insert.error());
    const std::string kind = text(decision.reconciliation), why = text(explanation),
                      note = text(decision.note), user = text(decision.user);
    const size_t rows = std::max({decision.leftIds.size(), decision.rightIds.size(), size_t(1)});
    for (size_t i = 0; i < rows; ++i) {
        auto &s = insert.value();
        s.bindText(1, kind);
        s.bind(2, group);
        if (decision.leftIds.empty())
            s.bindNull(3);
        else
            s.bind(3, decision.leftIds[std::min(i, decision.leftIds.size() - 1)]);
        if (decision.rightIds.empty())
            s.bindNull(4);
        else
            s.bind(4, decision.rightIds[std::min(i, decision.rightIds.size() - 1)]);
        s.bindText(5, decided);
        s.bindText(6, why);
        s.bindText(7, decided);
        s.bindText(8, note);
        s.bindText(9, user);
        s.bind(10, QDateTime::currentSecsSinceEpoch());
        if (auto ok = s.run(); !ok)
            return makeError(ok.error());
        s.reset();
    }
    QJsonObject items{{QStringLiteral("group"), group},
                      {QStringLiteral("left"), ids(decision.leftIds)},
                      {QStringLiteral("right"), ids(decision.rightIds)}};
    if (!released.value().isEmpty())
        items.insert(u"replaced", released.value());
    if (auto ok = audit(db,
                        std::string_view(decided) == "manual" ? "match" : "writeoff",
                        decision.reconciliation,
                        items,
                        decision.note,
                        decision.user,
                        explanation);
        !ok)
        return makeError(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return makeError(ok.error());
    return DecisionResult{group, released.value()};
}

} // namespace

Result<DecisionResult> matchManually(Database &db, const ManualDecision &decision)
{
    if (auto ok = validate(decision, true); !ok)
        return makeError(ok.error());
    return decide(db,
                  decision,
                  "manual",
                  tr("Matched by %1: %2").arg(decision.user, decision.note.trimmed()));
}

Result<DecisionResult> writeOff(Database &db, const ManualDecision &decision)
{
    if (auto ok = validate(decision, false); !ok)
        return makeError(ok.error());
    return decide(db,
                  decision,
                  "writeoff",
                  tr("Written off by %1: %2").arg(decision.user, decision.note.trimmed()));
}

Result<QJsonArray> unmatch(Database &db, qint64 groupId, const QString &note, const QString &user)
{
    // With an empty user this is a step inside another action (no own transaction or audit).
    const bool own = !user.isEmpty();
    if (own && note.trimmed().isEmpty())
        return makeError(tr("a note is required: say why"));
    std::optional<Transaction> transaction;
    if (own) {
        transaction.emplace(db);
        if (!transaction->began())
            return makeError(transaction->beginError());
    }
    auto select = db.prepare(
        "SELECT id, kind, group_id, left_id, right_id, rule, score, difference, currency,"
        " explanation, ruleset_version, run_id, decided, note, decided_by, created_at"
        " FROM recon_matches WHERE group_id = ? ORDER BY id");
    if (!select)
        return makeError(select.error());
    select.value().bind(1, groupId);
    QJsonArray rows;
    QString kind;
    while (select.value().step() == store::Statement::Step::Row) {
        auto &s = select.value();
        QJsonObject row;
        const char *names[] = {"id",
                               "kind",
                               "group_id",
                               "left_id",
                               "right_id",
                               "rule",
                               "score",
                               "difference",
                               "currency",
                               "explanation",
                               "ruleset_version",
                               "run_id",
                               "decided",
                               "note",
                               "decided_by",
                               "created_at"};
        for (int column = 0; column < 16; ++column) {
            const QString name = QLatin1String(names[column]);
            if (s.columnIsNull(column))
                row.insert(name, QJsonValue());
            else if (column == 6)
                row.insert(name, s.columnDouble(column));
            else if (column == 1 || column == 5 || (column >= 8 && column <= 9)
                     || (column >= 12 && column <= 14))
                row.insert(name, s.columnString(column));
            else
                row.insert(name, s.columnInt(column));
        }
        kind = row.value(u"kind").toString();
        rows.append(row);
    }
    if (rows.isEmpty())
        return makeError(tr("no match %1").arg(groupId));
    auto remove = db.prepare("DELETE FROM recon_matches WHERE group_id = ?");
    if (!remove)
        return makeError(remove.error());
    remove.value().bind(1, groupId);
    if (auto ok = remove.value().run(); !ok)
        return makeError(ok.error());
    if (own) {
        // The items are open again: list them as exceptions until the next run decides.
        // With what the exception list shows: amount, currency, date and reference of the item.
        auto insert = db.prepare(
            "INSERT INTO recon_exceptions (run_id, kind, reconciliation, side, item_id, currency,"
            " amount, item_date, reference, detail)"
            " SELECT coalesce((SELECT max(id) FROM recon_runs), 0), 'unmatched', ?1, ?2, ?3,"
            " f.currency, f.amount, f.day, f.reference, ?4 FROM ("
            "   SELECT upper(currency) AS currency, amount, date(coalesce(arrival_date, created), "
            "'unixepoch') AS day,"
            "          id AS reference FROM payouts WHERE ?2 = 'provider' AND ?1 != "
            "'charge_ledger' AND rowid = ?3"
            "   UNION ALL SELECT upper(currency), amount, date(created, 'unixepoch'), id FROM "
            "charges"
            "          WHERE ?2 = 'provider' AND ?1 = 'charge_ledger' AND rowid = ?3"
            "   UNION ALL SELECT currency, amount, booking_date,"
            "          coalesce(nullif(end_to_end_id, ''), substr(remittance, 1, 60), servicer_ref)"
            "          FROM bank_entries WHERE ?2 = 'bank' AND id = ?3"
            "   UNION ALL SELECT currency, amount, entry_date, reference FROM ledger_entries"
            "          WHERE ?2 = 'ledger' AND id = ?3) AS f");
        if (!insert)
            return makeError(insert.error());
        const std::string kindText = text(kind),
                          detail = text(tr("unmatched by %1: %2").arg(user, note.trimmed()));
        const std::string counterSide = kind == QLatin1String(kChargeLedger) ? "ledger" : "bank";
        QSet<QPair<QString, qint64>> seen;
        for (const auto &value : rows) {
            const QJsonObject row = value.toObject();
            for (const auto &[column, side] :
                 {std::pair<const char *, std::string>{"left_id", "provider"},
                  std::pair<const char *, std::string>{"right_id", counterSide}}) {
                const QJsonValue id = row.value(QLatin1String(column));
                if (id.isNull() || seen.contains({QString::fromStdString(side), id.toInteger()}))
                    continue;
                seen.insert({QString::fromStdString(side), id.toInteger()});
                auto &s = insert.value();
                s.bindText(1, kindText);
                s.bindText(2, side);
                s.bind(3, id.toInteger());
                s.bindText(4, detail);
                if (auto ok = s.run(); !ok)
                    return makeError(ok.error());
                s.reset();
            }
        }
        if (auto ok
            = audit(db,
                    "unmatch",
                    kind,
                    QJsonObject{{QStringLiteral("group"), groupId}, {QStringLiteral("rows"), rows}},
                    note,
                    user);
            !ok)
            return makeError(ok.error());
        if (auto ok = transaction->commit(); !ok)
            return makeError(ok.error());
    }
    return rows;
}

Result<void>
restoreMatch(Database &db, const QJsonArray &rows, const QString &note, const QString &user)
{
    if (rows.isEmpty())
        return makeError(tr("nothing to restore"));
    Transaction transaction(db);
    if (!transaction.began())
        return makeError(transaction.beginError());
    auto insert = db.prepare(
        "INSERT INTO recon_matches (kind, group_id, left_id, right_id, rule, score, difference,"
        " currency, explanation, ruleset_version, run_id, decided, note, decided_by, created_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    auto clear = db.prepare("DELETE FROM recon_exceptions WHERE reconciliation = ? AND item_id = ? "
                            "AND (side = 'provider') = ?");
    if (!insert)
        return makeError(insert.error());
    if (!clear)
        return makeError(clear.error());
    QString kind;
    for (const auto &value : rows) {
        const QJsonObject row = value.toObject();
        kind = row.value(u"kind").toString();
        const std::string kindText = text(kind), rule = text(row.value(u"rule").toString()),
                          currency = text(row.value(u"currency").toString()),
                          explanation = text(row.value(u"explanation").toString()),
                          decided = text(row.value(u"decided").toString()),
                          rowNote = text(row.value(u"note").toString()),
                          by = text(row.value(u"decided_by").toString());
        auto &s = insert.value();
        s.bindText(1, kindText);
        s.bind(2, row.value(u"group_id").toInteger());
        row.value(u"left_id").isNull() ? s.bindNull(3)
                                       : s.bind(3, row.value(u"left_id").toInteger());
        row.value(u"right_id").isNull() ? s.bindNull(4)
                                        : s.bind(4, row.value(u"right_id").toInteger());
        s.bindText(5, rule);
        s.bind(6, row.value(u"score").toDouble());
        s.bind(7, row.value(u"difference").toInteger());
        s.bindText(8, currency);
        s.bindText(9, explanation);
        s.bind(10, row.value(u"ruleset_version").toInteger());
        row.value(u"run_id").isNull() ? s.bindNull(11)
                                      : s.bind(11, row.value(u"run_id").toInteger());
        s.bindText(12, decided);
        s.bindText(13, rowNote);
        s.bindText(14, by);
        s.bind(15, row.value(u"created_at").toInteger());
        if (auto ok = s.run(); !ok)
            return makeError(ok.error());
        s.reset();
        for (const auto &[column, provider] :
             {std::pair<const char *, bool>{"left_id", true}, {"right_id", false}}) {
            const QJsonValue id = row.value(QLatin1String(column));
            if (id.isNull())
                continue;
            clear.value().bindText(1, kindText);
            clear.value().bind(2, id.toInteger());
            clear.value().bind(3, provider);
            if (auto ok = clear.value().run(); !ok)
                return makeError(ok.error());
            clear.value().reset();
        }
    }
    if (auto ok
        = audit(db, "restore", kind, QJsonObject{{QStringLiteral("rows"), rows}}, note, user);
        !ok)
        return makeError(ok.error());
    return transaction.commit();
}

} // namespace paydeck::reconcile
