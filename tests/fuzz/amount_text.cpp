// Amounts as banks write them, in every convention the readers use.
#include "reconcile/amount_text.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QString text = QString::fromUtf8(paydeck::fuzz::bytes(data + 1, size - 1));
    const int exponent = data[0] % 5;
    using paydeck::reconcile::parseMinorUnits;
    (void)parseMinorUnits(text, exponent, u',');
    (void)parseMinorUnits(text, exponent, u'.');
    (void)parseMinorUnits(text, exponent, u',', u'.');
    (void)parseMinorUnits(text, exponent, u'.', u',');
    (void)parseMinorUnits(text, exponent, u'.', u'\'');
    return 0;
}
