// The rows of the Transactions screen's in-memory index, and the objects a search can mention.
#include "sqlite_session.h"

#include <QSet>

#include <algorithm>
#include <charconv>
#include <type_traits>
#include <unordered_map>

namespace paydeck::store {

namespace {

constexpr const char *kIndexColumns
    = "SELECT bt.rowid, bt.source_id, bt.created, bt.amount, bt.fee, bt.net, bt.id, bt.source, "
      "bt.payout, bt.type, bt.status, bt.currency, bt.description, c.email, c.customer_name, "
      "c.card_last4 FROM balance_transactions bt LEFT JOIN charges c "
      "ON c.source_id = bt.source_id AND c.id = bt.source ";

int lastFourOf(const std::string &text)
{
    int value = -1;
    if (text.size() == 4
        && std::from_chars(text.data(), text.data() + 4, value).ptr != text.data() + 4)
        return -1;
    return text.size() == 4 ? value : -1;
}

Result<std::vector<TransactionIndexRow>> readIndexRows(Statement &statement)
{
    std::vector<TransactionIndexRow> rows;
    for (;;) {
        const Statement::Step step = statement.step();
        if (step == Statement::Step::Done)
            return rows;
        if (step != Statement::Step::Row)
            return makeError(
                QObject::tr("cannot read the transactions: %1").arg(statement.errorMessage()));
        TransactionIndexRow row;
        row.key = statement.columnInt(0);
        row.sourceId = statement.columnInt(1);
        row.created = statement.columnInt(2);
        row.amount = statement.columnInt(3);
        row.fee = statement.columnInt(4);
        row.net = statement.columnInt(5);
        row.id = statement.columnText(6);
        row.source = statement.columnText(7);
        row.payout = statement.columnText(8);
        row.type = statement.columnText(9);
        row.status = statement.columnText(10);
        row.currency = statement.columnText(11);
        row.description = statement.columnText(12);
        row.email = statement.columnText(13);
        row.customerName = statement.columnText(14);
        row.cardLast4 = lastFourOf(statement.columnText(15));
        rows.push_back(std::move(row));
    }
}

} // namespace

Result<std::vector<TransactionIndexRow>> SqliteBrowseRepository::indexRowsAfter(qint64 afterKey,
                                                                                int limit)
{
    auto s = m_db.prepare(std::string(kIndexColumns)
                          + "WHERE bt.rowid > ?1 ORDER BY bt.rowid LIMIT ?2");
    if (!s)
        return makeError(s.error());
    s.value().bind(1, afterKey);
    s.value().bind(2, limit);
    return readIndexRows(s.value());
}

namespace {

/// What the index needs of a charge, found by a hash of (source, id): one pass over the charges
/// instead of an index lookup per balance transaction (four times faster on a million).
class ChargeCustomers
{
public:
    static uint64_t hashOf(qint64 sourceId, std::string_view id)
    {
        return std::hash<std::string_view>{}(id) ^ (uint64_t(sourceId) * 0x9E3779B97F4A7C15ull);
    }
    Result<void> read(Database &db)
    {
        auto s = db.prepare("SELECT source_id, id, email, customer_name, card_last4 FROM charges");
        if (!s)
            return makeError(s.error());
        std::unordered_map<std::string, uint32_t> known;
        for (;;) {
            const Statement::Step step = s.value().step();
            if (step == Statement::Step::Done)
                break;
            if (step != Statement::Step::Row)
                return makeError(
                    QObject::tr("cannot read the charges: %1").arg(s.value().errorMessage()));
            const Statement &r = s.value();
            Customer customer{r.columnText(2), r.columnText(3)};
            const std::string both = customer.email + '\x1f' + customer.name;
            auto [it, added] = known.emplace(both, uint32_t(m_customers.size()));
            if (added)
                m_customers.push_back(std::move(customer));
            m_charges.push_back(
                {hashOf(r.columnInt(0), r.columnText(1)), it->second, lastFourOf(r.columnText(4))});
        }
        std::sort(m_charges.begin(), m_charges.end(), [](const Charge &a, const Charge &b) {
            return a.hash < b.hash;
        });
        return {};
    }
    void fill(TransactionIndexRow &row) const
    {
        const uint64_t hash = hashOf(row.sourceId, row.source);
        const auto it = std::lower_bound(m_charges.begin(),
                                         m_charges.end(),
                                         hash,
                                         [](const Charge &c, uint64_t h) { return c.hash < h; });
        if (it == m_charges.end() || it->hash != hash)
            return;
        row.email = m_customers[it->customer].email;
        row.customerName = m_customers[it->customer].name;
        row.cardLast4 = it->last4;
    }

private:
    struct Customer
    {
        std::string email;
        std::string name;
    };
    struct Charge
    {
        uint64_t hash;
        uint32_t customer;
        int last4;
    };
    std::vector<Customer> m_customers;
    std::vector<Charge> m_charges;
};

} // namespace

Result<void> SqliteBrowseRepository::scanIndexRows(
    int step, const std::function<bool(std::vector<TransactionIndexRow> &&)> &consume)
{
    ChargeCustomers charges;
    if (auto read = charges.read(m_db); !read)
        return read;
    auto s = m_db.prepare(
        "SELECT rowid, source_id, created, amount, fee, net, id, source, payout, type, status, "
        "currency, description FROM balance_transactions ORDER BY rowid");
    if (!s)
        return makeError(s.error());
    std::vector<TransactionIndexRow> rows;
    for (;;) {
        const Statement::Step next = s.value().step();
        if (next == Statement::Step::Error)
            return makeError(
                QObject::tr("cannot read the transactions: %1").arg(s.value().errorMessage()));
        if (next == Statement::Step::Done || int(rows.size()) == step) {
            if (!rows.empty() && !consume(std::move(rows)))
                return {};
            rows.clear();
            if (next == Statement::Step::Done)
                return {};
        }
        const Statement &r = s.value();
        TransactionIndexRow row;
        row.key = r.columnInt(0);
        row.sourceId = r.columnInt(1);
        row.created = r.columnInt(2);
        row.amount = r.columnInt(3);
        row.fee = r.columnInt(4);
        row.net = r.columnInt(5);
        row.id = r.columnText(6);
        row.source = r.columnText(7);
        row.payout = r.columnText(8);
        row.type = r.columnText(9);
        row.status = r.columnText(10);
        row.currency = r.columnText(11);
        row.description = r.columnText(12);
        charges.fill(row);
        rows.push_back(std::move(row));
    }
}

namespace {

/// The index rows `condition` ("… IN (") selects for `values`, read in parts of at most
/// kMaxInListParameters values each.
template<typename T>
Result<std::vector<TransactionIndexRow>>
indexRowsWhereIn(Database &db, const char *condition, const std::vector<T> &values)
{
    std::vector<TransactionIndexRow> rows;
    for (size_t first = 0; first < values.size(); first += kMaxInListParameters) {
        const size_t count = std::min(kMaxInListParameters, values.size() - first);
        auto s = db.prepare(std::string(kIndexColumns) + condition + sqlPlaceholders(count) + ")");
        if (!s)
            return makeError(s.error());
        for (size_t i = 0; i < count; ++i) {
            if constexpr (std::is_same_v<T, std::string>)
                s.value().bindText(int(i + 1), values[first + i]);
            else
                s.value().bind(int(i + 1), values[first + i]);
        }
        auto part = readIndexRows(s.value());
        if (!part)
            return part;
        std::move(part.value().begin(), part.value().end(), std::back_inserter(rows));
    }
    return rows;
}

} // namespace

Result<std::vector<TransactionIndexRow>>
SqliteBrowseRepository::indexRowsByKeys(const std::vector<qint64> &keys)
{
    return indexRowsWhereIn(m_db, "WHERE bt.rowid IN (", keys);
}

Result<std::vector<TransactionIndexRow>>
SqliteBrowseRepository::indexRowsByIds(const std::vector<std::string> &ids)
{
    // Every source's: the index of (source_id, id) answers through a scan of the sources.
    return indexRowsWhereIn(
        m_db, "WHERE bt.source_id IN (SELECT id FROM sources) AND bt.id IN (", ids);
}

Result<std::vector<TransactionIndexRow>>
SqliteBrowseRepository::indexRowsCreatedBetween(qint64 from, qint64 to)
{
    auto s = m_db.prepare(std::string(kIndexColumns) + "WHERE bt.created BETWEEN ?1 AND ?2");
    if (!s)
        return makeError(s.error());
    s.value().bind(1, from);
    s.value().bind(2, to);
    return readIndexRows(s.value());
}

Result<FilterChoices> SqliteBrowseRepository::filterChoices()
{
    FilterChoices choices;
    // One pass over the transactions (the index answers this without one once built).
    auto s = m_db.prepare("SELECT DISTINCT type, currency, status FROM balance_transactions");
    if (!s)
        return makeError(s.error());
    QSet<QString> types, currencies, statuses;
    while (s.value().step() == Statement::Step::Row) {
        types.insert(s.value().columnString(0));
        currencies.insert(s.value().columnString(1));
        statuses.insert(s.value().columnString(2));
    }
    choices.types = types.values();
    choices.currencies = currencies.values();
    choices.statuses = statuses.values();
    auto sources = m_db.prepare("SELECT id, name FROM sources ORDER BY name");
    if (!sources)
        return makeError(sources.error());
    while (sources.value().step() == Statement::Step::Row)
        choices.sources.append({sources.value().columnInt(0), sources.value().columnString(1)});
    return choices;
}

Result<QList<ObjectMention>> SqliteBrowseRepository::objectsWithIdPrefix(const QString &prefix,
                                                                         int limit)
{
    QList<ObjectMention> found;
    if (prefix.isEmpty())
        return found;
    // A range over the (source_id, id) index: "ch_12" ≤ id < "ch_13".
    const std::string from = prefix.toStdString();
    std::string to = from;
    to.back() = char(to.back() + 1);
    for (const char *table : {"charges", "refunds", "payouts", "disputes"}) {
        auto s = m_db.prepare(std::string("SELECT id, status FROM ") + table
                              + " WHERE source_id IN (SELECT id FROM sources) AND id >= ?1 "
                                "AND id < ?2 LIMIT ?3");
        if (!s)
            return makeError(s.error());
        s.value().bindText(1, from);
        s.value().bindText(2, to);
        s.value().bind(3, limit);
        std::string type = table;
        type.pop_back(); // "charges" → "charge"
        while (s.value().step() == Statement::Step::Row && found.size() < limit)
            found.append({QString::fromStdString(type),
                          s.value().columnString(0),
                          s.value().columnString(1)});
    }
    return found;
}

} // namespace paydeck::store
