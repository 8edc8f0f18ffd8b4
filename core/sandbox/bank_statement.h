#pragma once

#include "domain/objects.h"
#include "util/result.h"
#include "world.h"

#include <QJsonObject>
#include <QString>

#include <string>
#include <vector>

namespace paydeck::sandbox {

/// One line the sandbox's bank books for the payouts it receives.
struct BankLine
{
    std::vector<std::string> payouts; // the payouts this line carries (several when merged)
    qint64 amount = 0;                // minor units, credit positive
    qint64 bookingDay = 0;            // unix time of the day's start (UTC)
    qint64 valueDay = 0;
    std::string servicerRef; // the bank's own reference, unique per booking
    std::string endToEndId;  // empty when the payer sent none
    std::string remittance;
};

struct BankAccountStatement
{
    std::string currency; // upper case
    std::string account;  // IBAN-like identification
    qint64 opening = 0;
    qint64 fromDay = 0;
    qint64 toDay = 0;
    std::vector<BankLine> lines;
    qint64 closing() const;
};

/// What reconciling this statement against the synced payouts must find.
struct BankStatementExpectation
{
    std::string missingPayout; // never arrives: unmatched
    /// Payouts a payout_missing incident kept from the bank (their arrival date in its window).
    std::vector<std::string> incidentMissing;
    std::string shortPayout; // arrives short by a fee: amount mismatch
    qint64 shortBy = 0;
    std::string duplicatedPayout;                        // its line is booked twice: duplicate
    std::vector<std::string> splitPayouts;               // paid in two lines
    std::vector<std::vector<std::string>> mergedPayouts; // paid together in one line
    int truncatedReferences = 0;
    int unreferencedLines = 0;
    int payoutsBooked = 0;       // payouts with a line on the statement
    int payoutsNotYetBooked = 0; // arrive after the statement's end: pending
    QJsonObject toJson() const;
};

struct BankStatement
{
    std::vector<BankAccountStatement> accounts;
    BankStatementExpectation expectation;
    qint64 created = 0;
};

/// The bank statement the payouts would produce at a bank: booked 1–3 business days after the
/// arrival date, remittance text sometimes cut, an occasional split or merged payout, and three
/// deliberate exceptions (one payout never arrives, one arrives short by a fee, one line is
/// booked twice). Deterministic for the same payouts and seed. `until` is the statement's end.
/// Payouts arriving within a payout_missing incident are never booked; with `builtInMissing`
/// false (incidents chosen explicitly) no other payout is left out.
BankStatement makeBankStatement(const std::vector<Payout> &payouts,
                                quint64 seed,
                                qint64 until,
                                const std::vector<Incident> &incidents = {},
                                bool builtInMissing = true);

/// ISO 20022 camt.053.001.08, one Stmt per currency account.
QByteArray writeCamt053(const BankStatement &statement);
/// SWIFT MT940, one message per currency account.
QByteArray writeMt940(const BankStatement &statement);

} // namespace paydeck::sandbox
