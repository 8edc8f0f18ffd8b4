// The Overview's and Transactions screen's reads, in SQLite's dialect.
#include "sqlite_session.h"

#include "object_fields.h"
#include "store/sqlite/object_store.h"

#include <QDateTime>

namespace paydeck::store {

namespace {

const char *sortExpression(TransactionColumn column)
{
    switch (column) {
    case TransactionColumn::Created:
        return "bt.created";
    case TransactionColumn::Type:
        return "bt.type";
    case TransactionColumn::Description:
        return "bt.description";
    case TransactionColumn::Customer:
        return "c.email";
    case TransactionColumn::Amount:
        return "bt.amount";
    case TransactionColumn::Fee:
        return "bt.fee";
    case TransactionColumn::Net:
        return "bt.net";
    case TransactionColumn::Currency:
        return "bt.currency";
    case TransactionColumn::Status:
        return "bt.status";
    case TransactionColumn::Payout:
        return "bt.payout";
    case TransactionColumn::Id:
    case TransactionColumn::Count:
        return "bt.id";
    }
    return "bt.created";
}

constexpr const char *kChargeJoin
    = " LEFT JOIN charges c ON c.source_id = bt.source_id AND c.id = bt.source";

/// Dumps every field of an object as (name, text) pairs.
struct FieldDump
{
    DetailFields &out;
    void operator()(const FieldSpec &field, const std::string &v)
    {
        add(field.name, QString::fromStdString(v));
    }
    void operator()(const FieldSpec &field, qint64 v)
    {
        const std::string_view name(field.name);
        const bool isTime = name == "created" || name == "available_on" || name == "arrival_date"
                            || name == "evidence_due_by";
        add(field.name,
            isTime && v > 0 ? QDateTime::fromSecsSinceEpoch(v, Qt::UTC).toString(Qt::ISODate)
                            : QString::number(v));
    }
    void operator()(const FieldSpec &field, int v)
    {
        add(field.name, v < 0 ? QString() : QString::number(v));
    }
    void operator()(const FieldSpec &field, bool v)
    {
        add(field.name, v ? QStringLiteral("true") : QStringLiteral("false"));
    }
    void operator()(const FieldSpec &field, const std::vector<FeeDetail> &fees)
    {
        QStringList parts;
        for (const FeeDetail &fee : fees)
            parts << QStringLiteral("%1 %2 %3 (%4)")
                         .arg(QString::fromStdString(fee.type))
                         .arg(fee.amount)
                         .arg(QString::fromStdString(fee.currency),
                              QString::fromStdString(fee.description));
        add(field.name, parts.join(QStringLiteral("; ")));
    }
    void operator()(const FieldSpec &field, const std::vector<std::string> &list)
    {
        QStringList parts;
        for (const std::string &item : list)
            parts << QString::fromStdString(item);
        add(field.name, parts.join(QStringLiteral(", ")));
    }
    void add(const char *name, const QString &value)
    {
        out.append({QString::fromLatin1(name), value});
    }
};

template<typename T>
void dumpObject(ObjectStore &objects, qint64 sourceId, const std::string &id, DetailFields &out)
{
    const auto object = objects.load<T>(sourceId, id);
    if (!object)
        return;
    out.append({QStringLiteral("#") + QString::fromLatin1(TableOf<T>::name), QString()});
    FieldDump dump{out};
    visitFields(*object, dump);
}

} // namespace

Result<OverviewData> SqliteBrowseRepository::overview(qint64 now, qint64 startOfToday)
{
    Database *database = &m_db;
    OverviewData data;
    auto fill = [&](OverviewData::Window &window, qint64 from) {
        if (auto s
            = database->prepare("SELECT currency, status, count(*), sum(amount) FROM charges "
                                "WHERE created >= ?1 GROUP BY currency, status");
            s) {
            s.value().bind(1, from);
            while (s.value().step() == Statement::Step::Row) {
                const qint64 count = s.value().columnInt(2);
                window.attempts += count;
                if (s.value().columnText(1) == "succeeded") {
                    window.succeeded += count;
                    window.gross[s.value().columnString(0)] += s.value().columnInt(3);
                }
            }
        }
        if (auto s
            = database->prepare("SELECT currency, sum(net) FROM balance_transactions "
                                "WHERE created >= ?1 AND type <> 'payout' GROUP BY currency");
            s) {
            s.value().bind(1, from);
            while (s.value().step() == Statement::Step::Row)
                window.net[s.value().columnString(0)] = s.value().columnInt(1);
        }
        if (auto s
            = database->prepare("SELECT currency, count(*), sum(amount) FROM refunds "
                                "WHERE created >= ?1 AND status = 'succeeded' GROUP BY currency");
            s) {
            s.value().bind(1, from);
            while (s.value().step() == Statement::Step::Row) {
                window.refundCount += s.value().columnInt(1);
                window.refunds[s.value().columnString(0)] = s.value().columnInt(2);
            }
        }
        if (auto s = database->prepare("SELECT currency, count(*), sum(amount) FROM disputes "
                                       "WHERE created >= ?1 GROUP BY currency");
            s) {
            s.value().bind(1, from);
            while (s.value().step() == Statement::Step::Row) {
                window.disputeCount += s.value().columnInt(1);
                window.disputes[s.value().columnString(0)] = s.value().columnInt(2);
            }
        }
    };
    fill(data.today, startOfToday);
    fill(data.week, startOfToday - 6 * 86400);

    data.hourlyFrom = (now / 3600 - 47) * 3600;
    QMap<QString, qint64> weeklyCounts;
    if (auto s
        = database->prepare("SELECT created / 3600, currency, sum(amount), count(*) FROM charges "
                            "WHERE status = 'succeeded' AND created >= ?1 GROUP BY 1, 2");
        s) {
        s.value().bind(1, data.hourlyFrom);
        while (s.value().step() == Statement::Step::Row) {
            OverviewData::Hour hour{
                s.value().columnInt(0) * 3600, s.value().columnInt(2), s.value().columnInt(3)};
            data.hourly[s.value().columnString(1)].append(hour);
        }
    }
    if (auto s
        = database->prepare("SELECT currency, count(*) FROM charges WHERE status = 'succeeded' "
                            "AND created >= ?1 GROUP BY currency ORDER BY 2 DESC, 1");
        s) {
        s.value().bind(1, startOfToday - 6 * 86400);
        while (s.value().step() == Statement::Step::Row)
            data.currenciesByVolume << s.value().columnString(0);
    }
    if (auto s = database->prepare("SELECT count(*) FROM balance_transactions");
        s && s.value().step() == Statement::Step::Row)
        data.transactionCount = s.value().columnInt(0);
    return data;
}

Result<std::vector<qint64>> SqliteBrowseRepository::transactionKeys(const TransactionQuery &query)
{
    Database *database = &m_db;
    const QString term = query.search.trimmed();
    const bool join = !term.isEmpty() || query.sortColumn == TransactionColumn::Customer;
    std::string sql = "SELECT bt.rowid FROM balance_transactions bt";
    if (join)
        sql += kChargeJoin;
    if (!term.isEmpty())
        sql += " WHERE bt.id = ?1 OR bt.source = ?1 OR bt.payout = ?1 OR c.card_last4 = ?1 "
               "OR bt.description LIKE ?2 ESCAPE '\\' OR c.email LIKE ?2 ESCAPE '\\' OR "
               "c.customer_name LIKE ?2 ESCAPE '\\'";
    const char *direction = query.order == Qt::AscendingOrder ? " ASC" : " DESC";
    sql += std::string(" ORDER BY ") + sortExpression(query.sortColumn) + direction + ", bt.rowid"
           + direction;
    auto s = database->prepare(sql);
    if (!s)
        return makeError(s.error());
    const std::string exact = term.toStdString();
    QString escaped = term;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    const std::string like = (u'%' + escaped + u'%').toStdString();
    if (!term.isEmpty()) {
        s.value().bindText(1, exact);
        s.value().bindText(2, like);
    }
    std::vector<qint64> keys;
    while (s.value().step() == Statement::Step::Row)
        keys.push_back(s.value().columnInt(0));
    return keys;
}

Result<QVector<TransactionRow>> SqliteBrowseRepository::transactionRows(const QVector<qint64> &keys)
{
    Database *database = &m_db;
    if (keys.isEmpty())
        return QVector<TransactionRow>();
    std::string sql
        = std::string(
              "SELECT bt.rowid, bt.source_id, bt.id, bt.type, bt.description, c.email, "
              "c.card_brand, c.card_last4, bt.amount, bt.fee, bt.net, bt.currency, bt.status, "
              "bt.payout, bt.created FROM balance_transactions bt")
          + kChargeJoin + " WHERE bt.rowid IN (";
    for (qsizetype i = 0; i < keys.size(); ++i)
        sql += i == 0 ? "?" : ",?";
    sql += ")";
    auto s = database->prepare(sql);
    if (!s)
        return makeError(s.error());
    for (qsizetype i = 0; i < keys.size(); ++i)
        s.value().bind(int(i + 1), keys[i]);
    QHash<qint64, TransactionRow> byKey;
    while (s.value().step() == Statement::Step::Row) {
        const Statement &r = s.value();
        TransactionRow row;
        row.key = r.columnInt(0);
        row.sourceId = r.columnInt(1);
        row.id = r.columnString(2);
        row.type = r.columnString(3);
        row.description = r.columnString(4);
        row.customer = r.columnString(5);
        if (!r.columnIsNull(7))
            row.card = r.columnString(6) + QStringLiteral(" •••• ") + r.columnString(7);
        row.amount = r.columnInt(8);
        row.fee = r.columnInt(9);
        row.net = r.columnInt(10);
        row.currency = r.columnString(11);
        row.status = r.columnString(12);
        row.payout = r.columnString(13);
        row.created = r.columnInt(14);
        byKey.insert(row.key, row);
    }
    QVector<TransactionRow> rows;
    rows.reserve(keys.size());
    for (const qint64 key : keys) {
        TransactionRow row = byKey.value(key);
        row.key = key; // a row deleted meanwhile stays an empty row until the next refresh
        rows.append(row);
    }
    return rows;
}

Result<DetailFields> SqliteBrowseRepository::transactionDetail(qint64 key)
{
    Database *database = &m_db;
    auto s = database->prepare(
        "SELECT source_id, id, source, payout FROM balance_transactions WHERE rowid = ?1");
    if (!s)
        return makeError(s.error());
    s.value().bind(1, key);
    DetailFields fields;
    if (s.value().step() == Statement::Step::Row) {
        const qint64 sourceId = s.value().columnInt(0);
        const std::string id = s.value().columnText(1);
        const std::string source = s.value().columnText(2);
        const std::string payout = s.value().columnText(3);
        ObjectStore objects(*database);
        dumpObject<BalanceTransaction>(objects, sourceId, id, fields);
        if (source.rfind("ch_", 0) == 0 || source.rfind("py_", 0) == 0)
            dumpObject<Charge>(objects, sourceId, source, fields);
        else if (source.rfind("re_", 0) == 0)
            dumpObject<Refund>(objects, sourceId, source, fields);
        else if (source.rfind("dp_", 0) == 0 || source.rfind("du_", 0) == 0)
            dumpObject<Dispute>(objects, sourceId, source, fields);
        else if (source.rfind("po_", 0) == 0)
            dumpObject<Payout>(objects, sourceId, source, fields);
        if (!payout.empty() && payout != source)
            dumpObject<Payout>(objects, sourceId, payout, fields);
    }
    return fields;
}

} // namespace paydeck::store
