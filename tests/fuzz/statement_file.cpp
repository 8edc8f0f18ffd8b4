// Any statement file: the format detected from the bytes, then parsed as that format.
#include "reconcile/statement_file.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)paydeck::reconcile::parseStatementFile(paydeck::fuzz::bytes(data, size),
                                                 QStringLiteral("f"));
    return 0;
}
