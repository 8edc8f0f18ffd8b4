// An alert rules file (alerts/alert_rule.h: the JSON a team versions and imports).
#include "alerts/alert_rule.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = paydeck::fuzz::bytes(data, size);
    (void)paydeck::alerts::parseAlertRules(json, QStringLiteral("fuzz"));
    (void)paydeck::alerts::parseAlertRule(json, QStringLiteral("fuzz"));
    return 0;
}
