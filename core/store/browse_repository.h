#pragma once

#include "util/result.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>
#include <vector>

namespace paydeck::store {

/// The columns of the transactions table, in display order.
enum class TransactionColumn {
    Created,
    Type,
    Description,
    Customer,
    Amount,
    Fee,
    Net,
    Currency,
    Status,
    Payout,
    Id,
    Count
};

struct TransactionRow
{
    qint64 key = 0;
    qint64 sourceId = 0;
    QString id;
    QString type;
    QString description;
    QString customer;
    QString card;
    qint64 amount = 0;
    qint64 fee = 0;
    qint64 net = 0;
    QString currency;
    QString status;
    QString payout;
    qint64 created = 0;
};

/// Narrows the transactions to some values of their columns; empty or 0 means any.
struct TransactionFilter
{
    QString type;     // "charge", "refund", …
    QString currency; // ISO code, lower case as the provider writes it
    QString status;   // "available", "pending"
    qint64 sourceId = 0;
    qint64 createdFrom = 0;   // unix seconds, inclusive
    qint64 createdBefore = 0; // unix seconds, exclusive

    bool isEmpty() const
    {
        return type.isEmpty() && currency.isEmpty() && status.isEmpty() && sourceId == 0
               && createdFrom == 0 && createdBefore == 0;
    }
    bool operator==(const TransactionFilter &) const = default;
};

struct TransactionQuery
{
    TransactionColumn sortColumn = TransactionColumn::Created;
    Qt::SortOrder order = Qt::DescendingOrder;
    /// Ids (and the charge, refund or payout ids they belong to) by their beginning; text in the
    /// description, the customer's e-mail or name anywhere; four digits as the card's last four.
    QString search;
    TransactionFilter filter;
};

/// Whether `term` reads as a provider id or its beginning ("ch_", "txn_1Abc"): such a term is
/// looked for in the ids and descriptions only, not in e-mails and names.
bool isProviderIdTerm(const QString &term);

/// A balance transaction as the Transactions screen's in-memory index keeps it: what it sorts by
/// and searches in.
struct TransactionIndexRow
{
    qint64 key = 0;
    qint64 sourceId = 0;
    qint64 created = 0;
    qint64 amount = 0;
    qint64 fee = 0;
    qint64 net = 0;
    std::string id;
    std::string source; // the charge, refund, payout … it belongs to
    std::string payout;
    std::string type;
    std::string status;
    std::string currency;
    std::string description;
    std::string email; // of the charge's customer
    std::string customerName;
    int cardLast4 = -1; // none
};

/// An object of another kind whose id begins with a searched term (a failed charge has no
/// balance transaction: the search says where the id was found instead).
struct ObjectMention
{
    QString type; // "charge", "refund", …
    QString id;
    QString status;
};

/// The values the Transactions screen's filters offer.
struct FilterChoices
{
    QStringList types;
    QStringList currencies;
    QStringList statuses;
    QList<QPair<qint64, QString>> sources; // id, name
};

/// What a search that found nothing can suggest.
struct SearchHint
{
    QString didYouMean;           // a near word from the customers' e-mails and names
    qint64 withoutFilters = -1;   // matches of the search alone, when filters hid them all
    QList<ObjectMention> objects; // objects of other kinds with that id
};

using RowKeyList = std::shared_ptr<const std::vector<qint64>>;
using DetailFields = QList<QPair<QString, QString>>;

/// The reads behind the Transactions screen: sorting and searching happen in the
/// store (over its indexes), never in a proxy over all rows.
class BrowseRepository
{
public:
    virtual ~BrowseRepository() = default;
    /// The keys of the balance transactions that match `query`, in its order.
    virtual Result<std::vector<qint64>> transactionKeys(const TransactionQuery &query) = 0;
    /// The rows of `keys`, in that order (a key no longer stored gives an empty row).
    virtual Result<QVector<TransactionRow>> transactionRows(const QVector<qint64> &keys) = 0;
    /// Every field of a balance transaction and of the objects it belongs to.
    virtual Result<DetailFields> transactionDetail(qint64 key) = 0;

    /// Up to `limit` index rows with a key above `afterKey`, by key.
    virtual Result<std::vector<TransactionIndexRow>> indexRowsAfter(qint64 afterKey, int limit) = 0;
    /// Every index row, by key, handed to `consume` in parts of `step` rows (false stops). Reads
    /// each table once (no lookup per row): the way to build the index of a large store.
    virtual Result<void>
    scanIndexRows(int step, const std::function<bool(std::vector<TransactionIndexRow> &&)> &consume)
        = 0;
    /// The index rows of these keys, of these provider ids (any source), or created in [from, to].
    virtual Result<std::vector<TransactionIndexRow>>
    indexRowsByKeys(const std::vector<qint64> &keys) = 0;
    virtual Result<std::vector<TransactionIndexRow>>
    indexRowsByIds(const std::vector<std::string> &ids) = 0;
    virtual Result<std::vector<TransactionIndexRow>> indexRowsCreatedBetween(qint64 from, qint64 to)
        = 0;
    /// The distinct types, currencies and statuses of the transactions, and the sources.
    virtual Result<FilterChoices> filterChoices() = 0;
    /// Charges, refunds, payouts and disputes whose id begins with `prefix` (case as given).
    virtual Result<QList<ObjectMention>> objectsWithIdPrefix(const QString &prefix, int limit) = 0;
};

} // namespace paydeck::store

Q_DECLARE_METATYPE(paydeck::store::TransactionQuery)
Q_DECLARE_METATYPE(paydeck::store::TransactionRow)
Q_DECLARE_METATYPE(paydeck::store::RowKeyList)
Q_DECLARE_METATYPE(paydeck::store::SearchHint)
Q_DECLARE_METATYPE(paydeck::store::FilterChoices)
Q_DECLARE_METATYPE(paydeck::store::TransactionFilter)
