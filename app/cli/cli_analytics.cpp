#include "cli_common.h"

#include "analytics/analytics_feed.h"
#include "analytics/figures.h"
#include "domain/money.h"
#include "fx/fx_import.h"
#include "store/session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <map>

namespace paydeck::cli {

namespace {

using analytics::Dimension;

struct Request
{
    QDate from, to; // inclusive, UTC days
    std::optional<Currency> reporting;
    std::optional<Dimension> by;
    QString byName;
    bool json = false;
};

std::optional<Dimension> dimensionNamed(const QString &name)
{
    static const std::map<QString, Dimension> names{{u"currency"_qs, Dimension::Currency},
                                                    {u"method"_qs, Dimension::Method},
                                                    {u"country"_qs, Dimension::Country},
                                                    {u"decline_code"_qs, Dimension::Detail},
                                                    {u"day"_qs, Dimension::Day},
                                                    {u"hour"_qs, Dimension::Hour},
                                                    {u"source"_qs, Dimension::Source}};
    const auto found = names.find(name);
    if (found == names.end())
        return std::nullopt;
    return found->second;
}

qint64 startOf(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

QString decimal(qint64 minor, const std::string &currency)
{
    return decimalText(minor, QString::fromStdString(currency).toUpper());
}

QJsonValue rate(const std::optional<double> &value)
{
    return value ? QJsonValue(QString::number(*value, 'f', 4)) : QJsonValue();
}

/// Charges per group: counts by outcome and the volume taken, per currency.
struct GroupFigures
{
    qint64 charges = 0, taken = 0, declined = 0;
    std::map<std::string, qint64> volume;
};

std::map<std::string, GroupFigures>
breakdown(const analytics::AnalyticsEngine &engine, qint64 from, qint64 to, Dimension by)
{
    using analytics::Outcome;
    std::map<std::string, GroupFigures> groups;
    analytics::Filter filter;
    filter.from = from;
    filter.to = to;
    filter.kind = analytics::Kind::Charge;
    for (const Outcome outcome : {Outcome::Succeeded,
                                  Outcome::Refunded,
                                  Outcome::Disputed,
                                  Outcome::Declined,
                                  Outcome::Pending}) {
        // Decline codes are the declined charges' reasons: grouped among those only.
        if (by == Dimension::Detail && outcome != Outcome::Declined)
            continue;
        filter.outcome = outcome;
        for (const analytics::Cell &cell : engine.aggregate(filter, by)) {
            GroupFigures &group = groups[cell.group];
            group.charges += cell.totals.count;
            if (outcome == Outcome::Declined) {
                group.declined += cell.totals.count;
            } else if (outcome != Outcome::Pending) {
                group.taken += cell.totals.count;
                group.volume[cell.currency] += cell.totals.amount;
            }
        }
    }
    return groups;
}

QJsonObject figuresJson(const analytics::Figures &figures)
{
    QJsonArray currencies;
    for (const auto &f : figures.perCurrency) {
        QJsonObject c{{u"currency"_qs, QString::fromStdString(f.currency).toUpper()},
                      {u"gross_volume"_qs, decimal(f.grossVolume, f.currency)},
                      {u"refunded"_qs, decimal(f.refundedAmount, f.currency)},
                      {u"disputed"_qs, decimal(f.disputedAmount, f.currency)},
                      {u"fees"_qs, decimal(f.fees, f.currency)},
                      {u"net"_qs, decimal(f.net, f.currency)},
                      {u"payouts_paid"_qs, decimal(f.payoutsPaid, f.currency)},
                      {u"payouts_pending"_qs, decimal(f.payoutsPending, f.currency)},
                      {u"charges"_qs, f.charges},
                      {u"taken"_qs, f.taken},
                      {u"declined"_qs, f.declined},
                      {u"pending"_qs, f.pending},
                      {u"refunds"_qs, f.refunds},
                      {u"disputes"_qs, f.disputes}};
        currencies.append(c);
    }
    return QJsonObject{{u"charges"_qs, figures.charges},
                       {u"taken"_qs, figures.taken},
                       {u"declined"_qs, figures.declined},
                       {u"refunds"_qs, figures.refunds},
                       {u"disputes"_qs, figures.disputes},
                       {u"success_rate"_qs, rate(figures.successRate())},
                       {u"dispute_rate"_qs, rate(figures.disputeRate())},
                       {u"per_currency"_qs, currencies}};
}

QJsonObject reportingJson(const analytics::ReportingFigures &r)
{
    const auto money = [&](qint64 minor) {
        return Money(minor, r.currency).toDecimalString();
    };
    return QJsonObject{{u"currency"_qs, r.currency.code()},
                       {u"gross_volume"_qs, money(r.grossVolume)},
                       {u"refunded"_qs, money(r.refundedAmount)},
                       {u"fees"_qs, money(r.fees)},
                       {u"net"_qs, money(r.net)},
                       {u"without_rate"_qs, QJsonArray::fromStringList(r.withoutRate)},
                       {u"rates"_qs, QJsonArray::fromStringList(r.provenance)}};
}

QJsonArray breakdownJson(const std::map<std::string, GroupFigures> &groups)
{
    QJsonArray rows;
    for (const auto &[name, g] : groups) {
        QJsonArray volume;
        for (const auto &[currency, amount] : g.volume)
            volume.append(QJsonObject{{u"currency"_qs, QString::fromStdString(currency).toUpper()},
                                      {u"amount"_qs, decimal(amount, currency)}});
        const qint64 decided = g.taken + g.declined;
        rows.append(
            QJsonObject{{u"group"_qs, QString::fromStdString(name)},
                        {u"charges"_qs, g.charges},
                        {u"taken"_qs, g.taken},
                        {u"declined"_qs, g.declined},
                        {u"success_rate"_qs,
                         rate(decided ? std::optional<double>(double(g.taken) / double(decided))
                                      : std::nullopt)},
                        {u"volume"_qs, volume}});
    }
    return rows;
}

void printText(const Request &request,
               const analytics::Figures &figures,
               const std::optional<analytics::ReportingFigures> &reporting,
               const std::map<std::string, GroupFigures> &groups)
{
    const QLocale locale;
    std::printf(
        "%s\n",
        qPrintable(tr("%1 to %2 (UTC): %3 charges, %4 taken, %5 declined; success rate "
                      "%6; %7 refunds, %8 disputes")
                       .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate))
                       .arg(figures.charges)
                       .arg(figures.taken)
                       .arg(figures.declined)
                       .arg(figures.successRate()
                                ? locale.toString(*figures.successRate() * 100, 'f', 1) + u'%'
                                : tr("n/a"))
                       .arg(figures.refunds)
                       .arg(figures.disputes)));
    for (const auto &f : figures.perCurrency) {
        const auto currency = Currency::fromCode(f.currency);
        const auto money = [&](qint64 minor) {
            return currency ? Money(minor, *currency).format(locale) : decimal(minor, f.currency);
        };
        std::printf("  %s\n",
                    qPrintable(tr("%1: volume %2, refunded %3, fees %4, net %5, payouts paid %6")
                                   .arg(QString::fromStdString(f.currency).toUpper(),
                                        money(f.grossVolume),
                                        money(f.refundedAmount),
                                        money(f.fees),
                                        money(f.net),
                                        money(f.payoutsPaid))));
    }
    if (reporting) {
        const auto money = [&](qint64 minor) {
            return Money(minor, reporting->currency).format(locale);
        };
        std::printf("%s\n",
                    qPrintable(tr("in %1: volume %2, refunded %3, fees %4, net %5")
                                   .arg(reporting->currency.code(),
                                        money(reporting->grossVolume),
                                        money(reporting->refundedAmount),
                                        money(reporting->fees),
                                        money(reporting->net))));
        if (!reporting->withoutRate.isEmpty())
            std::printf("  %s\n",
                        qPrintable(tr("not included (no exchange rate): %1")
                                       .arg(reporting->withoutRate.join(u", "))));
        for (const QString &line : reporting->provenance)
            std::printf("  %s\n", qPrintable(tr("rates: %1").arg(line)));
    }
    for (const auto &[name, g] : groups) {
        const qint64 decided = g.taken + g.declined;
        std::printf(
            "  %-24s %s\n",
            name.empty() ? "(none)" : name.c_str(),
            qPrintable(tr("%1 charges, %2 taken, %3 declined, success %4")
                           .arg(g.charges)
                           .arg(g.taken)
                           .arg(g.declined)
                           .arg(decided ? locale.toString(
                                              100.0 * double(g.taken) / double(decided), 'f', 1)
                                              + u'%'
                                        : tr("n/a"))));
    }
}

std::variant<Request, int> parse(Arguments &args)
{
    Request request;
    const auto from = args.value(QStringLiteral("--from"));
    const auto to = args.value(QStringLiteral("--to"));
    const auto currency = args.value(QStringLiteral("--currency"));
    const auto by = args.value(QStringLiteral("--by"));
    request.json = args.flag(QStringLiteral("--json"));
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    const auto days = dayRange(from, to, 30);
    if (!days)
        return fail(days.error(), 2);
    request.from = days.value().from;
    request.to = days.value().to;
    if (currency) {
        request.reporting = Currency::fromCode(QStringView(*currency));
        if (!request.reporting)
            return fail(tr("--currency: \"%1\" is not an ISO 4217 currency").arg(*currency), 2);
    }
    if (by) {
        request.by = dimensionNamed(*by);
        request.byName = *by;
        if (!request.by)
            return fail(tr("--by is one of currency, method, country, decline_code, day, hour, "
                           "source; not \"%1\"")
                            .arg(*by),
                        2);
    }
    return request;
}

} // namespace

