#pragma once

// Compact row storage for the sandbox's million-object accounts. A Charge as a C++ value is about
// 1.3 KB (25 std::string members, most of them with a heap buffer of their own); packed as bytes
// it is about 400. The world keeps its rows packed and unpacks one when it needs it (to change it
// or to write a page).
#include "domain/objects.h"

#include <QtGlobal>

#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paydeck::sandbox {

/// Writes values as bytes: integers as zigzag varints, text as a varint length and its bytes.
class RowWriter
{
public:
    explicit RowWriter(std::string &out) : m_out(out) {}

    void put(qint64 value)
    {
        quint64 zigzag = (quint64(value) << 1) ^ quint64(value >> 63);
        while (zigzag >= 0x80) {
            m_out.push_back(char(zigzag | 0x80));
            zigzag >>= 7;
        }
        m_out.push_back(char(zigzag));
    }
    void put(int value) { put(qint64(value)); }
    void put(bool value) { m_out.push_back(value ? '\1' : '\0'); }
    void put(std::string_view text)
    {
        put(qint64(text.size()));
        m_out.append(text);
    }
    void put(const std::string &text) { put(std::string_view(text)); }
    void put(const FeeDetail &fee)
    {
        put(fee.amount);
        put(fee.currency);
        put(fee.type);
        put(fee.description);
        put(fee.application);
    }
    template<typename V>
    void put(const std::vector<V> &items)
    {
        put(qint64(items.size()));
        for (const V &item : items)
            put(item);
    }

private:
    std::string &m_out;
};

/// Reads what RowWriter wrote, in the same order. Rows are written by the sandbox itself, so a
/// malformed row is a programming error, not input: it is not checked beyond staying in bounds.
class RowReader
{
public:
    explicit RowReader(std::string_view in) : m_in(in) {}

    void get(qint64 &value)
    {
        // Most numbers are small (flags, counts, short lengths): one byte.
        if (m_pos < m_in.size() && static_cast<unsigned char>(m_in[m_pos]) < 0x80) {
            const auto zigzag = quint64(static_cast<unsigned char>(m_in[m_pos++]));
            value = qint64(zigzag >> 1) ^ -qint64(zigzag & 1);
            return;
        }
        quint64 zigzag = 0;
        int shift = 0;
        while (m_pos < m_in.size()) {
            const auto byte = static_cast<unsigned char>(m_in[m_pos++]);
            zigzag |= quint64(byte & 0x7f) << shift;
            if (byte < 0x80)
                break;
            shift += 7;
        }
        value = qint64(zigzag >> 1) ^ -qint64(zigzag & 1);
    }
    void get(int &value)
    {
        qint64 wide = 0;
        get(wide);
        value = int(wide);
    }
    void get(bool &value) { value = m_pos < m_in.size() && m_in[m_pos++] != '\0'; }
    std::string_view text()
    {
        qint64 length = 0;
        get(length);
        const size_t size = std::min(size_t(length), m_in.size() - m_pos);
        const std::string_view out = m_in.substr(m_pos, size);
        m_pos += size;
        return out;
    }
    void get(std::string &value)
    {
        const std::string_view view = text();
        value.assign(view.data(), view.size()); // reuses the string's buffer
    }
    void get(FeeDetail &fee)
    {
        get(fee.amount);
        get(fee.currency);
        get(fee.type);
        get(fee.description);
        get(fee.application);
    }
    template<typename V>
    void get(std::vector<V> &items)
    {
        qint64 count = 0;
        get(count);
        items.resize(size_t(std::max<qint64>(0, count)));
        for (V &item : items)
            get(item);
    }

private:
    std::string_view m_in;
    size_t m_pos = 0;
};

/// Rows of one described type (domain/object_fields.h), packed in large chunks. A row is written
/// with room to grow (a payout id or a longer status word later) so that the sandbox's changes
/// rewrite it in place; one that outgrows its room moves, leaving its old bytes unused.
template<typename T>
class PackedRows
{
public:
    PackedRows()
    {
        T probe;
        bool first = true;
        visitFields(probe, [&](const FieldSpec &field, const auto &) {
            if (first && std::string_view(field.name) != "id")
                qFatal("paydeck: PackedRows needs the id as a description's first field");
            first = false;
        });
    }

    size_t size() const { return m_slots.size(); }
    bool empty() const { return m_slots.empty(); }

