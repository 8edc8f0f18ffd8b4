#include "browse/transaction_index.h"
#include "browse/text_fold.h"

#include <algorithm>
#include <cstdlib>
#include <numeric>

namespace paydeck::browse {

namespace {

constexpr uint32_t kAny = UINT32_MAX;
constexpr char kCustomerSeparator = '\x1f'; // between e-mail and name: sorts before any text

std::string folded(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), fold);
    return out;
}

bool startsWithFolded(std::string_view text, std::string_view lowerPrefix)
{
    if (text.size() < lowerPrefix.size())
        return false;
    for (size_t i = 0; i < lowerPrefix.size(); ++i) {
        if (fold(text[i]) != lowerPrefix[i])
            return false;
    }
    return true;
}

bool containsFolded(std::string_view text, std::string_view lowerNeedle)
{
    const size_t n = lowerNeedle.size();
    if (n == 0)
        return true;
    if (text.size() < n)
        return false;
    const char first = lowerNeedle[0];
    for (size_t i = 0; i + n <= text.size(); ++i) {
        if (fold(text[i]) != first)
            continue;
        size_t j = 1;
        while (j < n && fold(text[i + j]) == lowerNeedle[j])
            ++j;
        if (j == n)
            return true;
    }
    return false;
}

template<typename T>
int threeWay(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int threeWay(std::string_view a, std::string_view b)
{
    const int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

std::string_view emailOf(std::string_view customer)
{
    return customer.substr(0, customer.find(kCustomerSeparator));
}

} // namespace

// --- Dictionary ---------------------------------------------------------------------------

uint32_t Dictionary::intern(std::string_view value)
{
    if (m_last < m_values.size() && m_values[m_last] == value)
        return m_last;
    if (const auto it = m_ordinals.find(value); it != m_ordinals.end())
        return m_last = it->second;
    const auto ordinal = uint32_t(m_values.size());
    m_values.emplace_back(value);
    m_ordinals.emplace(m_values.back(), ordinal);
    return m_last = ordinal;
}

std::optional<uint32_t> Dictionary::find(std::string_view value) const
{
    const auto it = m_ordinals.find(value);
    return it == m_ordinals.end() ? std::nullopt : std::optional<uint32_t>(it->second);
}

const std::vector<uint32_t> &Dictionary::ranks()
{
    if (m_ranks.size() != m_values.size()) {
        std::vector<uint32_t> byValue(m_values.size());
        std::iota(byValue.begin(), byValue.end(), 0u);
        std::sort(byValue.begin(), byValue.end(), [this](uint32_t a, uint32_t b) {
            return m_values[a] < m_values[b];
        });
        m_ranks.assign(m_values.size(), 0);
        for (uint32_t rank = 0; rank < byValue.size(); ++rank)
            m_ranks[byValue[rank]] = rank;
    }
    return m_ranks;
}

// --- Rows ---------------------------------------------------------------------------------

struct TransactionIndex::Matcher
{
    const TransactionIndex *index = nullptr;
    bool nothing = false; // a filter names a value no row has
    uint32_t type = kAny;
    uint32_t currency = kAny;
    uint32_t status = kAny;
    uint32_t source = kAny;
    qint64 from = 0;
    qint64 before = 0;
    bool searching = false;
    std::vector<char> hits; // by position, when searching: computed in one pass over the text

    bool operator()(uint32_t p) const
    {
        const TransactionIndex &x = *index;
        return (type == kAny || x.m_type[p] == type)
               && (currency == kAny || x.m_currency[p] == currency)
               && (status == kAny || x.m_status[p] == status)
               && (source == kAny || x.m_source[p] == source)
               && (from == 0 || x.m_created[p] >= from) && (before == 0 || x.m_created[p] < before)
               && (!searching || hits[p] != 0);
    }
};

std::optional<uint32_t> TransactionIndex::positionOf(qint64 key) const
{
    if (m_byKey.empty() || m_key[m_byKey.back()] < key)
        return std::nullopt; // a new row, as most are
    const auto it = std::lower_bound(
        m_byKey.begin(), m_byKey.end(), key, [this](uint32_t p, qint64 k) { return m_key[p] < k; });
    if (it == m_byKey.end() || m_key[*it] != key)
        return std::nullopt;
    return *it;
}

std::string_view TransactionIndex::idOf(uint32_t position) const
{
    return {m_text.data() + m_textAt[position]};
}

std::string_view TransactionIndex::sourceOf(uint32_t position) const
{
    const std::string_view id = idOf(position);
    return {id.data() + id.size() + 1};
}

std::string_view TransactionIndex::descriptionOf(uint32_t position) const
{
    const std::string_view source = sourceOf(position);
    return {source.data() + source.size() + 1};
}

uint32_t TransactionIndex::append(Row &row)
{
    const auto position = uint32_t(m_key.size());
    m_key.push_back(row.key);
    m_created.push_back(0);
    m_amount.push_back(0);
    m_fee.push_back(0);
    m_net.push_back(0);
    m_type.push_back(0);
    m_status.push_back(0);
    m_currency.push_back(0);
    m_source.push_back(0);
    m_customer.push_back(0);
    m_payout.push_back(0);
    m_last4.push_back(-1);
    m_textAt.push_back(uint32_t(m_text.size()));
    m_text.append(3, '\0'); // an empty record until assigned
    m_liveText += 3;
    assign(position, row);
    if (m_byKey.empty() || m_key[m_byKey.back()] < row.key) {
        m_byKey.push_back(position);
    } else {
        const auto at = std::lower_bound(m_byKey.begin(),
                                         m_byKey.end(),
                                         row.key,
                                         [this](uint32_t p, qint64 k) { return m_key[p] < k; });
        m_byKey.insert(at, position);
    }
    return position;
}

bool TransactionIndex::assign(uint32_t p, Row &row)
{
    for (std::string *text : {&row.id, &row.source, &row.description})
        std::replace(text->begin(), text->end(), '\0', ' '); // the record's separator
    const auto sourceAt = std::find(m_sourceIds.begin(), m_sourceIds.end(), row.sourceId);
    const auto source = uint32_t(sourceAt - m_sourceIds.begin());
    if (sourceAt == m_sourceIds.end())
        m_sourceIds.push_back(row.sourceId);
    const uint32_t type = m_types.intern(row.type);
    const uint32_t status = m_statuses.intern(row.status);
    const uint32_t currency = m_currencies.intern(row.currency);
    const uint32_t customer = m_customers.intern(row.email + kCustomerSeparator + row.customerName);
    const uint32_t payout = m_payouts.intern(row.payout);
    const auto last4 = int16_t(row.cardLast4);
    const bool sameText
        = idOf(p) == row.id && sourceOf(p) == row.source && descriptionOf(p) == row.description;
    if (sameText && m_created[p] == row.created && m_amount[p] == row.amount && m_fee[p] == row.fee
        && m_net[p] == row.net && m_type[p] == type && m_status[p] == status
        && m_currency[p] == currency && m_source[p] == source && m_customer[p] == customer
        && m_payout[p] == payout && m_last4[p] == last4)
        return false;
    m_created[p] = row.created;
    m_amount[p] = row.amount;
    m_fee[p] = row.fee;
    m_net[p] = row.net;
    m_type[p] = type;
    m_status[p] = status;
    m_currency[p] = currency;
    m_source[p] = source;
    m_customer[p] = customer;
    m_payout[p] = payout;
    m_last4[p] = last4;
    if (!sameText) {
        m_liveText -= idOf(p).size() + sourceOf(p).size() + descriptionOf(p).size() + 3;
        m_textAt[p] = uint32_t(m_text.size());
        for (const std::string *text : {&row.id, &row.source, &row.description}) {
            m_text += *text;
            m_text += '\0';
        }
        m_liveText += row.id.size() + row.source.size() + row.description.size() + 3;
    }
    return true;
}

void TransactionIndex::compactText()
{
    std::string text;
    text.reserve(m_liveText);
    for (uint32_t p = 0; p < m_textAt.size(); ++p) {
        const auto at = uint32_t(text.size());
        for (const std::string_view part : {idOf(p), sourceOf(p), descriptionOf(p)}) {
            text += part;
            text += '\0';
        }
        m_textAt[p] = at;
    }
    m_text.swap(text);
}

void TransactionIndex::upsert(std::vector<Row> rows)
{
    const size_t oldSize = size();
    std::vector<uint32_t> changed;
    for (Row &row : rows) {
        if (const auto position = positionOf(row.key)) {
            if (assign(*position, row))
                changed.push_back(*position);
        } else {
            changed.push_back(append(row));
        }
    }
    // Rewritten rows leave their old text behind: drop it once it is as large as the rest.
    if (m_text.size() > 2 * m_liveText + (1u << 20))
        compactText();
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    if (changed.empty())
        return;
    std::vector<char> isChanged(size(), 0);
    for (const uint32_t p : changed)
        isChanged[p] = 1;
    // Kept orders: a few changes are merged in; many are cheaper to sort again when asked.
    for (size_t c = 0; c < m_orders.size(); ++c) {
        if (!m_orders[c].built)
            continue;
        if (changed.size() * 8 > oldSize)
            m_orders[c] = KeptOrder();
        else
            mergeIntoOrder(Column(c), isChanged, changed);
    }
}

// --- Orders -------------------------------------------------------------------------------

bool TransactionIndex::isKept(Column column)
{
    return column == Column::Created || column == Column::Description || column == Column::Amount
           || column == Column::Fee || column == Column::Net || column == Column::Id;
}

int TransactionIndex::compareValues(Column column, uint32_t a, uint32_t b) const
{
    switch (column) {
    case Column::Created:
        if (const int order = threeWay(m_created[a], m_created[b]); order != 0)
            return order;
        return threeWay(m_key[a], m_key[b]);
    case Column::Description:
        return threeWay(descriptionOf(a), descriptionOf(b));
    case Column::Amount:
        return threeWay(m_amount[a], m_amount[b]);
    case Column::Fee:
        return threeWay(m_fee[a], m_fee[b]);
    case Column::Net:
        return threeWay(m_net[a], m_net[b]);
    default:
        return threeWay(idOf(a), idOf(b));
    }
}

bool TransactionIndex::before(Column column, uint32_t a, uint32_t b) const
{
    if (const int order = compareValues(column, a, b); order != 0)
        return order < 0;
    // Ties newest first, whichever way the column is sorted (the descending order keeps them).
    if (m_created[a] != m_created[b])
        return m_created[a] > m_created[b];
    return m_key[a] > m_key[b];
}

std::vector<uint32_t> TransactionIndex::newestFirst()
{
    const std::vector<uint32_t> &byDate = keptOrder(Column::Created).positions;
    return {byDate.rbegin(), byDate.rend()};
}

void TransactionIndex::buildOrder(Column column)
{
    KeptOrder order;
    const size_t n = size();
    if (column == Column::Created) {
        struct Entry
        {
            qint64 created;
            qint64 key;
            uint32_t position;
        };
        std::vector<Entry> entries(n);
        for (uint32_t p = 0; p < n; ++p)
            entries[p] = {m_created[p], m_key[p], p};
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            return a.created != b.created ? a.created < b.created : a.key < b.key;
        });
        order.positions.resize(n);
        for (size_t i = 0; i < n; ++i)
            order.positions[i] = entries[i].position;
        order.sameAsPrevious.assign(n, 0); // (date, key) is never the same twice
    } else if (column == Column::Description || column == Column::Id) {
        buildTextOrder(column, newestFirst());
        return;
    } else { // an amount: stable by value over the newest first
        const std::vector<qint64> &values = column == Column::Amount ? m_amount
                                            : column == Column::Fee  ? m_fee
                                                                     : m_net;
        std::vector<std::pair<qint64, uint32_t>> entries;
        entries.reserve(n);
        for (const uint32_t p : newestFirst())
            entries.emplace_back(values[p], p);
        std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
            return a.first < b.first;
        });
        order.positions.resize(n);
        order.sameAsPrevious.resize(n);
        for (size_t i = 0; i < n; ++i) {
            order.positions[i] = entries[i].second;
            order.sameAsPrevious[i] = i > 0 && entries[i].first == entries[i - 1].first;
        }
    }
    order.built = true;
    m_orders[size_t(column)] = std::move(order);
}

