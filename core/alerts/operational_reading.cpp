#include "operational_reading.h"

#include "store/session.h"

#include <QDateTime>

#include <algorithm>

namespace paydeck::alerts {

namespace {

bool sourceMatches(const AlertRule &rule, qint64 sourceId)
{
    return rule.filter.sourceId == 0 || rule.filter.sourceId == sourceId;
}

/// The worst of the matching sources by `measure` (nullopt where it says there is nothing to
/// measure); nullopt when none has a value.
template<typename Measure>
std::optional<double> worstSource(const AlertRule &rule, const OperationalView &view, Measure m)
{
    std::optional<double> worst;
    for (const store::SourceOperations &source : view.state.sources) {
        if (!sourceMatches(rule, source.sourceId))
            continue;
        if (const std::optional<double> value = m(source))
            worst = std::max(worst.value_or(*value), *value);
    }
    return worst;
}

template<typename Measure>
double sumSources(const AlertRule &rule, const OperationalView &view, Measure m)
{
    double sum = 0;
    for (const store::SourceOperations &source : view.state.sources)
        if (sourceMatches(rule, source.sourceId))
            sum += m(source);
    return sum;
}

std::optional<double> unmatched(const AlertRule &rule, const OperationalView &view, bool amount)
{
    double sum = 0;
    for (const store::UnmatchedMoney &money : view.state.unmatchedBank)
        if (rule.filter.currency.isEmpty() || rule.filter.currency == money.currency)
            sum += amount ? double(money.amount) : double(money.lines);
    return sum;
}

std::optional<double> valueOf(const AlertRule &rule, const OperationalView &view, qint64 at)
{
    using Source = store::SourceOperations;
    const reconcile::ArrivalCounts payouts
        = reconcile::countArrivals(view.payouts, rule.filter.currency, rule.filter.sourceId);
    switch (rule.metric) {
    case Metric::SyncLag:
        return worstSource(rule, view, [at](const Source &s) -> std::optional<double> {
            if (s.lastSuccess <= 0)
                return std::nullopt; // never synced: nothing lags yet
            return double(std::max<qint64>(0, at - s.lastSuccess));
        });
    case Metric::SourceFailing:
        return sumSources(rule, view, [](const Source &s) { return s.failing ? 1.0 : 0.0; });
    case Metric::WebhookSilence:
        // Silence is news only while events happen that webhooks should have brought.
        return worstSource(rule, view, [at](const Source &s) -> std::optional<double> {
            if (!s.webhooksConfigured || s.lastWebhook <= 0)
                return std::nullopt;
            return s.polledSinceWebhook > 0 ? double(std::max<qint64>(0, at - s.lastWebhook)) : 0.0;
        });
    case Metric::EndpointErrorRate:
        return worstSource(rule, view, [](const Source &s) -> std::optional<double> {
            return s.endpoints > 0 ? std::optional<double>(s.errorRate) : std::nullopt;
        });
    case Metric::BreakersOpen:
        return sumSources(rule, view, [](const Source &s) { return double(s.breakersOpen); });
    case Metric::UnmatchedBankAmount:
        return unmatched(rule, view, true);
    case Metric::UnmatchedBankLines:
        return unmatched(rule, view, false);
    case Metric::OpenExceptions:
        return double(view.state.openExceptions);
    case Metric::PayoutsLate:
        return double(payouts.late);
    case Metric::PayoutsMissing:
        return double(payouts.missing);
    case Metric::PayoutAmountDiffers:
        return double(payouts.amountDiffers);
    case Metric::FraudReviewsOpen:
        return double(view.state.openFraudReviews);
    case Metric::FraudBlocked:
        return double(view.state.fraudBlockedLastHour);
    case Metric::FraudMaxScore:
        return double(view.state.fraudMaxScoreLastHour);
    case Metric::FraudCardTesting:
        return double(view.state.cardTestingLastHour);
    default:
        return std::nullopt;
    }
}

} // namespace

Result<OperationalView>
readOperationalView(store::Session &session, const reconcile::HolidayCalendar &calendar, qint64 now)
{
    store::ReadSnapshot snapshot(session);
    if (!snapshot.error().isEmpty())
        return makeError(snapshot.error());
    auto state = session.operations().operationsState();
    if (!state)
        return makeError(state.error());
    OperationalView view;
    view.state = std::move(state.value());
    view.judgedOn = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
    view.payouts = reconcile::expectPayouts(view.state.payouts, calendar, view.judgedOn);
    view.readAt = now;
    return view;
}

void rejudgePayoutsOnNewDay(OperationalView &view,
                            const reconcile::HolidayCalendar &calendar,
                            qint64 now)
{
    const QDate today = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
    if (today == view.judgedOn)
        return;
    view.judgedOn = today;
    view.payouts = reconcile::expectPayouts(view.state.payouts, calendar, today);
}

Reading readOperational(const AlertRule &rule, const OperationalView &view, qint64 at)
{
    Reading r;
    r.at = at;
    if (view.readAt == 0)
        return r; // not read (an error the service reported): not judged
    r.value = valueOf(rule, view, at);
    r.volume = 1;
    r.judged = r.value.has_value();
    r.score = r.value.value_or(0);
    judgeReading(rule, r);
    return r;
}

} // namespace paydeck::alerts
