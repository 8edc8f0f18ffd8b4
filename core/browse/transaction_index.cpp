#include "browse/transaction_index.h"

#include <algorithm>
#include <cstdlib>
#include <numeric>

namespace paydeck::browse {

namespace {

constexpr uint32_t kAny = UINT32_MAX;
constexpr char kCustomerSeparator = '\x1f'; // between e-mail and name: sorts before any text

/// ASCII case folding, as SQLite's LIKE does it.
char fold(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

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

/// Levenshtein distance, or `limit + 1` once it must exceed `limit`.
int editDistance(std::string_view a, std::string_view b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    std::vector<int> previous(b.size() + 1);
    std::vector<int> current(b.size() + 1);
    std::iota(previous.begin(), previous.end(), 0);
    for (size_t i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int best = current[0];
        for (size_t j = 1; j <= b.size(); ++j) {
            current[j] = std::min({previous[j] + 1,
                                   current[j - 1] + 1,
                                   previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            best = std::min(best, current[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::string_view emailOf(std::string_view customer)
{
    return customer.substr(0, customer.find(kCustomerSeparator));
}

} // namespace

// --- Dictionary ---------------------------------------------------------------------------

uint32_t Dictionary::intern(std::string_view value)
{
    std::string text(value);
    if (const auto it = m_ordinals.find(text); it != m_ordinals.end())
        return it->second;
    const auto ordinal = uint32_t(m_values.size());
    m_values.push_back(text);
    m_ordinals.emplace(std::move(text), ordinal);
    return ordinal;
}

std::optional<uint32_t> Dictionary::find(std::string_view value) const
{
    const auto it = m_ordinals.find(std::string(value));
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
    bool idOnly = false;
    std::string term; // folded
    int last4 = -1;
    std::vector<char> customers; // by ordinal: the e-mail or name contains the term
    std::vector<char> payouts;   // by ordinal: the payout id begins with it

    bool operator()(uint32_t p) const
    {
        const TransactionIndex &x = *index;
        if ((type != kAny && x.m_type[p] != type)
            || (currency != kAny && x.m_currency[p] != currency)
            || (status != kAny && x.m_status[p] != status)
            || (source != kAny && x.m_source[p] != source) || (from != 0 && x.m_created[p] < from)
            || (before != 0 && x.m_created[p] >= before))
            return false;
        if (!searching)
            return true;
        if (startsWithFolded(x.idOf(p), term) || startsWithFolded(x.sourceOf(p), term)
            || payouts[x.m_payout[p]] || containsFolded(x.descriptionOf(p), term))
            return true;
        return !idOnly && (customers[x.m_customer[p]] || (last4 >= 0 && x.m_last4[p] == last4));
    }
};

std::optional<uint32_t> TransactionIndex::positionOf(qint64 key) const
{
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
    mergeIntoOrders(changed, oldSize);
}

// --- Orders -------------------------------------------------------------------------------

void TransactionIndex::refreshRanks()
{
    m_typeRank = m_types.ranks();
    m_statusRank = m_statuses.ranks();
    m_currencyRank = m_currencies.ranks();
    m_payoutRank = m_payouts.ranks();
    // Customers sort by e-mail alone (as the store does): equal e-mails share a rank.
    std::vector<uint32_t> byEmail(m_customers.size());
    std::iota(byEmail.begin(), byEmail.end(), 0u);
    const auto email = [this](uint32_t ordinal) {
        return emailOf(m_customers.value(ordinal));
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

int TransactionIndex::compareMajor(Column column, uint32_t a, uint32_t b) const
{
    const bool perCurrency
        = column == Column::Amount || column == Column::Fee || column == Column::Net;
    return perCurrency ? threeWay(m_currencyRank[m_currency[a]], m_currencyRank[m_currency[b]]) : 0;
}

int TransactionIndex::compareValues(Column column, uint32_t a, uint32_t b) const
{
    if (const int major = compareMajor(column, a, b); major != 0)
        return major;
    switch (column) {
    case Column::Created:
        return threeWay(m_created[a], m_created[b]);
    case Column::Type:
        return threeWay(m_typeRank[m_type[a]], m_typeRank[m_type[b]]);
    case Column::Description:
        return threeWay(descriptionOf(a), descriptionOf(b));
    case Column::Customer:
        return threeWay(m_customerRank[m_customer[a]], m_customerRank[m_customer[b]]);
    case Column::Amount:
        return threeWay(m_amount[a], m_amount[b]);
    case Column::Fee:
        return threeWay(m_fee[a], m_fee[b]);
    case Column::Net:
        return threeWay(m_net[a], m_net[b]);
    case Column::Currency:
        return threeWay(m_currencyRank[m_currency[a]], m_currencyRank[m_currency[b]]);
    case Column::Status:
        return threeWay(m_statusRank[m_status[a]], m_statusRank[m_status[b]]);
    case Column::Payout:
        return threeWay(m_payoutRank[m_payout[a]], m_payoutRank[m_payout[b]]);
    case Column::Id:
    case Column::Count:
        break;
    }
    return threeWay(idOf(a), idOf(b));
}

bool TransactionIndex::before(Column column, uint32_t a, uint32_t b) const
{
    if (const int order = compareValues(column, a, b); order != 0)
        return order < 0;
    if (column == Column::Created)
        return m_key[a] < m_key[b];
    // Ties newest first, whichever way the column is sorted (the descending order keeps them).
    if (m_created[a] != m_created[b])
        return m_created[a] > m_created[b];
    return m_key[a] > m_key[b];
}

void TransactionIndex::buildOrder(Column column)
{
    Order &order = m_orders[size_t(column)];
    order.resize(size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [this, column](uint32_t a, uint32_t b) {
        return before(column, a, b);
    });
    m_orderBuilt[size_t(column)] = true;
}

const TransactionIndex::Order &TransactionIndex::orderOf(Column column)
{
    if (!m_orderBuilt[size_t(column)]) {
        refreshRanks();
        buildOrder(column);
    }
    return m_orders[size_t(column)];
}

void TransactionIndex::prepareOrders()
{
    refreshRanks();
    for (size_t column = 0; column < size_t(Column::Count); ++column) {
        if (!m_orderBuilt[column])
            buildOrder(Column(column));
    }
}

void TransactionIndex::mergeIntoOrders(const std::vector<uint32_t> &changed, size_t oldSize)
{
    if (changed.empty())
        return;
    refreshRanks();
    std::vector<char> isChanged(size(), 0);
    for (const uint32_t p : changed)
        isChanged[p] = 1;
    for (size_t c = 0; c < size_t(Column::Count); ++c) {
        if (!m_orderBuilt[c])
            continue;
        const auto column = Column(c);
        Order &order = m_orders[c];
        if (changed.size() * 8 > oldSize) { // cheaper to sort again, when asked
            m_orderBuilt[c] = false;
            Order().swap(order);
            continue;
        }
        std::erase_if(order, [&](uint32_t p) { return isChanged[p] != 0; });
        std::vector<uint32_t> delta = changed;
        const auto less = [this, column](uint32_t a, uint32_t b) {
            return before(column, a, b);
        };
        std::sort(delta.begin(), delta.end(), less);
        Order merged;
        merged.reserve(order.size() + delta.size());
        std::merge(order.begin(),
                   order.end(),
                   delta.begin(),
                   delta.end(),
                   std::back_inserter(merged),
                   less);
        order.swap(merged);
    }
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
    if (!match.searching)
        return match;
    match.idOnly = store::isProviderIdTerm(term);
    match.term = folded(term.toStdString());
    const std::string exact = term.toStdString();
    if (exact.size() == 4
        && std::all_of(exact.begin(), exact.end(), [](char c) { return c >= '0' && c <= '9'; }))
        match.last4 = std::stoi(exact);
    match.customers.resize(m_customers.size());
    for (uint32_t c = 0; c < m_customers.size(); ++c) {
        const std::string_view customer = m_customers.value(c);
        const size_t separator = customer.find(kCustomerSeparator);
        match.customers[c] = containsFolded(customer.substr(0, separator), match.term)
                             || containsFolded(customer.substr(separator + 1), match.term);
    }
    match.payouts.resize(m_payouts.size());
    for (uint32_t p = 0; p < m_payouts.size(); ++p)
        match.payouts[p] = startsWithFolded(m_payouts.value(p), match.term);
    return match;
}

std::vector<qint64> TransactionIndex::keys(const store::TransactionQuery &query)
{
    std::vector<qint64> out;
    const Matcher match = matcherFor(query);
    if (match.nothing || size() == 0)
        return out;
    const Column column = query.sortColumn;
    const Order &order = orderOf(column);
    const auto take = [&](uint32_t p) {
        if (match(p))
            out.push_back(m_key[p]);
    };
    if (query.order == Qt::AscendingOrder) {
        std::for_each(order.begin(), order.end(), take);
    } else if (column == Column::Created) {
        std::for_each(order.rbegin(), order.rend(), take);
    } else {
        // Descending: groups of equal values in reverse, each still newest first; amounts stay
        // within their currency, currencies in ascending order (as the store sorts them).
        const size_t n = order.size();
        for (size_t block = 0; block < n;) {
            size_t blockEnd = block + 1;
            while (blockEnd < n && compareMajor(column, order[block], order[blockEnd]) == 0)
                ++blockEnd;
            for (size_t end = blockEnd; end > block;) {
                size_t begin = end - 1;
                while (begin > block && compareValues(column, order[begin - 1], order[begin]) == 0)
                    --begin;
                std::for_each(order.begin() + long(begin), order.begin() + long(end), take);
                end = begin;
            }
            block = blockEnd;
        }
    }
    return out;
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

std::vector<std::string> TransactionIndex::nearWords(const std::string &term)
{
    if (m_wordsFromCustomers != m_customers.size()) {
        std::unordered_set<std::string> words;
        for (uint32_t c = 0; c < m_customers.size(); ++c) {
            std::string word;
            for (const char ch : m_customers.value(c)) {
                if (std::isalnum(static_cast<unsigned char>(ch)) || (ch & 0x80) != 0) {
                    word += fold(ch);
                    continue;
                }
                if (word.size() >= 3)
                    words.insert(word);
                word.clear();
            }
            if (word.size() >= 3)
                words.insert(word);
        }
        m_words.assign(words.begin(), words.end());
        std::sort(m_words.begin(), m_words.end());
        m_wordsFromCustomers = m_customers.size();
    }
    const int limit = term.size() <= 5 ? 1 : 2;
    int best = limit + 1;
    std::vector<std::string> found;
    for (const std::string &word : m_words) {
        const int distance = editDistance(term, word, limit);
        if (distance == 0 || distance > limit || distance > best)
            continue;
        if (distance < best)
            found.clear();
        best = distance;
        found.push_back(word);
    }
    return found;
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
