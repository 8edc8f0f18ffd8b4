#include "card_issuers.h"

#include <cstdint>

namespace paydeck::sandbox {

namespace {

/// FNV-1a: the same number on every platform and run (std::hash promises neither).
std::uint64_t stableHash(std::string_view text, std::uint64_t h = 1469598103934665603ULL)
{
    for (const unsigned char c : text)
        h = (h ^ c) * 1099511628211ULL;
    return h;
}

/// The leading digits of each brand's numbers, and how many digits they take.
std::string brandPrefix(std::string_view brand, std::uint64_t pick)
{
    if (brand == "mastercard")
        return std::to_string(51 + pick % 5); // 51–55
    if (brand == "amex")
        return pick % 2 ? "37" : "34";
    if (brand == "discover")
        return "6011";
    if (brand == "jcb")
        return std::to_string(3528 + pick % 62); // 3528–3589
    return "4";                                  // visa, and what we cannot place
}

std::string sixDigits(std::string_view brand, std::uint64_t h)
{
    std::string iin = brandPrefix(brand, h);
    for (std::uint64_t rest = h >> 8; iin.size() < 6; rest /= 10)
        iin += char('0' + rest % 10);
    return iin;
}

constexpr std::uint64_t kIssuersPerCountry = 6;

} // namespace

std::string
issuerIdentification(std::string_view brand, std::string_view country, std::string_view fingerprint)
{
    const std::uint64_t issuer = stableHash(fingerprint) % kIssuersPerCountry;
    std::uint64_t h = stableHash(brand);
    h = stableHash(country, h);
    h = stableHash(std::to_string(issuer), h);
    return sixDigits(brand, h);
}

std::string testedRangeIdentification(std::string_view brand)
{
    return sixDigits(brand, stableHash("tested range", stableHash(brand)));
}

} // namespace paydeck::sandbox
