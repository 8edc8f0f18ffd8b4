#include "amount_text.h"

#include <limits>

namespace paydeck::reconcile {

std::optional<qint64>
parseMinorUnits(QStringView text, int exponent, QChar decimalSeparator, QChar groupSeparator)
{
    text = text.trimmed();
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
        negative = text.front() == u'-';
        text = text.mid(1).trimmed();
    }
    if (text.isEmpty())
        return std::nullopt;
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    qint64 value = 0;
    bool anyDigit = false;
    bool inFraction = false;
    int fractionDigits = 0;
    QChar previous;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128) {
            const int digit = c.unicode() - u'0';
            anyDigit = true;
            if (inFraction && fractionDigits >= exponent) {
                if (digit != 0)
                    return std::nullopt; // more precision than the currency has
                continue;
            }
            if (value > (kMax - digit) / 10)
                return std::nullopt;
            value = value * 10 + digit;
            if (inFraction)
                ++fractionDigits;
        } else if (c == decimalSeparator && !inFraction) {
            inFraction = true;
        } else if (!groupSeparator.isNull() && c == groupSeparator && !inFraction
                   && previous.isDigit()) {
            // grouping between digits only
        } else {
            return std::nullopt;
        }
        previous = c;
    }
    if (!anyDigit)
        return std::nullopt;
    for (; fractionDigits < exponent; ++fractionDigits) {
        if (value > kMax / 10)
            return std::nullopt;
        value *= 10;
    }
    return negative ? -value : value;
}

} // namespace paydeck::reconcile
