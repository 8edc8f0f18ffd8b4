#include "fx_table.h"

#include <utility>

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace paydeck::fx {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("paydeck::fx", text);
}

using Wide = __int128;

bool multiply(Wide &value, Wide factor)
{
    return !__builtin_mul_overflow(value, factor, &value);
}

bool multiplyByPowerOfTen(Wide &value, int exponent)
{
    for (int i = 0; i < exponent; ++i) {
        if (!multiply(value, 10))
            return false;
    }
    return true;
}

const DecimalRate kOne{1, 0};

/// 1 `from` in `to` as a display text with four (or, below 0.1, six) decimals.
QString crossRateText(const DecimalRate &fromPerEuro, const DecimalRate &toPerEuro)
{
    // Display only: the conversion itself is exact (convertMinorUnits).
    const double value = (double(toPerEuro.mantissa) / std::pow(10.0, toPerEuro.scale))
                         / (double(fromPerEuro.mantissa) / std::pow(10.0, fromPerEuro.scale));
    return QLocale::c().toString(value, 'f', value < 0.1 ? 6 : 4);
}

} // namespace

// target minor = minor × to.m × 10^(toExp + from.scale) / (from.m × 10^(fromExp + to.scale))
std::optional<PreparedConversion> PreparedConversion::prepare(int fromExponent,
                                                              const DecimalRate &fromPerEuro,
                                                              int toExponent,
                                                              const DecimalRate &toPerEuro)
{
    PreparedConversion p;
    p.m_numerator = toPerEuro.mantissa;
    p.m_denominator = fromPerEuro.mantissa;
    if (!multiplyByPowerOfTen(p.m_numerator, toExponent + fromPerEuro.scale)
        || !multiplyByPowerOfTen(p.m_denominator, fromExponent + toPerEuro.scale)
        || p.m_denominator <= 0 || p.m_numerator <= 0)
        return std::nullopt;
    // The same ratio in smaller numbers: fewer overflows, often no division at all.
    Wide a = p.m_numerator, b = p.m_denominator;
    while (b != 0)
        a = std::exchange(b, a % b);
    p.m_numerator /= a;
    p.m_denominator /= a;
    // Small: |minor| < kSmallLimit times the numerator stays below 2^62, the remainder's double
    // too.
    p.m_small = p.m_numerator < Wide(std::numeric_limits<qint64>::max() / 4 / kSmallLimit)
                && p.m_denominator < Wide(std::numeric_limits<qint64>::max() / 4);
    return p;
}

