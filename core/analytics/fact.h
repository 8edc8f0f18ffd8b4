#pragma once

// What the analytics engine counts: one fact per provider object, in the terms finance asks
// about (kind, outcome, why, how paid, from where), read from the store by the analytics
// repository.

#include <QtGlobal>

#include <string>
#include <string_view>

namespace paydeck::analytics {

enum class Kind : quint8 { Charge, Refund, Dispute, Payout, Balance, Count };

/// A charge's outcome as finance counts it (and the plain status of the other kinds).
enum class Outcome : quint8 {
    Succeeded, // money taken (also partly refunded)
    Declined,  // failed: the detail is the decline code
    Refunded,  // taken and refunded in full
    Disputed,  // taken and disputed
    Pending,
    Paid,   // payouts: arrived
    Failed, // payouts, refunds: failed or canceled
    Other,
    Count
};

const char *kindName(Kind kind);
const char *outcomeName(Outcome outcome);

/// How finance counts a charge: declined when it failed, refunded when refunded in full,
/// disputed when disputed, taken when it succeeded, pending otherwise.
Outcome chargeOutcome(std::string_view status, bool refunded, bool disputed);
/// Refunds: succeeded, pending (requires_action too), failed or canceled.
Outcome refundOutcome(std::string_view status);
/// Disputes: won counts as succeeded, lost as failed, anything open as pending.
Outcome disputeOutcome(std::string_view status);
/// Payouts: paid, failed or canceled, else pending (pending, in_transit).
Outcome payoutOutcome(std::string_view status);
/// Balance transactions: available is succeeded, pending stays pending.
Outcome balanceOutcome(std::string_view status);

/// A 64-bit finaliser (MurmurHash3's): every input bit moves every output bit.
quint64 mixBits(quint64 h);
/// An object's identity as 64 bits (FNV-1a of kind, source and id, mixed); never 0, so that 0
/// can mark an empty slot. The engine and the alerts' timeline key objects by it.
quint64 objectHash(Kind kind, qint64 sourceId, const std::string &id);

struct Fact
{
    Kind kind = Kind::Charge;
    qint64 sourceId = 0;
    std::string id;
    qint64 at = 0;        // unix seconds: when it happened (a payout: when it arrives)
    std::string currency; // lower case, as Stripe writes it
    qint64 amount = 0;    // minor units
    qint64 fee = 0;       // balance transactions
    qint64 net = 0;       // balance transactions
    Outcome outcome = Outcome::Other;
    /// Why: a charge's decline code, a refund's or dispute's reason, a payout's failure code, a
    /// balance transaction's reporting category.
    std::string detail;
    std::string method;  // card brand (visa, mastercard, …) or the payment method's type
    std::string country; // the card's issuing country
};

} // namespace paydeck::analytics
