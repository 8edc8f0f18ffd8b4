// camt.052/053/054 bank statements (XML).
#include "fuzz_input.h"
#include "reconcile/camt_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)paydeck::reconcile::parseCamt(paydeck::fuzz::bytes(data, size), QStringLiteral("f.xml"));
    return 0;
}
