#include "json_writer.h"

#include <array>

#include <charconv>
#include <cstring>

namespace paydeck {

void JsonWriter::separate()
{
    if (m_needComma)
        m_out.push_back(',');
    m_needComma = true;
}

JsonWriter &JsonWriter::open(char bracket)
{
    separate();
    m_out.push_back(bracket);
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::close(char bracket)
{
    m_out.push_back(bracket);
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(std::string_view name)
{
    separate();
    appendEscaped(m_out, name);
    m_out.push_back(':');
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::value(std::string_view text)
{
    separate();
    appendEscaped(m_out, text);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    m_out.append(buffer, result.ptr);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out.append(flag ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out.append("null");
    return *this;
}

JsonWriter &JsonWriter::nullableString(std::string_view text)
{
    return text.empty() ? null() : value(text);
}

JsonWriter &JsonWriter::raw(std::string_view json)
{
    separate();
    m_out.append(json);
    return *this;
}

namespace {

/// Whether any of the eight bytes at `p` is a control character, '"' or '\\' (the classic
/// "has a byte less than n" and "has a zero byte" word tricks; exact, no false answers).
bool anyNeedsEscape(const char *p)
{
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHigh = 0x8080808080808080ULL;
    quint64 word;
    std::memcpy(&word, p, sizeof word);
    const quint64 control = (word - kOnes * 0x20) & ~word & kHigh;
    const quint64 quote = word ^ (kOnes * '"');
    const quint64 backslash = word ^ (kOnes * '\\');
    return (control | ((quote - kOnes) & ~quote & kHigh)
            | ((backslash - kOnes) & ~backslash & kHigh))
           != 0;
}

} // namespace

void JsonWriter::appendEscaped(std::string &out, std::string_view text)
{
    static const char hex[] = "0123456789abcdef";
    // Runs of characters that need no escape are copied at once (almost every text is one run):
    // a page of a hundred objects is thousands of strings.
    static constexpr auto kEscaped = [] {
        std::array<bool, 256> table{};
        for (int c = 0; c < 0x20; ++c)
            table[size_t(c)] = true;
        table['"'] = table['\\'] = true;
        return table;
    }();
    out.push_back('"');
    size_t run = 0;
    size_t i = 0;
    // Eight bytes at a time while none needs escaping (ids, currencies, descriptions).
    while (i + 8 <= text.size() && !anyNeedsEscape(text.data() + i))
        i += 8;
    for (; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (!kEscaped[c])
            continue;
        out.append(text.substr(run, i - run));
        run = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(text.substr(run));
    out.push_back('"');
}

} // namespace paydeck
