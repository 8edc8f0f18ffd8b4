// A fraud rule file (fraud/fraud_rules.h): parsed, and when it parses, judged on one charge
// with every kind of value (missing ones included), so that evaluation is fuzzed too; then
// edited as an analyst's "block this IP" does (fraud/rule_lists.h), which must still parse.
#include "fraud/fraud_rules.h"
#include "fraud/rule_lists.h"
#include "fuzz_input.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto rules
        = paydeck::fraud::FraudRuleSet::parse(QString::fromUtf8(paydeck::fuzz::bytes(data, size)));
    if (!rules)
        return 0;
    paydeck::fraud::ScoredCharge charge;
    charge.facts.id = "ch_1";
    charge.facts.created = 1790000000;
    charge.facts.amount = 123456;
    charge.facts.currency = "eur";
    charge.facts.email = "ada@example.com";
    charge.facts.ip = "203.0.113.7";
    charge.facts.cardCountry = "DE";
    charge.features.card.windows[1].declines = 3;
    charge.risk.score = 70;
    (void)rules.value().judge(charge);
    const QString text = QString::fromUtf8(paydeck::fuzz::bytes(data, size));
    for (const auto &edited :
         {paydeck::fraud::blockEntity(text, QStringLiteral("ip"), QStringLiteral("203.0.113.9")),
          paydeck::fraud::addToList(
              text, QStringLiteral("fuzz_list"), QStringLiteral("Ada@Example.com"))}) {
        if (edited && !paydeck::fraud::FraudRuleSet::parse(edited.value()))
            std::abort(); // an edit that breaks a file that parsed
    }
    return 0;
}
