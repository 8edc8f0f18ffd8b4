#pragma once

// The storage behind World, shared by its generating and its serving half.
#include "stripe_serializer.h"
#include "world.h"

namespace paydeck::sandbox {

/// One kind of object as the sandbox serves it: the rows (which the simulation changes), their
/// JSON where an event holds it anyway (the object as it was then, shared with the event: a row
/// changed later drops it, the event keeps it), and lookup by id and created. Every other row is
/// written when a page asks for it: a year of history keeps its events for 30 days only, so a
/// cached JSON for each of a million objects would be gigabytes nobody shares. Events themselves
/// keep no JSON either.
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
    /// Forgets the JSON of rows changed since (it no longer says what they are); returns
    /// whether any changed.
    bool serializeDirty()
    {
        const bool any = !dirty.empty();
        for (const int index : dirty) {
            if (!isDirty[size_t(index)])
                continue; // an event wrote it since it was marked
            json[size_t(index)].reset();
            isDirty[size_t(index)] = 0;
        }
        dirty.clear();
        return any;
    }
    /// What a page reserves for the row (exact where its JSON is kept).
    size_t jsonSize(size_t index) const
    {
        if constexpr (kCachesJson)
            return json[index] ? json[index]->size() : 1200;
        else
            return rows[index].objectJson->size() + 300;
    }
    void appendJson(size_t index, std::string &out) const
    {
        if constexpr (kCachesJson) {
            if (json[index]) {
                out.append(*json[index]);
                return;
            }
        }
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
