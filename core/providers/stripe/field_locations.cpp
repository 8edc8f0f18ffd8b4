#include "field_locations.h"

namespace paydeck::stripe {

FieldLocations::FieldLocations(const std::vector<std::string_view> &fieldPaths)
{
    m_nodes.emplace_back();
    m_nodes.front().buckets.fill(-1);
    int slot = 0;
    for (std::string_view paths : fieldPaths) {
        m_firstSlot.push_back(slot);
        while (!paths.empty()) {
            const size_t bar = paths.find('|');
            std::string_view path = paths.substr(0, bar);
            paths = bar == std::string_view::npos ? std::string_view() : paths.substr(bar + 1);
            // "/a/b/c": nodes for a and b, the slot at c.
            int node = 0;
            path.remove_prefix(1);
            for (size_t slash = path.find('/'); slash != std::string_view::npos;
                 slash = path.find('/')) {
                Entry &entry = insert(node, path.substr(0, slash));
                if (entry.child < 0) {
                    entry.child = int(m_nodes.size());
                    m_nodes.emplace_back();
                    m_nodes.back().buckets.fill(-1);
                }
                node = entry.child;
                path.remove_prefix(slash + 1);
            }
            Q_ASSERT(slot < kMaxSlots);
            insert(node, path).slot = slot++;
        }
    }
    m_firstSlot.push_back(slot);
}

int FieldLocations::bucketOf(std::string_view key)
{
    if (key.empty())
        return 0;
    const unsigned hash = unsigned(key.size()) * 131u + unsigned(char(key.front())) * 31u
                          + unsigned(char(key.back())) + unsigned(char(key[key.size() / 2])) * 7u;
    return int(hash % kBuckets);
}

int FieldLocations::entryOf(const Node &node, std::string_view key) const
{
    for (int b = bucketOf(key);; b = (b + 1) % kBuckets) {
        const int entry = node.buckets[b];
        if (entry < 0 || node.entries[entry].key == key)
            return entry;
    }
}

FieldLocations::Entry &FieldLocations::insert(int node, std::string_view key)
{
    if (const int existing = entryOf(m_nodes[node], key); existing >= 0)
        return m_nodes[node].entries[existing];
    Node &n = m_nodes[node];
    Q_ASSERT(n.entries.size() < kBuckets / 2); // keeps probing short and always ending
    int b = bucketOf(key);
    while (n.buckets[b] >= 0)
        b = (b + 1) % kBuckets;
    n.buckets[b] = qint8(n.entries.size());
    n.entries.push_back(Entry{std::string(key)});
    return n.entries.back();
}

void FieldLocations::find(simdjson::dom::object object, Found &found) const
{
    found.present.reset();
    walk(object, 0, found);
}

void FieldLocations::walk(simdjson::dom::object object, int node, Found &found) const
{
    const Node &n = m_nodes[node];
    for (const simdjson::dom::key_value_pair field : object) {
        const int e = entryOf(n, field.key);
        if (e < 0)
            continue;
        const Entry &entry = n.entries[e];
        if (entry.slot >= 0 && !found.present[entry.slot]) {
            found.value[entry.slot] = field.value;
            found.present.set(entry.slot);
        }
        simdjson::dom::object nested;
        if (entry.child >= 0 && field.value.get(nested) == simdjson::SUCCESS)
            walk(nested, entry.child, found);
    }
}

} // namespace paydeck::stripe
