// A reconciliation rules file (--rules) and a saved CSV mapping, both JSON.
#include "fuzz_input.h"
#include "reconcile/csv_mapping.h"
#include "reconcile/rules.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject json = QJsonDocument::fromJson(paydeck::fuzz::bytes(data, size)).object();
    (void)paydeck::reconcile::RuleSet::fromJson(json);
    (void)paydeck::reconcile::CsvMapping::fromJson(json);
    return 0;
}
