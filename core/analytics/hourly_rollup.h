#pragma once

// What the screens draw, per hour and currency, kept up to date as the engine counts: a
// period's figures are then a walk over its hours (a few thousand small records), never over
// every bucket of every hour. Fed by AnalyticsEngine with each change of a bucket's totals.

#include "fact.h"

#include <QtGlobal>

#include <vector>

namespace paydeck::analytics {

/// One hour of one currency. Amounts in that currency's minor units.
struct HourFigures
{
    qint32 charges = 0, taken = 0, declined = 0, refunds = 0, disputes = 0; // an hour's counts
    qint64 takenAmount = 0;    // charges taken (succeeded, refunded or disputed later)
    qint64 refundedAmount = 0; // refunds that succeeded
    qint64 disputedAmount = 0;
    qint64 payoutsDue = 0, payoutsPaid = 0; // by arrival
    qint64 fees = 0, net = 0;               // balance transactions other than payouts
};

/// Charges of one card brand, country or decline code in one hour.
struct ChargeCounts
{
    qint32 taken = 0, declined = 0;
};

class HourlyRollup
{
public:
    struct Hour
    {
        std::vector<HourFigures> byCurrency; // by the engine's currency index
        std::vector<ChargeCounts> byMethod, byCountry, byDetail;
    };
    /// What one object adds (sign +1) or takes back (−1), in the engine's name indexes.
    struct Change
    {
        qint32 hour = 0;
        quint16 currency = 0, detail = 0, method = 0, country = 0;
        Kind kind = Kind::Charge;
        Outcome outcome = Outcome::Other;
        bool payoutTransfer = false; // a balance transaction of a payout: not volume
        qint64 sign = 1, amount = 0, fee = 0;
    };

    void apply(const Change &change);
    /// The hour's figures; nullptr when nothing happened in it.
    const Hour *at(qint32 hour) const;
    size_t memoryBytes() const;
    /// Gives back what growing left unused (after a rebuild).
    void compact();

private:
    Hour &hour(qint32 hour);
    qint32 m_first = 0;
    std::vector<Hour> m_hours;
};

} // namespace paydeck::analytics
