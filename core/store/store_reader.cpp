#include "store/store_reader.h"

namespace paydeck::store {

StoreReader::StoreReader(QString storeLocation, QObject *parent)
    : QObject(parent), m_location(std::move(storeLocation))
{
    qRegisterMetaType<paydeck::store::OverviewData>();
    qRegisterMetaType<paydeck::store::TransactionQuery>();
    qRegisterMetaType<paydeck::store::TransactionRow>();
    qRegisterMetaType<QVector<paydeck::store::TransactionRow>>();
    qRegisterMetaType<paydeck::store::RowKeyList>();
    qRegisterMetaType<paydeck::store::DetailFields>();
    qRegisterMetaType<paydeck::store::SourceConfig>();
}

StoreReader::~StoreReader() = default;

Session *StoreReader::session()
{
    if (!m_session) {
        auto opened = openSession(m_location, Access::ReadOnly);
        if (!opened) {
            emit failed(opened.error());
            return nullptr;
        }
        m_session = std::move(opened).value();
    }
    return m_session.get();
}

void StoreReader::computeOverview(qint64 now, qint64 startOfToday)
{
    if (Session *store = session()) {
        if (auto data = store->browse().overview(now, startOfToday))
            emit overviewReady(data.value());
        else
            emit failed(data.error());
    }
}

void StoreReader::queryKeys(quint64 requestId, const TransactionQuery &query)
{
    if (Session *store = session()) {
        if (auto keys = store->browse().transactionKeys(query))
            emit keysReady(requestId,
                           std::make_shared<const std::vector<qint64>>(std::move(keys).value()));
        else
            emit failed(keys.error());
    }
}

void StoreReader::fetchRows(quint64 generation, int page, const QVector<qint64> &keys)
{
    if (keys.isEmpty())
        return;
    if (Session *store = session()) {
        // A failed page stays empty until the next refresh asks again; the failure is said.
        if (auto rows = store->browse().transactionRows(keys))
            emit rowsReady(generation, page, rows.value());
        else
            emit failed(rows.error());
    }
}

void StoreReader::fetchDetail(qint64 key)
{
    if (Session *store = session()) {
        if (auto fields = store->browse().transactionDetail(key))
            emit detailReady(key, fields.value());
        else
            emit failed(fields.error());
    }
}

void StoreReader::fetchSource(const QString &name)
{
    if (Session *store = session())
        emit sourceFetched(store->sources().byName(name).value_or(SourceConfig{}));
}

} // namespace paydeck::store
