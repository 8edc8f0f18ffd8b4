#pragma once

#include "domain/objects.h"

#include <simdjson.h>

#include <array>
#include <bitset>
#include <string>
#include <string_view>
#include <vector>

namespace paydeck::stripe {

/// Where the described fields of one object type (domain/object_fields.h) sit in a Stripe object,
/// as a tree of keys, so that one walk over an object's keys finds every field. Searching per field
/// instead compares each wanted key against the object's keys one by one (a charge has ~45), which
/// made the mapping the costliest step of parsing a page.
///
/// Each JSON pointer of each field (a field may have '|'-separated alternatives) is a slot; find()
/// fills the slots present in an object with their values (the first occurrence of a repeated key).
class FieldLocations
{
public:
    static constexpr int kMaxSlots = 64;

    /// The values found in one object, by slot.
    struct Found
    {
        std::array<simdjson::dom::element, kMaxSlots> value;
        std::bitset<kMaxSlots> present;
    };

    /// The locations of T's fields, built on first use.
    template<typename T>
    static const FieldLocations &of()
    {
        static const FieldLocations locations(pathsOf<T>());
        return locations;
    }

    /// Fills `found` (cleared first) from one walk over `object` and the nested objects fields
    /// sit in.
    void find(simdjson::dom::object object, Found &found) const;

    /// The slot of the `alternative`-th JSON pointer of the `field`-th field (description order).
    int slot(int field, int alternative) const { return m_firstSlot[field] + alternative; }
    int alternatives(int field) const { return m_firstSlot[field + 1] - m_firstSlot[field]; }

private:
    explicit FieldLocations(const std::vector<std::string_view> &fieldPaths);

    template<typename T>
    static std::vector<std::string_view> pathsOf()
    {
        std::vector<std::string_view> paths;
        T object;
        visitFields(object, [&](const FieldSpec &field, auto &) { paths.push_back(field.paths); });
        return paths;
    }

    struct Entry
    {
        std::string key;
        int slot = -1;  // the value at this key is a field's
        int child = -1; // the value at this key is an object fields sit in
    };
    static constexpr int kBuckets = 64;
    struct Node
    {
        std::vector<Entry> entries;
        std::array<qint8, kBuckets> buckets; // open addressing over entries, -1 free
    };

    static int bucketOf(std::string_view key);
    int entryOf(const Node &node, std::string_view key) const;
    Entry &insert(int node, std::string_view key);
    void walk(simdjson::dom::object object, int node, Found &found) const;

    std::vector<Node> m_nodes;
    std::vector<int> m_firstSlot; // per field, and one past the last field
};

} // namespace paydeck::stripe
