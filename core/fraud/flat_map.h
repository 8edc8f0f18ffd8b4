#pragma once

// A map from 64-bit keys in one flat table (open addressing, linear probing). The velocity
// tracker looks up several entities per charge, a million times in a backfill; node-based maps
// cost an allocation per entry and a cache miss per node, which made building a tracker the
// larger part of live scoring's work.

#include <QtGlobal>

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

namespace paydeck::fraud {

/// A text's 64-bit key. Two texts with one key would be one entity: with 64 bits and a few
/// million texts the chance is about one in a million million.
inline quint64 keyOfText(std::string_view text)
{
    return quint64(std::hash<std::string_view>{}(text));
}

/// Combines two small numbers (an entity's and a card's, say) into one key.
inline quint64 keyOfPair(int a, int b)
{
    return quint64(quint32(a)) << 32 | quint32(b);
}

template<typename Value>
class FlatMap
{
public:
    const Value *find(quint64 key) const
    {
        if (m_slots.empty())
            return nullptr;
        key = stored(key);
        for (size_t i = slotOf(key);; i = (i + 1) & (m_slots.size() - 1)) {
            if (m_slots[i].key == key)
                return &m_slots[i].value;
            if (m_slots[i].key == 0)
                return nullptr;
        }
    }
    Value *find(quint64 key) { return const_cast<Value *>(std::as_const(*this).find(key)); }

    /// The value under `key`, inserting `value` first when there is none; true when inserted.
    std::pair<Value *, bool> tryEmplace(quint64 key, Value value)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        key = stored(key);
        for (size_t i = slotOf(key);; i = (i + 1) & (m_slots.size() - 1)) {
            if (m_slots[i].key == key)
                return {&m_slots[i].value, false};
            if (m_slots[i].key == 0) {
                m_slots[i] = {key, std::move(value)};
                ++m_size;
                return {&m_slots[i].value, true};
            }
        }
    }

    size_t size() const { return m_size; }

private:
    struct Slot
    {
        quint64 key = 0; // 0: empty
        Value value{};
    };
    static quint64 stored(quint64 key) { return key == 0 ? 1 : key; }
    size_t slotOf(quint64 key) const
    {
        key ^= key >> 33; // keys of pairs are not spread: mix before masking
        key *= 0xff51afd7ed558ccdULL;
        key ^= key >> 33;
        return size_t(key) & (m_slots.size() - 1);
    }
    void grow()
    {
        std::vector<Slot> old
            = std::exchange(m_slots, std::vector<Slot>(std::max<size_t>(16, m_slots.size() * 2)));
        m_size = 0;
        for (Slot &slot : old)
            if (slot.key != 0)
                tryEmplace(slot.key, std::move(slot.value));
    }

    std::vector<Slot> m_slots;
    size_t m_size = 0;
};

} // namespace paydeck::fraud