/// Text sorts by its first 16 bytes as two big-endian numbers (cache-friendly, no string
/// comparisons); only runs that share them and are longer are compared whole.
void TransactionIndex::buildTextOrder(Column column, const std::vector<uint32_t> &newestFirst)
{
    struct Entry
    {
        uint64_t head;
        uint64_t tail;
        uint32_t position;
        bool longer; // than 16 bytes
    };
    const auto textOf = [this, column](uint32_t p) {
        return column == Column::Id ? idOf(p) : descriptionOf(p);
    };
    const auto bigEndian = [](std::string_view text, size_t from) {
        uint64_t value = 0;
        for (size_t i = from; i < from + 8; ++i)
            value = (value << 8) | (i < text.size() ? uint8_t(text[i]) : 0u);
        return value;
    };
    std::vector<Entry> entries;
    entries.reserve(newestFirst.size());
    for (const uint32_t p : newestFirst) {
        const std::string_view text = textOf(p);
        entries.push_back({bigEndian(text, 0), bigEndian(text, 8), p, text.size() > 16});
    }
    const auto samePrefix = [](const Entry &a, const Entry &b) {
        return a.head == b.head && a.tail == b.tail;
    };
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.head != b.head ? a.head < b.head : a.tail < b.tail;
    });
    const size_t n = entries.size();
    KeptOrder order;
    order.positions.resize(n);
    order.sameAsPrevious.resize(n);
    for (size_t begin = 0; begin < n;) {
        size_t end = begin + 1;
        bool anyLonger = entries[begin].longer;
        for (; end < n && samePrefix(entries[begin], entries[end]); ++end)
            anyLonger = anyLonger || entries[end].longer;
        if (anyLonger)
            std::stable_sort(entries.begin() + long(begin),
                             entries.begin() + long(end),
                             [&](const Entry &a, const Entry &b) {
                                 return textOf(a.position) < textOf(b.position);
                             });
        for (size_t i = begin; i < end; ++i) {
            order.positions[i] = entries[i].position;
            order.sameAsPrevious[i]
                = i > begin
                  && (!anyLonger || textOf(entries[i].position) == textOf(entries[i - 1].position));
        }
        begin = end;
    }
    order.built = true;
    m_orders[size_t(column)] = std::move(order);
}

