#pragma once

// The storage behind World, shared by its generating and its serving half.
#include "stripe_serializer.h"
#include "world.h"

namespace paydeck::sandbox {

template<typename T>
struct World::Table
{
    std::vector<T> rows;
    std::vector<std::string> json;
    std::vector<qint64> created; // ascending: rows are appended in simulated-time order
    std::unordered_map<std::string, int> byId;
    std::vector<int> dirty;
    std::vector<char> isDirty;

    int add(T row)
    {
        const int index = int(rows.size());
        byId.emplace(row.id, index);
        created.push_back(row.created);
        rows.push_back(std::move(row));
        json.emplace_back();
        isDirty.push_back(0);
        markDirty(index);
        return index;
    }
    void markDirty(int index)
    {
        if (!isDirty[size_t(index)]) {
            isDirty[size_t(index)] = 1;
            dirty.push_back(index);
        }
    }
    bool serializeDirty()
    {
        const bool any = !dirty.empty();
        for (const int index : dirty) {
            json[size_t(index)].clear();
            appendStripeJson(json[size_t(index)], rows[size_t(index)]);
            isDirty[size_t(index)] = 0;
        }
        dirty.clear();
        return any;
    }
};

} // namespace paydeck::sandbox
