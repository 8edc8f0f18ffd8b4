// The review queue from the command line. Every change names the version of the review it was
// made on (read just before), so two analysts cannot overwrite each other; a refund goes through
// the source's provider and asks for --yes first.

#include "cli_fraud_reviews.h"

#include "domain/money.h"
#include "fraud/fraud_monitor.h"
#include "fraud/fraud_refund.h"
#include "fraud/rule_lists.h"
#include "reconcile/reconcile_actions.h"
#include "secrets/secret_store.h"
#include "secrets/source_secrets.h"
#include "store/session.h"
#include "store/sources.h"
#include "store/store_writer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace paydeck::cli {

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString when(qint64 seconds)
{
    return seconds ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate)
                   : QString();
}

QJsonValue nullable(const std::string &text)
{
    return text.empty() ? QJsonValue() : QJsonValue(q(text));
}

QJsonObject reviewJson(const store::FraudReview &r)
{
    const QString currency = q(r.currency).toUpper();
    return QJsonObject{
        {QStringLiteral("charge"), q(r.charge)},
        {QStringLiteral("source_id"), r.sourceId},
        {QStringLiteral("created"), when(r.created)},
        {QStringLiteral("amount"), decimalText(r.amount, currency)},
        {QStringLiteral("amount_minor"), r.amount},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("declined"), r.declined},
        {QStringLiteral("score"), r.score},
        {QStringLiteral("action"), q(r.action)},
        {QStringLiteral("rule"), nullable(r.rule)},
        {QStringLiteral("reasons"),
         QJsonDocument::fromJson(QByteArray::fromStdString(r.reasons)).array()},
        {QStringLiteral("card"), nullable(r.cardFingerprint)},
        {QStringLiteral("card_last4"), nullable(r.cardLast4)},
        {QStringLiteral("email"), nullable(r.email)},
        {QStringLiteral("ip"), nullable(r.ip)},
        {QStringLiteral("customer"), nullable(r.customer)},
        {QStringLiteral("status"), q(r.status)},
        {QStringLiteral("assignee"), nullable(r.assignee)},
        {QStringLiteral("decided_by"), nullable(r.decidedBy)},
        {QStringLiteral("decided_at"), r.decidedAt ? QJsonValue(when(r.decidedAt)) : QJsonValue()},
        {QStringLiteral("note"), nullable(r.note)},
        {QStringLiteral("refund"), nullable(r.refund)},
        {QStringLiteral("version"), r.version}};
}

QString firstReason(const store::FraudReview &r)
{
    const QJsonArray reasons
        = QJsonDocument::fromJson(QByteArray::fromStdString(r.reasons)).array();
    return reasons.isEmpty() ? QString()
                             : reasons.first().toObject().value(QStringLiteral("text")).toString();
}

void printReview(const store::FraudReview &r)
{
    const QString currency = q(r.currency).toUpper();
    std::printf("%s  %3d  %-6s  %-10s  %s %s  %s  %s\n",
                qPrintable(q(r.charge)),
                r.score,
                r.action.c_str(),
                r.status.c_str(),
                qPrintable(decimalText(r.amount, currency)),
                qPrintable(currency),
                qPrintable(r.assignee.empty() ? QStringLiteral("-") : q(r.assignee)),
                qPrintable(firstReason(r)));
}

QString usage()
{
    return tr("usage: fraud reviews [--status open|approved|fraudulent|needs_info|all] "
              "[--assignee NAME] [--json]\n"
              "       fraud review CHARGE [--json]\n"
              "       fraud assign CHARGE [--to NAME] [--user NAME]\n"
              "       fraud decide CHARGE approved|fraudulent|needs_info [--note TEXT] "
              "[--user NAME]\n"
              "       fraud note CHARGE TEXT [--user NAME]\n"
              "       fraud undo CHARGE [--user NAME]\n"
              "       fraud refund CHARGE [--note TEXT] [--user NAME] --yes\n"
              "       fraud list-add LIST VALUE [--user NAME]\n"
              "       fraud block card:FP|email:E|ip:IP [--user NAME]");
}

int listReviews(store::Session &session, Arguments &args)
{
    const auto status = args.value(QStringLiteral("--status"));
    const auto assignee = args.value(QStringLiteral("--assignee"));
    const bool json = args.flag(QStringLiteral("--json"));
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    if (!args.positional().isEmpty())
        return fail(usage(), 2);
    store::ReviewQuery query;
    const QString wanted = status.value_or(QStringLiteral("open"));
    if (wanted != u"all")
        query.statuses.push_back(wanted.toStdString());
    query.assignee = assignee.value_or(QString()).toStdString();
    query.limit = 100000;
    auto reviews = session.fraud().reviews(query);
    if (!reviews)
        return fail(reviews.error());
    if (json) {
        QJsonArray out;
        for (const store::FraudReview &r : reviews.value())
            out.append(reviewJson(r));
        printOut(QJsonDocument(QJsonObject{{QStringLiteral("reviews"), out}})
                     .toJson(QJsonDocument::Indented)
                     .trimmed());
        return 0;
    }
    for (const store::FraudReview &r : reviews.value())
        printReview(r);
    printOut(tr("%n review(s)", nullptr, int(reviews.value().size())).toUtf8());
    return 0;
}

