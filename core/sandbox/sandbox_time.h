#pragma once

// The sandbox's calendar: days in UTC, business days, and the shape of shop traffic over a day
// and a week. Shared by the world and the bank statement it produces.

#include <QDateTime>
#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace paydeck::sandbox {

inline constexpr qint64 kDay = 86400;

inline qint64 startOfDay(qint64 t)
{
    return t - ((t % kDay) + kDay) % kDay;
}

inline int weekdayOf(qint64 t) // Monday 1 … Sunday 7
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).date().dayOfWeek();
}

/// `count` business days after `day` (weekends skipped).
inline qint64 addBusinessDays(qint64 day, int count)
{
    while (count > 0) {
        day += kDay;
        if (weekdayOf(day) <= 5)
            --count;
    }
    return day;
}

/// Two business days after `t`'s day, as Stripe's standard payout schedule.
inline qint64 arrivalDate(qint64 t)
{
    return addBusinessDays(startOfDay(t), 2);
}

/// Relative shop traffic by time of day (UTC), peaking in the European afternoon.
inline double diurnal(qint64 t)
{
    const double hour = double(((t % kDay) + kDay) % kDay) / 3600.0;
    const double distance = std::min(std::abs(hour - 15.0), 24.0 - std::abs(hour - 15.0));
    return 0.2 + 0.8 * std::exp(-(distance * distance) / 18.0);
}

inline double weekly(qint64 t)
{
    return weekdayOf(t) >= 6 ? 0.8 : 1.0;
}

inline constexpr double kMeanDiurnal = 0.51; // the average of diurnal() over a day (numerically)

} // namespace paydeck::sandbox
