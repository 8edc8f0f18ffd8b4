#include "figures.h"

#include <QDateTime>

#include <map>

namespace paydeck::analytics {

namespace {

constexpr int kExtraDigits = 4; // kept while summing converted days; rounded away at the end

} // namespace

std::optional<double> Figures::successRate() const
{
    const qint64 decided = taken + declined;
    if (decided == 0)
        return std::nullopt;
    return double(taken) / double(decided);
}

std::optional<double> Figures::disputeRate() const
{
    if (taken == 0)
        return std::nullopt;
    return double(disputes) / double(taken);
}

Figures computeFigures(const AnalyticsEngine &engine, qint64 from, qint64 to, qint64 sourceId)
{
    Filter filter;
    filter.from = from;
    filter.to = to;
    filter.sourceId = sourceId;
    std::map<std::string, CurrencyFigures> byCurrency;
    const auto add = [&](Kind kind, const auto &fold) {
        Filter f = filter;
        f.kind = kind;
        for (const Cell &cell : engine.aggregate(f, Dimension::Outcome)) {
            CurrencyFigures &figures = byCurrency[cell.currency];
            figures.currency = cell.currency;
            fold(figures, cell.group, cell.totals);
        }
    };
    add(Kind::Charge, [](CurrencyFigures &f, const std::string &outcome, const Totals &t) {
        f.charges += t.count;
        if (outcome == outcomeName(Outcome::Declined)) {
            f.declined += t.count;
        } else if (outcome == outcomeName(Outcome::Pending)) {
            f.pending += t.count;
        } else {
            f.taken += t.count;
            f.grossVolume += t.amount;
        }
    });
    add(Kind::Refund, [](CurrencyFigures &f, const std::string &outcome, const Totals &t) {
        if (outcome == outcomeName(Outcome::Succeeded)) {
            f.refunds += t.count;
            f.refundedAmount += t.amount;
        }
    });
    add(Kind::Dispute, [](CurrencyFigures &f, const std::string &, const Totals &t) {
        f.disputes += t.count;
        f.disputedAmount += t.amount;
    });
    {
        Filter balance = filter;
        balance.kind = Kind::Balance;
        balance.notDetail = "payout"; // money leaving for the bank is not volume
        for (const Cell &cell : engine.aggregate(balance, Dimension::Currency)) {
            CurrencyFigures &f = byCurrency[cell.currency];
            f.currency = cell.currency;
            f.fees += cell.totals.fee;
            f.net += cell.totals.net;
        }
    }
    add(Kind::Payout, [](CurrencyFigures &f, const std::string &outcome, const Totals &t) {
        if (outcome == outcomeName(Outcome::Paid))
            f.payoutsPaid += t.amount;
        else
            f.payoutsPending += t.amount;
    });
    Figures figures;
    for (auto &[currency, f] : byCurrency) {
        figures.charges += f.charges;
        figures.taken += f.taken;
        figures.declined += f.declined;
        figures.refunds += f.refunds;
        figures.disputes += f.disputes;
        figures.perCurrency.push_back(f);
    }
    return figures;
}

ReportingSum::ReportingSum(const fx::FxTable &rates, Currency target)
    : m_rates(rates), m_target(target)
{}

DayConversion ReportingSum::conversionFor(const std::string &currency, QDate day) const
{
    DayConversion c;
    c.code = QString::fromStdString(currency).toUpper();
    const auto from = Currency::fromCode(QStringView(c.code));
    // EUR needs no rate (the ECB's are per 1 EUR); any other side needs the day's.
    std::optional<fx::RateUsed> fromRate, toRate;
    if (from && c.code != u"EUR")
        fromRate = m_rates.rateOn(c.code, day);
    if (m_target.code() != u"EUR")
        toRate = m_rates.rateOn(m_target.code(), day);
    c.same = from && c.code == m_target.code();
    c.rated
        = from
          && (c.same || ((c.code == u"EUR" || fromRate) && (m_target.code() == u"EUR" || toRate)));
    if (!c.rated)
        return c;
    c.fromExponent = from->exponent();
    if (!c.same) {
        c.from = fromRate ? fromRate->perEuro : fx::DecimalRate{1, 0};
        c.to = toRate ? toRate->perEuro : fx::DecimalRate{1, 0};
        // Provenance: the converted currency's rate (the target's, when that currency is EUR).
        const fx::RateUsed &used = fromRate ? *fromRate : *toRate;
        c.used = Used{used.source, used.publishedFor, used.publishedFor};
    }
    c.prepared = fx::PreparedConversion::prepare(
        c.fromExponent, c.from, m_target.exponent() + kExtraDigits, c.to);
    return c;
}

void ReportingSum::add(const std::string &currency, QDate day, qint64 minor)
{
    add(conversionFor(currency, day), minor);
}

std::optional<__int128> ReportingSum::add(const DayConversion &c, qint64 minor, bool provenance)
{
    if (!c.rated) {
        if (!m_withoutRate.contains(c.code))
            m_withoutRate << c.code;
        return std::nullopt;
    }
    // Converted as if the target had four more decimals: the day's exact value, nearly.
    const auto scaled = c.prepared ? (*c.prepared)(minor) : std::nullopt;
    if (!scaled) {
        m_overflow = true;
        return std::nullopt;
    }
    m_scaled += *scaled;
    if (provenance && !c.same)
        m_used[c.code].merge(c.used);
    return *scaled;
}

qint64 ReportingSum::amount() const
{
    return rounded(m_scaled);
}

qint64 ReportingSum::rounded(__int128 scaled)
{
    __int128 divisor = 1;
    for (int i = 0; i < kExtraDigits; ++i)
        divisor *= 10;
    const bool negative = scaled < 0;
    const __int128 magnitude = negative ? -scaled : scaled;
    __int128 quotient = magnitude / divisor;
    if ((magnitude % divisor) * 2 >= divisor)
        ++quotient;
    return negative ? -qint64(quotient) : qint64(quotient);
}

QStringList ReportingSum::withoutRate() const
{
    QStringList codes = m_withoutRate;
    codes.sort();
    return codes;
}

void ReportingSum::Used::merge(const Used &other)
{
    source = other.source;
    if (!first.isValid() || (other.first.isValid() && other.first < first))
        first = other.first;
    if (!last.isValid() || other.last > last)
        last = other.last;
}

QStringList provenanceLines(const std::map<QString, ReportingSum::Used> &used)
{
    QStringList lines;
    for (const auto &[code, rate] : used) {
        lines << (rate.first == rate.last
                      ? QStringLiteral("%1: %2 %3")
                            .arg(code, rate.source, rate.first.toString(Qt::ISODate))
                      : QStringLiteral("%1: %2 %3 … %4")
                            .arg(code,
                                 rate.source,
                                 rate.first.toString(Qt::ISODate),
                                 rate.last.toString(Qt::ISODate)));
    }
    return lines;
}

ReportingFigures reportingFigures(const AnalyticsEngine &engine,
                                  qint64 from,
                                  qint64 to,
                                  const fx::FxTable &rates,
                                  Currency target,
                                  qint64 sourceId)
{
    Filter filter;
    filter.from = from;
    filter.to = to;
    filter.sourceId = sourceId;
    ReportingSum gross(rates, target), refunded(rates, target), fees(rates, target),
        net(rates, target);
    const auto day = [](const Cell &cell) {
        return QDate::fromString(QString::fromStdString(cell.group), Qt::ISODate);
    };
    Filter charges = filter;
    charges.kind = Kind::Charge;
    charges.outcomes = (1u << int(Outcome::Succeeded)) | (1u << int(Outcome::Refunded))
                       | (1u << int(Outcome::Disputed)); // taken, whatever happened later
    for (const Cell &cell : engine.aggregate(charges, Dimension::Day))
        gross.add(cell.currency, day(cell), cell.totals.amount);
    Filter refunds = filter;
    refunds.kind = Kind::Refund;
    refunds.outcome = Outcome::Succeeded;
    for (const Cell &cell : engine.aggregate(refunds, Dimension::Day))
        refunded.add(cell.currency, day(cell), cell.totals.amount);
    Filter balance = filter;
    balance.kind = Kind::Balance;
    balance.notDetail = "payout"; // money leaving for the bank is not volume
    for (const Cell &cell : engine.aggregate(balance, Dimension::Day)) {
        fees.add(cell.currency, day(cell), cell.totals.fee);
        net.add(cell.currency, day(cell), cell.totals.net);
    }
    ReportingFigures out{target, 0, 0, 0, 0, {}, {}};
    out.grossVolume = gross.amount();
    out.refundedAmount = refunded.amount();
    out.fees = fees.amount();
    out.net = net.amount();
    std::map<QString, ReportingSum::Used> used;
    for (const ReportingSum *sum : {&gross, &refunded, &fees, &net}) {
        out.withoutRate += sum->withoutRate();
        out.overflowed = out.overflowed || sum->overflowed();
        for (const auto &[code, rate] : sum->used())
            used[code].merge(rate);
    }
    out.withoutRate.removeDuplicates();
    out.withoutRate.sort();
    out.provenance = provenanceLines(used);
    return out;
}

} // namespace paydeck::analytics
