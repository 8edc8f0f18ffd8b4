#pragma once

// Tables as files people open in a spreadsheet: CSV (RFC 4180, UTF-8) and XLSX (through
// libxlsxwriter, Debian's libxlsxwriter-dev). A table is typed — text, money in minor units with
// its currency's exponent, whole numbers, moments — so that each format writes a number as a
// number, a date as a date and text as text. A file appears under its name only once it is
// finished: a writer destroyed before `finish` (an error, a cancel) leaves nothing there.

#include "util/result.h"

#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace paydeck::exporting {

enum class CellKind { Text, Money, Integer, Moment };

struct ExportColumn
{
    QString header;
    CellKind kind = CellKind::Text;
};

struct ExportCell
{
    CellKind kind = CellKind::Text;
    bool empty = false;
    std::string text;  // Text (UTF-8)
    qint64 number = 0; // Money: minor units; Integer; Moment: unix seconds (UTC)
    int exponent = 2;  // Money: the currency's (0 for JPY, 3 for BHD)

    static ExportCell ofText(std::string text)
    {
        return {CellKind::Text, false, std::move(text), 0, 2};
    }
    static ExportCell ofMoney(qint64 minor, int exponent)
    {
        return {CellKind::Money, false, {}, minor, exponent};
    }
    static ExportCell ofInteger(qint64 n) { return {CellKind::Integer, false, {}, n, 2}; }
    static ExportCell ofMoment(qint64 unixSeconds)
    {
        return {CellKind::Moment, false, {}, unixSeconds, 2};
    }
    static ExportCell none() { return {CellKind::Text, true, {}, 0, 2}; }
};

enum class ExportFormat { Csv, Xlsx };
/// csv or xlsx (case-insensitive); nullopt otherwise.
std::optional<ExportFormat> exportFormatNamed(const QString &name);

class TableWriter
{
public:
    virtual ~TableWriter() = default;
    /// One row, a cell per column.
    virtual Result<void> writeRow(const std::vector<ExportCell> &cells) = 0;
    /// Completes the file and puts it under its name.
    virtual Result<void> finish() = 0;
};

/// A writer of `path` (the file appears there at `finish`); `sheet` names the XLSX sheet.
Result<std::unique_ptr<TableWriter>> openTableWriter(ExportFormat format,
                                                     const QString &path,
                                                     const std::vector<ExportColumn> &columns,
                                                     const QString &sheet);

/// A text cell as CSV writes it: quoted, inner quotes doubled, and a leading character a
/// spreadsheet would run as a formula (= + - @, tab, CR, LF, NUL — also after leading spaces)
/// neutralised with a `'` (OWASP CSV injection). Numbers are not text: they are written bare.
std::string csvTextField(std::string_view text);
/// A moment as "YYYY-MM-DD HH:MM:SS" in UTC.
std::string utcMomentText(qint64 unixSeconds);
/// Minor units as a number in major units: -1234 with exponent 2 → "-12.34".
std::string majorUnits(qint64 minor, int exponent);

} // namespace paydeck::exporting
