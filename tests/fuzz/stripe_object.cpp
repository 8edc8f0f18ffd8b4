// One Stripe object mapped as every object type (a retrieved object, a webhook's data.object).
#include "fuzz_input.h"
#include "providers/stripe/stripe_mapping.h"

using namespace paydeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static simdjson::dom::parser parser;
    simdjson::dom::element root;
    const std::string_view json = fuzz::view(data, size);
    if (parser.parse(json.data(), json.size()).get(root) != simdjson::SUCCESS)
        return 0;
    (void)stripe::mapObject<BalanceTransaction>(root);
    (void)stripe::mapObject<Charge>(root);
    (void)stripe::mapObject<Refund>(root);
    (void)stripe::mapObject<Payout>(root);
    (void)stripe::mapObject<Dispute>(root);
    (void)stripe::parseErrorMessage(json);
    return 0;
}
