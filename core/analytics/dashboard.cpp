#include "dashboard.h"

#include "figures.h"

#include <QDateTime>

#include <algorithm>
#include <map>
#include <tuple>

namespace paydeck::analytics {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;
constexpr quint32 kTaken = (1u << int(Outcome::Succeeded)) | (1u << int(Outcome::Refunded))
                           | (1u << int(Outcome::Disputed)); // whatever happened later

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

/// A period's buckets: which one an hour falls in.
class Buckets
{
public:
    Buckets(const std::vector<qint64> &starts, qint64 to) : m_starts(starts), m_to(to) {}
    bool isEmpty() const { return m_starts.empty() || m_to <= m_starts.front(); }
    size_t size() const { return m_starts.size(); }
    Filter filter() const
    {
        Filter f;
        f.from = m_starts.front();
        f.to = m_to;
        return f;
    }
    std::optional<size_t> indexOf(qint64 at) const
    {
        if (isEmpty() || at < m_starts.front() || at >= m_to)
            return std::nullopt;
        return size_t(std::upper_bound(m_starts.begin(), m_starts.end(), at) - m_starts.begin())
               - 1;
    }
    qint64 start(size_t i) const { return m_starts[i]; }
    qint64 end(size_t i) const { return i + 1 < m_starts.size() ? m_starts[i + 1] : m_to; }

private:
    const std::vector<qint64> &m_starts;
    qint64 m_to;
};

/// The rates of each (currency, UTC day), looked up once for every measure and bucket.
class Conversions
{
public:
    Conversions(const fx::FxTable &rates, Currency target) : m_lookup(rates, target) {}
    const DayConversion &of(const std::string &currency, qint64 dayStart)
    {
        auto [it, added] = m_cache.try_emplace({currency, dayStart});
        if (added)
            it->second = m_lookup.conversionFor(currency, utcDay(dayStart));
        return it->second;
    }

private:
    ReportingSum m_lookup;
    std::map<std::pair<std::string, qint64>, DayConversion> m_cache;
};

/// One money measure of a period in its own currencies, per bucket and UTC day (a day's rate
/// applies to the day's sum), converted at the end.
class MoneyCells
{
public:
    void add(size_t bucket, const Cell &cell, qint64 minor)
    {
        const qint64 day = cell.start - ((cell.start % kDay) + kDay) % kDay;
        m_sums[Key{bucket, day, currencyIndex(cell.currency)}] += minor;
    }
    /// Into `field` of each bucket and of `total`, in the target currency.
    void convert(Conversions &conversions,
                 const fx::FxTable &rates,
                 Currency target,
                 std::vector<Bucket> &buckets,
                 qint64 PeriodFigures::*field,
                 PeriodFigures &total,
                 Dashboard &out,
                 std::map<QString, ReportingSum::Used> &used) const
    {
        // Each bucket's part of the period's sum, rounded on its own.
        std::vector<__int128> parts(buckets.size(), 0);
        ReportingSum all(rates, target);
        for (const auto &[key, minor] : m_sums) {
            const DayConversion &c = conversions.of(m_currencies[key.currency], key.dayStart);
            if (const auto scaled = all.add(c, minor))
                parts[key.bucket] += *scaled;
        }
        for (size_t i = 0; i < buckets.size(); ++i)
            buckets[i].figures.*field = ReportingSum::rounded(parts[i]);
        total.*field = all.amount();
        out.withoutRate += all.withoutRate();
        out.overflowed = out.overflowed || all.overflowed();
        for (const auto &[code, rate] : all.used())
            used[code].merge(rate);
    }
    /// Per currency, in that currency.
    std::map<std::string, qint64> perCurrency() const
    {
        std::map<std::string, qint64> sums;
        for (const auto &[key, minor] : m_sums)
            sums[m_currencies[key.currency]] += minor;
        return sums;
    }

private:
    struct Key
    {
        size_t bucket;
        qint64 dayStart;
        size_t currency;
        bool operator<(const Key &o) const
        {
            return std::tie(bucket, dayStart, currency)
                   < std::tie(o.bucket, o.dayStart, o.currency);
        }
    };
    size_t currencyIndex(const std::string &currency)
    {
        for (size_t i = 0; i < m_currencies.size(); ++i) {
            if (m_currencies[i] == currency)
                return i;
        }
        m_currencies.push_back(currency);
        return m_currencies.size() - 1;
    }
    std::vector<std::string> m_currencies; // a handful
    std::map<Key, qint64> m_sums;
};

struct PeriodMoney
{
    MoneyCells gross, net, fees, refunded, disputed, payoutsPaid, payoutsExpected;
};

/// Runs `filter` over the period by hour and hands each cell to `use` with its bucket.
template<typename Use>
void forHours(const AnalyticsEngine &engine, const Buckets &buckets, Filter filter, Use use)
{
    for (const Cell &cell : engine.aggregate(filter, Dimension::Hour, false)) {
        if (const auto bucket = buckets.indexOf(cell.start))
            use(*bucket, cell);
    }
}

/// Counts and own-currency sums of one period, per bucket.
void countPeriod(const AnalyticsEngine &engine,
                 const Buckets &buckets,
                 std::vector<Bucket> &out,
                 PeriodFigures &total,
                 PeriodMoney &money)
{
    out.resize(buckets.size());
    for (size_t i = 0; i < out.size(); ++i) {
        out[i].start = buckets.start(i);
        out[i].end = buckets.end(i);
    }
    const auto count = [&](qint64 PeriodFigures::*field, size_t bucket, const Cell &cell) {
        out[bucket].figures.*field += cell.totals.count;
        total.*field += cell.totals.count;
    };
    Filter f = buckets.filter();
    f.kind = Kind::Charge;
    forHours(
        engine, buckets, f, [&](size_t b, const Cell &c) { count(&PeriodFigures::charges, b, c); });
    f.outcomes = kTaken;
    forHours(engine, buckets, f, [&](size_t b, const Cell &c) {
        count(&PeriodFigures::taken, b, c);
        money.gross.add(b, c, c.totals.amount);
    });
    f.outcomes = 0;
    f.outcome = Outcome::Declined;
    forHours(engine, buckets, f, [&](size_t b, const Cell &c) {
        count(&PeriodFigures::declined, b, c);
    });
    f.kind = Kind::Refund;
    f.outcome = Outcome::Succeeded;
    forHours(engine, buckets, f, [&](size_t b, const Cell &c) {
        count(&PeriodFigures::refunds, b, c);
        money.refunded.add(b, c, c.totals.amount);
    });
    f.kind = Kind::Dispute;
    f.outcome.reset();
    forHours(engine, buckets, f, [&](size_t b, const Cell &c) {
        count(&PeriodFigures::disputes, b, c);
        money.disputed.add(b, c, c.totals.amount);
    });
    f.kind = Kind::Payout;
    forHours(engine, buckets, f, [&](size_t b, const Cell &c) {
        money.payoutsExpected.add(b, c, c.totals.amount);
    });
    f.outcome = Outcome::Paid;
    forHours(engine, buckets, f, [&](size_t b, const Cell &c) {
        money.payoutsPaid.add(b, c, c.totals.amount);
    });
    f.outcome.reset();
    f.kind = Kind::Balance;
    f.notDetail = "payout"; // money leaving for the bank is not volume
    forHours(engine, buckets, f, [&](size_t b, const Cell &c) {
        money.fees.add(b, c, c.totals.fee);
        money.net.add(b, c, c.totals.net);
    });
}

void convertPeriod(const PeriodMoney &money,
                   Conversions &conversions,
                   const fx::FxTable &rates,
                   Currency target,
                   std::vector<Bucket> &buckets,
                   PeriodFigures &total,
                   Dashboard &out,
                   std::map<QString, ReportingSum::Used> &used)
{
    const std::pair<const MoneyCells *, qint64 PeriodFigures::*> measures[]
        = {{&money.gross, &PeriodFigures::gross},
           {&money.net, &PeriodFigures::net},
           {&money.fees, &PeriodFigures::fees},
           {&money.refunded, &PeriodFigures::refunded},
           {&money.disputed, &PeriodFigures::disputed},
           {&money.payoutsPaid, &PeriodFigures::payoutsPaid},
           {&money.payoutsExpected, &PeriodFigures::payoutsExpected}};
    for (const auto &[cells, field] : measures)
        cells->convert(conversions, rates, target, buckets, field, total, out, used);
}

/// Charges taken and declined per group of `by`, the largest first.
std::vector<Share>
shares(const AnalyticsEngine &engine, const Filter &period, Dimension by, int limit)
{
    std::map<std::string, Share> groups;
    Filter f = period;
    f.kind = Kind::Charge;
    f.outcomes = kTaken;
    if (by != Dimension::Detail) { // decline codes: only the declined have one
        for (const Cell &cell : engine.aggregate(f, by)) {
            Share &share = groups[cell.group];
            share.key = cell.group;
            share.taken += cell.totals.count;
        }
    }
    f.outcomes = 0;
    f.outcome = Outcome::Declined;
    for (const Cell &cell : engine.aggregate(f, by)) {
        Share &share = groups[cell.group];
        share.key = cell.group;
        share.declined += cell.totals.count;
    }
    std::vector<Share> out;
    for (auto &[key, share] : groups)
        out.push_back(std::move(share));
    std::stable_sort(out.begin(), out.end(), [](const Share &a, const Share &b) {
        return a.taken + a.declined > b.taken + b.declined;
    });
    if (limit > 0 && out.size() > size_t(limit))
        out.resize(size_t(limit));
    return out;
}

/// Volume by currency: own amounts, converted day by day.
std::vector<Share> currencyShares(const AnalyticsEngine &engine,
                                  const Filter &period,
                                  const fx::FxTable &rates,
                                  Currency target)
{
    std::vector<Share> out = shares(engine, period, Dimension::Currency, 0);
    Filter f = period;
    f.kind = Kind::Charge;
    f.outcomes = kTaken;
    std::map<std::string, ReportingSum> sums;
    for (const Cell &cell : engine.aggregate(f, Dimension::Day)) {
        sums.try_emplace(cell.currency, rates, target)
            .first->second.add(cell.currency, utcDay(cell.start), cell.totals.amount);
        for (Share &share : out) {
            if (share.key == cell.currency)
                share.ownAmount += cell.totals.amount;
        }
    }
    for (Share &share : out) {
        const auto sum = sums.find(share.key);
        if (sum != sums.end() && sum->second.withoutRate().isEmpty() && !sum->second.overflowed())
            share.amount = sum->second.amount();
    }
    return out;
}

std::vector<CurrencyDetail> currencyDetails(const PeriodMoney &money)
{
    std::map<std::string, CurrencyDetail> details;
    const auto fill = [&](const MoneyCells &cells, qint64 CurrencyDetail::*field) {
        for (const auto &[currency, minor] : cells.perCurrency()) {
            details[currency].currency = currency;
            details[currency].*field += minor;
        }
    };
    fill(money.gross, &CurrencyDetail::gross);
    fill(money.net, &CurrencyDetail::net);
    fill(money.fees, &CurrencyDetail::fees);
    fill(money.refunded, &CurrencyDetail::refunded);
    fill(money.disputed, &CurrencyDetail::disputed);
    std::vector<CurrencyDetail> out;
    for (auto &[code, detail] : details)
        out.push_back(detail);
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

qint64 balanceTransactionCount(const AnalyticsEngine &engine)
{
    Filter all;
    all.kind = Kind::Balance;
    qint64 count = 0;
    for (const Cell &cell : engine.aggregate(all, Dimension::None))
        count += cell.totals.count;
    return count;
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
    out.balanceTransactions = balanceTransactionCount(engine);
    out.ratedCurrencies = rates.currencies();
    const auto target = Currency::fromCode(QStringView(request.reportingCurrency));
    const Buckets current(request.starts, request.to);
    if (!target || current.isEmpty())
        return out;
    out.reportingCurrency = target->code();
    PeriodMoney money;
    std::map<QString, ReportingSum::Used> used;
    Conversions conversions(rates, *target);
    countPeriod(engine, current, out.buckets, out.current, money);
    convertPeriod(money, conversions, rates, *target, out.buckets, out.current, out, used);
    const Buckets previous(request.previousStarts, request.previousTo);
    if (!previous.isEmpty()) {
        PeriodMoney before;
        countPeriod(engine, previous, out.previousBuckets, out.previous, before);
        convertPeriod(
            before, conversions, rates, *target, out.previousBuckets, out.previous, out, used);
        out.compared = true;
    }
    const Filter period = current.filter();
    out.byCurrency = currencyShares(engine, period, rates, *target);
    out.byMethod = shares(engine, period, Dimension::Method, request.breakdownLimit);
    out.byCountry = shares(engine, period, Dimension::Country, request.breakdownLimit);
    out.byDecline = shares(engine, period, Dimension::Detail, request.breakdownLimit);
    out.perCurrency = currencyDetails(money);
    out.withoutRate.removeDuplicates();
    out.withoutRate.sort();
    out.provenance = provenanceLines(used);
    out.rates = rateLines(out.perCurrency, rates, *target, utcDay(request.to - 1));
    return out;
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
