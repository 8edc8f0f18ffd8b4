// The rows of the Transactions screen's in-memory index, and the objects a search can mention.
#include "sqlite_session.h"

#include <charconv>

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

/// "?,?,?" for `count` parameters.
std::string placeholders(size_t count)
{
    std::string text;
    for (size_t i = 0; i < count; ++i)
        text += i == 0 ? "?" : ",?";
    return text;
}

/// SQLite takes at most 32,766 parameters per statement: long lists are read in parts.
constexpr size_t kMaxParameters = 30000;

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

Result<std::vector<TransactionIndexRow>>
SqliteBrowseRepository::indexRowsByKeys(const std::vector<qint64> &keys)
{
    std::vector<TransactionIndexRow> rows;
    for (size_t first = 0; first < keys.size(); first += kMaxParameters) {
        const size_t count = std::min(kMaxParameters, keys.size() - first);
        auto s = m_db.prepare(std::string(kIndexColumns) + "WHERE bt.rowid IN ("
                              + placeholders(count) + ")");
        if (!s)
            return makeError(s.error());
        for (size_t i = 0; i < count; ++i)
            s.value().bind(int(i + 1), keys[first + i]);
        auto part = readIndexRows(s.value());
        if (!part)
            return part;
        std::move(part.value().begin(), part.value().end(), std::back_inserter(rows));
    }
    return rows;
}

Result<std::vector<TransactionIndexRow>>
SqliteBrowseRepository::indexRowsByIds(const std::vector<std::string> &ids)
{
    std::vector<TransactionIndexRow> rows;
    for (size_t first = 0; first < ids.size(); first += kMaxParameters) {
        const size_t count = std::min(kMaxParameters, ids.size() - first);
        // Every source's: the index of (source_id, id) answers through a scan of the sources.
        auto s = m_db.prepare(std::string(kIndexColumns)
                              + "WHERE bt.source_id IN (SELECT id FROM sources) AND bt.id IN ("
                              + placeholders(count) + ")");
        if (!s)
            return makeError(s.error());
        for (size_t i = 0; i < count; ++i)
            s.value().bindText(int(i + 1), ids[first + i]);
        auto part = readIndexRows(s.value());
        if (!part)
            return part;
        std::move(part.value().begin(), part.value().end(), std::back_inserter(rows));
    }
    return rows;
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
