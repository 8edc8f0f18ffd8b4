#pragma once

#include "world.h"

#include <deque>
#include <mutex>
#include <optional>
#include <string>

namespace paydeck::sandbox {

/// List pages rendered ahead. A client walking a cursor asks for the page after the one it is
/// reading; the server renders that page while the client still reads the last one, so that
/// writing JSON and reading it overlap instead of taking turns. A page is handed out once, and
/// only if the world has not changed since it was rendered; the store is small and bounded (a
/// client that stops walking leaves one page behind until it is pushed out).
class PagePrefetch
{
public:
    /// The page for `query` if one was rendered at `worldVersion`; it is removed either way.
    std::optional<ApiAnswer> take(const ListQuery &query, bool events, quint64 worldVersion);
    void put(const ListQuery &query, bool events, ApiAnswer answer);

    /// The query of the page that follows `answer` (read forward), if there is one.
    static std::optional<ListQuery> nextPage(const ListQuery &query, const ApiAnswer &answer);

private:
    static std::string keyOf(const ListQuery &query, bool events);

    // A few pages per concurrent walk: parallel backfills walk some twenty ranges at once.
    static constexpr size_t kCapacity = 64;
    std::mutex m_mutex;
    std::deque<std::pair<std::string, ApiAnswer>> m_pages; // oldest first
};

} // namespace paydeck::sandbox
