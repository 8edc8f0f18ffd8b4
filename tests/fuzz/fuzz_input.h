#pragma once

// What every fuzz target shares: the input as the types the parsers take. A target returns 0 and
// must never crash, hang or leak, whatever the bytes (libFuzzer with ASan and UBSan checks that).

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace paydeck::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline std::string_view view(const uint8_t *data, size_t size)
{
    return std::string_view(reinterpret_cast<const char *>(data), size);
}

} // namespace paydeck::fuzz