const TransactionIndex::KeptOrder &TransactionIndex::keptOrder(Column column)
{
    if (!m_orders[size_t(column)].built)
        buildOrder(column);
    return m_orders[size_t(column)];
}

void TransactionIndex::prepareOrders()
{
    for (const Column column : {Column::Created,
                                Column::Description,
                                Column::Amount,
                                Column::Fee,
                                Column::Net,
                                Column::Id})
        keptOrder(column);
    // Growing by doubling left up to half of each column unused.
    for (auto *column : {&m_key, &m_created, &m_amount, &m_fee, &m_net})
        column->shrink_to_fit();
    for (auto *column :
         {&m_type, &m_status, &m_currency, &m_source, &m_customer, &m_payout, &m_textAt, &m_byKey})
        column->shrink_to_fit();
    m_last4.shrink_to_fit();
    m_text.shrink_to_fit();
}

size_t TransactionIndex::memoryBytes() const
{
    const auto bytes = [](const auto &column) {
        return column.capacity() * sizeof(typename std::decay_t<decltype(column)>::value_type);
    };
    size_t total = m_text.capacity();
    for (const auto *column : {&m_key, &m_created, &m_amount, &m_fee, &m_net})
        total += bytes(*column);
    for (const auto *column :
         {&m_type, &m_status, &m_currency, &m_source, &m_customer, &m_payout, &m_textAt, &m_byKey})
        total += bytes(*column);
    total += bytes(m_last4);
    for (const KeptOrder &order : m_orders)
        total += bytes(order.positions) + bytes(order.sameAsPrevious);
    return total;
}

