#include "fx_feed.h"

#include "fx/target_calendar.h"
#include "random.h"

#include <QDateTime>

#include <array>
#include <cmath>

namespace paydeck::sandbox {

namespace {

struct Quote
{
    const char *currency;
    double perEuro; // where the walk starts
    int decimals;   // as the ECB writes it
};

constexpr std::array<Quote, 6> kQuotes{{
    {"USD", 1.0850, 4},
    {"GBP", 0.8580, 5},
    {"JPY", 162.40, 2},
    {"CAD", 1.4720, 4},
    {"AUD", 1.6480, 4},
    {"CHF", 0.9520, 4},
}};

// Every walk starts here, so that any range of days gives the same rates.
const QDate kWalkStart(2020, 1, 1);

fx::DecimalRate rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return fx::DecimalRate{qint64(std::llround(value * scale)), decimals};
}

} // namespace

std::vector<fx::ExchangeRate> sandboxRates(quint64 seed, QDate from, QDate to)
{
    std::vector<fx::ExchangeRate> out;
    if (!from.isValid() || !to.isValid() || to < from || to < kWalkStart)
        return out;
    Random random(seed ^ 0x4543425f46584eULL); // its own stream: the business stays the same
    std::array<double, kQuotes.size()> level{};
    for (size_t i = 0; i < kQuotes.size(); ++i)
        level[i] = kQuotes[i].perEuro;
    for (QDate day = kWalkStart; day <= to; day = day.addDays(1)) {
        if (fx::isTargetClosingDay(day))
            continue;
        for (size_t i = 0; i < kQuotes.size(); ++i) {
            // ±0.4 % a day, pulled gently back towards the start so the walk stays plausible.
            const double drift = 0.02 * std::log(kQuotes[i].perEuro / level[i]);
            level[i] *= std::exp(drift + 0.004 * random.normal());
            if (day >= from)
                out.push_back(fx::ExchangeRate{QString::fromLatin1(kQuotes[i].currency),
                                               day,
                                               rounded(level[i], kQuotes[i].decimals),
                                               QStringLiteral("Sandbox"),
                                               QString()});
        }
    }
    return out;
}

QDate lastPublishedDay(const QDateTime &nowUtc)
{
    QDate day = nowUtc.toUTC().date();
    if (nowUtc.toUTC().time().hour() < 15)
        day = day.addDays(-1);
    while (fx::isTargetClosingDay(day))
        day = day.addDays(-1);
    return day;
}

} // namespace paydeck::sandbox
