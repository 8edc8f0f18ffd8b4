// A page of /v1/events.
#include "fuzz_input.h"
#include "providers/stripe/stripe_mapping.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static simdjson::dom::parser parser;
    (void)paydeck::stripe::parseEventPage(parser, paydeck::fuzz::view(data, size));
    return 0;
}
