// Payout settlement: which balance transactions each payout paid out. Stripe's balance
// transaction objects do not name their payout; `GET /v1/balance_transactions?payout=po_…` does.
// Each payout's list is read once, and the payout is marked complete in the same transaction as
// its last page. Where the store already knows transactions that add up to the payout (a
// provider that sends the `payout` field, as the sandbox does), nothing needs to be read.
#include "source_sync.h"

#include "store/session.h"

#include <QDateTime>

#include <algorithm>
#include <map>

namespace paydeck::sync {

void SourceSync::startSettlement()
{
    m_settlement = Settlement::Running;
    m_payoutsToFetch.clear();
    m_settleIndex = 0;
    m_settleAfter.clear();
    auto db = store::openSession(m_databasePath, store::Access::ReadOnly);
    if (!db) {
        m_settlement = Settlement::Done;
        finishIfDone();
        return;
    }
    store::SyncStateRepository &state = db.value()->syncState();
    const std::vector<std::pair<std::string, qint64>> open = state.unsettledPayouts(m_source.id);
    if (open.empty()) {
        refreshNext();
        return;
    }
    // First what this run saw; the store is asked only about payouts that leaves open.
    std::map<std::string, qint64> known;
    bool unresolved = false;
    for (const auto &[id, amount] : open) {
        const auto it = m_runPayoutNet.find(id);
        if (it != m_runPayoutNet.end() && it->second == amount)
            known[id] = amount;
        else
            unresolved = true;
    }
    if (unresolved)
        for (const auto &[id, net] : state.settledNets(m_source.id))
            known[id] = net;
    std::vector<std::string> complete;
    for (const auto &[id, amount] : open) {
        const auto it = known.find(id);
        if (it != known.end() && it->second == amount)
            complete.push_back(id);
        else if (int(m_payoutsToFetch.size()) < kPayoutsPerRun)
            m_payoutsToFetch.push_back(id);
    }
    if (!complete.empty()) {
        const qint64 sourceId = m_source.id;
        ++m_endpoints[size_t(ObjectType::Payout)].inFlightBatches;
        m_writer->submitJob(
            [sourceId, complete](store::Session &db) {
                return db.syncState().markSettled(sourceId, complete);
            },
            backOnThisThread([](SourceSync &self) {
                --self.m_endpoints[size_t(ObjectType::Payout)].inFlightBatches;
                self.finishIfDone();
            }));
    }
    settleNext();
}

void SourceSync::settleNext()
{
    if (m_settleIndex >= m_payoutsToFetch.size()) {
        refreshNext();
        return;
    }
    providers::ListQuery query;
    query.type = ObjectType::BalanceTransaction;
    query.payout = m_payoutsToFetch[m_settleIndex];
    query.startingAfter = m_settleAfter;
    m_provider->list(
        query, [self = QPointer<SourceSync>(this)](providers::Answer<providers::ObjectPage> page) {
            if (self)
                self->onSettlementPage(std::move(page));
        });
}

void SourceSync::onSettlementPage(providers::Answer<providers::ObjectPage> page)
{
    if (!m_running)
        return;
    const std::string payout = m_payoutsToFetch[m_settleIndex];
    auto fail = [this, &payout](const QString &message) {
        m_report.ok = false;
        m_report.error = tr("source \"%1\": transactions of payout %2: %3")
                             .arg(m_source.name, QString::fromStdString(payout), message);
        m_settlement = Settlement::Done;
        finishIfDone();
    };
    if (!page) {
        fail(page.error());
        return;
    }
    store::SyncBatch batch;
    batch.sourceId = m_source.id;
    batch.type = ObjectType::BalanceTransaction;
    batch.ticket = m_ticketBase | quint64(ObjectType::BalanceTransaction);
    batch.saveCursor = false;
    for (BalanceTransaction &bt : page.value().balanceTransactions) {
        // The payout's own transaction is listed too; it is not settled by itself.
        if (bt.payout.empty() && bt.source != payout)
            bt.payout = payout;
    }
    const bool more = page.value().hasMore;
    if (!page.value().lastId.empty())
        m_settleAfter = page.value().lastId;
    batch.balanceTransactions = std::move(page.value().balanceTransactions);
    m_report.fetched[size_t(ObjectType::BalanceTransaction)] += qint64(batch.objectCount());
    if (!more)
        batch.settlesPayout = payout;
    ++m_endpoints[size_t(ObjectType::BalanceTransaction)].inFlightBatches;
    m_writer->submit(std::move(batch));
    if (!more) {
        ++m_settleIndex;
        m_settleAfter.clear();
    }
    settleNext();
}

bool SourceSync::queueRefresh(ObjectType type, const std::string &id)
{
    if (id.empty())
        return true;
    const std::pair<ObjectType, std::string> entry{type, id};
    if (std::find(m_toRefresh.begin(), m_toRefresh.end(), entry) != m_toRefresh.end())
        return true;
    if (int(m_toRefresh.size()) >= kRefreshesPerRun)
        return false; // this run is full; the caller keeps what asked for it for the next one
    m_toRefresh.push_back(entry);
    return true;
}

void SourceSync::onRefreshed(ObjectType type,
                             const std::string &id,
                             providers::Answer<providers::ObjectPage> page)
{
    const QString request = m_provider->describe(type) + u'/' + QString::fromStdString(id);
    if (!page && page.failure().kind == providers::FailureKind::NotFound) {
        // A reference to an object the provider no longer has (or never gave): one dangling id
        // must not fail this and every later run. Said, and the run goes on.
        m_report.warnings << tr("source \"%1\": %2: the provider has no such object; skipped")
                                 .arg(m_source.name, request);
        refreshNext();
        return;
    }
    if (!page) {
        m_report.ok = false;
        m_report.error = tr("source \"%1\": %2: %3").arg(m_source.name, request, page.error());
        m_settlement = Settlement::Done;
        finishIfDone();
        return;
    }
    store::SyncBatch batch;
    batch.sourceId = m_source.id;
    batch.type = type;
    batch.ticket = m_ticketBase | quint64(type);
    batch.saveCursor = false;
    moveObjects(page.value(), batch);
    m_report.fetched[size_t(type)] += qint64(batch.objectCount());
    ++m_endpoints[size_t(type)].inFlightBatches;
    m_writer->submit(std::move(batch));
    refreshNext();
}

void SourceSync::refreshNext()
{
    if (m_toRefresh.empty()) {
        recordEvents();
        return;
    }
    const auto [type, id] = m_toRefresh.back();
    m_toRefresh.pop_back();
    m_provider->retrieve(type,
                         id,
                         [self = QPointer<SourceSync>(this), type = type, id = id](
                             providers::Answer<providers::ObjectPage> page) {
                             if (self && self->m_running)
                                 self->onRefreshed(type, id, std::move(page));
                         });
}

} // namespace paydeck::sync
