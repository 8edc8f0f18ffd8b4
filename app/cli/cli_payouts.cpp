// `paydeck-cli payouts`: where each payout's money stands — expected at the bank, arrived,
// arrived with another amount, late or missing — and `alerts check`, which judges every rule
// once (for a scheduler that runs Paydeck now and then instead of `serve`).
#include "cli_common.h"
#include "cli_serve_alerts.h"

#include "alerts/alert_service.h"
#include "domain/money.h"
#include "reconcile/payout_calendar.h"
#include "store/operations_repository.h"
#include "store/session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paydeck::cli {

namespace {

bool isStateName(const QString &name)
{
    for (int s = 0; s <= int(reconcile::ArrivalState::Unverifiable); ++s)
        if (name == QLatin1String(reconcile::arrivalStateName(reconcile::ArrivalState(s))))
            return true;
    return false;
}

QJsonValue dayJson(QDate day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject payoutJson(const reconcile::ExpectedPayout &e)
{
    const QString &currency = e.payout.currency;
    QJsonObject row{{u"payout"_qs, e.payout.id},
                    {u"source_id"_qs, e.payout.sourceId},
                    {u"currency"_qs, e.payout.currency},
                    {u"amount"_qs, decimalText(e.payout.amount, currency)},
                    {u"amount_minor"_qs, QString::number(e.payout.amount)},
                    {u"arrival_date"_qs, dayJson(e.payout.arrival)},
                    {u"expected_on"_qs, dayJson(e.expected)},
                    {u"due_by"_qs, dayJson(e.latest)},
                    {u"state"_qs, QLatin1String(reconcile::arrivalStateName(e.state))},
                    {u"lag_business_days"_qs, QJsonValue()}};
    row.insert(u"lag_business_days"_qs,
               QJsonObject{{u"typical"_qs, e.lag.typical},
                           {u"latest"_qs, e.lag.latest},
                           {u"learned_from"_qs, e.lag.samples}});
    if (e.businessDaysOverdue > 0)
        row.insert(u"business_days_overdue"_qs, e.businessDaysOverdue);
    if (e.arrival) {
        row.insert(u"booked_on"_qs, dayJson(e.arrival->booked));
        row.insert(u"account"_qs, e.arrival->account);
        row.insert(u"difference"_qs, decimalText(e.arrival->difference, currency));
        row.insert(u"difference_minor"_qs, QString::number(e.arrival->difference));
    }
    return row;
}

} // namespace

int runPayouts(const QString &dataDir, Arguments &args)
{
    const bool json = args.flag(u"--json"_qs);
    const auto stateFilter = args.value(u"--state"_qs);
    const auto todayText = args.value(u"--today"_qs);
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    if (stateFilter && !isStateName(*stateFilter))
        return fail(tr("--state: one of expected, arrived, amount_differs, late, missing, "
                       "written_off, unverifiable"),
                    2);
    const QDate today = todayText ? QDate::fromString(*todayText, Qt::ISODate)
                                  : QDateTime::currentDateTimeUtc().date();
    if (!today.isValid())
        return fail(tr("--today: a day as YYYY-MM-DD"), 2);
    auto calendar = reconcile::loadHolidayCalendar(dataDir);
    if (!calendar)
        return fail(calendar.error());
    auto session = store::openSession(storePath(dataDir), store::Access::ReadOnly);
    if (!session)
        return fail(session.error());
    auto inputs = session.value()->operations().payoutArrivals();
    if (!inputs)
        return fail(inputs.error());
    const auto payouts = reconcile::expectPayouts(inputs.value(), calendar.value(), today);
    QJsonArray rows;
    for (const reconcile::ExpectedPayout &e : payouts)
        if (!stateFilter || *stateFilter == QLatin1String(reconcile::arrivalStateName(e.state)))
            rows.append(payoutJson(e));
    if (json) {
        const reconcile::ArrivalCounts c = reconcile::countArrivals(payouts);
        const QJsonObject counts{{u"expected"_qs, c.expected},
                                 {u"arrived"_qs, c.arrived},
                                 {u"amount_differs"_qs, c.amountDiffers},
                                 {u"late"_qs, c.late},
                                 {u"missing"_qs, c.missing},
                                 {u"written_off"_qs, c.writtenOff},
                                 {u"unverifiable"_qs, c.unverifiable}};
        printOut(QJsonDocument(QJsonObject{{u"today"_qs, today.toString(Qt::ISODate)},
                                           {u"counts"_qs, counts},
                                           {u"payouts"_qs, rows}})
                     .toJson(QJsonDocument::Indented)
                     .trimmed());
        return 0;
    }
    for (const QJsonValue &value : rows) {
        const QJsonObject r = value.toObject();
        printOut(QStringLiteral("%1  %2 %3  arrival %4  expected %5  %6")
                     .arg(r[u"payout"_qs].toString().leftJustified(30),
                          r[u"amount"_qs].toString().rightJustified(14),
                          r[u"currency"_qs].toString(),
                          r[u"arrival_date"_qs].toString(),
                          r[u"expected_on"_qs].toString(),
                          r[u"state"_qs].toString())
                     .toUtf8());
    }
    return 0;
}

int checkAlerts(const QString &dataDir, Arguments &args)
{
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    auto calendar = reconcile::loadHolidayCalendar(dataDir);
    if (!calendar)
        return fail(calendar.error());
    store::StoreWriter writer(storePath(dataDir));
    if (auto started = writer.start(); !started)
        return fail(started.error());
    QString problem;
    int firing = 0;
    {
        alerts::AlertService service(storePath(dataDir), &writer);
        service.setHolidayCalendar(std::move(calendar).value());
        QObject::connect(&service, &alerts::AlertService::failed, [&](const QString &message) {
            problem = message;
        });
        QObject::connect(
            &service, &alerts::AlertService::evaluated, [&](const alerts::AlertSnapshot &snapshot) {
                firing = snapshot.firing();
            });
        service.start(); // judges every rule once and keeps the states through the writer
        writer.flush();
    }
    writer.stop();
    if (!problem.isEmpty())
        return fail(problem);
    printOut(tr("%n alert(s) firing", nullptr, firing).toUtf8());
    return 0;
}

} // namespace paydeck::cli
