#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>

namespace paydeck {

/// A small, fast, append-only JSON writer for hot paths (the sandbox serialises millions of
/// objects). It does not validate nesting; callers write well-formed documents.
class JsonWriter
{
public:
    explicit JsonWriter(std::string &out) : m_out(out) {}

    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }

    JsonWriter &key(std::string_view name);
    /// A key already written as JSON with its colon (`"amount":`), for writers that escape their
    /// keys once rather than for every object.
    JsonWriter &escapedKey(std::string_view keyWithColon)
    {
        separate();
        m_out.append(keyWithColon);
        m_needComma = false;
        return *this;
    }
    JsonWriter &value(std::string_view text);
    JsonWriter &value(const char *text) { return value(std::string_view(text)); }
    JsonWriter &value(const std::string &text) { return value(std::string_view(text)); }
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &null();
    /// A string, or null when empty (Stripe's nullable text fields).
    JsonWriter &nullableString(std::string_view text);
    /// Pre-serialised JSON, inserted as one value.
    JsonWriter &raw(std::string_view json);

    static void appendEscaped(std::string &out, std::string_view text);

private:
    JsonWriter &open(char bracket);
    JsonWriter &close(char bracket);
    void separate();

    std::string &m_out;
    bool m_needComma = false;
};

} // namespace paydeck