void TransactionIndex::mergeIntoOrder(Column column,
                                      const std::vector<char> &isChanged,
                                      const std::vector<uint32_t> &changed)
{
    KeptOrder &order = m_orders[size_t(column)];
    // Out with the changed rows; a row after them is the same as the one before them only if
    // every step between was "the same".
    std::vector<uint32_t> kept;
    std::vector<uint8_t> keptSame;
    kept.reserve(order.positions.size());
    keptSame.reserve(order.positions.size());
    bool chain = true;
    for (size_t i = 0; i < order.positions.size(); ++i) {
        const uint32_t p = order.positions[i];
        if (isChanged[p] != 0) {
            chain = chain && order.sameAsPrevious[i] != 0;
            continue;
        }
        keptSame.push_back(!kept.empty() && chain && order.sameAsPrevious[i] != 0);
        kept.push_back(p);
        chain = true;
    }
    // In with them where they fall (a binary search each: few changes, many rows).
    const auto less = [this, column](uint32_t a, uint32_t b) {
        return before(column, a, b);
    };
    std::vector<uint32_t> delta = changed;
    std::sort(delta.begin(), delta.end(), less);
    KeptOrder merged;
    merged.built = true;
    merged.positions.reserve(kept.size() + delta.size());
    merged.sameAsPrevious.reserve(kept.size() + delta.size());
    const auto push = [&](uint32_t p, bool knownSame, bool recompute) {
        const bool same = recompute ? !merged.positions.empty()
                                          && compareValues(column, merged.positions.back(), p) == 0
                                    : knownSame;
        merged.positions.push_back(p);
        merged.sameAsPrevious.push_back(same);
    };
    size_t next = 0;
    bool afterInserted = false;
    const auto copyKeptUntil = [&](size_t end) {
        for (; next < end; ++next) {
            push(kept[next], keptSame[next] != 0, afterInserted);
            afterInserted = false;
        }
    };
    for (const uint32_t p : delta) {
        const auto at = std::upper_bound(kept.begin() + long(next), kept.end(), p, less);
        copyKeptUntil(size_t(at - kept.begin()));
        push(p, false, true);
        afterInserted = true;
    }
    copyKeptUntil(kept.size());
    order = std::move(merged);
}

