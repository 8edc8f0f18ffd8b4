#pragma once

// Everything the Analytics and Overview screens draw, computed from the engine in one go on the
// analytics thread: a period's figures in a reporting currency, the same for the period before
// it, series over the screen's buckets, and breakdowns — with the rates' provenance and the
// currencies that could not be converted (never converted at 1, never silently dropped).

#include "analytics_engine.h"
#include "fx/fx_table.h"

#include <QMetaType>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace paydeck::analytics {

/// What a screen shows: a period cut into buckets (hours, or local days — the screen knows the
/// time zone), the period it is compared with, and the reporting currency.
struct DashboardRequest
{
    /// Answers go to every screen that listens: each request takes an id no other screen has.
    static quint64 newId();
    quint64 id = 0;
    /// Bucket i is [starts[i], starts[i + 1]); the last ends at `to`. Whole hours.
    std::vector<qint64> starts;
    qint64 to = 0;
    std::vector<qint64> previousStarts; // empty: no comparison
    qint64 previousTo = 0;
    QString reportingCurrency = QStringLiteral("EUR");
    int breakdownLimit = 10; // the largest groups of each breakdown
};

/// A period's figures; money in the reporting currency's minor units.
struct PeriodFigures
{
    qint64 gross = 0, net = 0, fees = 0, refunded = 0, disputed = 0;
    qint64 payoutsPaid = 0, payoutsExpected = 0;
    qint64 charges = 0, taken = 0, declined = 0, refunds = 0, disputes = 0;

    std::optional<double> successRate() const; // taken / (taken + declined)
    std::optional<double> refundRate() const;  // refunds / taken
    std::optional<double> disputeRate() const; // disputes / taken
};

struct Bucket
{
    qint64 start = 0, end = 0;
    PeriodFigures figures;
};

/// One group of a breakdown: charges taken and declined, and (by currency) the amount taken.
struct Share
{
    std::string key; // currency, card brand, country or decline code ("" unknown)
    qint64 taken = 0, declined = 0;
    qint64 ownAmount = 0;         // by currency: in that currency
    std::optional<qint64> amount; // by currency: in the reporting currency, if rated
};

/// One currency's own figures over the period, for the tooltips ("per-currency detail").
struct CurrencyDetail
{
    std::string currency;
    qint64 gross = 0, net = 0, fees = 0, refunded = 0, disputed = 0;
};

struct Dashboard
{
    quint64 id = 0;
    quint64 version = 0;       // the engine's changes applied so far
    QString reportingCurrency; // upper case; empty when the request named no ISO 4217 code
    PeriodFigures current, previous;
    bool compared = false;
    std::vector<Bucket> buckets, previousBuckets;
    std::vector<Share> byCurrency, byMethod, byCountry, byDecline;
    std::vector<CurrencyDetail> perCurrency;
    QStringList withoutRate;     // upper-case codes left out of every converted figure
    QStringList provenance;      // "USD: ECB 2026-10-29 … 2026-11-26"
    QStringList rates;           // "1 USD = 0.9182 EUR, ECB 2026-11-26", for the period's last day
    QStringList ratedCurrencies; // those a reporting currency can be (EUR and every rated one)
    bool overflowed = false;
    qint64 balanceTransactions = 0; // in the whole store
};

Dashboard computeDashboard(const AnalyticsEngine &engine,
                           const fx::FxTable &rates,
                           const DashboardRequest &request);

/// The buckets a screen uses for [from, to): hours when it spans two days or less, local
/// midnights otherwise (a range of local days is whole hours in any whole-hour zone).
std::vector<qint64> bucketStarts(qint64 from, qint64 to);

} // namespace paydeck::analytics

Q_DECLARE_METATYPE(paydeck::analytics::DashboardRequest)
Q_DECLARE_METATYPE(paydeck::analytics::Dashboard)
