// A Stripe list page of each object type (the first byte picks the type).
#include "fuzz_input.h"
#include "providers/stripe/stripe_mapping.h"

using namespace paydeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static simdjson::dom::parser parser;
    const std::string_view json = fuzz::view(data + 1, size - 1);
    switch (data[0] % kObjectTypeCount) {
    case 0:
        (void)stripe::parseListPage<BalanceTransaction>(parser, json);
        break;
    case 1:
        (void)stripe::parseListPage<Charge>(parser, json);
        break;
    case 2:
        (void)stripe::parseListPage<Refund>(parser, json);
        break;
    case 3:
        (void)stripe::parseListPage<Payout>(parser, json);
        break;
    default:
        (void)stripe::parseListPage<Dispute>(parser, json);
    }
    return 0;
}
