#include "date_text.h"

#include <optional>

namespace paydeck::reconcile {

namespace {

/// The digits at `pos`: exactly `min` of them when min == max, else up to `max` (Qt reads "d"
/// and "M" as one or two digits). Advances `pos`.
std::optional<int> readNumber(QStringView text, qsizetype &pos, int min, int max)
{
    int value = 0;
    int count = 0;
    while (count < max && pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
        value = value * 10 + (text[pos].unicode() - u'0');
        ++pos;
        ++count;
    }
    if (count < min)
        return std::nullopt;
    return value;
}

/// Whether the format is made only of d/M/y runs this reader knows and non-letter separators.
bool simpleFormat(QStringView format)
{
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format[i];
        qsizetype run = 1;
        while (i + run < format.size() && format[i + run] == c)
            ++run;
        if (c == u'd' || c == u'M') {
            if (run > 2)
                return false;
        } else if (c == u'y') {
            if (run != 2 && run != 4)
                return false;
        } else if (c.isLetter() || c == u'\'') {
            return false;
        }
        i += run;
    }
    return true;
}

} // namespace

QDate dateFromText(QStringView text, QStringView format)
{
    if (!simpleFormat(format))
        return QDate::fromString(text.toString(), format.toString());
    int day = 0, month = 0, year = 0;
    qsizetype pos = 0;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format[i];
        qsizetype run = 1;
        while (i + run < format.size() && format[i + run] == c)
            ++run;
        i += run;
        if (c == u'd' || c == u'M' || c == u'y') {
            const int width = int(run);
            const auto number
                = readNumber(text, pos, width == 1 ? 1 : width, width == 1 ? 2 : width);
            if (!number)
                return {};
            if (c == u'd')
                day = *number;
            else if (c == u'M')
                month = *number;
            else
                year = width == 2 ? 1900 + *number : *number; // as Qt reads "yy"
            continue;
        }
        for (qsizetype k = 0; k < run; ++k, ++pos) {
            if (pos >= text.size() || text[pos] != c)
                return {};
        }
    }
    if (pos != text.size())
        return {};
    return QDate(year, month, day); // invalid when the day does not exist
}

} // namespace paydeck::reconcile
