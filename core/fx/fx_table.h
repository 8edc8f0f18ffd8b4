#pragma once

// Conversion of money between currencies on a given day, with the provenance of every rate used:
// triangulated through EUR (the ECB's rates are per 1 EUR), exact decimal arithmetic, rounded
// half away from zero to the target currency's ISO 4217 exponent only at the end.

#include "domain/money.h"
#include "exchange_rate.h"

#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace paydeck::fx {

/// The rate a conversion used for one currency.
struct RateUsed
{
    QString currency;
    QDate publishedFor; // may be before the day asked for (weekend, TARGET holiday, not yet out)
    DecimalRate perEuro;
    QString source;
    QString origin; // the file or URL it was imported from
};

/// A converted amount and where its rates came from.
struct Conversion
{
    Money amount;
    QDate day;                        // the day the amount was converted for
    std::optional<RateUsed> from, to; // none for EUR itself
    /// A rate of an earlier day had to stand in for the day's own.
    bool usesEarlierRate() const;
    /// "1 USD = 0.9182 EUR, ECB 2026-11-26" (and the standing-in, when it applies).
    QString explain() const;
};

class FxTable
{
public:
    /// How long the last published rate stands in when a day has none: long enough for Easter's
    /// four closing days and a late import, short enough that a stale table is noticed.
    static constexpr int kMaxStandInDays = 7;

    /// Adds rates (a later rate for the same currency, day and source replaces the earlier one).
    void add(const std::vector<ExchangeRate> &rates);
    bool isEmpty() const { return m_byCurrency.isEmpty(); }
    /// Every currency with at least one rate (EUR too, once there is any rate), sorted.
    QStringList currencies() const;

    /// The rate for `currency` on `day`: the day's own, or the last one published within
    /// kMaxStandInDays before it. ECB's rates are preferred; another source stands in for a
    /// currency the ECB does not publish. nullopt when there is none.
    std::optional<RateUsed> rateOn(const QString &currency, QDate day) const;

    /// `amount` in `target` on `day`; nullopt when either currency has no rate that day (never a
    /// conversion at 1, never a silent omission) or the result would not fit.
    std::optional<Conversion> convert(const Money &amount, Currency target, QDate day) const;

private:
    struct DayRate
    {
        QDate day;
        DecimalRate perEuro;
        QString source;
        QString origin;
    };
    // Per currency, per source, sorted by day.
    QHash<QString, QHash<QString, std::vector<DayRate>>> m_byCurrency;
};

/// Exact: amount × toPerEuro / fromPerEuro, rescaled between the exponents, rounded half away
/// from zero. nullopt on overflow.
std::optional<qint64> convertMinorUnits(qint64 minor,
                                        int fromExponent,
                                        const DecimalRate &fromPerEuro,
                                        int toExponent,
                                        const DecimalRate &toPerEuro);

/// convertMinorUnits with its factors worked out (and reduced) once, for many amounts at the
/// same rates: one division an amount.
class PreparedConversion
{
public:
    /// nullopt when the factors do not fit (a rate of 0 included).
    static std::optional<PreparedConversion> prepare(int fromExponent,
                                                     const DecimalRate &fromPerEuro,
                                                     int toExponent,
                                                     const DecimalRate &toPerEuro);
    /// nullopt on overflow.
    std::optional<qint64> operator()(qint64 minor) const;

private:
    static constexpr qint64 kSmallLimit = qint64(1) << 40; // amounts the 64-bit path takes
    __int128 m_numerator = 1, m_denominator = 1;
    bool m_small = false;
};

} // namespace paydeck::fx
