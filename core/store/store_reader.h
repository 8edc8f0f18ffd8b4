#pragma once

#include "browse_repository.h"
#include "session.h"
#include "sources.h"

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

/// Reads for the GUI, on its own thread and read-only session; results go out as signals.
class StoreReader final : public QObject
{
    Q_OBJECT
public:
    explicit StoreReader(QString storeLocation, QObject *parent = nullptr);
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
    Session *session();
    QString m_location;
    std::unique_ptr<Session> m_session;
};

} // namespace paydeck::store
