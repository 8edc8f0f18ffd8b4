// exceptions, decide: working the exception list from scripts, as the Reconciliation screen does.
#include "cli_common.h"

#include "domain/money.h"
#include "reconcile/reconcile_service.h"
#include "store/store_writer.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace paydeck::cli {

namespace {

/// For people: in their locale, with the currency.
QString display(qint64 minor, const QString &currency)
{
    const auto code = Currency::fromCode(QStringView(currency));
    return code ? Money(minor, *code).format() : QString::number(minor) + u' ' + currency;
}

QJsonObject exceptionJson(const reconcile::ExceptionRow &row)
{
    return QJsonObject{{QStringLiteral("id"), row.id},
                       {QStringLiteral("kind"), row.kind},
                       {QStringLiteral("reconciliation"), row.reconciliation},
                       {QStringLiteral("side"), row.side},
                       {QStringLiteral("item_id"), row.itemId},
                       {QStringLiteral("reference"), row.reference},
                       {QStringLiteral("amount"), decimalText(row.amount, row.currency)},
                       {QStringLiteral("amount_minor"), row.amount},
                       {QStringLiteral("currency"), row.currency},
                       {QStringLiteral("item_date"), row.itemDate.toString(Qt::ISODate)},
                       {QStringLiteral("age_days"), row.ageDays},
                       {QStringLiteral("detail"), row.detail}};
}

QJsonArray candidatesJson(const QList<reconcile::CandidateRow> &candidates)
{
    QJsonArray out;
    for (const auto &c : candidates)
        out.append(
            QJsonObject{{QStringLiteral("item_id"), c.id},
                        {QStringLiteral("side"), c.side},
                        {QStringLiteral("reference"), c.reference},
                        {QStringLiteral("date"), c.date.toString(Qt::ISODate)},
                        {QStringLiteral("amount"), decimalText(c.amount, c.currency)},
                        {QStringLiteral("currency"), c.currency},
                        {QStringLiteral("difference"), decimalText(c.difference, c.currency)},
                        {QStringLiteral("day_distance"), c.dayDistance}});
    return out;
}

Result<reconcile::ExceptionRow> findException(reconcile::ReconcileService &service, qint64 id)
{
    auto rows = service.exceptions({}, QDate::currentDate());
    if (!rows)
        return makeError(rows.error());
    for (const auto &row : rows.value())
        if (row.id == id)
            return row;
    return makeError(tr("no open exception %1 (see `paydeck-cli exceptions`)").arg(id));
}

Result<std::vector<qint64>> idList(const QStringList &values, const char *option)
{
    std::vector<qint64> ids;
    for (const QString &value : values)
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return makeError(
                    tr("%1 takes item ids (numbers), got \"%2\"").arg(QLatin1String(option), part));
            ids.push_back(id);
        }
    return ids;
}

int printDecision(bool json, const QString &action, qint64 group)
{
    if (json)
        printOut(QJsonDocument(QJsonObject{{QStringLiteral("decision"), action},
                                           {QStringLiteral("group"), group}})
                     .toJson(QJsonDocument::Compact));
    else
        std::printf("%s\n",
                    qPrintable(tr("%1 recorded as group %2 (undo: paydeck-cli decide unmatch "
                                  "--group %2 --note TEXT)")
                                   .arg(action)
                                   .arg(group)));
    return 0;
}

} // namespace

