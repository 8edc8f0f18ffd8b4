#pragma once

// The storage behind World, shared by its generating and its serving half.
#include "stripe_serializer.h"
#include "world.h"

namespace paydeck::sandbox {

/// One kind of object as the sandbox serves it: the rows (which the simulation changes), their
/// JSON as of the last change (shared with the events that carry the object as it was then: a
/// row changed later gets a new string, the event keeps the old), and lookup by id and created.
/// Events themselves keep no JSON: they are written when asked for.
template<typename T>
struct World::Table
{
    static constexpr bool kCachesJson = !std::is_same_v<T, EventRecord>;

    std::vector<T> rows;
    std::vector<std::shared_ptr<const std::string>> json;
    std::vector<qint64> created; // ascending: rows are appended in simulated-time order
    std::unordered_map<std::string, int> byId;
    std::vector<int> dirty;
    std::vector<char> isDirty;

    /// Adds a row; `serialized` is its JSON when the caller has it already (an event's object).
    int add(T row, std::shared_ptr<const std::string> serialized = {})
    {
        const int index = int(rows.size());
        byId.emplace(row.id, index);
        created.push_back(row.created);
        rows.push_back(std::move(row));
        json.push_back(std::move(serialized));
        isDirty.push_back(0);
        if (!json.back())
            markDirty(index);
        return index;
    }
    void markDirty(int index)
    {
        if (kCachesJson && !isDirty[size_t(index)]) {
            isDirty[size_t(index)] = 1;
            dirty.push_back(index);
        }
    }
    /// The row's JSON as it is now, written by the caller (who shares it with an event).
    void setJson(int index, std::shared_ptr<const std::string> serialized)
    {
        if (!serialized)
            return; // no event kept it: serialized with the other changed rows
        json[size_t(index)] = std::move(serialized);
        isDirty[size_t(index)] = 0;
    }
    bool serializeDirty()
    {
        const bool any = !dirty.empty();
        for (const int index : dirty) {
            if (!isDirty[size_t(index)])
                continue; // written since it was marked
            auto text = std::make_shared<std::string>();
            appendStripeJson(*text, rows[size_t(index)]);
            json[size_t(index)] = std::move(text);
            isDirty[size_t(index)] = 0;
        }
        dirty.clear();
        return any;
    }
    size_t jsonSize(size_t index) const
    {
        if constexpr (kCachesJson)
            return json[index]->size();
        else
            return rows[index].objectJson->size() + 300;
    }
    void appendJson(size_t index, std::string &out) const
    {
        if constexpr (kCachesJson)
            out.append(*json[index]);
        else
            appendStripeJson(out, rows[index]);
    }
    std::string jsonOf(size_t index) const
    {
        std::string out;
        appendJson(index, out);
        return out;
    }
};

} // namespace paydeck::sandbox
