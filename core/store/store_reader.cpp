#include "store/store_reader.h"

#include "browse/transaction_index.h"
#include "store/operations_repository.h"
#include "store/reconciliation_repository.h"
#include "util/memory.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <unordered_set>

namespace paydeck::store {

namespace {
constexpr int kIndexBuildStep = 20000; // rows read per query while the index is built
constexpr int kMaxMentions = 3;
constexpr int kCalmBeforeRebuildMs = 5000;
} // namespace

StoreReader::StoreReader(QString storeLocation, QObject *parent)
    : QObject(parent), m_location(std::move(storeLocation))
{
    qRegisterMetaType<paydeck::store::TransactionQuery>();
    qRegisterMetaType<paydeck::store::ExpectedPayouts>();
    qRegisterMetaType<paydeck::store::TransactionRow>();
    qRegisterMetaType<QVector<paydeck::store::TransactionRow>>();
    qRegisterMetaType<paydeck::store::RowKeyList>();
    qRegisterMetaType<paydeck::store::DetailFields>();
    qRegisterMetaType<paydeck::store::SourceConfig>();
    qRegisterMetaType<paydeck::store::SearchHint>();
    qRegisterMetaType<paydeck::store::ChangeSet>();
    qRegisterMetaType<paydeck::store::FilterChoices>();
    qRegisterMetaType<paydeck::store::TransactionFilter>();
    qRegisterMetaType<paydeck::reconcile::PayoutTrail>();
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
    if (m_builder.joinable())
        m_builder.join();
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
            m_calls->post([this, error = outcome.error()] {
                m_builder.join();
                m_building = false; // a later calm moment may try again
                m_changesWhileBuilding = {};
                emit failed(error);
            });
            return;
        }
        index->prepareOrders();
        const qint64 milliseconds = clock.elapsed();
        m_calls->post([this, index, milliseconds] { adoptIndex(index, milliseconds); });
    });
}

void StoreReader::adoptIndex(const std::shared_ptr<browse::TransactionIndex> &index,
                             qint64 milliseconds)
{
    m_builder.join();
    m_building = false;
    util::trimFreedMemory(); // what the build read and sorted
    // What was committed while it was built (its reads may have come before or after).
    if (!m_changesWhileBuilding.isEmpty()) {
        if (auto refreshed = refreshIndex(*index, m_changesWhileBuilding); !refreshed) {
            emit failed(refreshed.error()); // the index answering so far goes on
            return;
        }
        m_changesWhileBuilding = {};
    }
    m_index = index;
    emit indexReady(qint64(m_index->size()), milliseconds);
}

void StoreReader::applyChange(const ChangeSet &change)
{
    if (!change.touches(ChangeSet::Objects))
        return;
    if (m_building)
        m_changesWhileBuilding.merge(change); // for the index being built
    if (!m_index)
        return;
    if (auto refreshed = refreshIndex(*m_index, change); !refreshed) {
        m_index.reset(); // the store's SQL answers again
        emit failed(refreshed.error());
    }
}

Result<void> StoreReader::appendNewRows(browse::TransactionIndex &index)
{
    for (;;) {
        auto rows = session()->browse().indexRowsAfter(index.maxKey(), kIndexBuildStep);
        if (!rows)
            return makeError(rows.error());
        if (rows.value().empty())
            return {};
        index.upsert(std::move(rows).value());
    }
}

Result<void> StoreReader::refreshIndex(browse::TransactionIndex &index, const ChangeSet &change)
{
    const bool transactions = change.touches(ObjectType::BalanceTransaction);
    const bool charges = change.touches(ObjectType::Charge); // their customer and card
    if (!transactions && !charges)
        return {};
    Session *store = session();
    if (!store)
        return makeError(tr("the store cannot be read"));
    BrowseRepository &browse = store->browse();
    if (!change.idsComplete) {
        // A bulk commit (a backfill): its new rows now, by key; rows it changed with the next
        // build, once the store is calm (re-reading its whole time range at every commit of a
        // backfill would read the history again and again).
        if (!m_calm) {
            m_calm = new QTimer(this);
            m_calm->setSingleShot(true);
            m_calm->setInterval(kCalmBeforeRebuildMs);
            connect(m_calm, &QTimer::timeout, this, [this] {
                if (!m_building)
                    startIndexBuild();
                else
                    m_calm->start();
            });
        }
        m_calm->start();
        return appendNewRows(index);
    }
    if (transactions) {
        auto rows = browse.indexRowsByIds(change.ids);
        if (!rows)
            return makeError(rows.error());
        index.upsert(std::move(rows).value());
    }
    if (charges) {
        const std::unordered_set<std::string> ids(change.ids.begin(), change.ids.end());
        auto rows = browse.indexRowsByKeys(index.keysOfSources(ids));
        if (!rows)
            return makeError(rows.error());
        index.upsert(std::move(rows).value());
    }
    return {};
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
    Session *store = session();
    if (!store)
        return;
    auto fields = store->browse().transactionDetail(key);
    if (!fields) {
        emit failed(fields.error());
        return;
    }
    emit detailReady(key, fields.value());
    // The trail, from the transaction's own fields (its section comes first).
    QString id, source, payout;
    for (const auto &[name, value] : fields.value()) {
        if (name.startsWith(u'#') && !id.isEmpty())
            break;
        if (name == u"id")
            id = value;
        else if (name == u"source")
            source = value;
        else if (name == u"payout")
            payout = value;
    }
    reconcile::PayoutTrail trail;
    if (!payout.isEmpty()) {
        if (auto found = store->reconciliation().payoutTrailById(payout))
            trail = found.value();
        else
            emit failed(found.error());
        trail.id = payout; // also when the store has not read the payout yet
    }
    emit trailReady(key, source == payout ? QString() : source, id, trail);
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

void StoreReader::fetchPayoutCalendar()
{
    Session *store = session();
    if (!store)
        return;
    auto inputs = store->operations().payoutArrivals();
    if (!inputs) {
        emit failed(inputs.error());
        return;
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    emit payoutCalendarReady(reconcile::expectPayouts(inputs.value(), m_calendar, today), today);
}

void StoreReader::fetchSource(const QString &name)
{
    if (Session *store = session())
        emit sourceFetched(store->sources().byName(name).value_or(SourceConfig{}));
}

} // namespace paydeck::store
