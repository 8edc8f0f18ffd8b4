// The read side of the sandbox World: Stripe's list, retrieve and error semantics.
#include "world_table.h"

#include "util/json_writer.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <deque>
#include <future>
#include <mutex>

namespace paydeck::sandbox {

namespace {

ApiAnswer stripeError(int status,
                      std::string_view type,
                      std::string_view message,
                      std::string_view param = {})
{
    ApiAnswer answer;
    answer.status = status;
    JsonWriter w(answer.body);
    w.beginObject().key("error").beginObject();
    w.key("message").value(message);
    if (!param.empty())
        w.key("param").value(param);
    w.key("type").value(type);
    w.endObject().endObject();
    return answer;
}

} // namespace

template<typename T>
ApiAnswer World::listTable(const Table<T> &table,
                           const ListQuery &query,
                           const char *endpoint,
                           const char *objectName) const
{
    const std::string url = std::string("/v1/") + endpoint;
    if (query.limit < 1 || query.limit > 100)
        return stripeError(
            400, "invalid_request_error", "Invalid limit: must be between 1 and 100", "limit");

    // The created filters give a range of positions in the ascending table.
    const auto &created = table.created;
    size_t low = 0;
    size_t high = created.size();
    if (query.createdGte)
        low = std::max(low,
                       size_t(std::lower_bound(created.begin(), created.end(), *query.createdGte)
                              - created.begin()));
    if (query.createdGt)
        low = std::max(low,
                       size_t(std::upper_bound(created.begin(), created.end(), *query.createdGt)
                              - created.begin()));
    if (query.createdLte)
        high = std::min(high,
                        size_t(std::upper_bound(created.begin(), created.end(), *query.createdLte)
                               - created.begin()));
    if (query.createdLt)
        high = std::min(high,
                        size_t(std::lower_bound(created.begin(), created.end(), *query.createdLt)
                               - created.begin()));

    // Candidate positions, newest first.
    std::vector<int> filtered;
    const std::vector<int> *subset = nullptr;
    if (!query.payout.empty()) {
        const auto it = m_btsByPayout.find(query.payout);
        static const std::vector<int> none;
        subset = it == m_btsByPayout.end() ? &none : &it->second;
        for (const int index : *subset) {
            if (size_t(index) >= low && size_t(index) < high)
                filtered.push_back(index);
        }
        std::sort(filtered.begin(), filtered.end());
    }
    auto positionCount = [&]() -> size_t {
        return subset ? filtered.size() : (high > low ? high - low : 0);
    };
    // k-th newest candidate (k = 0 is the newest)
    auto positionAt = [&](size_t k) -> size_t {
        return subset ? size_t(filtered[filtered.size() - 1 - k]) : high - 1 - k;
    };
    auto rankOf = [&](size_t index) -> std::optional<size_t> {
        if (subset) {
            const auto it = std::lower_bound(filtered.begin(), filtered.end(), int(index));
            if (it == filtered.end() || size_t(*it) != index)
                return std::nullopt;
            return filtered.size() - 1 - size_t(it - filtered.begin());
        }
        if (index < low || index >= high)
            return std::nullopt;
        return high - 1 - index;
    };

    const size_t total = positionCount();
    size_t first = 0;    // rank of the first object to return
    size_t last = total; // one past the last rank that may be returned
    if (!query.startingAfter.empty() || !query.endingBefore.empty()) {
        const std::string &cursor
            = query.startingAfter.empty() ? query.endingBefore : query.startingAfter;
        const std::optional<int> found = table.find(cursor);
        if (!found) {
            return stripeError(400,
                               "invalid_request_error",
                               "No such " + std::string(objectName) + ": '" + cursor + "'",
                               query.startingAfter.empty() ? "ending_before" : "starting_after");
        }
        // A cursor outside the filtered range still orders correctly by position.
        const size_t index = size_t(*found);
        std::optional<size_t> rank = rankOf(index);
        if (!rank) {
            // Count candidates newer than the cursor object.
            size_t newer = 0;
            for (size_t k = 0; k < total && positionAt(k) > index; ++k)
                ++newer;
            rank = newer; // as if the cursor sat just before candidate `newer`
            if (!query.startingAfter.empty())
                first = newer;
            else
                last = newer;
        } else if (!query.startingAfter.empty()) {
            first = *rank + 1;
        } else {
            last = *rank;
        }
        if (query.startingAfter.empty())
            first = last > size_t(query.limit) ? last - size_t(query.limit) : 0;
    }
    const size_t end = std::min(last, first + size_t(query.limit));

    ApiAnswer answer;
    size_t bytes = 64;
    for (size_t k = first; k < end; ++k)
        bytes += table.jsonSize(positionAt(k)) + 1;
    answer.body.reserve(bytes + url.size());
    answer.body.append("{\"object\":\"list\",\"data\":[");
    T scratch;
    for (size_t k = first; k < end; ++k) {
        if (k != first)
            answer.body.push_back(',');
        table.appendJson(positionAt(k), answer.body, scratch);
    }
    const bool hasMore
        = query.startingAfter.empty() && !query.endingBefore.empty() ? first > 0 : end < last;
    answer.worldVersion = m_version;
    if (hasMore && query.endingBefore.empty())
        answer.nextStartingAfter = std::string(table.rows.idOf(positionAt(end - 1)));
    answer.body.append("],\"has_more\":");
    answer.body.append(hasMore ? "true" : "false");
    answer.body.append(",\"url\":\"");
    answer.body.append(url);
    answer.body.append("\"}");
    return answer;
}

ApiAnswer World::list(const ListQuery &query) const
{
    std::shared_lock lock(m_lock);
    switch (query.type) {
    case ObjectType::BalanceTransaction:
        return listTable(*m_bts, query, objectTypeEndpoint(query.type), objectTypeName(query.type));
    case ObjectType::Charge:
        return listTable(
            *m_charges, query, objectTypeEndpoint(query.type), objectTypeName(query.type));
    case ObjectType::Refund:
        return listTable(
            *m_refunds, query, objectTypeEndpoint(query.type), objectTypeName(query.type));
    case ObjectType::Payout:
        return listTable(
            *m_payouts, query, objectTypeEndpoint(query.type), objectTypeName(query.type));
    case ObjectType::Dispute:
        return listTable(
            *m_disputes, query, objectTypeEndpoint(query.type), objectTypeName(query.type));
    }
    return stripeError(404, "invalid_request_error", "Unrecognized request URL");
}

ApiAnswer World::retrieve(ObjectType type, const std::string &id) const
{
    std::shared_lock lock(m_lock);
    auto find = [&](const auto &table) -> ApiAnswer {
        const std::optional<int> found = table.find(id);
        if (!found)
            return stripeError(404,
                               "invalid_request_error",
                               "No such " + std::string(objectTypeName(type)) + ": '" + id + "'",
                               "id");
        return ApiAnswer{200, table.jsonOf(size_t(*found)), {}, m_version};
    };
    switch (type) {
    case ObjectType::BalanceTransaction:
        return find(*m_bts);
    case ObjectType::Charge:
        return find(*m_charges);
    case ObjectType::Refund:
        return find(*m_refunds);
    case ObjectType::Payout:
        return find(*m_payouts);
    case ObjectType::Dispute:
        return find(*m_disputes);
    }
    return stripeError(404, "invalid_request_error", "Unrecognized request URL");
}

ApiAnswer World::listEvents(const ListQuery &query) const
{
    std::shared_lock lock(m_lock);
    return listTable(*m_events_log, query, "events", "event");
}

ApiAnswer World::retrieveEvent(const std::string &id) const
{
    std::shared_lock lock(m_lock);
    const std::optional<int> found = m_events_log->find(id);
    if (!found)
        return stripeError(404, "invalid_request_error", "No such event: '" + id + "'", "id");
    return ApiAnswer{200, m_events_log->jsonOf(size_t(*found)), {}, m_version};
}

quint64 World::version() const
{
    std::shared_lock lock(m_lock);
    return m_version;
}

qint64 World::eventCount() const
{
    std::shared_lock lock(m_lock);
    return qint64(m_events_log->size());
}

std::vector<std::string> World::eventsSince(size_t &afterIndex) const
{
    std::shared_lock lock(m_lock);
    std::vector<std::string> out;
    for (; afterIndex < m_events_log->size(); ++afterIndex)
        out.push_back(m_events_log->jsonOf(afterIndex));
    return out;
}

qint64 World::count(ObjectType type) const
{
    std::shared_lock lock(m_lock);
    switch (type) {
    case ObjectType::BalanceTransaction:
        return qint64(m_bts->size());
    case ObjectType::Charge:
        return qint64(m_charges->size());
    case ObjectType::Refund:
        return qint64(m_refunds->size());
    case ObjectType::Payout:
        return qint64(m_payouts->size());
    case ObjectType::Dispute:
        return qint64(m_disputes->size());
    }
    return 0;
}

std::vector<Payout> World::payouts() const
{
    std::shared_lock lock(m_lock);
    std::vector<Payout> out(m_payouts->size());
    for (size_t i = 0; i < out.size(); ++i)
        m_payouts->rows.read(i, out[i]);
    return out;
}

std::vector<std::pair<Charge, qint64>> World::succeededChargesWithNet() const
{
    std::shared_lock lock(m_lock);
    std::vector<std::pair<Charge, qint64>> out;
    Charge charge;
    BalanceTransaction bt;
    for (size_t i = 0; i < m_charges->size(); ++i) {
        m_charges->rows.read(i, charge);
        if (charge.status != "succeeded")
            continue;
        const std::optional<int> btIndex = m_bts->find(charge.balanceTransaction);
        if (btIndex)
            m_bts->rows.read(size_t(*btIndex), bt);
        out.emplace_back(charge, btIndex ? bt.net : charge.amount);
    }
    return out;
}

qint64 World::clock() const
{
    std::shared_lock lock(m_lock);
    return m_clock;
}

namespace {

template<typename Table>
std::string renderLines(const Table &table, size_t from, size_t to)
{
    std::string out;
    size_t bytes = 0;
    for (size_t i = from; i < to; ++i)
        bytes += table.jsonSize(i) + 1;
    out.reserve(bytes);
    typename Table::Row scratch;
    for (size_t i = from; i < to; ++i) {
        table.appendJson(i, out, scratch);
        out.push_back('\n');
    }
    return out;
}

/// Writes every row of `table` as a JSON line. Rendering is most of the work and rows are
/// independent, so chunks are rendered on other threads, a few ahead, while this one writes
/// them in order (a million-object truth file: ~8 s on one thread).
template<typename Table>
void writeLines(QSaveFile &file, const Table &table)
{
    constexpr size_t kChunk = 4096;
    constexpr size_t kAhead = 3;
    std::deque<std::future<std::string>> ahead;
    size_t next = 0;
    auto launch = [&] {
        const size_t from = next;
        next = std::min(table.size(), next + kChunk);
        ahead.push_back(std::async(std::launch::async, [&table, from, to = next] {
            return renderLines(table, from, to);
        }));
    };
    while (ahead.size() < kAhead && next < table.size())
        launch();
    while (!ahead.empty()) {
        const std::string lines = ahead.front().get();
        ahead.pop_front();
        if (next < table.size())
            launch();
        file.write(lines.data(), qint64(lines.size()));
    }
}

} // namespace

Result<void> World::writeTruth(const QString &path, const std::string &extraLines) const
{
    std::shared_lock lock(m_lock);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QObject::tr("cannot write %1: %2").arg(path, file.errorString()));
    writeLines(file, *m_bts);
    writeLines(file, *m_charges);
    writeLines(file, *m_refunds);
    writeLines(file, *m_payouts);
    writeLines(file, *m_disputes);
    std::string labels;
    for (const FraudLabel &label : m_fraudLabels) {
        labels.append(R"({"object":"fraud_label","charge":")")
            .append(m_charges->rows.idOf(size_t(label.charge)))
            .append(R"(","fraud":)")
            .append(label.fraud ? "true" : "false")
            .append(R"(,"scenario":")")
            .append(label.scenario)
            .append("\"}\n");
    }
    file.write(labels.data(), qint64(labels.size()));
    file.write(extraLines.data(), qint64(extraLines.size()));
    if (!file.commit())
        return makeError(QObject::tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace paydeck::sandbox
