#include "page_prefetch.h"

namespace paydeck::sandbox {

namespace {

void appendBound(std::string &key, char name, const std::optional<qint64> &bound)
{
    key.push_back(name);
    if (bound)
        key.append(std::to_string(*bound));
    key.push_back('|');
}

} // namespace

std::string PagePrefetch::keyOf(const ListQuery &query, bool events)
{
    std::string key = events ? "events|" : std::string(objectTypeName(query.type)) + '|';
    key.append(std::to_string(query.limit)).push_back('|');
    key.append(query.startingAfter).push_back('|');
    key.append(query.endingBefore).push_back('|');
    appendBound(key, '>', query.createdGt);
    appendBound(key, 'g', query.createdGte);
    appendBound(key, '<', query.createdLt);
    appendBound(key, 'l', query.createdLte);
    key.append(query.payout);
    return key;
}

std::optional<ApiAnswer>
PagePrefetch::take(const ListQuery &query, bool events, quint64 worldVersion)
{
    const std::string key = keyOf(query, events);
    std::lock_guard lock(m_mutex);
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        if (it->first != key)
            continue;
        ApiAnswer answer = std::move(it->second);
        m_pages.erase(it);
        if (answer.worldVersion != worldVersion)
            return std::nullopt;
        return answer;
    }
    return std::nullopt;
}

void PagePrefetch::put(const ListQuery &query, bool events, ApiAnswer answer)
{
    std::string key = keyOf(query, events);
    std::lock_guard lock(m_mutex);
    std::erase_if(m_pages, [&](const auto &page) { return page.first == key; });
    if (m_pages.size() >= kCapacity)
        m_pages.pop_front();
    m_pages.emplace_back(std::move(key), std::move(answer));
}

std::optional<ListQuery> PagePrefetch::nextPage(const ListQuery &query, const ApiAnswer &answer)
{
    if (answer.status != 200 || answer.nextStartingAfter.empty())
        return std::nullopt;
    ListQuery next = query;
    next.startingAfter = answer.nextStartingAfter;
    return next;
}

} // namespace paydeck::sandbox
