#pragma once

namespace paydeck::browse {

/// ASCII case folding, as SQLite's LIKE does it.
inline char fold(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

} // namespace paydeck::browse