    void push(const T &row)
    {
        m_slots.push_back({});
        set(m_slots.size() - 1, row);
    }
    void set(size_t index, const T &row)
    {
        m_scratch.clear();
        RowWriter writer(m_scratch);
        visitFields(row, [&](const FieldSpec &, const auto &value) { writer.put(value); });
        Slot &slot = m_slots[index];
        if (slot.data && m_scratch.size() <= slot.capacity) {
            std::memcpy(slot.data, m_scratch.data(), m_scratch.size());
            slot.length = quint32(m_scratch.size());
            return;
        }
        const size_t capacity = m_scratch.size() + kRoomToGrow;
        slot.data = allocate(capacity);
        slot.capacity = quint32(capacity);
        slot.length = quint32(m_scratch.size());
        std::memcpy(slot.data, m_scratch.data(), m_scratch.size());
    }
    /// Unpacks row `index` into `row`, reusing its strings' buffers.
    void read(size_t index, T &row) const
    {
        RowReader reader(bytes(index));
        visitFields(row, [&](const FieldSpec &, auto &value) { reader.get(value); });
    }
    T at(size_t index) const
    {
        T row;
        read(index, row);
        return row;
    }
    /// The row's id without unpacking the rest (the id is every description's first field).
    std::string_view idOf(size_t index) const { return RowReader(bytes(index)).text(); }

private:
    static constexpr size_t kRoomToGrow = 32;
    static constexpr size_t kChunkSize = size_t(8) << 20;

    struct Slot
    {
        char *data = nullptr;
        quint32 length = 0;
        quint32 capacity = 0;
    };

    std::string_view bytes(size_t index) const
    {
        const Slot &slot = m_slots[index];
        return {slot.data, slot.length};
    }
    char *allocate(size_t size)
    {
        if (m_chunks.empty() || m_chunkUsed + size > m_chunkCapacity) {
            m_chunkCapacity = std::max(kChunkSize, size);
            m_chunks.push_back(std::make_unique<char[]>(m_chunkCapacity));
            m_chunkUsed = 0;
        }
        char *out = m_chunks.back().get() + m_chunkUsed;
        m_chunkUsed += size;
        return out;
    }

    std::vector<Slot> m_slots;
    std::vector<std::unique_ptr<char[]>> m_chunks;
    size_t m_chunkUsed = 0;
    size_t m_chunkCapacity = 0;
    std::string m_scratch;
};

/// Rows kept as values (the event log: a month of events, each sharing its object's JSON).
template<typename T>
class PlainRows
{
public:
    size_t size() const { return m_rows.size(); }
    bool empty() const { return m_rows.empty(); }
    void push(T row) { m_rows.push_back(std::move(row)); }
    void set(size_t index, const T &row) { m_rows[index] = row; }
    void read(size_t index, T &row) const { row = m_rows[index]; }
    const T &at(size_t index) const { return m_rows[index]; }
    std::string_view idOf(size_t index) const { return m_rows[index].id; }

private:
    std::vector<T> m_rows;
};

/// Row positions by id: an open-addressing table of positions, the ids themselves read from the
/// rows (a std::unordered_map<std::string, int> costs about 100 bytes a row; this costs 8).
class IdIndex
{
public:
    // `idOf(position)` gives the id of the row at a position (a template, not a std::function:
    // it is called for every probe of every lookup).
    template<typename IdOf>
    void insert(std::string_view id, int position, const IdOf &idOf)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            grow(idOf);
        place(id, position);
        ++m_count;
    }
    template<typename IdOf>
    std::optional<int> find(std::string_view id, const IdOf &idOf) const
    {
        if (m_slots.empty())
            return std::nullopt;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash(id) & mask;; i = (i + 1) & mask) {
            const qint32 position = m_slots[i];
            if (position < 0)
                return std::nullopt;
            if (idOf(size_t(position)) == id)
                return position;
        }
    }

private:
    static size_t hash(std::string_view id) { return std::hash<std::string_view>{}(id); }
    void place(std::string_view id, int position)
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = hash(id) & mask;
        while (m_slots[i] >= 0)
            i = (i + 1) & mask;
        m_slots[i] = qint32(position);
    }
    template<typename IdOf>
    void grow(const IdOf &idOf)
    {
        std::vector<qint32> old(std::max<size_t>(64, m_slots.size() * 2), -1);
        old.swap(m_slots);
        for (const qint32 position : old) {
            if (position >= 0)
                place(idOf(size_t(position)), position);
        }
    }

    std::vector<qint32> m_slots;
    size_t m_count = 0;
};

} // namespace paydeck::sandbox
