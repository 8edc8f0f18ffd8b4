#include "analytics_engine.h"

#include <QDateTime>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace paydeck::analytics {

namespace {

constexpr qint64 kHour = 3600;

qint32 hourOf(qint64 unixSeconds)
{
    return qint32(unixSeconds >= 0 ? unixSeconds / kHour : (unixSeconds - kHour + 1) / kHour);
}

/// "2026-11-26" or "2026-11-26T14:00:00Z" for a unix hour (Howard Hinnant's civil_from_days:
/// a series of 2,000 hours is named without 2,000 QDateTimes).
std::string utcText(qint32 hour, bool withHour)
{
    const qint64 hours = hour;
    const qint64 days = hours >= 0 ? hours / 24 : (hours - 23) / 24;
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char text[64];
    if (withHour)
        std::snprintf(text,
                      sizeof text,
                      "%04lld-%02lld-%02lldT%02lld:00:00Z",
                      static_cast<long long>(year),
                      static_cast<long long>(month),
                      static_cast<long long>(day),
                      static_cast<long long>(hours - days * 24));
    else
        std::snprintf(text,
                      sizeof text,
                      "%04lld-%02lld-%02lld",
                      static_cast<long long>(year),
                      static_cast<long long>(month),
                      static_cast<long long>(day));
    return text;
}

/// Slot index in [0, capacity) without a power-of-two size (Lemire's fast range).
size_t rangeOf(quint64 hash, size_t capacity)
{
    return size_t(static_cast<unsigned __int128>(hash) * capacity >> 64);
}

} // namespace

/// A Filter's names turned into the engine's indexes once per query.
struct CompiledFilter
{
    qint32 fromHour = std::numeric_limits<qint32>::min();
    qint32 toHour = std::numeric_limits<qint32>::max(); // exclusive
    int source = -1, currency = -1, detail = -1, method = -1, country = -1, notDetail = -1;
    bool impossible = false; // a name the engine has never seen: nothing matches
};

Totals &Totals::operator+=(const Totals &other)
{
    count += other.count;
    amount += other.amount;
    fee += other.fee;
    net += other.net;
    return *this;
}

size_t AnalyticsEngine::KeyHash::operator()(const Key &key) const
{
    quint64 h
        = quint64(quint32(key.hour)) | (quint64(key.source) << 32) | (quint64(key.currency) << 48);
    quint64 g = quint64(key.kind) | (quint64(key.outcome) << 8) | (quint64(key.detail) << 16)
                | (quint64(key.method) << 32) | (quint64(key.country) << 48);
    return size_t(mixBits(h ^ mixBits(g)));
}

quint16 AnalyticsEngine::Names::intern(const std::string &name)
{
    const auto found = m_index.find(name);
    if (found != m_index.end())
        return found->second;
    if (m_names.size() >= std::numeric_limits<quint16>::max())
        return 0; // beyond 65,535 distinct values: counted as unknown rather than wrapped
    const auto index = quint16(m_names.size());
    m_names.push_back(name);
    m_index.emplace(name, index);
    return index;
}

std::optional<quint16> AnalyticsEngine::Names::find(const std::string &name) const
{
    const auto found = m_index.find(name);
    if (found == m_index.end())
        return std::nullopt;
    return found->second;
}

size_t AnalyticsEngine::Names::memoryBytes() const
{
    size_t bytes = m_names.capacity() * sizeof(std::string) + m_index.size() * 64;
    for (const auto &name : m_names)
        bytes += name.capacity() > 15 ? name.capacity() : 0;
    return bytes;
}

AnalyticsEngine::AnalyticsEngine()
{
    m_slots.resize(1024);
}

void AnalyticsEngine::clear()
{
    *this = AnalyticsEngine();
}

quint32 AnalyticsEngine::bucketOf(const Key &key)
{
    if ((m_keys.size() + 1) * 2 > m_bucketTable.size())
        growBucketTable();
    const size_t mask = m_bucketTable.size() - 1;
    for (size_t i = KeyHash()(key) & mask;; i = (i + 1) & mask) {
        const quint32 entry = m_bucketTable[i];
        if (entry == 0) {
            const auto bucket = quint32(m_keys.size());
            m_bucketTable[i] = bucket + 1;
            m_keys.push_back(key);
            m_totals.emplace_back();
            indexByHour(bucket);
            return bucket;
        }
        if (m_keys[entry - 1] == key)
            return entry - 1;
    }
}

