#include "export_text.h"

#include "domain/money.h"

namespace paydeck::sandbox {

quint64 stableHash(quint64 seed, const std::string &id, const char *purpose)
{
    quint64 h = seed ^ 0xcbf29ce484222325ULL;
    for (const char c : id + '|' + purpose) {
        h ^= quint64(static_cast<unsigned char>(c));
        h *= 0x100000001b3ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

std::string upperCode(std::string code)
{
    for (char &c : code)
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    return code;
}

int exponentOf(const std::string &code)
{
    const auto currency = Currency::fromCode(std::string_view(code));
    return currency ? currency->exponent() : 2;
}

QString plainAmount(qint64 minor, const std::string &code, bool decimalComma)
{
    const auto currency = Currency::fromCode(std::string_view(code));
    if (!currency) // the sandbox only uses ISO codes; keep minor units visible if not
        return QString::number(minor);
    QString text = Money(minor, *currency).toDecimalString();
    if (decimalComma) {
        text.replace(u'.', u',');
        if (!text.contains(u','))
            text += u','; // MT940 always writes the decimal comma
    }
    return text;
}

} // namespace paydeck::sandbox