std::optional<qint64> PreparedConversion::operator()(qint64 minor) const
{
    // Most amounts times most factors fit 64 bits: the same rounding without a 128-bit division.
    if (m_small && minor > -kSmallLimit && minor < kSmallLimit) {
        const qint64 numerator = minor * qint64(m_numerator);
        const qint64 denominator = qint64(m_denominator);
        const qint64 magnitude = numerator < 0 ? -numerator : numerator;
        qint64 quotient = magnitude / denominator;
        if ((magnitude - quotient * denominator) * 2 >= denominator)
            ++quotient;
        return numerator < 0 ? -quotient : quotient;
    }
    Wide numerator = minor;
    if (!multiply(numerator, m_numerator))
        return std::nullopt;
    const bool negative = numerator < 0;
    const Wide magnitude = negative ? -numerator : numerator;
    Wide quotient = magnitude;
    if (m_denominator != 1) {
        quotient = magnitude / m_denominator;
        if ((magnitude - quotient * m_denominator) * 2 >= m_denominator)
            ++quotient; // half away from zero
    }
    if (quotient > Wide(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return negative ? -qint64(quotient) : qint64(quotient);
}

std::optional<qint64> convertMinorUnits(qint64 minor,
                                        int fromExponent,
                                        const DecimalRate &fromPerEuro,
                                        int toExponent,
                                        const DecimalRate &toPerEuro)
{
    const auto prepared
        = PreparedConversion::prepare(fromExponent, fromPerEuro, toExponent, toPerEuro);
    return prepared ? (*prepared)(minor) : std::nullopt;
}

bool Conversion::usesEarlierRate() const
{
    return (from && from->publishedFor != day) || (to && to->publishedFor != day);
}

QString Conversion::explain() const
{
    const QString fromCode = from ? from->currency : QStringLiteral("EUR");
    const QString toCode = to ? to->currency : QStringLiteral("EUR");
    if (fromCode == toCode)
        return QString();
    const DecimalRate fromRate = from ? from->perEuro : kOne;
    const DecimalRate toRate = to ? to->perEuro : kOne;
    QStringList sources;
    for (const auto &used : {from, to}) {
        if (used)
            sources << tr("%1 %2").arg(used->source, used->publishedFor.toString(Qt::ISODate));
    }
    sources.removeDuplicates();
    QString text = tr("1 %1 = %2 %3, %4")
                       .arg(fromCode, crossRateText(fromRate, toRate), toCode, sources.join(u"; "));
    if (usesEarlierRate())
        text += tr(" (no rate is published for %1: the last one before it)")
                    .arg(day.toString(Qt::ISODate));
    return text;
}

void FxTable::add(const std::vector<ExchangeRate> &rates)
{
    for (const ExchangeRate &rate : rates) {
        auto &series = m_byCurrency[rate.currency][rate.source];
        const auto at = std::lower_bound(series.begin(),
                                         series.end(),
                                         rate.day,
                                         [](const DayRate &r, QDate d) { return r.day < d; });
        if (at != series.end() && at->day == rate.day)
            *at = DayRate{rate.day, rate.perEuro, rate.source, rate.origin};
        else
            series.insert(at, DayRate{rate.day, rate.perEuro, rate.source, rate.origin});
    }
}

QStringList FxTable::currencies() const
{
    QStringList codes = m_byCurrency.keys();
    if (!codes.isEmpty() && !codes.contains(u"EUR"))
        codes << QStringLiteral("EUR");
    codes.sort();
    return codes;
}

std::optional<RateUsed> FxTable::rateOn(const QString &currency, QDate day) const
{
    const auto found = m_byCurrency.constFind(currency);
    if (found == m_byCurrency.constEnd())
        return std::nullopt;
    std::optional<RateUsed> best;
    for (auto source = found->constBegin(); source != found->constEnd(); ++source) {
        const auto &series = source.value();
        auto after = std::upper_bound(
            series.begin(), series.end(), day, [](QDate d, const DayRate &r) { return d < r.day; });
        if (after == series.begin())
            continue;
        const DayRate &rate = *std::prev(after);
        if (rate.day.daysTo(day) > kMaxStandInDays)
            continue;
        const bool ecb = source.key() == u"ECB";
        if (!best || (ecb && best->source != u"ECB")
            || (ecb == (best->source == u"ECB") && rate.day > best->publishedFor))
            best = RateUsed{currency, rate.day, rate.perEuro, source.key(), rate.origin};
    }
    return best;
}

std::optional<Conversion> FxTable::convert(const Money &amount, Currency target, QDate day) const
{
    Conversion conversion{amount, day, std::nullopt, std::nullopt};
    const QString fromCode = amount.currency().code();
    const QString toCode = target.code();
    if (fromCode == toCode)
        return conversion;
    if (fromCode != u"EUR") {
        conversion.from = rateOn(fromCode, day);
        if (!conversion.from)
            return std::nullopt;
    }
    if (toCode != u"EUR") {
        conversion.to = rateOn(toCode, day);
        if (!conversion.to)
            return std::nullopt;
    }
    const auto minor = convertMinorUnits(amount.minorUnits(),
                                         amount.currency().exponent(),
                                         conversion.from ? conversion.from->perEuro : kOne,
                                         target.exponent(),
                                         conversion.to ? conversion.to->perEuro : kOne);
    if (!minor)
        return std::nullopt;
    conversion.amount = Money(*minor, target);
    return conversion;
}

} // namespace paydeck::fx
