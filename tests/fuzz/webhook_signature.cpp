// A Stripe-Signature header (the first line) over a body (the rest).
#include "webhooks/webhook_signature.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view input = paydeck::fuzz::view(data, size);
    const size_t newline = input.find('\n');
    const std::string_view header = input.substr(0, newline);
    const std::string_view body
        = newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);
    (void)paydeck::webhooks::verifyStripeSignature(
        QByteArrayView(body.data(), qsizetype(body.size())),
        QByteArrayView(header.data(), qsizetype(header.size())),
        QByteArrayView("whsec_fuzz"),
        1700000000);
    return 0;
}
