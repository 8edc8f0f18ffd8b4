#pragma once

// The figures finance reads, from the engine: volume, success and decline, refunds, disputes,
// fees, net, payouts — per currency, and in a reporting currency where rates exist.

#include "analytics_engine.h"
#include "fx/fx_table.h"

#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace paydeck::analytics {

/// One currency's figures over a range. Amounts in that currency's minor units.
struct CurrencyFigures
{
    std::string currency;      // lower case
    qint64 grossVolume = 0;    // charges taken (succeeded, refunded or disputed later)
    qint64 refundedAmount = 0; // refunds that succeeded
    qint64 disputedAmount = 0; // disputes opened
    qint64 fees = 0;           // balance transactions' fees
    qint64 net = 0;            // balance transactions' net
    qint64 payoutsPaid = 0;    // payouts arrived in the range
    qint64 payoutsPending = 0; // payouts due in the range, not arrived (or failed)
    qint64 charges = 0, taken = 0, declined = 0, pending = 0;
    qint64 refunds = 0, disputes = 0;
};

struct Figures
{
    std::vector<CurrencyFigures> perCurrency;
    qint64 charges = 0, taken = 0, declined = 0, refunds = 0, disputes = 0;

    /// Taken / decided (succeeded, refunded, disputed or declined); nullopt without any.
    std::optional<double> successRate() const;
    /// Disputes opened / charges taken; nullopt without any taken.
    std::optional<double> disputeRate() const;
};

Figures computeFigures(const AnalyticsEngine &engine, qint64 from, qint64 to, qint64 sourceId = 0);

struct DayConversion;

/// Sums per-day amounts of several currencies in one target currency: each day at that day's
/// rate (the last published standing in), kept at four extra digits and rounded once at the end.
/// Currencies without a rate on some day are named and left out of `amount` (never at 1).
class ReportingSum
{
public:
    ReportingSum(const fx::FxTable &rates, Currency target);
    void add(const std::string &currency, QDate day, qint64 minor);
    /// The same with the day's rates looked up once (conversionFor) for many amounts. Returns
    /// what it added, with the extra digits (nullopt: nothing, no rate or too large), so that a
    /// caller can keep parts of the sum (rounded()) without converting twice.
    /// `provenance` false: the rate is not recorded in used() (the caller records it once).
    std::optional<__int128>
    add(const DayConversion &conversion, qint64 minor, bool provenance = true);
    /// A sum of added values rounded to the target's minor units, as amount() does.
    static qint64 rounded(__int128 scaled);
    DayConversion conversionFor(const std::string &currency, QDate day) const;
    qint64 amount() const; // in the target's minor units
    Currency target() const { return m_target; }
    QStringList withoutRate() const;
    struct Used
    {
        QString source;
        QDate first, last;
        void merge(const Used &other);
    };
    /// Per converted currency, the source and days of the rates used.
    const std::map<QString, Used> &used() const { return m_used; }
    bool overflowed() const { return m_overflow; }

private:
    const fx::FxTable &m_rates;
    Currency m_target;
    __int128 m_scaled = 0;
    bool m_overflow = false;
    QStringList m_withoutRate;
    std::map<QString, Used> m_used;
};

/// One currency's rates into a target on one day, as ReportingSum uses them.
struct DayConversion
{
    QString code;       // upper case
    bool rated = false; // false: named in withoutRate, never converted at 1
    bool same = false;  // the target itself
    int fromExponent = 0;
    fx::DecimalRate from{1, 0}, to{1, 0};
    std::optional<fx::PreparedConversion> prepared; // into the target with the extra digits
    ReportingSum::Used used;
};

/// "USD: ECB 2026-10-29 … 2026-11-26" per currency.
QStringList provenanceLines(const std::map<QString, ReportingSum::Used> &used);

/// The money figures of a range in one reporting currency.
struct ReportingFigures
{
    Currency currency;
    qint64 grossVolume = 0, refundedAmount = 0, fees = 0, net = 0;
    QStringList withoutRate; // upper-case codes left out of every figure
    QStringList provenance;  // provenanceLines()
    bool overflowed = false;
};

ReportingFigures reportingFigures(const AnalyticsEngine &engine,
                                  qint64 from,
                                  qint64 to,
                                  const fx::FxTable &rates,
                                  Currency target,
                                  qint64 sourceId = 0);

} // namespace paydeck::analytics
