#pragma once

#include <QString>

#include <vector>

class QCategoryAxis;

namespace paydeck::ui {

struct TimeTick
{
    qint64 at = 0; // unix seconds
    QString label;
};

/// Round ticks for [from, to] in local time, at most about `maxTicks`: whole hours (every 1, 2,
/// 3, 6 or 12, on hours divisible by the step) for up to two days, else local midnights every
/// 1, 2, 7 or 14 days. Never a tick at 22:52.
std::vector<TimeTick> roundTimeTicks(qint64 from, qint64 to, int maxTicks = 8);

/// Sets `axis` (values in ms since the epoch) to [from, to] with those ticks as labels.
void setTimeAxis(QCategoryAxis *axis, qint64 from, qint64 to, int maxTicks = 8);

} // namespace paydeck::ui