void AnalyticsEngine::growBucketTable()
{
    size_t capacity = std::max<size_t>(1024, m_bucketTable.size() * 2);
    while (capacity < (m_keys.size() + 1) * 2)
        capacity *= 2;
    m_bucketTable.assign(capacity, 0);
    const size_t mask = m_bucketTable.size() - 1;
    for (quint32 bucket = 0; bucket < m_keys.size(); ++bucket) {
        size_t i = KeyHash()(m_keys[bucket]) & mask;
        while (m_bucketTable[i] != 0)
            i = (i + 1) & mask;
        m_bucketTable[i] = bucket + 1;
    }
}

void AnalyticsEngine::indexByHour(quint32 bucket)
{
    const Key &key = m_keys[bucket];
    auto &hours = m_hourBuckets[key.kind];
    if (m_keys.size() == 1)
        m_firstHour = key.hour;
    if (key.hour < m_firstHour) {
        // An hour before every other: shift every kind's hours (rare: history arrives first).
        const auto shift = size_t(m_firstHour - key.hour);
        for (auto &perKind : m_hourBuckets) {
            if (!perKind.empty())
                perKind.insert(perKind.begin(), shift, {});
        }
        m_firstHour = key.hour;
    }
    const auto offset = size_t(key.hour - m_firstHour);
    if (hours.size() <= offset)
        hours.resize(offset + 1);
    hours[offset].push_back(bucket);
}

AnalyticsEngine::Slot *AnalyticsEngine::findSlot(quint64 object)
{
    const size_t capacity = m_slots.size();
    for (size_t i = rangeOf(object, capacity);; i = (i + 1 == capacity ? 0 : i + 1)) {
        Slot &slot = m_slots[i];
        if (slot.object == object)
            return &slot;
        if (slot.object == 0)
            return nullptr;
    }
}

AnalyticsEngine::Slot &AnalyticsEngine::insertSlot(quint64 object)
{
    if ((m_objectCount + 1) * 5 > m_slots.size() * 4) // load ≤ 0.8
        growSlots();
    const size_t capacity = m_slots.size();
    for (size_t i = rangeOf(object, capacity);; i = (i + 1 == capacity ? 0 : i + 1)) {
        if (m_slots[i].object == 0) {
            m_slots[i].object = object;
            ++m_objectCount;
            return m_slots[i];
        }
    }
}

void AnalyticsEngine::growSlots()
{
    rehashSlots(m_slots.size() + m_slots.size() / 2); // ×1.5: less memory than doubling
}

void AnalyticsEngine::rehashSlots(size_t wanted)
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(std::max<size_t>(wanted, 1024), Slot{});
    const size_t capacity = m_slots.size();
    for (const Slot &slot : old) {
        if (slot.object == 0)
            continue;
        size_t i = rangeOf(slot.object, capacity);
        while (m_slots[i].object != 0)
            i = (i + 1 == capacity ? 0 : i + 1);
        m_slots[i] = slot;
    }
}

qint32
AnalyticsEngine::narrowed(qint64 value, quint64 object, std::unordered_map<quint64, qint64> &large)
{
    if (value > std::numeric_limits<qint32>::min() && value <= std::numeric_limits<qint32>::max()) {
        large.erase(object);
        return qint32(value);
    }
    large[object] = value;
    return std::numeric_limits<qint32>::min(); // see `large`
}

void AnalyticsEngine::take(const Slot &slot, qint64 sign)
{
    constexpr qint32 aside = std::numeric_limits<qint32>::min();
    const qint64 fee = slot.fee == aside ? m_largeFees[slot.object] : slot.fee;
    const qint64 amount = slot.amount == aside ? m_largeAmounts[slot.object] : slot.amount;
    const Key &key = m_keys[slot.bucket];
    m_hourly.apply(HourlyRollup::Change{key.hour,
                                        key.currency,
                                        key.detail,
                                        key.method,
                                        key.country,
                                        Kind(key.kind),
                                        Outcome(key.outcome),
                                        key.kind == quint8(Kind::Balance)
                                            && m_details.name(key.detail) == "payout",
                                        sign,
                                        amount,
                                        fee});
    m_kindCounts[key.kind] += sign;
    BucketTotals &totals = m_totals[slot.bucket];
    totals.count += qint32(sign);
    totals.amount += sign * amount;
    totals.fee += sign * fee;
}

