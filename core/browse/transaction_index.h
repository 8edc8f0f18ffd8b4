#pragma once

#include "store/browse_repository.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace paydeck::browse {

/// The distinct values of a column: each has an ordinal (its number, in order of arrival) and a
/// rank (its place in byte order, the order SQLite gives text).
class Dictionary
{
public:
    uint32_t intern(std::string_view value);
    std::optional<uint32_t> find(std::string_view value) const;
    std::string_view value(uint32_t ordinal) const { return m_values[ordinal]; }
    const std::vector<std::string> &values() const { return m_values; }
    uint32_t size() const { return uint32_t(m_values.size()); }
    /// The rank of every ordinal (recomputed after new values arrived).
    const std::vector<uint32_t> &ranks();

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>{}(text);
        }
    };
    std::vector<std::string> m_values;
    std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> m_ordinals;
    std::vector<uint32_t> m_ranks;
    uint32_t m_last = 0; // rows in a row often share a value
};

/// Every balance transaction of the store, held column by column in memory (about 150 bytes a
/// row with its sort orders) so that the Transactions screen sorts and searches a million rows
/// in milliseconds instead of seconds of SQL. The reader thread owns it and keeps it current
/// from the change feed; nothing else touches it (no locks).
///
/// Results are those of `BrowseRepository::transactionKeys` over the same rows: the same
/// matches, the same order, ties newest first (the SQL stays the reference, and the fallback
/// while the index is being built).
///
/// Orders: columns of many distinct values (date, description, amounts, id) keep their order,
/// merged with what changes; columns of few (type, customer, currency, status, payout) are put
/// in order when asked, by counting over the date order (linear, and no memory kept).
class TransactionIndex
{
public:
    using Row = store::TransactionIndexRow;
    using Column = store::TransactionColumn;

    /// Adds rows, or replaces the rows with those keys.
    void upsert(std::vector<Row> rows);
    size_t size() const { return m_key.size(); }
    /// The largest key held (new rows get larger ones), 0 when empty.
    qint64 maxKey() const { return m_byKey.empty() ? 0 : m_key[m_byKey.back()]; }
    /// Computes the kept orders now (they are otherwise computed on first use), and gives back
    /// the memory that growing left unused.
    void prepareOrders();
    /// The bytes its columns, text and orders hold (for the benchmark's account of memory).
    size_t memoryBytes() const;

    /// The keys of the rows `query` finds, in its order.
    std::vector<qint64> keys(const store::TransactionQuery &query);
    /// The keys of the transactions that belong to any of `sources` (charge ids …).
    std::vector<qint64> keysOfSources(const std::unordered_set<std::string> &sources) const;
    /// What to say when `query` found nothing: a near word, or what the filters hid.
    store::SearchHint hint(const store::TransactionQuery &query);
    /// The types, currencies and statuses rows have (or had: a value stays once seen).
    void fillChoices(store::FilterChoices &choices) const;

private:
    struct Matcher;
    /// A column's positions in ascending order (ties newest first), and for each whether its
    /// value equals the one before (so that descending needs no comparisons).
    struct KeptOrder
    {
        std::vector<uint32_t> positions;
        std::vector<uint8_t> sameAsPrevious;
        bool built = false;
    };

    uint32_t append(Row &row);
    /// Writes `row` at `position`; false when it held exactly that already.
    bool assign(uint32_t position, Row &row);
    std::optional<uint32_t> positionOf(qint64 key) const;
    std::string_view idOf(uint32_t position) const;
    std::string_view sourceOf(uint32_t position) const;
    std::string_view descriptionOf(uint32_t position) const;
    void compactText();

    static bool isKept(Column column);
    const KeptOrder &keptOrder(Column column);
    void buildOrder(Column column);
    void buildTextOrder(Column column, const std::vector<uint32_t> &newestFirst);
    void mergeIntoOrder(Column column,
                        const std::vector<char> &isChanged,
                        const std::vector<uint32_t> &changed);
    /// Three-way comparison of two rows' values in a kept column (the date with the key).
    int compareValues(Column column, uint32_t a, uint32_t b) const;
    bool before(Column column, uint32_t a, uint32_t b) const;
    std::vector<uint32_t> newestFirst();
    const std::vector<uint32_t> &ranksOf(Column column);

    Matcher matcherFor(const store::TransactionQuery &query);
    /// Positions of a kept order that `match` takes, ascending or descending (ties newest first).
    std::vector<uint32_t> inKeptOrder(Column column, bool ascending, const Matcher &match);
    /// `positions` stably put in order of a rank per position (counting sort).
    std::vector<qint64> byRank(const std::vector<uint32_t> &positions,
                               const std::vector<uint32_t> &rankOfPosition,
                               const std::vector<uint32_t> &ranks,
                               bool ascending) const;
    std::vector<std::string> nearWords(const std::string &term);

    std::vector<qint64> m_key;
    std::vector<qint64> m_created;
    std::vector<qint64> m_amount;
    std::vector<qint64> m_fee;
    std::vector<qint64> m_net;
    std::vector<uint32_t> m_type;
    std::vector<uint32_t> m_status;
    std::vector<uint32_t> m_currency;
    std::vector<uint32_t> m_source; // into m_sourceIds
    std::vector<uint32_t> m_customer;
    std::vector<uint32_t> m_payout;
    std::vector<int16_t> m_last4;
    /// Each row's id, source and description, NUL-separated, from m_textAt[position].
    std::string m_text;
    std::vector<uint32_t> m_textAt;
    size_t m_liveText = 0;

    std::vector<qint64> m_sourceIds;
    Dictionary m_types;
    Dictionary m_statuses;
    Dictionary m_currencies;
    Dictionary m_customers; // e-mail, 0x1f, name
    Dictionary m_payouts;
    std::vector<uint32_t> m_customerRank; // by e-mail alone, as the store sorts them

    std::vector<uint32_t> m_byKey; // positions in key order
    std::array<KeptOrder, size_t(Column::Count)> m_orders;

    std::vector<std::string> m_words; // of the customers' e-mails and names, for "did you mean"
    uint32_t m_wordsFromCustomers = 0;
};

} // namespace paydeck::browse
