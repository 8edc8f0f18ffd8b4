#pragma once

// The issuer identification number (IIN, "BIN": a card number's first six digits) the sandbox
// gives a card. Drawn from no random stream (the seeded world stays as it was): a card's issuer
// follows from its brand, its country and its fingerprint, a few issuers per brand and country,
// so that many customers share a BIN as they do with real banks.

#include <string>
#include <string_view>

namespace paydeck::sandbox {

/// The IIN of a card of `brand` issued in `country`, fixed by its fingerprint.
std::string issuerIdentification(std::string_view brand,
                                 std::string_view country,
                                 std::string_view fingerprint);

/// The IIN card testers enumerate numbers in: one range per brand (generated card numbers share
/// their first digits; that is what gives a testing run away across IPs).
std::string testedRangeIdentification(std::string_view brand);

} // namespace paydeck::sandbox
