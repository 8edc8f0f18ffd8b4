// MT940/MT942 statements, with or without the SWIFT envelope.
#include "fuzz_input.h"
#include "reconcile/mt940_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList notes;
    (void)paydeck::reconcile::parseMt940(
        paydeck::fuzz::bytes(data, size), QStringLiteral("f.sta"), &notes);
    return 0;
}
