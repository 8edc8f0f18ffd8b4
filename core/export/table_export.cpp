#include "table_export.h"

#include <cstdio>
#include <cstdlib>

namespace paydeck::exporting {

std::unique_ptr<TableWriter>
csvTableWriter(const QString &path, const std::vector<ExportColumn> &columns, QString &error);
std::unique_ptr<TableWriter> xlsxTableWriter(const QString &path,
                                             const std::vector<ExportColumn> &columns,
                                             const QString &sheet,
                                             QString &error);

std::optional<ExportFormat> exportFormatNamed(const QString &name)
{
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return ExportFormat::Csv;
    if (name.compare(u"xlsx", Qt::CaseInsensitive) == 0)
        return ExportFormat::Xlsx;
    return std::nullopt;
}

Result<std::unique_ptr<TableWriter>> openTableWriter(ExportFormat format,
                                                     const QString &path,
                                                     const std::vector<ExportColumn> &columns,
                                                     const QString &sheet)
{
    QString error;
    auto writer = format == ExportFormat::Csv ? csvTableWriter(path, columns, error)
                                              : xlsxTableWriter(path, columns, sheet, error);
    if (!writer)
        return makeError(error);
    return writer;
}

std::string csvTextField(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 3);
    out += '"';
    // What a spreadsheet would evaluate: the first character after any spaces.
    const size_t first = text.find_first_not_of(' ');
    if (first != std::string_view::npos) {
        const char c = text[first];
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n'
            || c == '\0')
            out += '\'';
    }
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string utcMomentText(qint64 unixSeconds)
{
    // Days to a civil date (H. Hinnant's algorithm): a million rows need no time zone lookups.
    const qint64 days = unixSeconds >= 0 ? unixSeconds / 86400 : (unixSeconds - 86399) / 86400;
    const qint64 secondOfDay = unixSeconds - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra
        = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2);
    char text[96];
    std::snprintf(text,
                  sizeof text,
                  "%04lld-%02lld-%02lld %02lld:%02lld:%02lld",
                  static_cast<long long>(year),
                  static_cast<long long>(month),
                  static_cast<long long>(day),
                  static_cast<long long>(secondOfDay / 3600),
                  static_cast<long long>(secondOfDay / 60 % 60),
                  static_cast<long long>(secondOfDay % 60));
    return text;
}

std::string majorUnits(qint64 minor, int exponent)
{
    const bool negative = minor < 0;
    // Through the unsigned magnitude: the most negative number has no positive twin.
    unsigned long long magnitude = negative ? 0ULL - static_cast<unsigned long long>(minor)
                                            : static_cast<unsigned long long>(minor);
    std::string digits = std::to_string(magnitude);
    if (exponent > 0) {
        if (digits.size() <= size_t(exponent))
            digits.insert(0, size_t(exponent) + 1 - digits.size(), '0');
        digits.insert(digits.size() - size_t(exponent), 1, '.');
    }
    return negative ? '-' + digits : digits;
}

} // namespace paydeck::exporting