Totals AnalyticsEngine::totalsOf(quint32 bucket) const
{
    const BucketTotals &kept = m_totals[bucket];
    Totals totals{kept.count, kept.amount, kept.fee, 0};
    // Only balance transactions have a net (amount − fee); a charge's amount is not money kept.
    if (m_keys[bucket].kind == quint8(Kind::Balance))
        totals.net = kept.amount - kept.fee;
    return totals;
}

void AnalyticsEngine::reserve(size_t objects)
{
    const size_t wanted = objects + objects / 3 + 1; // filled to 3/4
    if (wanted > m_slots.size())
        rehashSlots(wanted);
}

void AnalyticsEngine::apply(const Fact &fact)
{
    if (fact.kind >= Kind::Count || fact.at == 0)
        return;
    const quint64 object = objectHash(fact.kind, fact.sourceId, fact.id);
    auto [source, newSource] = m_sourceIndex.emplace(fact.sourceId, quint16(m_sources.size()));
    if (newSource)
        m_sources.push_back(fact.sourceId);
    Key key;
    key.hour = hourOf(fact.at);
    key.source = source->second;
    key.currency = m_currencies.intern(fact.currency);
    key.kind = quint8(fact.kind);
    key.outcome = quint8(fact.outcome);
    key.detail = m_details.intern(fact.detail);
    key.method = m_methods.intern(fact.method);
    key.country = m_countries.intern(fact.country);
    const quint32 bucket = bucketOf(key);

    Slot *slot = findSlot(object);
    if (slot)
        take(*slot, -1);
    else
        slot = &insertSlot(object);
    slot->bucket = bucket;
    slot->amount = narrowed(fact.amount, object, m_largeAmounts);
    slot->fee = narrowed(fact.fee, object, m_largeFees);
    take(*slot, +1);
}

void AnalyticsEngine::remove(Kind kind, qint64 sourceId, const std::string &id)
{
    const quint64 object = objectHash(kind, sourceId, id);
    Slot *slot = findSlot(object);
    if (!slot)
        return;
    take(*slot, -1);
    m_largeFees.erase(object);
    m_largeAmounts.erase(object);
    // Backward-shift deletion keeps linear probing's chains intact without tombstones.
    const size_t capacity = m_slots.size();
    size_t hole = size_t(slot - m_slots.data());
    m_slots[hole] = Slot{};
    --m_objectCount;
    for (size_t i = (hole + 1) % capacity; m_slots[i].object != 0; i = (i + 1) % capacity) {
        const size_t home = rangeOf(m_slots[i].object, capacity);
        const bool movable = (i > hole) ? (home <= hole || home > i) : (home <= hole && home > i);
        if (movable) {
            m_slots[hole] = m_slots[i];
            m_slots[i] = Slot{};
            hole = i;
        }
    }
}

std::string AnalyticsEngine::groupName(const Key &key, Dimension by) const
{
    switch (by) {
    case Dimension::None:
        return {};
    case Dimension::Hour:
        return utcText(key.hour, true);
    case Dimension::Day:
        return utcText(key.hour, false);
    case Dimension::Currency:
        return m_currencies.name(key.currency);
    case Dimension::Source:
        return std::to_string(m_sources[key.source]);
    case Dimension::Kind:
        return kindName(Kind(key.kind));
    case Dimension::Outcome:
        return outcomeName(Outcome(key.outcome));
    case Dimension::Detail:
        return m_details.name(key.detail);
    case Dimension::Method:
        return m_methods.name(key.method);
    case Dimension::Country:
        return m_countries.name(key.country);
    }
    return {};
}

bool AnalyticsEngine::matches(const Key &key,
                              const Filter &filter,
                              const CompiledFilter &compiled) const
{
    return key.hour >= compiled.fromHour && key.hour < compiled.toHour
           && (!filter.kind || key.kind == quint8(*filter.kind))
           && (!filter.outcome || key.outcome == quint8(*filter.outcome))
           && (filter.outcomes == 0 || (filter.outcomes & (1u << key.outcome)) != 0)
           && (compiled.source < 0 || key.source == compiled.source)
           && (compiled.currency < 0 || key.currency == compiled.currency)
           && (compiled.detail < 0 || key.detail == compiled.detail)
           && (compiled.notDetail < 0 || key.detail != compiled.notDetail)
           && (compiled.method < 0 || key.method == compiled.method)
           && (compiled.country < 0 || key.country == compiled.country);
}