int runExceptions(const QString &dataDir, Arguments &args)
{
    reconcile::ExceptionFilter filter;
    filter.kind = args.value(QStringLiteral("--kind")).value_or(QString());
    filter.reconciliation = args.value(QStringLiteral("--reconciliation")).value_or(QString());
    filter.search = args.value(QStringLiteral("--search")).value_or(QString());
    const bool withCandidates = args.flag(QStringLiteral("--candidates"));
    const bool json = args.flag(QStringLiteral("--json"));
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    auto opened = openReconciling(dataDir);
    if (!opened)
        return fail(opened.error());
    Reconciling &store = *opened.value();
    auto rows = store.service.exceptions(filter, QDate::currentDate());
    if (!rows)
        return fail(rows.error());
    QJsonArray list;
    for (const auto &row : rows.value()) {
        if (json) {
            QJsonObject object = exceptionJson(row);
            if (withCandidates) {
                auto candidates = store.service.candidates(row);
                if (!candidates)
                    return fail(candidates.error());
                object.insert(u"candidates", candidatesJson(candidates.value()));
            }
            list.append(object);
            continue;
        }
        std::printf("%6lld  %-16s %-20s %-8s %10s  %s  %3d days  %s — %s\n",
                    static_cast<long long>(row.id),
                    qPrintable(row.kind),
                    qPrintable(row.reconciliation),
                    qPrintable(row.side),
                    qPrintable(display(row.amount, row.currency)),
                    qPrintable(QLocale().toString(row.itemDate, QLocale::ShortFormat)),
                    row.ageDays,
                    qPrintable(row.reference),
                    qPrintable(row.detail));
    }
    if (json)
        printOut(QJsonDocument(list).toJson(QJsonDocument::Indented).trimmed());
    else
        std::printf("%s\n",
                    qPrintable(tr("%n open exception(s)", nullptr, int(rows.value().size()))));
    return 0;
}

int runDecide(const QString &dataDir, Arguments &args)
{
    const auto exception = args.value(QStringLiteral("--exception"));
    const QStringList with = args.values(QStringLiteral("--with"));
    const auto group = args.value(QStringLiteral("--group"));
    const auto note = args.value(QStringLiteral("--note"));
    const bool json = args.flag(QStringLiteral("--json"));
    const QStringList positional = args.positional(); // after the options, which take values
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    const QString action = positional.value(0);
    if (positional.size() != 1
        || (action != u"match" && action != u"unmatch" && action != u"write-off"))
        return fail(tr("usage: decide match --exception ID --with ITEM_ID[,…] --note TEXT | "
                       "decide write-off --exception ID --note TEXT | "
                       "decide unmatch --group G --note TEXT"),
                    2);
    // Every decision says why: it goes into the audit trail with who and when.
    if (!note || note->trimmed().isEmpty())
        return fail(tr("a decision needs --note TEXT (why; it is kept in the audit trail)"), 2);
    auto opened = openReconciling(dataDir);
    if (!opened)
        return fail(opened.error());
    Reconciling &store = *opened.value();
    const QString user = reconcile::currentUser();

    if (action == u"unmatch") {
        bool ok = false;
        const qint64 id = group ? group->toLongLong(&ok) : 0;
        if (!ok || id <= 0)
            return fail(tr("decide unmatch needs --group G (a match group number)"), 2);
        auto removed = store.service.unmatch(id, note->trimmed(), user);
        if (!removed)
            return fail(removed.error());
        return printDecision(json, tr("unmatch"), id);
    }

    bool ok = false;
    const qint64 exceptionId = exception ? exception->toLongLong(&ok) : 0;
    if (!ok || exceptionId <= 0)
        return fail(
            tr("decide %1 needs --exception ID (from `paydeck-cli exceptions`)").arg(action), 2);
    auto row = findException(store.service, exceptionId);
    if (!row)
        return fail(row.error());
    if (row.value().side == u"statement")
        return fail(tr("exception %1 is a statement's balance proof: correct the statement and "
                       "import it again")
                        .arg(exceptionId));
    reconcile::ManualDecision decision;
    decision.reconciliation = row.value().reconciliation;
    decision.note = note->trimmed();
    decision.user = user;
    std::vector<qint64> others;
    if (action == u"match") {
        auto ids = idList(with, "--with");
        if (!ids)
            return fail(ids.error(), 2);
        if (ids.value().empty())
            return fail(tr("decide match needs --with ITEM_ID (see `exceptions --candidates`)"), 2);
        others = ids.value();
    }
    const bool provider = row.value().side == u"provider";
    decision.leftIds = provider ? std::vector<qint64>{row.value().itemId} : others;
    decision.rightIds = provider ? others : std::vector<qint64>{row.value().itemId};
    auto decided = store.service.decide(action == u"match" ? reconcile::DecisionKind::Match
                                                           : reconcile::DecisionKind::WriteOff,
                                        decision);
    if (!decided)
        return fail(decided.error());
    return printDecision(json, action, decided.value().group);
}

} // namespace paydeck::cli