/// `analytics [--from D] [--to D] [--currency CUR] [--by DIM] [--json]`: the figures the
/// Analytics screen shows, from the same engine.
int runAnalytics(const QString &dataDir, Arguments &args)
{
    auto parsed = parse(args);
    if (const int *code = std::get_if<int>(&parsed))
        return *code;
    const Request &request = std::get<Request>(parsed);
    auto session = store::openSession(storePath(dataDir), store::Access::ReadOnly);
    if (!session)
        return fail(session.error());
    analytics::AnalyticsEngine engine;
    if (auto built = analytics::rebuildFromStore(*session.value(), engine); !built)
        return fail(built.error());
    const qint64 from = startOf(request.from);
    const qint64 to = startOf(request.to.addDays(1));
    const analytics::Figures figures = analytics::computeFigures(engine, from, to);
    std::optional<analytics::ReportingFigures> reporting;
    if (request.reporting) {
        auto rates = fx::loadFxTable(*session.value());
        if (!rates)
            return fail(rates.error());
        reporting
            = analytics::reportingFigures(engine, from, to, rates.value(), *request.reporting);
    }
    std::map<std::string, GroupFigures> groups;
    if (request.by)
        groups = breakdown(engine, from, to, *request.by);
    if (!request.json) {
        printText(request, figures, reporting, groups);
        return 0;
    }
    QJsonObject out = figuresJson(figures);
    out.insert(u"from"_qs, request.from.toString(Qt::ISODate));
    out.insert(u"to"_qs, request.to.toString(Qt::ISODate));
    out.insert(u"days_in"_qs, u"UTC"_qs);
    if (reporting)
        out.insert(u"reporting"_qs, reportingJson(*reporting));
    if (request.by)
        out.insert(u"breakdown"_qs,
                   QJsonObject{{u"by"_qs, request.byName}, {u"rows"_qs, breakdownJson(groups)}});
    printOut(QJsonDocument(out).toJson(QJsonDocument::Indented).trimmed());
    return 0;
}

} // namespace paydeck::cli
