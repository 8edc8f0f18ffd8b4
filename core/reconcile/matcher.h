#pragma once

#include "rules.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace paydeck::reconcile {

/// Days since 1970-01-01 (UTC); the matcher's calendar.
using Day = int;
/// Business days from `from` to `to` (Mon–Fri), negative when `to` is earlier.
int businessDaysBetween(Day from, Day to);

/// A provider-side item: a payout (to be found on the bank statement) or a charge (to be found
/// in the ledger).
struct ProviderItem
{
    qint64 rowid = 0;
    std::string id; // po_…, ch_…
    qint64 amount = 0;
    qint64 net = 0; // a charge's net after the provider's fee; a payout's amount
    std::string currency; // upper case
    Day day = 0;          // payout arrival date, charge creation date
    std::string text;     // what may carry a reference: description, metadata
};

/// A counter-side item: a bank statement line or a ledger entry.
struct CounterItem
{
    qint64 id = 0;
    qint64 amount = 0;
    std::string currency;
    Day day = 0;      // booking date
    std::string text; // references and remittance text (bank) or the invoice reference (ledger)
    qint64 charges = 0;
    std::string instructedCurrency;
    std::optional<qint64> instructedAmount;
    bool providerLine = true; // mentions the provider: reported when nothing matches it
};

enum class Reconciliation { PayoutBank, ChargeLedger };

struct MatchResult
{
    std::vector<int> left;  // indices into the provider items
    std::vector<int> right; // indices into the counter items
    std::string rule;
    double score = 1.0;
    qint64 difference = 0; // counter sum minus provider sum, minor units
    QString explanation;
};

enum class ExceptionKind { Unmatched, Partial, AmountMismatch, Duplicate, BalanceProof };
const char *exceptionKindName(ExceptionKind kind);

struct ExceptionResult
{
    ExceptionKind kind = ExceptionKind::Unmatched;
    bool providerSide = true;
    int index = 0;
    qint64 amount = 0;
    QString detail;
};

struct MatchOutcome
{
    std::vector<MatchResult> matches;
    std::vector<ExceptionResult> exceptions;
    int pending = 0; // provider items too recent to be overdue
};

/// Matches provider items against counter items by the rules, in order. Deterministic: the same
/// input gives the same matches. `lockedLeft/lockedRight` (by index) are already decided by a
/// person and are neither matched nor reported. `asOf` decides which unmatched provider items
/// are overdue (later than their date window) rather than still on their way.
MatchOutcome matchItems(Reconciliation kind, const std::vector<ProviderItem> &provider,
                        const std::vector<CounterItem> &counter, const RuleSet &rules, Day asOf,
                        const std::vector<bool> &lockedLeft = {},
                        const std::vector<bool> &lockedRight = {});

} // namespace paydeck::reconcile
