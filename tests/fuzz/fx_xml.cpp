// The ECB's euro reference rates (eurofxref XML), and the conversions over what was read.
#include "fuzz_input.h"
#include "fx/ecb_xml.h"
#include "fx/fx_table.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto parsed
        = paydeck::fx::parseEcbXml(paydeck::fuzz::bytes(data, size), QStringLiteral("f.xml"));
    if (!parsed)
        return 0;
    paydeck::fx::FxTable table;
    table.add(parsed.value().rates);
    const auto eur = paydeck::Currency::fromCode(std::string_view("EUR"));
    for (const auto &rate : parsed.value().rates) {
        const auto currency = paydeck::Currency::fromCode(QStringView(rate.currency));
        if (!currency)
            __builtin_trap(); // the parser let a code through that ISO 4217 does not know
        (void)table.convert(paydeck::Money(123456789, *currency), *eur, rate.day);
        (void)table.convert(paydeck::Money(-987654321, *eur), *currency, rate.day.addDays(3));
    }
    return 0;
}
