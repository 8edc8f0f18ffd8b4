#include "store/store_reader.h"

#include "browse/transaction_index.h"
#include "util/memory.h"

#include <QElapsedTimer>

#include <unordered_set>

namespace paydeck::store {

namespace {
constexpr int kIndexBuildStep = 20000; // rows read per query while the index is built
constexpr int kMaxMentions = 3;
} // namespace

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
    qRegisterMetaType<paydeck::store::SearchHint>();
    qRegisterMetaType<paydeck::store::ChangeSet>();
    qRegisterMetaType<paydeck::store::FilterChoices>();
    qRegisterMetaType<paydeck::store::TransactionFilter>();
}

StoreReader::~StoreReader()
{
    *m_cancelBuild = true;
    if (m_builder.joinable())
        m_builder.join();
}

Session *StoreReader::session()
{
    if (!m_session) {
        auto opened = openSession(m_location, Access::ReadOnly);
        if (!opened) {
            emit failed(opened.error());
            return nullptr;
        }
        m_session = std::move(opened).value();
        startIndexBuild();
    }
    return m_session.get();
}

void StoreReader::startIndexBuild()
{
    m_building = true;
    m_builder = std::thread([this, location = m_location, cancel = m_cancelBuild] {
        QElapsedTimer clock;
        clock.start();
        auto index = std::make_shared<browse::TransactionIndex>();
        auto opened = openSession(location, Access::ReadOnly);
        Result<void> outcome;
        if (!opened)
            outcome = makeError(opened.error());
        if (outcome.ok() && opened.value()->beginRead()) { // one snapshot of the store
            outcome = opened.value()->browse().scanIndexRows(
                kIndexBuildStep, [&](std::vector<TransactionIndexRow> &&rows) {
                    index->upsert(std::move(rows));
                    return !*cancel;
                });
            (void)opened.value()->endRead();
        }
        if (*cancel)
            return;
        if (!outcome) { // the store's SQL goes on answering
            QMetaObject::invokeMethod(
                this,
                [this, error = outcome.error()] { emit failed(error); },
                Qt::QueuedConnection);
            return;
        }
        index->prepareOrders();
        const qint64 milliseconds = clock.elapsed();
        QMetaObject::invokeMethod(
            this,
            [this, index, milliseconds] { adoptIndex(index, milliseconds); },
            Qt::QueuedConnection);
    });
}

void StoreReader::adoptIndex(const std::shared_ptr<browse::TransactionIndex> &index,
                             qint64 milliseconds)
{
    m_builder.join();
    m_building = false;
    m_index = index;
    util::trimFreedMemory(); // what the build read and sorted
    // What was committed while it was built (its reads may have come before or after).
    if (!m_changesWhileBuilding.isEmpty()) {
        if (auto refreshed = refreshIndex(m_changesWhileBuilding); !refreshed) {
            m_index.reset(); // answers from an index that missed changes would be wrong
            emit failed(refreshed.error());
            return;
        }
        m_changesWhileBuilding = {};
    }
    emit indexReady(qint64(m_index->size()), milliseconds);
}

void StoreReader::applyChange(const ChangeSet &change)
{
    if (!change.touches(ChangeSet::Objects))
        return;
    if (m_building) {
        m_changesWhileBuilding.merge(change);
        return;
    }
    if (m_index) {
        if (auto refreshed = refreshIndex(change); !refreshed) {
            m_index.reset(); // the store's SQL answers again
            emit failed(refreshed.error());
        }
    }
}

Result<void> StoreReader::refreshIndex(const ChangeSet &change)
{
    const bool transactions = change.touches(ObjectType::BalanceTransaction);
    const bool charges = change.touches(ObjectType::Charge); // their customer and card
    if (!transactions && !charges)
        return {};
    Session *store = session();
    if (!store)
        return makeError(tr("the store cannot be read"));
    BrowseRepository &browse = store->browse();
    if (!change.idsComplete) { // too many ids to list: what was created in that time
        auto rows = browse.indexRowsCreatedBetween(change.createdFrom, change.createdTo);
        if (!rows)
            return makeError(rows.error());
        m_index->upsert(std::move(rows).value());
        return {};
    }
    if (transactions) {
        auto rows = browse.indexRowsByIds(change.ids);
        if (!rows)
            return makeError(rows.error());
        m_index->upsert(std::move(rows).value());
    }
    if (charges) {
        const std::unordered_set<std::string> ids(change.ids.begin(), change.ids.end());
        auto rows = browse.indexRowsByKeys(m_index->keysOfSources(ids));
        if (!rows)
            return makeError(rows.error());
        m_index->upsert(std::move(rows).value());
    }
    return {};
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
    Session *store = session();
    if (!store)
        return;
    std::vector<qint64> keys;
    if (m_index) {
        keys = m_index->keys(query);
    } else if (auto found = store->browse().transactionKeys(query)) {
        keys = std::move(found).value();
    } else {
        emit failed(found.error());
        return;
    }
    const bool empty = keys.empty();
    emit keysReady(requestId, std::make_shared<const std::vector<qint64>>(std::move(keys)));
    if (empty && (!query.search.trimmed().isEmpty() || !query.filter.isEmpty()))
        emit searchHintReady(requestId, hintFor(query));
}

SearchHint StoreReader::hintFor(const TransactionQuery &query)
{
    SearchHint hint = m_index ? m_index->hint(query) : SearchHint{};
    const QString term = query.search.trimmed();
    if (isProviderIdTerm(term) && m_session) {
        if (auto mentions = m_session->browse().objectsWithIdPrefix(term, kMaxMentions))
            hint.objects = mentions.value();
    }
    return hint;
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

void StoreReader::fetchFilterChoices()
{
    Session *store = session();
    if (!store)
        return;
    FilterChoices choices;
    if (m_index) {
        m_index->fillChoices(choices);
        for (const SourceConfig &source : store->sources().all())
            choices.sources.append({source.id, source.name});
    } else if (auto read = store->browse().filterChoices()) {
        choices = read.value();
    } else {
        emit failed(read.error());
        return;
    }
    for (QStringList *values : {&choices.types, &choices.currencies, &choices.statuses}) {
        values->removeAll(QString());
        values->sort();
    }
    emit filterChoicesReady(choices);
}

void StoreReader::fetchSource(const QString &name)
{
    if (Session *store = session())
        emit sourceFetched(store->sources().byName(name).value_or(SourceConfig{}));
}

} // namespace paydeck::store
