// CSV ledger exports: the columns detected, then the receivables read with what was detected.
#include "fuzz_input.h"
#include "reconcile/csv_mapping.h"

using namespace paydeck::reconcile;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = paydeck::fuzz::bytes(data, size);
    auto preview = detectCsvMapping(input, CsvMapping::Kind::Ledger, QStringLiteral("f.csv"));
    if (preview)
        (void)ledgerFromCsv(input, preview.value().mapping, QStringLiteral("f.csv"));
    return 0;
}
