#include "dashboard.h"

#include "figures.h"

#include <QDateTime>

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>

namespace paydeck::analytics {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

QDate utcDay(qint64 unixSeconds)
{
    const qint64 day = unixSeconds >= 0 ? unixSeconds / kDay : (unixSeconds - kDay + 1) / kDay;
    return QDate::fromJulianDay(2440588 + day); // 1970-01-01
}

qint64 hourOf(qint64 unixSeconds)
{
    return unixSeconds >= 0 ? unixSeconds / kHour : (unixSeconds - kHour + 1) / kHour;
}

qint64 dayStartOf(qint64 unixSeconds)
{
    return unixSeconds - ((unixSeconds % kDay) + kDay) % kDay;
}

/// The money measures of a period, in the order of kMeasures.
enum Measure { Gross, Net, Fees, Refunded, Disputed, PayoutsPaid, PayoutsDue, MeasureCount };

constexpr qint64 PeriodFigures::*kMeasures[MeasureCount] = {&PeriodFigures::gross,
                                                            &PeriodFigures::net,
                                                            &PeriodFigures::fees,
                                                            &PeriodFigures::refunded,
                                                            &PeriodFigures::disputed,
                                                            &PeriodFigures::payoutsPaid,
                                                            &PeriodFigures::payoutsExpected};

/// The rates of each (currency, UTC day), looked up once for every measure and bucket.
class Conversions
{
public:
    Conversions(const AnalyticsEngine &engine, const fx::FxTable &rates, Currency target)
        : m_engine(engine), m_lookup(rates, target)
    {}
    const std::string &name(quint16 currency) const { return m_engine.currencyName(currency); }
    const DayConversion &of(quint16 currency, qint64 dayStart)
    {
        auto [it, added] = m_cache.try_emplace({currency, dayStart});
        if (added)
            it->second = m_lookup.conversionFor(m_engine.currencyName(currency), utcDay(dayStart));
        return it->second;
    }

private:
    const AnalyticsEngine &m_engine;
    ReportingSum m_lookup;
    std::map<std::pair<quint16, qint64>, DayConversion> m_cache;
};

/// A period walked hour by hour through the engine's rollup: counts per bucket, and each
/// measure's own-currency sum per (bucket, UTC day) segment — a day's rate applies to its sum.
struct PeriodWalk
{
    struct Segment
    {
        size_t bucket;
        qint64 dayStart;
    };
    std::vector<Segment> segments;
    size_t currencies = 0;
    std::vector<qint64> sums[MeasureCount]; // segment × currency
    // The breakdowns' counts, by the engine's name indexes.
    std::vector<qint64> methodTaken, methodDeclined, countryTaken, countryDeclined, declines;
    std::vector<qint64> currencyTaken, currencyDeclined;
};

void walkPeriod(const AnalyticsEngine &engine,
                const std::vector<qint64> &starts,
                qint64 to,
                std::vector<Bucket> &out,
                PeriodFigures &total,
                PeriodWalk &walk)
{
    out.resize(starts.size());
    for (size_t i = 0; i < starts.size(); ++i) {
        out[i].start = starts[i];
        out[i].end = i + 1 < starts.size() ? starts[i + 1] : to;
    }
    walk.currencies = engine.currencyCount();
    size_t bucket = 0;
    for (qint64 hour = hourOf(starts.front()); hour * kHour < to; ++hour) {
        const qint64 at = hour * kHour;
        while (bucket + 1 < out.size() && at >= out[bucket + 1].start)
            ++bucket;
        const HourlyRollup::Hour *h = engine.hourly().at(qint32(hour));
        if (!h)
            continue;
        const qint64 day = dayStartOf(at);
        if (walk.segments.empty() || walk.segments.back().bucket != bucket
            || walk.segments.back().dayStart != day) {
            walk.segments.push_back({bucket, day});
            for (auto &sums : walk.sums)
                sums.resize(walk.segments.size() * walk.currencies);
        }
        const size_t segment = walk.segments.size() - 1;
        PeriodFigures &b = out[bucket].figures;
        qint64 *sums[MeasureCount];
        for (int m = 0; m < MeasureCount; ++m)
            sums[m] = walk.sums[m].data() + segment * walk.currencies;
        walk.currencyTaken.resize(std::max(walk.currencyTaken.size(), h->byCurrency.size()));
        walk.currencyDeclined.resize(walk.currencyTaken.size());
        for (size_t c = 0; c < h->byCurrency.size(); ++c) {
            const HourFigures &f = h->byCurrency[c];
            b.charges += f.charges;
            b.taken += f.taken;
            b.declined += f.declined;
            b.refunds += f.refunds;
            b.disputes += f.disputes;
            sums[Gross][c] += f.takenAmount;
            sums[Net][c] += f.net;
            sums[Fees][c] += f.fees;
            sums[Refunded][c] += f.refundedAmount;
            sums[Disputed][c] += f.disputedAmount;
            sums[PayoutsPaid][c] += f.payoutsPaid;
            sums[PayoutsDue][c] += f.payoutsDue;
            walk.currencyTaken[c] += f.taken;
            walk.currencyDeclined[c] += f.declined;
        }
        const auto count = [](const std::vector<ChargeCounts> &counts,
                              std::vector<qint64> &taken,
                              std::vector<qint64> *declined) {
            taken.resize(std::max(taken.size(), counts.size()));
            if (declined)
                declined->resize(taken.size());
            for (size_t i = 0; i < counts.size(); ++i) {
                taken[i] += counts[i].taken;
                if (declined)
                    (*declined)[i] += counts[i].declined;
            }
        };
        count(h->byMethod, walk.methodTaken, &walk.methodDeclined);
        count(h->byCountry, walk.countryTaken, &walk.countryDeclined);
        walk.declines.resize(std::max(walk.declines.size(), h->byDetail.size()));
        for (size_t i = 0; i < h->byDetail.size(); ++i)
            walk.declines[i] += h->byDetail[i].declined;
    }
    for (const Bucket &b : out) {
        total.charges += b.figures.charges;
        total.taken += b.figures.taken;
        total.declined += b.figures.declined;
        total.refunds += b.figures.refunds;
        total.disputes += b.figures.disputes;
    }
}

/// Each measure in the reporting currency: per bucket (its segments' parts) and for the period.
void convertPeriod(const PeriodWalk &walk,
                   Conversions &conversions,
                   const fx::FxTable &rates,
                   Currency target,
                   std::vector<Bucket> &buckets,
                   PeriodFigures &total,
                   Dashboard &out,
                   std::map<QString, ReportingSum::Used> &used)
{
    // Each segment's rates, looked up once per (day, currency) for all measures.
    const size_t currencies = walk.currencies;
    std::vector<const DayConversion *> segmentRates(walk.segments.size() * currencies, nullptr);
    for (size_t s = 0; s < walk.segments.size(); ++s) {
        const bool sameDay = s > 0 && walk.segments[s - 1].dayStart == walk.segments[s].dayStart;
        for (size_t c = 0; c < currencies; ++c) {
            segmentRates[s * currencies + c]
                = sameDay ? segmentRates[(s - 1) * currencies + c]
                          : &conversions.of(quint16(c), walk.segments[s].dayStart);
        }
    }
    std::vector<bool> rateUsed(segmentRates.size(), false);
    std::vector<bool> unrated(currencies, false);
    for (int m = 0; m < MeasureCount; ++m) {
        std::vector<__int128> parts(buckets.size(), 0);
        ReportingSum all(rates, target);
        for (size_t s = 0; s < walk.segments.size(); ++s) {
            for (size_t c = 0; c < currencies; ++c) {
                const qint64 minor = walk.sums[m][s * currencies + c];
                if (minor == 0)
                    continue;
                const DayConversion &conversion = *segmentRates[s * currencies + c];
                if (!conversion.rated) { // named once below, never converted at 1
                    unrated[c] = true;
                    continue;
                }
                if (const auto scaled = all.add(conversion, minor, false)) {
                    parts[walk.segments[s].bucket] += *scaled;
                    rateUsed[s * currencies + c] = true;
                }
            }
        }
        for (size_t i = 0; i < buckets.size(); ++i)
            buckets[i].figures.*kMeasures[m] = ReportingSum::rounded(parts[i]);
        total.*kMeasures[m] = all.amount();
        out.withoutRate += all.withoutRate();
        out.overflowed = out.overflowed || all.overflowed();
    }
    for (size_t c = 0; c < currencies; ++c) {
        if (unrated[c])
            out.withoutRate << QString::fromStdString(conversions.name(quint16(c))).toUpper();
    }
    // Provenance: every rate that converted something, once.
    for (size_t i = 0; i < segmentRates.size(); ++i) {
        if (rateUsed[i] && !segmentRates[i]->same)
            used[segmentRates[i]->code].merge(segmentRates[i]->used);
    }
}

/// Groups with charges, the largest first (then by name), at most `limit` (0: all).
std::vector<Share> shares(const std::vector<qint64> &taken,
                          const std::vector<qint64> &declined,
                          const std::function<const std::string &(quint16)> &name,
                          int limit)
{
    std::vector<Share> out;
    for (size_t i = 0; i < std::max(taken.size(), declined.size()); ++i) {
        Share share;
        share.taken = i < taken.size() ? taken[i] : 0;
        share.declined = i < declined.size() ? declined[i] : 0;
        if (share.taken == 0 && share.declined == 0)
            continue;
        share.key = name(quint16(i));
        out.push_back(std::move(share));
    }
    std::sort(out.begin(), out.end(), [](const Share &a, const Share &b) {
        const qint64 x = a.taken + a.declined, y = b.taken + b.declined;
        return x != y ? x > y : a.key < b.key;
    });
    if (limit > 0 && out.size() > size_t(limit))
        out.resize(size_t(limit));
    return out;
}

/// Volume by currency: own amounts taken, converted day by day where every day has a rate.
std::vector<Share> currencyShares(const AnalyticsEngine &engine,
                                  const PeriodWalk &walk,
                                  Conversions &conversions,
                                  const fx::FxTable &rates,
                                  Currency target)
{
    std::vector<Share> out = shares(
        walk.currencyTaken,
        walk.currencyDeclined,
        [&](quint16 i) -> const std::string & { return engine.currencyName(i); },
        0);
    for (size_t c = 0; c < walk.currencies; ++c) {
        const std::string &code = engine.currencyName(quint16(c));
        const auto share
            = std::find_if(out.begin(), out.end(), [&](const Share &s) { return s.key == code; });
        if (share == out.end())
            continue;
        ReportingSum sum(rates, target);
        for (size_t s = 0; s < walk.segments.size(); ++s) {
            const qint64 minor = walk.sums[Gross][s * walk.currencies + c];
            if (minor == 0)
                continue;
            share->ownAmount += minor;
            sum.add(conversions.of(quint16(c), walk.segments[s].dayStart), minor, false);
        }
        if (sum.withoutRate().isEmpty() && !sum.overflowed())
            share->amount = sum.amount();
    }
    return out;
}

std::vector<CurrencyDetail> currencyDetails(const AnalyticsEngine &engine, const PeriodWalk &walk)
{
    std::vector<CurrencyDetail> out;
    qint64 CurrencyDetail::*const fields[] = {&CurrencyDetail::gross,
                                              &CurrencyDetail::net,
                                              &CurrencyDetail::fees,
                                              &CurrencyDetail::refunded,
                                              &CurrencyDetail::disputed};
    for (size_t c = 0; c < walk.currencies; ++c) {
        CurrencyDetail detail;
        detail.currency = engine.currencyName(quint16(c));
        bool any = false;
        for (int m = Gross; m <= Disputed; ++m) {
            for (size_t s = 0; s < walk.segments.size(); ++s)
                detail.*fields[m] += walk.sums[m][s * walk.currencies + c];
            any = any || detail.*fields[m] != 0;
        }
        if (any)
            out.push_back(std::move(detail));
    }
    std::sort(out.begin(), out.end(), [](const CurrencyDetail &a, const CurrencyDetail &b) {
        return a.currency < b.currency;
    });
    return out;
}

/// "1 USD = 0.9182 EUR, ECB 2026-11-26" for each currency of the period, on its last day.
QStringList rateLines(const std::vector<CurrencyDetail> &currencies,
                      const fx::FxTable &rates,
                      Currency target,
                      QDate day)
{
    QStringList lines;
    for (const CurrencyDetail &detail : currencies) {
        const auto code = Currency::fromCode(std::string_view(detail.currency));
        if (!code || *code == target)
            continue;
        if (const auto conversion = rates.convert(Money(code->minorPerMajor(), *code), target, day))
            lines << conversion->explain();
    }
    return lines;
}

} // namespace

