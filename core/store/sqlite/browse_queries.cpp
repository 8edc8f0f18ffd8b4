// The Transactions screen's reads, in SQLite's dialect.
#include "sqlite_session.h"

#include "domain/money.h"
#include "object_fields.h"
#include "store/sqlite/object_store.h"

#include <QDateTime>

namespace paydeck::store {

namespace {

/// The ORDER BY terms of a column in `direction` (" ASC"/" DESC"). Amounts of different
/// currencies are not comparable without exchange rates: they sort within their currency.
std::string sortExpression(TransactionColumn column, const char *direction)
{
    const auto perCurrency = [direction](const char *amount) {
        return std::string("bt.currency ASC, ") + amount + direction;
    };
    switch (column) {
    case TransactionColumn::Created:
        return std::string("bt.created") + direction;
    case TransactionColumn::Type:
        return std::string("bt.type") + direction;
    case TransactionColumn::Description:
        return std::string("bt.description") + direction;
    case TransactionColumn::Customer:
        return std::string("c.email") + direction;
    case TransactionColumn::Amount:
        return perCurrency("bt.amount");
    case TransactionColumn::Fee:
        return perCurrency("bt.fee");
    case TransactionColumn::Net:
        return perCurrency("bt.net");
    case TransactionColumn::Currency:
        return std::string("bt.currency") + direction;
    case TransactionColumn::Status:
        return std::string("bt.status") + direction;
    case TransactionColumn::Payout:
        return std::string("bt.payout") + direction;
    case TransactionColumn::Id:
    case TransactionColumn::Count:
        break;
    }
    return std::string("bt.id") + direction;
}

constexpr const char *kChargeJoin
    = " LEFT JOIN charges c ON c.source_id = bt.source_id AND c.id = bt.source";

/// Dumps every field of an object as (name, text) pairs.
struct FieldDump
{
    DetailFields &out;
    std::optional<Currency> currency; // the object's: amounts are shown in it
    QLocale locale;
    void operator()(const FieldSpec &field, const std::string &v)
    {
        add(field.name, QString::fromStdString(v));
    }
    void operator()(const FieldSpec &field, qint64 v)
    {
        const std::string_view name(field.name);
        const bool isTime = name == "created" || name == "available_on" || name == "arrival_date"
                            || name == "evidence_due_by";
        const bool isMoney = name == "amount" || name == "fee" || name == "net"
                             || name == "amount_captured" || name == "amount_refunded";
        if (isTime && v > 0)
            add(field.name, timeText(v));
        else if (isMoney && currency)
            add(field.name, Money(v, *currency).format(locale));
        else
            add(field.name, locale.toString(v));
    }
    /// Date and time with seconds, in the user's locale and time zone.
    QString timeText(qint64 seconds) const
    {
        const QDateTime moment = QDateTime::fromSecsSinceEpoch(seconds);
        QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
        if (!timeFormat.contains(u's'))
            timeFormat.replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
        return locale.toString(moment.date(), QLocale::ShortFormat) + u' '
               + locale.toString(moment.time(), timeFormat);
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
        for (const FeeDetail &fee : fees) {
            const auto feeCurrency = Currency::fromCode(QString::fromStdString(fee.currency));
            parts << QStringLiteral("%1 %2 (%3)")
                         .arg(QString::fromStdString(fee.type),
                              feeCurrency ? Money(fee.amount, *feeCurrency).format(locale)
                                          : locale.toString(fee.amount),
                              QString::fromStdString(fee.description));
        }
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
    FieldDump dump{out, Currency::fromCode(QString::fromStdString(object->currency)), QLocale()};
    visitFields(*object, dump);
}

} // namespace

Result<std::vector<qint64>> SqliteBrowseRepository::transactionKeys(const TransactionQuery &query)
{
    Database *database = &m_db;
    const QString term = query.search.trimmed();
    // A provider id (or its beginning) is looked for in the id columns and the descriptions
    // only: no join to the charges for their e-mails and names (several times faster).
    const bool idOnly = isProviderIdTerm(term);
    const bool join
        = (!term.isEmpty() && !idOnly) || query.sortColumn == TransactionColumn::Customer;
    std::string sql = "SELECT bt.rowid FROM balance_transactions bt";
    if (join)
        sql += kChargeJoin;
    std::vector<std::string> conditions;
    // Ids match by their beginning (a partial id pasted from elsewhere, or "ch_" for every
    // charge's transaction), text anywhere in it, card digits exactly.
    if (idOnly) // and the descriptions that name it (a refund or dispute of a charge)
        conditions.push_back("(bt.id LIKE ?3 ESCAPE '\\' OR bt.source LIKE ?3 ESCAPE '\\' "
                             "OR bt.payout LIKE ?3 ESCAPE '\\' OR bt.description LIKE ?2 "
                             "ESCAPE '\\')");
    else if (!term.isEmpty())
        conditions.push_back(
            "(bt.id LIKE ?3 ESCAPE '\\' OR bt.source LIKE ?3 ESCAPE '\\' "
            "OR bt.payout LIKE ?3 ESCAPE '\\' OR c.card_last4 = ?1 "
            "OR bt.description LIKE ?2 ESCAPE '\\' OR c.email LIKE ?2 ESCAPE '\\' OR "
            "c.customer_name LIKE ?2 ESCAPE '\\')");
    const TransactionFilter &filter = query.filter;
    if (!filter.type.isEmpty())
        conditions.push_back("bt.type = ?4");
    if (!filter.currency.isEmpty())
        conditions.push_back("bt.currency = ?5");
    if (!filter.status.isEmpty())
        conditions.push_back("bt.status = ?6");
    if (filter.sourceId != 0)
        conditions.push_back("bt.source_id = ?7");
    if (filter.createdFrom != 0)
        conditions.push_back("bt.created >= ?8");
    if (filter.createdBefore != 0)
        conditions.push_back("bt.created < ?9");
    for (size_t i = 0; i < conditions.size(); ++i)
        sql += (i == 0 ? " WHERE " : " AND ") + conditions[i];
    const char *direction = query.order == Qt::AscendingOrder ? " ASC" : " DESC";
    sql += std::string(" ORDER BY ") + sortExpression(query.sortColumn, direction);
    // Ties: newest first, whichever way the column is sorted.
    if (query.sortColumn != TransactionColumn::Created)
        sql += ", bt.created DESC, bt.rowid DESC";
    else
        sql += std::string(", bt.rowid") + direction;
    auto s = database->prepare(sql);
    if (!s)
        return makeError(s.error());
    Statement &statement = s.value();
    // Bound text must live until the statement has run (bound without copying).
    QString escaped = term;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    const std::string texts[] = {term.toStdString(),
                                 (u'%' + escaped + u'%').toStdString(),
                                 (escaped + u'%').toStdString(),
                                 filter.type.toStdString(),
                                 filter.currency.toStdString(),
                                 filter.status.toStdString()};
    for (int i = 0; i < 6; ++i) {
        if (!texts[i].empty())
            statement.bindText(i + 1, texts[i]);
    }
    if (filter.sourceId != 0)
        statement.bind(7, filter.sourceId);
    if (filter.createdFrom != 0)
        statement.bind(8, filter.createdFrom);
    if (filter.createdBefore != 0)
        statement.bind(9, filter.createdBefore);
    std::vector<qint64> keys;
    while (statement.step() == Statement::Step::Row)
        keys.push_back(statement.columnInt(0));
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
