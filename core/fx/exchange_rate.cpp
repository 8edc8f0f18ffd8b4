#include "exchange_rate.h"

namespace paydeck::fx {

namespace {

constexpr int kMaxDigits = 12; // ECB publishes 5–6 significant digits; room to spare, no overflow

} // namespace

std::optional<DecimalRate> DecimalRate::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    DecimalRate rate;
    int digits = 0;
    bool seenPoint = false;
    bool seenDigitBeforePoint = false;
    for (const QChar c : text) {
        if (c == u'.') {
            if (seenPoint || !seenDigitBeforePoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (!seenPoint)
            seenDigitBeforePoint = true;
        if (rate.mantissa != 0 || c != u'0')
            ++digits; // leading zeros are not significant
        if (digits > kMaxDigits)
            return std::nullopt;
        rate.mantissa = rate.mantissa * 10 + (c.unicode() - u'0');
        if (seenPoint)
            ++rate.scale;
    }
    if (seenPoint && rate.scale == 0) // "1."
        return std::nullopt;
    if (rate.mantissa <= 0)
        return std::nullopt;
    return rate;
}

QString DecimalRate::text() const
{
    QString digits = QString::number(mantissa);
    if (scale == 0)
        return digits;
    if (digits.size() <= scale)
        digits.prepend(QString(scale - digits.size() + 1, u'0'));
    digits.insert(digits.size() - scale, u'.');
    return digits;
}

} // namespace paydeck::fx
