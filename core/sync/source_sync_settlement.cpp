// Payout settlement: which balance transactions each payout paid out. Stripe's balance
// transaction objects do not name their payout; `GET /v1/balance_transactions?payout=po_…` does.
// Each payout's list is read once, and the payout is marked complete in the same transaction as
// its last page. Where the store already knows transactions that add up to the payout (a
// provider that sends the `payout` field, as the sandbox does), nothing needs to be read.
#include "source_sync.h"

#include "providers/stripe/stripe_mapping.h"
#include "store/database.h"
#include "util/json_writer.h"

#include <QDateTime>

#include <algorithm>
#include <map>

namespace paydeck::sync {

qint64 SourceSync::oldestOpen(store::Database &db, ObjectType type) const
{
    const char *sql = type == ObjectType::Payout
                          ? "SELECT min(created) FROM payouts WHERE source_id = ?1 "
                            "AND status IN ('pending', 'in_transit')"
                          : "SELECT min(created) FROM disputes WHERE source_id = ?1 AND status IN "
                            "('warning_needs_response', 'warning_under_review', 'needs_response', "
                            "'under_review')";
    auto s = db.prepare(sql);
    if (!s)
        return 0;
    s.value().bind(1, m_source.id);
    if (s.value().step() != store::Statement::Step::Row || s.value().columnIsNull(0))
        return 0;
    return s.value().columnInt(0);
}

void SourceSync::startSettlement()
{
    m_settlement = Settlement::Running;
    m_payoutsToFetch.clear();
    m_settleIndex = 0;
    m_settleAfter.clear();
    auto db = store::Database::open(m_databasePath, store::Database::Mode::ReadOnly);
    if (!db) {
        m_settlement = Settlement::Done;
        finishIfDone();
        return;
    }
    std::vector<std::pair<std::string, qint64>> open;
    if (auto s = db.value()->prepare("SELECT id, amount FROM payouts WHERE source_id = ?1 AND "
                                     "bts_complete = 0 AND status IN ('paid', 'in_transit', "
                                     "'pending') ORDER BY created");
        s) {
        s.value().bind(1, m_source.id);
        while (s.value().step() == store::Statement::Step::Row)
            open.emplace_back(s.value().columnText(0), s.value().columnInt(1));
    }
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
    if (unresolved) {
        if (auto s = db.value()->prepare("SELECT payout, sum(net) FROM balance_transactions WHERE "
                                         "source_id = ?1 AND payout IN "
                                         "(SELECT id FROM payouts WHERE source_id = ?1 AND "
                                         "bts_complete = 0) GROUP BY payout");
            s) {
            s.value().bind(1, m_source.id);
            while (s.value().step() == store::Statement::Step::Row)
                known[s.value().columnText(0)] = s.value().columnInt(1);
        }
    }
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
            [sourceId, complete](store::Database &db) -> Result<void> {
                // One statement for all: during a bulk load the table has no index yet.
                std::string ids = "[";
                for (const std::string &id : complete) {
                    if (ids.size() > 1)
                        ids += ',';
                    JsonWriter::appendEscaped(ids, id);
                }
                ids += ']';
                auto s = db.prepare(
                    "UPDATE payouts SET bts_complete = 1 WHERE source_id = ?1 AND id IN "
                    "(SELECT value FROM json_each(?2))");
                if (!s)
                    return makeError(s.error());
                s.value().bind(1, sourceId);
                s.value().bindText(2, ids);
                return s.value().run();
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
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("payout"),
                       QString::fromStdString(m_payoutsToFetch[m_settleIndex]));
    if (!m_settleAfter.empty())
        query.addQueryItem(QStringLiteral("starting_after"), QString::fromStdString(m_settleAfter));
    m_client->get(QStringLiteral("/v1/balance_transactions"),
                  query,
                  [self = QPointer<SourceSync>(this)](Result<QByteArray> body) {
                      if (self)
                          self->onSettlementPage(std::move(body));
                  });
}

void SourceSync::onSettlementPage(Result<QByteArray> body)
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
    if (!body) {
        fail(body.error());
        return;
    }
    auto page = stripe::parseListPage<BalanceTransaction>(
        *m_parser, std::string_view(body.value().constData(), size_t(body.value().size())));
    if (!page) {
        fail(page.error());
        return;
    }
    store::SyncBatch batch;
    batch.sourceId = m_source.id;
    batch.type = ObjectType::BalanceTransaction;
    batch.ticket = m_ticketBase | quint64(ObjectType::BalanceTransaction);
    batch.saveCursor = false;
    for (BalanceTransaction &bt : page.value().data) {
        // The payout's own transaction is listed too; it is not settled by itself.
        if (bt.payout.empty() && bt.source != payout)
            bt.payout = payout;
    }
    const bool more = page.value().hasMore && !page.value().data.empty();
    if (!page.value().data.empty())
        m_settleAfter = page.value().data.back().id;
    batch.balanceTransactions = std::move(page.value().data);
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

template<typename T>
void SourceSync::onRefreshed(ObjectType type, const std::string &id, Result<QByteArray> body)
{
    Result<T> object = makeError(body ? QString() : body.error());
    if (body) {
        simdjson::dom::element root;
        const QByteArray &json = body.value();
        if (m_parser->parse(json.constData(), size_t(json.size())).get(root) == simdjson::SUCCESS)
            object = stripe::mapObject<T>(root);
        else
            object = makeError(tr("the response is not valid JSON"));
    }
    if (!object) {
        m_report.ok = false;
        m_report.error = tr("source \"%1\": GET /v1/%2/%3: %4")
                             .arg(m_source.name,
                                  QString::fromLatin1(objectTypeEndpoint(type)),
                                  QString::fromStdString(id),
                                  object.error());
        m_settlement = Settlement::Done;
        finishIfDone();
        return;
    }
    store::SyncBatch batch;
    batch.sourceId = m_source.id;
    batch.type = type;
    batch.ticket = m_ticketBase | quint64(type);
    batch.saveCursor = false;
    if constexpr (std::is_same_v<T, Charge>)
        batch.charges.push_back(std::move(object).value());
    else if constexpr (std::is_same_v<T, Payout>)
        batch.payouts.push_back(std::move(object).value());
    else if constexpr (std::is_same_v<T, Dispute>)
        batch.disputes.push_back(std::move(object).value());
    else if constexpr (std::is_same_v<T, Refund>)
        batch.refunds.push_back(std::move(object).value());
    else
        batch.balanceTransactions.push_back(std::move(object).value());
    ++m_report.fetched[size_t(type)];
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
    const QString path
        = QStringLiteral("/v1/%1/%2")
              .arg(QString::fromLatin1(objectTypeEndpoint(type)), QString::fromStdString(id));
    m_client->get(
        path,
        QUrlQuery(),
        [self = QPointer<SourceSync>(this), type = type, id = id](Result<QByteArray> body) {
            if (!self || !self->m_running)
                return;
            switch (type) {
            case ObjectType::Charge:
                self->onRefreshed<Charge>(type, id, std::move(body));
                break;
            case ObjectType::Payout:
                self->onRefreshed<Payout>(type, id, std::move(body));
                break;
            case ObjectType::Dispute:
                self->onRefreshed<Dispute>(type, id, std::move(body));
                break;
            case ObjectType::Refund:
                self->onRefreshed<Refund>(type, id, std::move(body));
                break;
            case ObjectType::BalanceTransaction:
                self->onRefreshed<BalanceTransaction>(type, id, std::move(body));
                break;
            }
        });
}

} // namespace paydeck::sync
