#include "fact.h"

namespace paydeck::analytics {

quint64 mixBits(quint64 h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

quint64 objectHash(Kind kind, qint64 sourceId, const std::string &id)
{
    quint64 h = 0xcbf29ce484222325ULL ^ (quint64(kind) << 56) ^ quint64(sourceId);
    for (const unsigned char c : id) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    h = mixBits(h);
    return h == 0 ? 1 : h;
}

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::Charge:
        return "charge";
    case Kind::Refund:
        return "refund";
    case Kind::Dispute:
        return "dispute";
    case Kind::Payout:
        return "payout";
    case Kind::Balance:
        return "balance";
    case Kind::Count:
        break;
    }
    return "?";
}

const char *outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return "succeeded";
    case Outcome::Declined:
        return "declined";
    case Outcome::Refunded:
        return "refunded";
    case Outcome::Disputed:
        return "disputed";
    case Outcome::Pending:
        return "pending";
    case Outcome::Paid:
        return "paid";
    case Outcome::Failed:
        return "failed";
    case Outcome::Other:
    case Outcome::Count:
        break;
    }
    return "other";
}

Outcome chargeOutcome(std::string_view status, bool refunded, bool disputed)
{
    if (status == "failed")
        return Outcome::Declined;
    if (status != "succeeded")
        return Outcome::Pending;
    if (disputed)
        return Outcome::Disputed;
    return refunded ? Outcome::Refunded : Outcome::Succeeded;
}

Outcome refundOutcome(std::string_view status)
{
    if (status == "succeeded")
        return Outcome::Succeeded;
    if (status == "failed" || status == "canceled")
        return Outcome::Failed;
    return Outcome::Pending;
}

Outcome disputeOutcome(std::string_view status)
{
    if (status == "won")
        return Outcome::Succeeded;
    if (status == "lost")
        return Outcome::Failed;
    return Outcome::Pending;
}

Outcome payoutOutcome(std::string_view status)
{
    if (status == "paid")
        return Outcome::Paid;
    if (status == "failed" || status == "canceled")
        return Outcome::Failed;
    return Outcome::Pending;
}

Outcome balanceOutcome(std::string_view status)
{
    return status == "pending" ? Outcome::Pending : Outcome::Succeeded;
}

} // namespace paydeck::analytics
