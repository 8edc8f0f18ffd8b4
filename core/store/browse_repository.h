#pragma once

#include "util/result.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <vector>

namespace paydeck::store {

/// KPIs and the hourly volume chart of the Overview, per currency (money is never converted).
struct OverviewData
{
    struct Window
    {
        QMap<QString, qint64> gross;    // succeeded charges
        QMap<QString, qint64> net;      // balance transactions except payouts
        QMap<QString, qint64> refunds;  // refunded amounts
        QMap<QString, qint64> disputes; // disputed amounts
        qint64 attempts = 0;
        qint64 succeeded = 0;
        qint64 refundCount = 0;
        qint64 disputeCount = 0;
    };
    Window today;
    Window week;
    struct Hour
    {
        qint64 start = 0; // unix seconds
        qint64 amount = 0;
        qint64 count = 0;
    };
    QMap<QString, QVector<Hour>> hourly; // the last 48 hours, per currency
    QStringList currenciesByVolume;
    qint64 hourlyFrom = 0;
    qint64 transactionCount = 0;
};

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

struct TransactionQuery
{
    TransactionColumn sortColumn = TransactionColumn::Created;
    Qt::SortOrder order = Qt::DescendingOrder;
    QString search;
};

using RowKeyList = std::shared_ptr<const std::vector<qint64>>;
using DetailFields = QList<QPair<QString, QString>>;

/// The reads behind the Overview and Transactions screens: sorting and searching happen in the
/// store (over its indexes), never in a proxy over all rows.
class BrowseRepository
{
public:
    virtual ~BrowseRepository() = default;
    virtual Result<OverviewData> overview(qint64 now, qint64 startOfToday) = 0;
    /// The keys of the balance transactions that match `query`, in its order.
    virtual Result<std::vector<qint64>> transactionKeys(const TransactionQuery &query) = 0;
    /// The rows of `keys`, in that order (a key no longer stored gives an empty row).
    virtual Result<QVector<TransactionRow>> transactionRows(const QVector<qint64> &keys) = 0;
    /// Every field of a balance transaction and of the objects it belongs to.
    virtual Result<DetailFields> transactionDetail(qint64 key) = 0;
};

} // namespace paydeck::store

Q_DECLARE_METATYPE(paydeck::store::OverviewData)
Q_DECLARE_METATYPE(paydeck::store::TransactionQuery)
Q_DECLARE_METATYPE(paydeck::store::TransactionRow)
Q_DECLARE_METATYPE(paydeck::store::RowKeyList)
