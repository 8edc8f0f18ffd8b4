#pragma once

#include "browse_repository.h"
#include "change_feed.h"
#include "reconcile/payout_calendar.h"
#include "reconcile/reconcile_queries.h"
#include "session.h"
#include "sources.h"
#include "util/queued_calls.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTimer>
#include <QVector>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace paydeck::browse {
class TransactionIndex;
}

namespace paydeck::store {

using ExpectedPayouts = std::vector<reconcile::ExpectedPayout>;

/// Reads for the GUI, on its own thread and read-only session; results go out as signals.
///
/// The Transactions screen's sorts and searches are answered from an in-memory index of every
/// balance transaction (browse::TransactionIndex), built on a thread of its own when the store is
/// first opened and kept current from the change feed (`applyChange`); until it is ready the
/// store's SQL answers, with the same results.
class StoreReader final : public QObject
{
    Q_OBJECT
public:
    explicit StoreReader(QString storeLocation, QObject *parent = nullptr);
    ~StoreReader() override;
    /// The banks' closing days the payout calendar expects payouts around (set before use).
    void setHolidayCalendar(reconcile::HolidayCalendar calendar)
    {
        m_calendar = std::move(calendar);
    }

public slots:
    void queryKeys(quint64 requestId, const paydeck::store::TransactionQuery &query);
    void fetchRows(quint64 generation, int page, const QVector<qint64> &keys);
    void fetchDetail(qint64 key);
    void fetchSource(const QString &name);
    /// The values the filters offer (from the index once built).
    void fetchFilterChoices();
    /// Every payout with the day its money is expected at the bank and whether it came,
    /// judged on today (UTC).
    void fetchPayoutCalendar();
    /// Follows the change feed: the index takes in the transactions a commit wrote.
    void applyChange(const paydeck::store::ChangeSet &change);

signals:
    void keysReady(quint64 requestId, const paydeck::store::RowKeyList &keys);
    void
    rowsReady(quint64 generation, int page, const QVector<paydeck::store::TransactionRow> &rows);
    void detailReady(qint64 key, const paydeck::store::DetailFields &fields);
    /// Where a transaction's money came from and went: its charge (or refund …), itself, its
    /// payout and the bank line(s) the payout arrived with (after detailReady).
    void trailReady(qint64 key,
                    const QString &source,
                    const QString &transaction,
                    const paydeck::reconcile::PayoutTrail &payout);
    void sourceFetched(const paydeck::store::SourceConfig &source);
    /// What a query that found nothing can suggest (after its keysReady).
    void searchHintReady(quint64 requestId, const paydeck::store::SearchHint &hint);
    void filterChoicesReady(const paydeck::store::FilterChoices &choices);
    void payoutCalendarReady(const paydeck::store::ExpectedPayouts &payouts, const QDate &today);
    /// The index answers from now on.
    void indexReady(qint64 rows, qint64 milliseconds);
    void failed(const QString &message);

private:
    Session *session();
    void startIndexBuild();
    void adoptIndex(const std::shared_ptr<browse::TransactionIndex> &index, qint64 milliseconds);
    Result<void> refreshIndex(browse::TransactionIndex &index, const ChangeSet &change);
    /// The rows added since the index last looked (a bulk commit lists no ids).
    Result<void> appendNewRows(browse::TransactionIndex &index);
    SearchHint hintFor(const TransactionQuery &query);

    QString m_location;
    std::unique_ptr<Session> m_session;
    reconcile::HolidayCalendar m_calendar = reconcile::HolidayCalendar::withDefaults();
    std::shared_ptr<browse::TransactionIndex> m_index;
    bool m_building = false;
    ChangeSet m_changesWhileBuilding;
    /// After a bulk commit (too many ids to list), the index is built again once the store has
    /// been calm for a while: rows it changed (not added) are found that way.
    QTimer *m_calm = nullptr;
    std::thread m_builder;
    QueuedCalls *m_calls = new QueuedCalls(this); // the builder's results, handed back
    std::shared_ptr<std::atomic_bool> m_cancelBuild = std::make_shared<std::atomic_bool>(false);
};

} // namespace paydeck::store

Q_DECLARE_METATYPE(paydeck::store::ExpectedPayouts)
