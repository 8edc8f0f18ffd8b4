#include "time_ticks.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QLocale>

namespace paydeck::ui {

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

int stepFor(qint64 units, int maxTicks, std::initializer_list<int> steps)
{
    for (const int step : steps) {
        if (units / step <= maxTicks)
            return step;
    }
    return *(steps.end() - 1);
}

} // namespace

std::vector<TimeTick> roundTimeTicks(qint64 from, qint64 to, int maxTicks)
{
    std::vector<TimeTick> ticks;
    if (to <= from)
        return ticks;
    const QLocale locale;
    if (to - from <= 2 * kDay) {
        const int step = stepFor((to - from) / kHour, maxTicks, {1, 2, 3, 6, 12});
        QDateTime at = QDateTime::fromSecsSinceEpoch(from);
        at.setTime(QTime(at.time().hour(), 0));
        if (at.toSecsSinceEpoch() < from)
            at = at.addSecs(kHour);
        for (; at.toSecsSinceEpoch() <= to; at = at.addSecs(kHour)) {
            if (at.time().hour() % step != 0)
                continue;
            // Midnight names the day; other ticks the hour.
            const QString label = at.time().hour() == 0
                                      ? locale.toString(at.date(), QStringLiteral("ddd d"))
                                      : at.toString(QStringLiteral("HH:00"));
            ticks.push_back({at.toSecsSinceEpoch(), label});
        }
        return ticks;
    }
    const int step = stepFor((to - from) / kDay, maxTicks, {1, 2, 7, 14, 28});
    QDate day = QDateTime::fromSecsSinceEpoch(from).date();
    if (day.startOfDay().toSecsSinceEpoch() < from)
        day = day.addDays(1);
    for (int i = 0;; ++i, day = day.addDays(1)) {
        const qint64 at = day.startOfDay().toSecsSinceEpoch();
        if (at > to)
            break;
        if (i % step == 0)
            ticks.push_back({at, locale.toString(day, QStringLiteral("d MMM"))});
    }
    return ticks;
}

void setTimeAxis(QCategoryAxis *axis, qint64 from, qint64 to, int maxTicks)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Just before the first tick: a category ending at the axis' very start draws no label.
    axis->setStartValue(double(from) * 1000.0 - 1.0);
    for (const TimeTick &tick : roundTimeTicks(from, to, maxTicks)) {
        // Labels must be unique: a repeated one (a DST change's hour) gets a thin space.
        QString label = tick.label;
        while (axis->categoriesLabels().contains(label))
            label += QChar(0x2009);
        axis->append(label, double(tick.at) * 1000.0);
    }
    axis->setRange(double(from) * 1000.0 - 1.0, double(to) * 1000.0);
}

} // namespace paydeck::ui
