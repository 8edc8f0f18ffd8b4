#pragma once

// Expected payouts: when each payout's money should be on the bank statement, and whether it
// is. Stripe's `arrival_date` says when the money leaves for the bank; the bank books it some
// business days later, a lag learned per currency and destination account from the payouts
// already matched to bank lines. A payout whose statements reach past its latest usual day
// without its line is missing; one past that day while the statements do not yet reach so far
// is late; one matched to a line of another amount arrived short (or long).

#include "holiday_calendar.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace paydeck::reconcile {

/// A payout as the calendar needs it.
struct PayoutFact
{
    qint64 key = 0; // the store's handle, for drill-down
    qint64 sourceId = 0;
    QString id;
    QString currency; // ISO 4217, upper case
    qint64 amount = 0;
    QDate arrival; // Stripe's arrival_date (UTC)
    QString status;
    QString destination; // the provider's bank account id (empty: unknown)
};

/// Where a payout's money was found: the bank lines reconciliation matched to it.
struct PayoutArrival
{
    qint64 payoutKey = 0;
    QDate booked;            // the first line's booking date
    qint64 difference = 0;   // what arrived minus the payout, minor units
    QString account;         // the statement account (IBAN) it arrived on
    bool writtenOff = false; // a person wrote the payout off instead
};

/// The days an account's imported statements cover.
struct StatementCoverage
{
    QString currency;
    QString account;
    QDate from, through;
};

struct PayoutArrivalInputs
{
    std::vector<PayoutFact> payouts;
    std::vector<PayoutArrival> arrivals;
    std::vector<StatementCoverage> coverage;
};

enum class ArrivalState {
    Expected,      // not yet due
    Arrived,       // on the statement, in full
    AmountDiffers, // on the statement, another amount
    Late,          // past its latest usual day; the statements do not reach that far yet
    Missing,       // the statements reach past its latest usual day, and it is not there
    WrittenOff,    // a person decided it will not arrive
    Unverifiable,  // no statement of its currency covers its days
};

const char *arrivalStateName(ArrivalState state);

/// A lag in business days from arrival_date to the bank's booking.
struct BankLag
{
    int typical = 1; // the median of the recent ones
    int latest = 3;  // the longest of the recent ones: after it, a payout is overdue
    int samples = 0; // 0: not learned yet (the defaults above)
};

struct ExpectedPayout
{
    PayoutFact payout;
    BankLag lag;
    QDate expected; // arrival + typical lag
    QDate latest;   // arrival + latest lag
    ArrivalState state = ArrivalState::Expected;
    std::optional<PayoutArrival> arrival;
    int businessDaysOverdue = 0; // Late and Missing: business days since `latest`
};

/// Every payout that was or will be sent to a bank (failed and canceled ones are left out),
/// judged on `today`.
std::vector<ExpectedPayout>
expectPayouts(const PayoutArrivalInputs &inputs, const HolidayCalendar &calendar, QDate today);

/// How many of each state, in a currency ("" for all).
struct ArrivalCounts
{
    int expected = 0, arrived = 0, amountDiffers = 0, late = 0, missing = 0, writtenOff = 0,
        unverifiable = 0;
    qint64 missingAmount = 0, lateAmount = 0;
};
ArrivalCounts countArrivals(const std::vector<ExpectedPayout> &payouts,
                            const QString &currency = {},
                            qint64 sourceId = 0);

} // namespace paydeck::reconcile
