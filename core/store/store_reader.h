#pragma once

#include "sources.h"
#include "sqlite/database.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QString>
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

/// Reads for the GUI, on its own thread and connection: sorting and searching happen in the
/// store (SQL over indexes), never in a proxy over all rows.
class StoreReader final : public QObject
{
    Q_OBJECT
public:
    explicit StoreReader(QString databasePath, QObject *parent = nullptr);
    ~StoreReader() override;

public slots:
    void computeOverview(qint64 now, qint64 startOfToday);
    void queryKeys(quint64 requestId, const paydeck::store::TransactionQuery &query);
    void fetchRows(quint64 generation, int page, const QVector<qint64> &keys);
    void fetchDetail(qint64 key);
    void fetchSource(const QString &name);

signals:
    void overviewReady(const paydeck::store::OverviewData &data);
    void keysReady(quint64 requestId, const paydeck::store::RowKeyList &keys);
    void
    rowsReady(quint64 generation, int page, const QVector<paydeck::store::TransactionRow> &rows);
    void detailReady(qint64 key, const paydeck::store::DetailFields &fields);
    void sourceFetched(const paydeck::store::SourceConfig &source);
    void failed(const QString &message);

private:
    Database *db();
    QString m_path;
    std::unique_ptr<Database> m_db;
};

} // namespace paydeck::store

Q_DECLARE_METATYPE(paydeck::store::OverviewData)
Q_DECLARE_METATYPE(paydeck::store::TransactionQuery)
Q_DECLARE_METATYPE(paydeck::store::TransactionRow)
Q_DECLARE_METATYPE(paydeck::store::RowKeyList)