/// The one review of `charge` (a charge id known to two sources needs --source).
Result<store::FraudReview> findReview(store::Session &session, const QString &charge)
{
    auto found = session.fraud().reviewsOfCharge(charge.toStdString());
    if (!found)
        return makeError(found.error());
    if (found.value().empty())
        return makeError(tr("%1 is not in the review queue").arg(charge));
    if (found.value().size() > 1)
        return makeError(tr("%1 is queued from %2 sources; Paydeck cannot tell which is meant")
                             .arg(charge)
                             .arg(found.value().size()));
    return found.value().front();
}

int showReview(store::Session &session, const QString &charge, bool json)
{
    auto review = findReview(session, charge);
    if (!review)
        return fail(review.error());
    auto history = session.fraud().reviewHistory(review.value().sourceId, review.value().charge);
    if (!history)
        return fail(history.error());
    if (json) {
        QJsonArray events;
        for (const store::ReviewEvent &e : history.value())
            events.append(QJsonObject{{QStringLiteral("at"), when(e.at)},
                                      {QStringLiteral("who"), q(e.who)},
                                      {QStringLiteral("kind"), q(e.kind)},
                                      {QStringLiteral("status_before"), nullable(e.statusBefore)},
                                      {QStringLiteral("status_after"), nullable(e.statusAfter)},
                                      {QStringLiteral("note"), nullable(e.note)}});
        QJsonObject out = reviewJson(review.value());
        out.insert(QStringLiteral("history"), events);
        printOut(QJsonDocument(out).toJson(QJsonDocument::Indented).trimmed());
        return 0;
    }
    printReview(review.value());
    for (const store::ReviewEvent &e : history.value())
        std::printf(
            "  %s  %s  %s%s\n",
            qPrintable(when(e.at)),
            qPrintable(q(e.who)),
            qPrintable(q(e.kind)
                       + (e.statusAfter != e.statusBefore ? QStringLiteral(" → ") + q(e.statusAfter)
                                                          : QString())),
            qPrintable(e.note.empty() ? QString() : QStringLiteral("  ") + q(e.note)));
    return 0;
}

/// Applies a change on the version just read, through the writer.
int changeReview(const QString &dataDir, const QString &charge, store::ReviewChange change)
{
    CommandWriter command(dataDir);
    if (!command.started)
        return fail(command.started.error());
    store::FraudReview after;
    auto done = runWriterJob(
        command.writer,
        [&](store::Session &session) -> Result<void> {
            auto review = findReview(session, charge);
            if (!review)
                return makeError(review.error());
            change.sourceId = review.value().sourceId;
            change.charge = review.value().charge;
            change.expectedVersion = review.value().version;
            auto changed = session.fraud().changeReview(change);
            if (!changed)
                return makeError(changed.error());
            after = changed.value();
            return {};
        },
        store::ChangeSet::FraudReviews);
    if (!done)
        return fail(done.error());
    printOut(
        tr("%1: %2%3")
            .arg(charge,
                 q(after.status),
                 after.assignee.empty() ? QString() : tr(", assigned to %1").arg(q(after.assignee)))
            .toUtf8());
    return 0;
}

int refund(const QString &dataDir,
           const QString &charge,
           const QString &who,
           const QString &note,
           bool confirmed)
{
    auto session = store::openSession(storePath(dataDir), store::Access::ReadOnly);
    if (!session)
        return fail(session.error());
    auto review = findReview(*session.value(), charge);
    if (!review)
        return fail(review.error());
    std::optional<store::SourceConfig> source;
    for (const store::SourceConfig &s : session.value()->sources().all())
        if (s.id == review.value().sourceId)
            source = s;
    if (!source)
        return fail(tr("the source of %1 is not configured any more").arg(charge));
    const QString currency = q(review.value().currency).toUpper();
    if (!confirmed)
        return fail(
            tr("this refunds %1 (%2 %3) as fraudulent at \"%4\" — the customer gets the "
               "money back and the provider cannot take it back; run again with --yes")
                .arg(charge, decimalText(review.value().amount, currency), currency, source->name),
            2);
    if (auto kept = secrets::loadSecrets(*secretStore(dataDir), *source); !kept)
        return fail(kept.error());
    CommandWriter command(dataDir);
    if (!command.started)
        return fail(command.started.error());
    fraud::FraudRefund refunder(*source, &command.writer);
    QEventLoop loop;
    QString refundId, error;
    QObject::connect(
        &refunder,
        &fraud::FraudRefund::finished,
        &loop,
        [&](const QString &id, const QString &problem) {
            refundId = id;
            error = problem;
            loop.quit();
        },
        Qt::QueuedConnection);
    refunder.start(review.value(), who, note);
    loop.exec();
    if (!error.isEmpty())
        return fail(error);
    printOut(tr("%1 refunded as fraudulent: %2 (the next sync brings the refund)")
                 .arg(charge, refundId)
                 .toUtf8());
    return 0;
}

