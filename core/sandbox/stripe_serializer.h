#pragma once

#include "domain/objects.h"

#include <string>

namespace paydeck::sandbox {

/// Serialises domain objects the way the Stripe API sends them (API version 2023-08-16), with
/// the fields Stripe always includes, so that clients see realistic objects. `extra` carries
/// sandbox-only detail that the domain types do not hold (customer address, IP).
void appendStripeJson(std::string &out, const BalanceTransaction &bt);
void appendStripeJson(std::string &out, const Charge &charge);
void appendStripeJson(std::string &out, const Refund &refund);
void appendStripeJson(std::string &out, const Payout &payout);
void appendStripeJson(std::string &out, const Dispute &dispute);
struct EventRecord;
void appendStripeJson(std::string &out, const EventRecord &event);

template<typename T>
std::string toStripeJson(const T &object)
{
    std::string out;
    out.reserve(1024);
    appendStripeJson(out, object);
    return out;
}

} // namespace paydeck::sandbox
