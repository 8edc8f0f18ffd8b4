#pragma once

// The TARGET calendar: the days the ECB publishes no euro reference rates.

#include <QDate>

namespace paydeck::fx {

/// Saturdays, Sundays, 1 January, Good Friday, Easter Monday, 1 May, 25 and 26 December.
bool isTargetClosingDay(QDate day);

/// Easter Sunday of `year` (Gregorian; the anonymous algorithm).
QDate easterSunday(int year);

} // namespace paydeck::fx
