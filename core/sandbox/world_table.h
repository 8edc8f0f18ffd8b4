#pragma once

// The storage behind World, shared by its generating and its serving half.
#include "packed_rows.h"
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
    using Row = T;
    using Rows = std::conditional_t<kCachesJson, PackedRows<T>, PlainRows<T>>;

    Rows rows;
    std::vector<std::shared_ptr<const std::string>> json;
    std::vector<qint64> created; // ascending: rows are appended in simulated-time order
    IdIndex byId;
    std::vector<int> dirty;
    std::vector<char> isDirty;

    size_t size() const { return rows.size(); }
    /// The row's position, if the table has that id.
    std::optional<int> find(std::string_view id) const
    {
        return byId.find(id, [this](size_t index) { return rows.idOf(index); });
    }
    /// Adds a row; `serialized` is its JSON when the caller has it already (an event's object).
    int add(const T &row, std::shared_ptr<const std::string> serialized = {})
    {
        const int index = int(rows.size());
        rows.push(row);
        byId.insert(row.id, index, [this](size_t i) { return rows.idOf(i); });
        created.push_back(row.created);
        json.push_back(std::move(serialized));
        isDirty.push_back(0);
        if (!json.back())
            markDirty(index);
        return index;
    }
    /// Replaces row `index` with its changed version (its JSON is forgotten unless an event
    /// writes it again: setJson).
    void put(int index, const T &row)
    {
        rows.set(size_t(index), row);
        markDirty(index);
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
            return rows.at(index).objectJson->size() + 300;
    }
    /// Appends the row's JSON; `scratch` is unpacked into when it is not kept (one scratch row
    /// for a whole page keeps its strings' buffers).
    void appendJson(size_t index, std::string &out, T &scratch) const
    {
        if constexpr (kCachesJson) {
            if (json[index]) {
                out.append(*json[index]);
                return;
            }
        }
        rows.read(index, scratch);
        appendStripeJson(out, scratch);
    }
    std::string jsonOf(size_t index) const
    {
        std::string out;
        T scratch{};
        appendJson(index, out, scratch);
        return out;
    }
};

} // namespace paydeck::sandbox
