#include "target_calendar.h"

namespace paydeck::fx {

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

bool isTargetClosingDay(QDate day)
{
    if (!day.isValid())
        return false;
    if (day.dayOfWeek() >= Qt::Saturday)
        return true;
    const int month = day.month();
    const int dom = day.day();
    if ((month == 1 && dom == 1) || (month == 5 && dom == 1)
        || (month == 12 && (dom == 25 || dom == 26)))
        return true;
    const QDate easter = easterSunday(day.year());
    return day == easter.addDays(-2) || day == easter.addDays(1);
}

} // namespace paydeck::fx