const std::vector<uint32_t> &TransactionIndex::ranksOf(Column column)
{
    switch (column) {
    case Column::Type:
        return m_types.ranks();
    case Column::Currency:
        return m_currencies.ranks();
    case Column::Status:
        return m_statuses.ranks();
    case Column::Payout:
        return m_payouts.ranks();
    default:
        break;
    }
    // Customers sort by e-mail alone (as the store does): equal e-mails share a rank.
    if (m_customerRank.size() != m_customers.size()) {
        std::vector<uint32_t> byEmail(m_customers.size());
        std::iota(byEmail.begin(), byEmail.end(), 0u);
        const auto email = [this](uint32_t c) {
            return emailOf(m_customers.value(c));
        };
        std::sort(byEmail.begin(), byEmail.end(), [&](uint32_t a, uint32_t b) {
            return email(a) < email(b);
        });
        m_customerRank.assign(byEmail.size(), 0);
        uint32_t rank = 0;
        for (size_t i = 0; i < byEmail.size(); ++i) {
            if (i > 0 && email(byEmail[i]) != email(byEmail[i - 1]))
                ++rank;
            m_customerRank[byEmail[i]] = rank;
        }
    }
    return m_customerRank;
}

// --- Queries ------------------------------------------------------------------------------

TransactionIndex::Matcher TransactionIndex::matcherFor(const store::TransactionQuery &query)
{
    Matcher match;
    match.index = this;
    const store::TransactionFilter &filter = query.filter;
    const auto ordinal = [&match](const Dictionary &values, const QString &value) {
        if (value.isEmpty())
            return kAny;
        const auto found = values.find(value.toStdString());
        match.nothing = match.nothing || !found;
        return found.value_or(kAny);
    };
    match.type = ordinal(m_types, filter.type);
    match.currency = ordinal(m_currencies, filter.currency);
    match.status = ordinal(m_statuses, filter.status);
    if (filter.sourceId != 0) {
        const auto at = std::find(m_sourceIds.begin(), m_sourceIds.end(), filter.sourceId);
        match.nothing = match.nothing || at == m_sourceIds.end();
        match.source = uint32_t(at - m_sourceIds.begin());
    }
    match.from = filter.createdFrom;
    match.before = filter.createdBefore;

    const QString term = query.search.trimmed();
    match.searching = !term.isEmpty();
    if (!match.searching || match.nothing)
        return match;
    // Ids (and what they belong to) by their beginning, text anywhere, card digits exactly;
    // a provider id is not looked for in e-mails and names.
    const bool idOnly = store::isProviderIdTerm(term);
    const std::string needle = folded(term.toStdString());
    const std::string exact = term.toStdString();
    int last4 = -1;
    if (!idOnly && exact.size() == 4
        && std::all_of(exact.begin(), exact.end(), [](char c) { return c >= '0' && c <= '9'; }))
        last4 = std::stoi(exact);
    std::vector<char> customers(m_customers.size(), 0);
    for (uint32_t c = 0; c < m_customers.size() && !idOnly; ++c) {
        const std::string_view customer = m_customers.value(c);
        const size_t separator = customer.find(kCustomerSeparator);
        customers[c] = containsFolded(customer.substr(0, separator), needle)
                       || containsFolded(customer.substr(separator + 1), needle);
    }
    std::vector<char> payouts(m_payouts.size(), 0);
    for (uint32_t p = 0; p < m_payouts.size(); ++p)
        payouts[p] = startsWithFolded(m_payouts.value(p), needle);
    // In position order: the text is read front to back once.
    match.hits.assign(size(), 0);
    for (uint32_t p = 0; p < size(); ++p) {
        const std::string_view id = idOf(p);
        const std::string_view source(id.data() + id.size() + 1);
        const std::string_view description(source.data() + source.size() + 1);
        match.hits[p] = customers[m_customer[p]] || payouts[m_payout[p]]
                        || (last4 >= 0 && m_last4[p] == last4) || startsWithFolded(id, needle)
                        || startsWithFolded(source, needle) || containsFolded(description, needle);
    }
    return match;
}

