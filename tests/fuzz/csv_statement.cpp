// CSV bank statements: the columns detected, then the rows read with what was detected.
#include "fuzz_input.h"
#include "reconcile/csv_mapping.h"

using namespace paydeck::reconcile;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = paydeck::fuzz::bytes(data, size);
    auto preview = detectCsvMapping(input, CsvMapping::Kind::Statement, QStringLiteral("f.csv"));
    if (preview)
        (void)statementsFromCsv(input, preview.value().mapping, QStringLiteral("f.csv"));
    return 0;
}
