#include "settlement_rate.h"

#include <QDateTime>

#include <map>

namespace paydeck::fx {

namespace {

__int128 powerOfTen(int exponent)
{
    __int128 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

/// Drops trailing zeros after the point: 1.0900 is 1.09.
DecimalRate tidy(DecimalRate rate)
{
    while (rate.scale > 0 && rate.mantissa % 10 == 0) {
        rate.mantissa /= 10;
        --rate.scale;
    }
    return rate;
}

} // namespace

std::optional<DecimalRate> roundedDecimal(QStringView text, int digits)
{
    text = text.trimmed();
    const qsizetype point = text.indexOf(u'.');
    const QStringView whole = point < 0 ? text : text.left(point);
    const QStringView fraction = point < 0 ? QStringView() : text.mid(point + 1);
    if (whole.isEmpty() || (point >= 0 && fraction.isEmpty()))
        return std::nullopt;
    DecimalRate rate;
    int significant = 0;
    bool roundUp = false;
    for (qsizetype i = 0; i < whole.size() + fraction.size(); ++i) {
        const QChar c = i < whole.size() ? whole[i] : fraction[i - whole.size()];
        if (c < u'0' || c > u'9')
            return std::nullopt;
        const int digit = c.unicode() - u'0';
        const bool inFraction = i >= whole.size();
        if (significant >= digits) {
            if (!inFraction)
                return std::nullopt; // an integer part this long is no exchange rate
            if (significant == digits)
                roundUp = digit >= 5;
            ++significant;
            continue;
        }
        if (rate.mantissa != 0 || digit != 0)
            ++significant;
        rate.mantissa = rate.mantissa * 10 + digit;
        if (inFraction)
            ++rate.scale;
    }
    if (roundUp)
        ++rate.mantissa;
    if (rate.mantissa <= 0)
        return std::nullopt;
    return tidy(rate);
}

DecimalRate inverse(const DecimalRate &rate, int digits)
{
    // 1 / (m × 10^-s) = 10^s / m: scaled by 10^k until the quotient has `digits` digits.
    const __int128 floor = powerOfTen(digits - 1);
    for (int k = 0;; ++k) {
        const __int128 numerator = powerOfTen(rate.scale + k);
        if (numerator / rate.mantissa >= floor || k > 30) {
            const __int128 rounded = (2 * numerator + rate.mantissa) / (2 * rate.mantissa);
            return tidy(DecimalRate{qint64(rounded), k});
        }
    }
}

std::vector<ExchangeRate> perEuroRates(const std::vector<Settlement> &settlements,
                                       const QString &source)
{
    std::map<std::pair<QString, QDate>, std::pair<qint64, ExchangeRate>> latest;
    for (const Settlement &s : settlements) {
        const QString from = s.chargeCurrency.toUpper(), to = s.settledCurrency.toUpper();
        const auto rate = roundedDecimal(s.exchangeRate);
        if (!rate || from == to || (from != u"EUR" && to != u"EUR"))
            continue;
        ExchangeRate perEuro;
        // A charge in X settled in EUR: 1 X = rate EUR, so 1 EUR = 1/rate X. A charge in EUR
        // settled in Y: 1 EUR = rate Y, already per EUR.
        perEuro.currency = to == u"EUR" ? from : to;
        perEuro.perEuro = to == u"EUR" ? inverse(*rate) : *rate;
        perEuro.day = QDateTime::fromSecsSinceEpoch(s.created, Qt::UTC).date();
        perEuro.source = source;
        perEuro.origin = QStringLiteral("balance transaction %1 (%2 → %3 at %4)")
                             .arg(s.transaction, from, to, s.exchangeRate);
        auto &kept = latest[{perEuro.currency, perEuro.day}];
        if (kept.second.currency.isEmpty() || s.created >= kept.first)
            kept = {s.created, std::move(perEuro)};
    }
    std::vector<ExchangeRate> out;
    for (auto &[key, value] : latest)
        out.push_back(std::move(value.second));
    std::sort(out.begin(), out.end(), [](const ExchangeRate &a, const ExchangeRate &b) {
        return a.day != b.day ? a.day < b.day : a.currency < b.currency;
    });
    return out;
}

} // namespace paydeck::fx
