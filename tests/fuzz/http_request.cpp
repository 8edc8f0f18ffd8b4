// The HTTP request head the sandbox and the webhook receiver read, with its query string.
#include "fuzz_input.h"
#include "net/http_message.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    paydeck::net::HttpRequest request;
    bool http10 = false;
    if (paydeck::net::parseRequestHead(paydeck::fuzz::view(data, size), request, http10)) {
        (void)paydeck::net::declaredContentLength(request);
        (void)paydeck::net::parseQuery(request.query);
        (void)paydeck::net::percentDecode(request.path);
    }
    return 0;
}
