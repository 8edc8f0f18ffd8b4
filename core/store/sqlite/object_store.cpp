#include "store/sqlite/object_store.h"

#include "object_fields.h"
#include "util/json_writer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <limits>
#include <string>

namespace paydeck::store {

namespace {

// A fast 64-bit hash over the fields, 8 bytes at a time, with the length mixed in so that
// ("ab","c") and ("a","bc") differ. Stored, so it must not depend on the platform's std::hash.
struct Digest
{
    quint64 hash = 0x9e3779b97f4a7c15ULL;
    static quint64 mix(quint64 x)
    {
        x ^= x >> 32;
        x *= 0xd6e8feb86659fd93ULL;
        x ^= x >> 32;
        return x;
    }
    void addWord(quint64 word) { hash = mix(hash ^ (word + 0x9e3779b97f4a7c15ULL + (hash << 6))); }
    void add(const void *data, size_t size)
    {
        const auto *bytes = static_cast<const unsigned char *>(data);
        size_t i = 0;
        for (; i + 8 <= size; i += 8) {
            quint64 word;
            std::memcpy(&word, bytes + i, 8);
            addWord(word);
        }
        quint64 tail = 0;
        std::memcpy(&tail, bytes + i, size - i);
        addWord(tail ^ (quint64(size) << 56));
    }
    void operator()(const FieldSpec &, const std::string &v) { add(v.data(), v.size()); }
    void operator()(const FieldSpec &, qint64 v) { add(&v, sizeof v); }
    void operator()(const FieldSpec &, int v) { add(&v, sizeof v); }
    void operator()(const FieldSpec &, bool v) { add(&v, sizeof v); }
    void operator()(const FieldSpec &c, const std::vector<FeeDetail> &fees)
    {
        for (const FeeDetail &fee : fees) {
            (*this)(c, fee.amount);
            (*this)(c, fee.currency);
            (*this)(c, fee.type);
            (*this)(c, fee.description);
            (*this)(c, fee.application);
        }
    }
    void operator()(const FieldSpec &c, const std::vector<std::string> &list)
    {
        for (const std::string &item : list)
            (*this)(c, item);
    }
};

std::string feeDetailsJson(const std::vector<FeeDetail> &fees)
{
    std::string out;
    JsonWriter w(out);
    w.beginArray();
    for (const FeeDetail &fee : fees) {
        w.beginObject();
        w.key("amount").value(fee.amount);
        w.key("currency").value(fee.currency);
        w.key("type").value(fee.type);
        w.key("description").nullableString(fee.description);
        w.key("application").nullableString(fee.application);
        w.endObject();
    }
    w.endArray();
    return out;
}

std::string stringListJson(const std::vector<std::string> &list)
{
    std::string out;
    JsonWriter w(out);
    w.beginArray();
    for (const std::string &item : list)
        w.value(item);
    w.endArray();
    return out;
}

/// Binds fields in visiting order, starting at parameter 2 (1 is the source id). Lists are
/// serialised into `scratch`, which must live until the statement has stepped.
struct Binder
{
    Statement &statement;
    std::vector<std::string> &scratch;
    int index = 2;
    void operator()(const FieldSpec &, const std::string &v) { statement.bindText(index++, v); }
    void operator()(const FieldSpec &, qint64 v) { statement.bind(index++, v); }
    void operator()(const FieldSpec &, int v) { statement.bind(index++, qint64(v)); }
    void operator()(const FieldSpec &, bool v) { statement.bind(index++, v); }
    void operator()(const FieldSpec &, const std::vector<FeeDetail> &v)
    {
        scratch.push_back(feeDetailsJson(v));
        statement.bindText(index++, scratch.back());
    }
    void operator()(const FieldSpec &, const std::vector<std::string> &v)
    {
        scratch.push_back(stringListJson(v));
        statement.bindText(index++, scratch.back());
    }
};

struct Reader
{
    const Statement &statement;
    int column = 0;
    void operator()(const FieldSpec &, std::string &v) { v = statement.columnText(column++); }
    void operator()(const FieldSpec &, qint64 &v) { v = statement.columnInt(column++); }
    void operator()(const FieldSpec &, int &v)
    {
        v = statement.columnIsNull(column) ? -1 : int(statement.columnInt(column));
        ++column;
    }
    void operator()(const FieldSpec &, bool &v) { v = statement.columnInt(column++) != 0; }
    void operator()(const FieldSpec &, std::vector<FeeDetail> &v)
    {
        const QJsonArray array
            = QJsonDocument::fromJson(QByteArray::fromStdString(statement.columnText(column++)))
                  .array();
        for (const auto &item : array) {
            const QJsonObject o = item.toObject();
            v.push_back(FeeDetail{o.value(u"amount").toInteger(),
                                  o.value(u"currency").toString().toStdString(),
                                  o.value(u"type").toString().toStdString(),
                                  o.value(u"description").toString().toStdString(),
                                  o.value(u"application").toString().toStdString()});
        }
    }
    void operator()(const FieldSpec &, std::vector<std::string> &v)
    {
        const QJsonArray array
            = QJsonDocument::fromJson(QByteArray::fromStdString(statement.columnText(column++)))
                  .array();
        for (const auto &item : array)
            v.push_back(item.toString().toStdString());
    }
};

template<typename T>
std::string columnList()
{
    std::string columns;
    T probe;
    visitFields(probe, [&](const FieldSpec &field, auto &) {
        if (!columns.empty())
            columns += ',';
        columns += field.name;
    });
    return columns;
}

template<typename T>
const std::string &upsertSql()
{
    static const std::string sql = [] {
        std::string names = "source_id";
        std::string values = "?1";
        std::string updates;
        int index = 2;
        T probe;
        visitFields(probe, [&](const FieldSpec &field, auto &) {
            const char *name = field.name;
            names += std::string(",") + name;
            values += ",?" + std::to_string(index++);
            if (std::string_view(name) != "id")
                updates += std::string(name) + "=excluded." + name + ",";
        });
        names += ",digest";
        values += ",?" + std::to_string(index);
        return std::string("INSERT INTO ") + TableOf<T>::name + "(" + names + ") VALUES(" + values
               + ") ON CONFLICT(source_id,id) DO UPDATE SET " + updates
               + "digest=excluded.digest,version=version+1 WHERE digest<>excluded.digest";
    }();
    return sql;
}

template<typename T>
const std::string &insertSql()
{
    static const std::string sql = [] {
        const std::string upsert = upsertSql<T>();
        return upsert.substr(0, upsert.find(" ON CONFLICT"));
    }();
    return sql;
}

} // namespace

template<typename T>
qint64 digestOf(const T &object)
{
    Digest digest;
    visitFields(object, digest);
    return qint64(digest.hash & 0x7fffffffffffffffULL);
}

/// Binds source id, every field and the digest. `scratch` keeps the list fields' JSON text,
/// which is bound without copying: it must outlive the step and must not reallocate (no object
/// has more than two list fields).
template<typename T>
void bindObject(Statement &statement,
                qint64 sourceId,
                const T &object,
                std::vector<std::string> &scratch)
{
    scratch.reserve(2);
    Binder binder{statement, scratch};
    statement.bind(1, sourceId);
    visitFields(object, binder);
    statement.bind(binder.index, digestOf(object));
}

template<typename T>
Result<UpsertOutcome> ObjectStore::upsert(qint64 sourceId, const T &object)
{
    Statement *statement = m_db.cached(upsertSql<T>());
    if (!statement)
        return makeError(m_db.errorMessage());
    std::vector<std::string> scratch;
    bindObject(*statement, sourceId, object, scratch);
    // Without RETURNING (it costs an ephemeral table per row): an upsert that inserted sets
    // the connection's last insert rowid (reset to 0 here); one that updated leaves it at 0.
    m_db.resetLastInsertRowid();
    if (statement->step() == Statement::Step::Error) {
        const QString message = statement->errorMessage();
        statement->reset();
        return makeError(message);
    }
    UpsertOutcome outcome = UpsertOutcome::Unchanged;
    if (m_db.changes() > 0)
        outcome = m_db.lastInsertRowid() != 0 ? UpsertOutcome::Inserted : UpsertOutcome::Updated;
    statement->reset();
    return outcome;
}

template<typename T>
Result<void> ObjectStore::insert(qint64 sourceId, const T &object)
{
    Statement *statement = m_db.cached(insertSql<T>());
    if (!statement)
        return makeError(m_db.errorMessage());
    std::vector<std::string> scratch;
    bindObject(*statement, sourceId, object, scratch);
    return statement->run();
}

template<typename T>
std::optional<T> ObjectStore::load(qint64 sourceId, const std::string &id)
{
    const std::string sql = "SELECT " + columnList<T>() + " FROM " + TableOf<T>::name
                            + " WHERE source_id=?1 AND id=?2";
    Statement *statement = m_db.cached(sql);
    if (!statement)
        return std::nullopt;
    statement->bind(1, sourceId);
    statement->bindText(2, id);
    std::optional<T> result;
    if (statement->step() == Statement::Step::Row) {
        T object;
        Reader reader{*statement};
        visitFields(object, reader);
        result = std::move(object);
    }
    statement->reset();
    return result;
}

template<typename T>
std::vector<T> ObjectStore::loadAll(qint64 sourceId)
{
    const std::string sql = "SELECT " + columnList<T>() + " FROM " + TableOf<T>::name
                            + " WHERE source_id=?1 ORDER BY created, id";
    std::vector<T> out;
    auto statement = m_db.prepare(sql);
    if (!statement)
        return out;
    statement.value().bind(1, sourceId);
    while (statement.value().step() == Statement::Step::Row) {
        T object;
        Reader reader{statement.value()};
        visitFields(object, reader);
        out.push_back(std::move(object));
    }
    return out;
}

namespace {

/// Steps through a statement's rows until `row` returns false or they end.
Result<void> eachRow(Statement &statement, const std::function<bool()> &row)
{
    for (;;) {
        const Statement::Step step = statement.step();
        if (step == Statement::Step::Done)
            return {};
        if (step != Statement::Step::Row)
            return makeError(statement.errorMessage());
        if (!row())
            return {};
    }
}

} // namespace

template<typename T>
Result<void>
ObjectStore::scanCreated(qint64 from, qint64 to, const std::function<bool(qint64, T &&)> &each)
{
    const std::string sql
        = "SELECT source_id, " + columnList<T>() + " FROM " + TableOf<T>::name
          + " WHERE created >= ?1 AND created < ?2 ORDER BY created, source_id, id";
    auto statement = m_db.prepare(sql);
    if (!statement)
        return makeError(statement.error());
    statement.value().bind(1, from);
    statement.value().bind(2, to);
    return eachRow(statement.value(), [&] {
        T object;
        Reader reader{statement.value(), 1};
        visitFields(object, reader);
        return each(statement.value().columnInt(0), std::move(object));
    });
}
template Result<void> ObjectStore::scanCreated<BalanceTransaction>(
    qint64, qint64, const std::function<bool(qint64, BalanceTransaction &&)> &);

Result<void>
ObjectStore::scanCharges(qint64 from, qint64 to, const std::function<bool(qint64, Charge &&)> &each)
{
    return scanCreated<Charge>(from, to, each);
}

Result<void>
ObjectStore::scanChargesArrivedAfter(qint64 arrival,
                                     qint64 createdFrom,
                                     const std::vector<std::string> &fields,
                                     const std::function<bool(qint64, qint64, Charge &&)> &each)
{
    // Without a floor the rowid range is walked (what one commit brought, at the table's end);
    // with one, the created index from the floor on (a planner given both picks the index).
    const bool floor = createdFrom != std::numeric_limits<qint64>::min();
    std::vector<bool> wanted; // by field, in visiting order
    std::string columns;
    Charge probe;
    visitFields(probe, [&](const FieldSpec &field, auto &) {
        wanted.push_back(fields.empty()
                         || std::find(fields.begin(), fields.end(), field.name) != fields.end());
        if (wanted.back())
            columns += std::string(",") + field.name;
    });
    const std::string sql = "SELECT rowid, source_id" + columns + " FROM " + TableOf<Charge>::name
                            + " WHERE rowid > ?1" + (floor ? " AND created >= ?2" : "");
    auto statement = m_db.prepare(sql);
    if (!statement)
        return makeError(statement.error());
    statement.value().bind(1, arrival);
    if (floor)
        statement.value().bind(2, createdFrom);
    return eachRow(statement.value(), [&] {
        Charge charge;
        Reader reader{statement.value(), 2};
        size_t index = 0;
        visitFields(charge, [&](const FieldSpec &field, auto &value) {
            if (wanted[index++])
                reader(field, value);
        });
        return each(
            statement.value().columnInt(0), statement.value().columnInt(1), std::move(charge));
    });
}

#define PAYDECK_INSTANTIATE(T)                                                                     \
    template Result<UpsertOutcome> ObjectStore::upsert(qint64, const T &);                         \
    template Result<void> ObjectStore::insert(qint64, const T &);                                  \
    template std::optional<T> ObjectStore::load(qint64, const std::string &);                      \
    template std::vector<T> ObjectStore::loadAll(qint64);                                          \
    template qint64 digestOf(const T &);
PAYDECK_INSTANTIATE(BalanceTransaction)
PAYDECK_INSTANTIATE(Charge)
PAYDECK_INSTANTIATE(Refund)
PAYDECK_INSTANTIATE(Payout)
PAYDECK_INSTANTIATE(Dispute)
#undef PAYDECK_INSTANTIATE

} // namespace paydeck::store
