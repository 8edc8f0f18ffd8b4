#pragma once

#include <QDate>
#include <QStringView>

namespace paydeck::reconcile {

/// Reads a date written in `format` the way QDate::fromString(text, format) does, for the
/// formats bank and ledger exports use: d, dd, M, MM, yy, yyyy and separators that are not
/// letters. Those are read directly (QDate::fromString sets up a whole date-time parser for every
/// call: detecting a CSV file's date format tries nine formats on every row); any other format is
/// handed to QDate::fromString.
QDate dateFromText(QStringView text, QStringView format);

} // namespace paydeck::reconcile