/// Saves the rules in force as changed by `edit`, as a new version by `who`.
int editRules(const QString &dataDir,
              const std::function<Result<QString>(const QString &)> &edit,
              const QString &who,
              const QString &what)
{
    CommandWriter command(dataDir);
    if (!command.started)
        return fail(command.started.error());
    int version = 0;
    auto done = runWriterJob(
        command.writer,
        [&](store::Session &session) -> Result<void> {
            auto active = session.fraud().activeRules();
            if (!active)
                return makeError(active.error());
            auto changed
                = edit(active.value() ? active.value()->text : fraud::FraudRuleSet::defaultText());
            if (!changed)
                return makeError(changed.error());
            auto saved = session.fraud().saveRules(changed.value(), who);
            if (!saved)
                return makeError(saved.error());
            version = saved.value();
            return {};
        },
        store::ChangeSet::FraudRules);
    if (!done)
        return fail(done.error());
    printOut(tr("%1: rules version %2 in force").arg(what).arg(version).toUtf8());
    return 0;
}

} // namespace

int runFraudReviews(const QString &dataDir, const QString &verb, Arguments &args)
{
    if (verb == u"reviews") {
        auto session = store::openSession(storePath(dataDir), store::Access::ReadOnly);
        if (!session)
            return fail(session.error());
        return listReviews(*session.value(), args);
    }
    const auto user = args.value(QStringLiteral("--user"));
    const auto note = args.value(QStringLiteral("--note"));
    const auto to = args.value(QStringLiteral("--to"));
    const bool json = args.flag(QStringLiteral("--json"));
    const bool yes = args.flag(QStringLiteral("--yes"));
    const QStringList words = args.positional();
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    const QString who = user.value_or(reconcile::currentUser());
    const QString charge = words.value(0);
    if (verb == u"list-add" && words.size() == 2)
        return editRules(
            dataDir,
            [&](const QString &text) { return fraud::addToList(text, words[0], words[1]); },
            who,
            tr("%1 in list %2").arg(words[1], words[0]));
    if (verb == u"block" && words.size() == 1 && words[0].contains(u':')) {
        const QString kind = words[0].section(u':', 0, 0);
        const QString value = words[0].section(u':', 1);
        return editRules(
            dataDir,
            [&](const QString &text) { return fraud::blockEntity(text, kind, value); },
            who,
            tr("%1 blocked").arg(value));
    }
    if (charge.isEmpty())
        return fail(usage(), 2);
    if (verb == u"review" && words.size() == 1) {
        auto session = store::openSession(storePath(dataDir), store::Access::ReadOnly);
        if (!session)
            return fail(session.error());
        return showReview(*session.value(), charge, json);
    }
    if (verb == u"refund" && words.size() == 1)
        return refund(dataDir, charge, who, note.value_or(QString()), yes);
    store::ReviewChange change;
    change.who = who.toStdString();
    change.note = note.value_or(QString()).toStdString();
    if (verb == u"assign" && words.size() == 1) {
        change.kind = "assigned";
        change.assignee = to.value_or(who).toStdString();
    } else if (verb == u"decide" && words.size() == 2) {
        change.kind = "decided";
        change.status = words[1].toStdString();
    } else if (verb == u"note" && words.size() == 2) {
        change.kind = "noted";
        change.note = words[1].toStdString();
    } else if (verb == u"undo" && words.size() == 1) {
        change.kind = "undone";
    } else {
        return fail(usage(), 2);
    }
    return changeReview(dataDir, charge, std::move(change));
}

FraudMonitoring::FraudMonitoring(const QString &storePath,
                                 store::StoreWriter &writer,
                                 std::optional<fraud::MetadataKeys> keys,
                                 QThread::Priority priority)
    : writer(writer)
{
    thread.setObjectName(QStringLiteral("fraud"));
    monitor = new fraud::FraudMonitor(storePath, &writer, std::move(keys));
    monitor->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, monitor, &QObject::deleteLater);
    QObject::connect(&writer,
                     &store::StoreWriter::committed,
                     monitor,
                     &fraud::FraudMonitor::applyChange,
                     Qt::QueuedConnection);
    QObject::connect(monitor, &fraud::FraudMonitor::failed, monitor, [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("fraud scoring: %1").arg(message)));
    });
    thread.start(priority);
    QMetaObject::invokeMethod(monitor, &fraud::FraudMonitor::start, Qt::QueuedConnection);
}

FraudMonitoring::~FraudMonitoring()
{
    // What was committed is scored before the thread ends: the commits' calls are queued before
    // the settling (which scores what a backfill brought), and the queue jobs are flushed after.
    writer.flush();
    QMetaObject::invokeMethod(monitor, &fraud::FraudMonitor::settle, Qt::BlockingQueuedConnection);
    writer.flush();
    thread.quit();
    thread.wait();
}

} // namespace paydeck::cli