std::optional<double> PeriodFigures::successRate() const
{
    return ratio(taken, taken + declined);
}

std::optional<double> PeriodFigures::refundRate() const
{
    return ratio(refunds, taken);
}

std::optional<double> PeriodFigures::disputeRate() const
{
    return ratio(disputes, taken);
}

Dashboard computeDashboard(const AnalyticsEngine &engine,
                           const fx::FxTable &rates,
                           const DashboardRequest &request)
{
    Dashboard out;
    out.id = request.id;
    out.balanceTransactions = engine.objectCount(Kind::Balance);
    out.ratedCurrencies = rates.currencies();
    const auto target = Currency::fromCode(QStringView(request.reportingCurrency));
    if (!target || request.starts.empty() || request.to <= request.starts.front())
        return out;
    out.reportingCurrency = target->code();
    Conversions conversions(engine, rates, *target);
    std::map<QString, ReportingSum::Used> used;
    PeriodWalk walk;
    walkPeriod(engine, request.starts, request.to, out.buckets, out.current, walk);
    convertPeriod(walk, conversions, rates, *target, out.buckets, out.current, out, used);
    if (!request.previousStarts.empty() && request.previousTo > request.previousStarts.front()) {
        PeriodWalk before;
        walkPeriod(engine,
                   request.previousStarts,
                   request.previousTo,
                   out.previousBuckets,
                   out.previous,
                   before);
        convertPeriod(
            before, conversions, rates, *target, out.previousBuckets, out.previous, out, used);
        out.compared = true;
    }
    const int limit = request.breakdownLimit;
    out.byCurrency = currencyShares(engine, walk, conversions, rates, *target);
    out.byMethod = shares(
        walk.methodTaken,
        walk.methodDeclined,
        [&](quint16 i) -> const std::string & { return engine.methodName(i); },
        limit);
    out.byCountry = shares(
        walk.countryTaken,
        walk.countryDeclined,
        [&](quint16 i) -> const std::string & { return engine.countryName(i); },
        limit);
    out.byDecline = shares(
        {},
        walk.declines,
        [&](quint16 i) -> const std::string & { return engine.detailName(i); },
        limit);
    out.perCurrency = currencyDetails(engine, walk);
    out.withoutRate.removeDuplicates();
    out.withoutRate.sort();
    out.provenance = provenanceLines(used);
    out.rates = rateLines(out.perCurrency, rates, *target, utcDay(request.to - 1));
    return out;
}

quint64 DashboardRequest::newId()
{
    static std::atomic<quint64> last{0};
    return ++last;
}

std::vector<qint64> bucketStarts(qint64 from, qint64 to)
{
    std::vector<qint64> starts;
    if (to <= from)
        return starts;
    if (to - from <= 2 * kDay) {
        for (qint64 at = from - from % kHour; at < to; at += kHour)
            starts.push_back(at);
        return starts;
    }
    starts.push_back(from);
    QDate day = QDateTime::fromSecsSinceEpoch(from).date();
    for (;;) {
        day = day.addDays(1);
        const qint64 next = day.startOfDay().toSecsSinceEpoch();
        if (next >= to)
            break;
        starts.push_back(next);
    }
    return starts;
}

} // namespace paydeck::analytics
