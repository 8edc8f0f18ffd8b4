#pragma once

// Incremental aggregates of everything that happened, per hour × source × currency × kind ×
// outcome × detail (decline code, reason, category) × method (card brand) × card country.
// Each object counts once, as it is now: when it changes (a charge refunded or disputed later)
// its earlier contribution is taken back first, so facts can be applied again and again — a
// page synced twice, a change feed's re-read range — without counting anything twice.
//
// Amounts are never summed across currencies here: every answer is per currency (conversion
// into a reporting currency is the caller's, with its rates' provenance).

#include "fact.h"
#include "hourly_rollup.h"

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace paydeck::analytics {

struct Totals
{
    qint64 count = 0;
    qint64 amount = 0;
    qint64 fee = 0;
    qint64 net = 0;

    Totals &operator+=(const Totals &other);
    friend bool operator==(const Totals &, const Totals &) = default;
};

/// What to look at: a time range, and optional filters (empty: all).
struct Filter
{
    qint64 from = 0; // unix seconds, inclusive (rounded down to the hour)
    qint64 to = 0;   // unix seconds, exclusive (rounded up to the hour); 0: no end
    std::optional<Kind> kind;
    std::optional<Outcome> outcome;
    /// Several outcomes at once: bit (1 << Outcome); 0: no such filter.
    quint32 outcomes = 0;
    qint64 sourceId = 0;
    std::string currency; // lower case
    std::string detail, method, country;
    std::string notDetail; // leaves this detail out (the payouts among balance transactions)
};

enum class Dimension : quint8 {
    None,
    Hour, // "2026-11-26T14:00:00Z"
    Day,  // UTC day, "2026-11-26"
    Currency,
    Source,
    Kind,
    Outcome,
    Detail,
    Method,
    Country
};

/// One answer row: a group's totals in one currency.
struct Cell
{
    std::string group; // the dimension's value ("" for Dimension::None; "" also for unknown)
    std::string currency;
    Totals totals;
};

class AnalyticsEngine
{
public:
    AnalyticsEngine();

    /// Counts the object as it is now (replacing what it counted before). A fact whose kind is
    /// Count or whose time is 0 is ignored.
    void apply(const Fact &fact);
    /// Takes an object back out (it is gone from the store).
    void remove(Kind kind, qint64 sourceId, const std::string &id);

    /// Totals per group and currency, sorted by group then currency.
    std::vector<Cell> aggregate(const Filter &filter, Dimension by) const;

    /// Per hour and currency, the figures the screens draw (with brand, country and decline
    /// code counts), in this engine's name indexes.
    const HourlyRollup &hourly() const { return m_hourly; }
    const std::string &currencyName(quint16 index) const { return m_currencies.name(index); }
    const std::string &methodName(quint16 index) const { return m_methods.name(index); }
    const std::string &countryName(quint16 index) const { return m_countries.name(index); }
    const std::string &detailName(quint16 index) const { return m_details.name(index); }

    size_t objectCount() const { return m_objectCount; }
    /// The objects of one kind counted now.
    qint64 objectCount(Kind kind) const { return m_kindCounts[int(kind)]; }
    size_t currencyCount() const { return m_currencies.size(); }
    size_t bucketCount() const { return m_keys.size(); }
    /// The engine's own memory (tables and dictionaries), for the benchmark.
    size_t memoryBytes() const;
    /// The latest hour with anything in it (unix seconds; 0 when empty).
    qint64 lastHour() const;
    /// Lays the buckets out by kind and hour, so that a range reads them in order (after a
    /// rebuild; buckets created later are appended and still found).
    void compact();
    void clear();
    /// Makes room for this many objects at once (a rebuild knows roughly how many come), so
    /// the table does not grow and rehash on the way.
    void reserve(size_t objects);

private:
    struct Key
    {
        qint32 hour = 0; // unix hours
        quint16 source = 0, currency = 0;
        quint8 kind = 0, outcome = 0;
        quint16 detail = 0, method = 0, country = 0;
        bool operator==(const Key &) const = default;
    };
    struct KeyHash
    {
        size_t operator()(const Key &key) const;
    };
    /// A 64-bit object hash kept as two halves, so that a slot is 4-byte aligned: 20 bytes,
    /// not 24 (a million objects' table is the engine's largest part).
    struct SplitHash
    {
        quint32 low = 0, high = 0;
        operator quint64() const { return (quint64(high) << 32) | low; }
        SplitHash &operator=(quint64 value)
        {
            low = quint32(value);
            high = quint32(value >> 32);
            return *this;
        }
    };
    /// One object's contribution: which bucket, and what it added there (a balance
    /// transaction's net is amount − fee, as Stripe defines it). Amounts and fees beyond 32
    /// bits (rare: above 21 million in a two-decimal currency) are kept aside.
    struct Slot
    {
        SplitHash object; // hash of (kind, source, id); 0: empty
        quint32 bucket = 0;
        qint32 fee = 0;
        qint32 amount = 0;
    };
    static_assert(sizeof(Slot) == 20);
    /// A bucket's sums as kept (24 bytes, not Totals' 32: a balance bucket's net is amount − fee,
    /// every other bucket's is 0, so it is worked out when asked for).
    struct BucketTotals
    {
        qint64 amount = 0, fee = 0;
        qint32 count = 0;
    };
    class Names
    {
    public:
        quint16 intern(const std::string &name);
        const std::string &name(quint16 index) const { return m_names[index]; }
        std::optional<quint16> find(const std::string &name) const;
        size_t size() const { return m_names.size(); }
        size_t memoryBytes() const;

    private:
        std::vector<std::string> m_names{std::string()};
        std::unordered_map<std::string, quint16> m_index{{std::string(), 0}};
    };

    quint32 bucketOf(const Key &key);
    Slot *findSlot(quint64 object);
    Slot &insertSlot(quint64 object);
    void growSlots();
    void rehashSlots(size_t capacity);
    void take(const Slot &slot, qint64 sign);
    std::string groupName(const Key &key, Dimension by) const;
    static quint64 groupIndex(const Key &key, Dimension by);
    size_t hourIndexBytes() const;
    bool matches(const Key &key, const Filter &filter, const struct CompiledFilter &compiled) const;

    std::vector<Key> m_keys;
    std::vector<BucketTotals> m_totals;
    Totals totalsOf(quint32 bucket) const;
    // Open addressing over bucket numbers + 1 (0: empty), power-of-two size.
    std::vector<quint32> m_bucketTable;
    // Per kind, per hour (from m_firstHour), the buckets of that hour: a range visits its hours.
    qint32 m_firstHour = 0;
    std::vector<std::vector<quint32>> m_hourBuckets[int(Kind::Count)];
    void indexByHour(quint32 bucket);
    void growBucketTable();
    std::vector<Slot> m_slots; // open addressing, power-of-two size
    size_t m_objectCount = 0;
    Names m_currencies, m_details, m_methods, m_countries;
    std::unordered_map<qint64, quint16> m_sourceIndex;
    std::vector<qint64> m_sources{0};
    // Fees and amounts beyond 32 bits are kept here instead of in their slot.
    std::unordered_map<quint64, qint64> m_largeFees, m_largeAmounts;
    static qint32
    narrowed(qint64 value, quint64 object, std::unordered_map<quint64, qint64> &large);
    HourlyRollup m_hourly;
    qint64 m_kindCounts[int(Kind::Count)] = {};
};

} // namespace paydeck::analytics