std::vector<Cell> AnalyticsEngine::aggregate(const Filter &filter, Dimension by) const
{
    CompiledFilter compiled;
    if (filter.from != 0)
        compiled.fromHour = hourOf(filter.from);
    if (filter.to != 0)
        compiled.toHour = hourOf(filter.to + kHour - 1);
    const auto compile = [&](const Names &names, const std::string &value, int &out) {
        if (value.empty())
            return;
        const auto index = names.find(value);
        if (!index)
            compiled.impossible = true;
        else
            out = *index;
    };
    compile(m_currencies, filter.currency, compiled.currency);
    compile(m_details, filter.detail, compiled.detail);
    if (const auto excluded = m_details.find(filter.notDetail);
        !filter.notDetail.empty() && excluded)
        compiled.notDetail = *excluded;
    compile(m_methods, filter.method, compiled.method);
    compile(m_countries, filter.country, compiled.country);
    if (filter.sourceId != 0) {
        const auto found = m_sourceIndex.find(filter.sourceId);
        if (found == m_sourceIndex.end())
            compiled.impossible = true;
        else
            compiled.source = found->second;
    }
    std::vector<Cell> cells;
    if (compiled.impossible)
        return cells;
    // Group into a flat array by (group, currency), name the groups at the end: no hashing per
    // bucket visited. Hours and days count from the range's first hour.
    const qint32 rangeFirst = std::max(compiled.fromHour, m_firstHour);
    const auto dayOf = [](qint64 hour) {
        return hour >= 0 ? hour / 24 : (hour - 23) / 24;
    };
    size_t groupCount = 1;
    qint64 lastHourVisited = rangeFirst;
    for (const auto &hours : m_hourBuckets)
        lastHourVisited = std::max<qint64>(lastHourVisited, m_firstHour + qint64(hours.size()));
    lastHourVisited = std::min<qint64>(lastHourVisited, compiled.toHour);
    switch (by) {
    case Dimension::None:
        break;
    case Dimension::Hour:
        groupCount = size_t(std::max<qint64>(1, lastHourVisited - rangeFirst + 1));
        break;
    case Dimension::Day:
        groupCount = size_t(std::max<qint64>(1, dayOf(lastHourVisited) - dayOf(rangeFirst) + 1));
        break;
    case Dimension::Currency:
        groupCount = m_currencies.size();
        break;
    case Dimension::Source:
        groupCount = m_sources.size();
        break;
    case Dimension::Kind:
        groupCount = size_t(Kind::Count);
        break;
    case Dimension::Outcome:
        groupCount = size_t(Outcome::Count);
        break;
    case Dimension::Detail:
        groupCount = m_details.size();
        break;
    case Dimension::Method:
        groupCount = m_methods.size();
        break;
    case Dimension::Country:
        groupCount = m_countries.size();
        break;
    }
    const size_t currencies = m_currencies.size();
    struct Group
    {
        Key key;
        Totals totals;
        bool used = false;
    };
    std::vector<Group> groups(groupCount * currencies);
    const auto slotOf = [&](const Key &key) -> size_t {
        switch (by) {
        case Dimension::Hour:
            return size_t(key.hour - rangeFirst);
        case Dimension::Day:
            return size_t(dayOf(key.hour) - dayOf(rangeFirst));
        default:
            return size_t(groupIndex(key, by));
        }
    };
    for (int kind = 0; kind < int(Kind::Count); ++kind) {
        if (filter.kind && kind != int(*filter.kind))
            continue;
        const auto &hours = m_hourBuckets[kind];
        const qint64 first = std::max<qint64>(0, qint64(compiled.fromHour) - m_firstHour);
        const qint64 end
            = std::min<qint64>(qint64(hours.size()), qint64(compiled.toHour) - m_firstHour);
        for (qint64 hour = first; hour < end; ++hour) {
            for (const quint32 bucket : hours[size_t(hour)]) {
                const Key &key = m_keys[bucket];
                if (m_totals[bucket].count == 0 || !matches(key, filter, compiled))
                    continue;
                Group &group = groups[slotOf(key) * currencies + key.currency];
                group.key = key;
                group.used = true;
                group.totals += totalsOf(bucket);
            }
        }
    }
    for (const Group &group : groups) {
        if (group.used)
            cells.push_back(Cell{
                groupName(group.key, by), m_currencies.name(group.key.currency), group.totals});
    }
    std::sort(cells.begin(), cells.end(), [](const Cell &a, const Cell &b) {
        return std::tie(a.group, a.currency) < std::tie(b.group, b.currency);
    });
    return cells;
}

