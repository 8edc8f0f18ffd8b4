#include "payout_calendar.h"

#include <algorithm>
#include <map>

namespace paydeck::reconcile {

namespace {

constexpr size_t kRecentLags = 20; // a bank's habits change; the last twenty payouts tell them
constexpr int kLearningSamples = 5;

using LagKey = std::pair<QString, QString>; // currency, destination

struct LagSample
{
    QDate arrival;
    int lag;
};

BankLag lagOf(std::vector<LagSample> samples)
{
    BankLag lag;
    if (samples.empty())
        return lag;
    std::sort(samples.begin(), samples.end(), [](const LagSample &a, const LagSample &b) {
        return a.arrival < b.arrival;
    });
    if (samples.size() > kRecentLags)
        samples.erase(samples.begin(), samples.end() - qsizetype(kRecentLags));
    std::vector<int> lags;
    for (const LagSample &s : samples)
        lags.push_back(s.lag);
    std::sort(lags.begin(), lags.end());
    lag.samples = int(lags.size());
    lag.typical = lags[lags.size() / 2];
    lag.latest = lags.back();
    // While few payouts are known, one more day of patience than they showed.
    if (lag.samples < kLearningSamples)
        lag.latest = std::max(lag.latest, lag.typical + 2);
    return lag;
}

/// What the matched payouts taught: the lag per (currency, destination) and per currency, and
/// which statement account each destination's money lands on.
struct Learned
{
    std::map<LagKey, BankLag> byDestination;
    std::map<QString, BankLag> byCurrency;
    std::map<LagKey, QString> accountOf;

    BankLag lagFor(const PayoutFact &p) const
    {
        if (const auto it = byDestination.find({p.currency, p.destination});
            it != byDestination.end())
            return it->second;
        if (const auto it = byCurrency.find(p.currency); it != byCurrency.end())
            return it->second;
        return {};
    }
};

Learned learn(const PayoutArrivalInputs &inputs,
              const std::map<qint64, const PayoutArrival *> &arrivalOf,
              const HolidayCalendar &calendar)
{
    std::map<LagKey, std::vector<LagSample>> byDestination;
    std::map<QString, std::vector<LagSample>> byCurrency;
    Learned learned;
    for (const PayoutFact &p : inputs.payouts) {
        const auto it = arrivalOf.find(p.key);
        if (it == arrivalOf.end() || it->second->writtenOff || !it->second->booked.isValid()
            || !p.arrival.isValid())
            continue;
        const LagSample sample{
            p.arrival,
            std::max(0, calendar.businessDaysBetween(p.currency, p.arrival, it->second->booked))};
        byDestination[{p.currency, p.destination}].push_back(sample);
        byCurrency[p.currency].push_back(sample);
        if (!it->second->account.isEmpty())
            learned.accountOf[{p.currency, p.destination}] = it->second->account;
    }
    for (auto &[key, samples] : byDestination)
        learned.byDestination[key] = lagOf(std::move(samples));
    for (auto &[currency, samples] : byCurrency)
        learned.byCurrency[currency] = lagOf(std::move(samples));
    return learned;
}

/// The statements that would show the payout's line: its destination's account when known,
/// else every account in its currency.
std::vector<const StatementCoverage *>
coverageFor(const PayoutFact &p, const Learned &learned, const PayoutArrivalInputs &inputs)
{
    const auto account = learned.accountOf.find({p.currency, p.destination});
    std::vector<const StatementCoverage *> out;
    for (const StatementCoverage &c : inputs.coverage)
        if (c.currency == p.currency
            && (account == learned.accountOf.end() || account->second == c.account))
            out.push_back(&c);
    return out;
}

ArrivalState unarrivedState(const ExpectedPayout &e,
                            const std::vector<const StatementCoverage *> &coverage,
                            QDate today)
{
    if (today <= e.latest)
        return ArrivalState::Expected;
    bool began = false;
    for (const StatementCoverage *c : coverage) {
        if (c->from > e.latest)
            continue; // statements that start after the payout was due cannot show it
        began = true;
        if (c->through >= e.latest)
            return ArrivalState::Missing;
    }
    return began ? ArrivalState::Late : ArrivalState::Unverifiable;
}

} // namespace

const char *arrivalStateName(ArrivalState state)
{
    switch (state) {
    case ArrivalState::Expected:
        return "expected";
    case ArrivalState::Arrived:
        return "arrived";
    case ArrivalState::AmountDiffers:
        return "amount_differs";
    case ArrivalState::Late:
        return "late";
    case ArrivalState::Missing:
        return "missing";
    case ArrivalState::WrittenOff:
        return "written_off";
    case ArrivalState::Unverifiable:
        return "unverifiable";
    }
    return "expected";
}

std::vector<ExpectedPayout>
expectPayouts(const PayoutArrivalInputs &inputs, const HolidayCalendar &calendar, QDate today)
{
    std::map<qint64, const PayoutArrival *> arrivalOf;
    for (const PayoutArrival &a : inputs.arrivals)
        arrivalOf.emplace(a.payoutKey, &a);
    const Learned learned = learn(inputs, arrivalOf, calendar);

    std::vector<ExpectedPayout> out;
    for (const PayoutFact &p : inputs.payouts) {
        if (p.status == u"failed" || p.status == u"canceled" || !p.arrival.isValid())
            continue;
        ExpectedPayout e;
        e.payout = p;
        e.lag = learned.lagFor(p);
        e.expected = calendar.addBusinessDays(p.currency, p.arrival, e.lag.typical);
        e.latest = calendar.addBusinessDays(p.currency, p.arrival, e.lag.latest);
        if (const auto it = arrivalOf.find(p.key); it != arrivalOf.end()) {
            e.arrival = *it->second;
            e.state = it->second->writtenOff        ? ArrivalState::WrittenOff
                      : it->second->difference != 0 ? ArrivalState::AmountDiffers
                                                    : ArrivalState::Arrived;
        } else {
            e.state = unarrivedState(e, coverageFor(p, learned, inputs), today);
            if (e.state == ArrivalState::Late || e.state == ArrivalState::Missing)
                e.businessDaysOverdue = calendar.businessDaysBetween(p.currency, e.latest, today);
        }
        out.push_back(std::move(e));
    }
    std::sort(out.begin(), out.end(), [](const ExpectedPayout &a, const ExpectedPayout &b) {
        return a.expected != b.expected ? a.expected < b.expected : a.payout.id < b.payout.id;
    });
    return out;
}

ArrivalCounts
countArrivals(const std::vector<ExpectedPayout> &payouts, const QString &currency, qint64 sourceId)
{
    ArrivalCounts c;
    for (const ExpectedPayout &e : payouts) {
        if ((!currency.isEmpty() && e.payout.currency != currency)
            || (sourceId != 0 && e.payout.sourceId != sourceId))
            continue;
        switch (e.state) {
        case ArrivalState::Expected:
            ++c.expected;
            break;
        case ArrivalState::Arrived:
            ++c.arrived;
            break;
        case ArrivalState::AmountDiffers:
            ++c.amountDiffers;
            break;
        case ArrivalState::Late:
            ++c.late;
            c.lateAmount += e.payout.amount;
            break;
        case ArrivalState::Missing:
            ++c.missing;
            c.missingAmount += e.payout.amount;
            break;
        case ArrivalState::WrittenOff:
            ++c.writtenOff;
            break;
        case ArrivalState::Unverifiable:
            ++c.unverifiable;
            break;
        }
    }
    return c;
}

} // namespace paydeck::reconcile
