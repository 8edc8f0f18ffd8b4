// The body of a verified webhook.
#include "fuzz_input.h"
#include "webhooks/webhook_receiver.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)paydeck::webhooks::parseWebhookEvent(paydeck::fuzz::view(data, size));
    return 0;
}