quint64 AnalyticsEngine::groupIndex(const Key &key, Dimension by)
{
    switch (by) {
    case Dimension::None:
        return 0;
    case Dimension::Hour:
        return quint64(qint64(key.hour) - std::numeric_limits<qint32>::min());
    case Dimension::Day:
        // Floor division (hours before 1970 are negative), shifted to be unsigned.
        return quint64((key.hour >= 0 ? key.hour / 24 : (key.hour - 23) / 24)
                       - qint64(std::numeric_limits<qint32>::min()));
    case Dimension::Currency:
        return key.currency;
    case Dimension::Source:
        return key.source;
    case Dimension::Kind:
        return key.kind;
    case Dimension::Outcome:
        return key.outcome;
    case Dimension::Detail:
        return key.detail;
    case Dimension::Method:
        return key.method;
    case Dimension::Country:
        return key.country;
    }
    return 0;
}

size_t AnalyticsEngine::memoryBytes() const
{
    return m_slots.capacity() * sizeof(Slot) + m_keys.capacity() * sizeof(Key)
           + m_totals.capacity() * sizeof(BucketTotals) + m_bucketTable.capacity() * sizeof(quint32)
           + hourIndexBytes() + m_currencies.memoryBytes() + m_details.memoryBytes()
           + m_methods.memoryBytes() + m_countries.memoryBytes() + m_hourly.memoryBytes();
}

void AnalyticsEngine::compact()
{
    std::vector<quint32> order(m_keys.size());
    for (quint32 i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        const Key &x = m_keys[a], &y = m_keys[b];
        return std::tie(x.kind, x.hour, x.currency, x.outcome)
               < std::tie(y.kind, y.hour, y.currency, y.outcome);
    });
    std::vector<quint32> newIndex(order.size());
    std::vector<Key> keys(order.size());
    std::vector<BucketTotals> totals(order.size());
    for (quint32 i = 0; i < order.size(); ++i) {
        newIndex[order[i]] = i;
        keys[i] = m_keys[order[i]];
        totals[i] = m_totals[order[i]];
    }
    for (Slot &slot : m_slots) {
        if (slot.object != 0)
            slot.bucket = newIndex[slot.bucket];
    }
    // A rebuilt engine is no bigger than it needs to be: filled to 3/4, it grows (×1.5) once
    // live data has added a few percent.
    // (A table reserved for the rebuild is already that size: no second rehash.)
    const size_t wanted = m_objectCount + m_objectCount / 3 + 1;
    if (m_slots.size() < wanted || m_slots.size() > wanted + wanted / 8)
        rehashSlots(wanted);
    m_keys = std::move(keys);
    m_totals = std::move(totals);
    m_hourly.compact();
    m_bucketTable.clear();
    growBucketTable();
    for (auto &perKind : m_hourBuckets)
        perKind.clear();
    for (quint32 bucket = 0; bucket < m_keys.size(); ++bucket) {
        const Key &key = m_keys[bucket];
        auto &hours = m_hourBuckets[key.kind];
        const auto offset = size_t(key.hour - m_firstHour);
        if (hours.size() <= offset)
            hours.resize(offset + 1);
        hours[offset].push_back(bucket);
    }
}

size_t AnalyticsEngine::hourIndexBytes() const
{
    size_t bytes = 0;
    for (const auto &hours : m_hourBuckets) {
        bytes += hours.capacity() * sizeof(std::vector<quint32>);
        for (const auto &buckets : hours)
            bytes += buckets.capacity() * sizeof(quint32);
    }
    return bytes;
}

qint64 AnalyticsEngine::lastHour() const
{
    qint64 last = 0;
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_totals[i].count != 0 && qint64(m_keys[i].hour) * kHour > last)
            last = qint64(m_keys[i].hour) * kHour;
    }
    return last;
}

} // namespace paydeck::analytics