std::vector<uint32_t>
TransactionIndex::inKeptOrder(Column column, bool ascending, const Matcher &match)
{
    const KeptOrder &order = keptOrder(column);
    const std::vector<uint32_t> &positions = order.positions;
    std::vector<uint32_t> out;
    const auto take = [&](uint32_t p) {
        if (match(p))
            out.push_back(p);
    };
    if (ascending) {
        std::for_each(positions.begin(), positions.end(), take);
    } else if (column == Column::Created) {
        std::for_each(positions.rbegin(), positions.rend(), take);
    } else { // runs of the same value in reverse, each still newest first
        for (size_t end = positions.size(); end > 0;) {
            size_t begin = end - 1;
            while (begin > 0 && order.sameAsPrevious[begin] != 0)
                --begin;
            std::for_each(positions.begin() + long(begin), positions.begin() + long(end), take);
            end = begin;
        }
    }
    return out;
}

std::vector<qint64> TransactionIndex::byRank(const std::vector<uint32_t> &positions,
                                             const std::vector<uint32_t> &rankOfPosition,
                                             const std::vector<uint32_t> &ranks,
                                             bool ascending) const
{
    const size_t buckets = ranks.size();
    const auto bucketOf = [&](uint32_t p) {
        const uint32_t rank = ranks[rankOfPosition[p]];
        return ascending ? rank : uint32_t(buckets - 1 - rank);
    };
    std::vector<size_t> start(buckets + 1, 0);
    for (const uint32_t p : positions)
        ++start[bucketOf(p) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<qint64> out(positions.size());
    for (const uint32_t p : positions)
        out[start[bucketOf(p)]++] = m_key[p];
    return out;
}

std::vector<qint64> TransactionIndex::keys(const store::TransactionQuery &query)
{
    const Matcher match = matcherFor(query);
    if (match.nothing || size() == 0)
        return {};
    const Column column = query.sortColumn;
    const bool ascending = query.order == Qt::AscendingOrder;
    std::vector<uint32_t> positions;
    if (isKept(column)) {
        positions = inKeptOrder(column, ascending, match);
        const bool perCurrency
            = column == Column::Amount || column == Column::Fee || column == Column::Net;
        if (perCurrency) // amounts of different currencies are not comparable without rates
            return byRank(positions, m_currency, m_currencies.ranks(), true);
        std::vector<qint64> out;
        out.reserve(positions.size());
        for (const uint32_t p : positions)
            out.push_back(m_key[p]);
        return out;
    }
    // Few distinct values: counted into place over the newest first (ties newest first).
    positions = inKeptOrder(Column::Created, false, match);
    const std::vector<uint32_t> *rankOf = nullptr;
    switch (column) {
    case Column::Type:
        rankOf = &m_type;
        break;
    case Column::Customer:
        rankOf = &m_customer;
        break;
    case Column::Currency:
        rankOf = &m_currency;
        break;
    case Column::Status:
        rankOf = &m_status;
        break;
    default:
        rankOf = &m_payout;
        break;
    }
    return byRank(positions, *rankOf, ranksOf(column), ascending);
}

std::vector<qint64>
TransactionIndex::keysOfSources(const std::unordered_set<std::string> &sources) const
{
    std::unordered_set<std::string_view> wanted(sources.begin(), sources.end());
    std::vector<qint64> out;
    for (uint32_t p = 0; p < size(); ++p) {
        if (wanted.count(sourceOf(p)) != 0)
            out.push_back(m_key[p]);
    }
    return out;
}

store::SearchHint TransactionIndex::hint(const store::TransactionQuery &query)
{
    store::SearchHint hint;
    if (!query.filter.isEmpty()) {
        store::TransactionQuery unfiltered = query;
        unfiltered.filter = {};
        const Matcher match = matcherFor(unfiltered);
        qint64 count = 0;
        for (uint32_t p = 0; p < size() && !match.nothing; ++p)
            count += match(p) ? 1 : 0;
        hint.withoutFilters = count;
    }
    const QString term = query.search.trimmed();
    if (term.size() >= 3 && !store::isProviderIdTerm(term)) {
        const std::vector<std::string> words = nearWords(folded(term.toStdString()));
        if (!words.empty())
            hint.didYouMean = QString::fromStdString(words.front());
    }
    return hint;
}

} // namespace paydeck::browse
