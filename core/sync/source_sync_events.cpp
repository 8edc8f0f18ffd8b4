// Event polling: GET /v1/events from the last run's newest event (with the usual overlap). Events
// say what changed; the objects they name are read again as they are now, so that the order in
// which events arrive does not matter. Each event is recorded once (by id), after those reads,
// so a crash in between only means reading the same events again.
#include "source_sync.h"

#include "providers/stripe/stripe_mapping.h"
#include "store/database.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace paydeck::sync {

void SourceSync::startEvents(store::Database &db)
{
    m_eventsCursor = store::SourceRepository(db).cursor(m_source.id, "event");
    m_newEvents.clear();
    m_eventsAfter.clear();
    m_eventPageFailures = 0;
    m_eventsBacklogFrom = 0;
    // The first run reads the objects themselves; events only matter from then on.
    m_eventsInitial = m_eventsCursor.maxCreated == 0;
    m_eventsFloor
        = m_eventsInitial ? 0 : std::max<qint64>(0, m_eventsCursor.maxCreated - kOverlapSeconds);
    auto reader = store::Database::open(m_databasePath, store::Database::Mode::ReadOnly);
    m_readDb = reader ? std::move(reader).value() : nullptr;
    // Webhooks received since the last run, checked against what was applied before.
    std::vector<WebhookNote> later;
    for (const WebhookNote &note : m_webhookEvents) {
        if (m_readDb) {
            auto seen = m_readDb->prepare("SELECT 1 FROM events WHERE source_id = ?1 AND id = ?2");
            if (seen) {
                seen.value().bind(1, m_source.id);
                seen.value().bindText(2, note.event.id);
                if (seen.value().step() == store::Statement::Step::Row)
                    continue;
            }
        }
        if (std::any_of(m_newEvents.begin(), m_newEvents.end(), [&](const SeenEvent &e) {
                return e.id == note.event.id;
            }))
            continue;
        if (applyEvent(note.event, note.objectKind))
            m_newEvents.push_back(note.event);
        else
            later.push_back(note);
    }
    m_webhookEvents = std::move(later);
    m_eventsDone = false;
    requestEvents();
}

bool SourceSync::applyEvent(const SeenEvent &event, std::string_view objectKind)
{
    // An object's creation is read by the list endpoints in this same run; only later changes
    // (refunded, paid, updated, closed, …) need the object read again.
    const std::string_view type = event.type;
    const bool creation = type == "charge.succeeded" || type == "charge.failed"
                          || type == "charge.pending"
                          || (type.size() > 8 && type.substr(type.size() - 8) == ".created");
    const auto kind = objectTypeFromName(objectKind);
    if (creation || !kind)
        return true;
    return queueRefresh(*kind, event.objectId);
}

void SourceSync::addWebhookEvent(const std::string &id,
                                 const std::string &type,
                                 qint64 created,
                                 const std::string &objectKind,
                                 const std::string &objectId)
{
    m_webhookEvents.push_back(
        WebhookNote{SeenEvent{id, type, created, objectId, "webhook"}, objectKind});
}

void SourceSync::requestEvents()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"),
                       m_eventsInitial ? QStringLiteral("1") : QStringLiteral("100"));
    if (m_eventsFloor > 0)
        query.addQueryItem(QStringLiteral("created[gte]"), QString::number(m_eventsFloor));
    if (!m_eventsAfter.empty())
        query.addQueryItem(QStringLiteral("starting_after"), QString::fromStdString(m_eventsAfter));
    m_client->get(QStringLiteral("/v1/events"),
                  query,
                  [self = QPointer<SourceSync>(this)](Result<QByteArray> body) {
                      if (self && self->m_running)
                          self->onEventsPage(std::move(body));
                  });
}

void SourceSync::onEventsPage(Result<QByteArray> body)
{
    auto fail = [this](const QString &message) {
        if (m_report.ok) {
            m_report.ok = false;
            m_report.error = tr("source \"%1\": GET /v1/events: %2").arg(m_source.name, message);
        }
        m_eventsDone = true;
        finishIfDone();
    };
    if (!body) {
        fail(body.error());
        return;
    }
    simdjson::dom::element root;
    simdjson::dom::array data;
    bool hasMore = false;
    const QByteArray &json = body.value();
    if (m_parser->parse(json.constData(), size_t(json.size())).get(root) != simdjson::SUCCESS
        || root["data"].get(data) != simdjson::SUCCESS
        || root["has_more"].get(hasMore) != simdjson::SUCCESS) {
        if (++m_eventPageFailures < kMaxPageRetries) {
            QTimer::singleShot(m_client->backoffMs(m_eventPageFailures), this, [this] {
                if (m_running && !m_eventsDone)
                    requestEvents();
            });
            return;
        }
        fail(tr("the response is not an event list"));
        return;
    }
    m_eventPageFailures = 0;
    store::Statement seen;
    if (m_readDb) {
        if (auto prepared
            = m_readDb->prepare("SELECT 1 FROM events WHERE source_id = ?1 AND id = ?2");
            prepared)
            seen = std::move(prepared).value();
    }
    // The page's oldest event continues the walk (a page delivered out of order costs nothing).
    std::string lastId;
    qint64 oldest = std::numeric_limits<qint64>::max();
    for (simdjson::dom::element event : data) {
        std::string_view id, type, objectId, objectKind;
        int64_t created = 0;
        if (event["id"].get(id) != simdjson::SUCCESS || event["type"].get(type) != simdjson::SUCCESS
            || event["created"].get(created) != simdjson::SUCCESS) {
            fail(tr("an event without id, type or created"));
            return;
        }
        if (created <= oldest) {
            oldest = created;
            lastId = std::string(id);
        }
        m_eventsCursor.maxCreated = std::max<qint64>(m_eventsCursor.maxCreated, created);
        if (m_eventsInitial)
            continue;
        if (seen.isValid()) {
            seen.bind(1, m_source.id);
            seen.bindText(2, id);
            const bool known = seen.step() == store::Statement::Step::Row;
            seen.reset();
            if (known)
                continue; // applied before (polled or received by webhook)
        }
        if (std::any_of(m_newEvents.begin(), m_newEvents.end(), [&](const SeenEvent &e) {
                return e.id == id;
            }))
            continue; // the overlap window shows an event twice within one run
        // Absent on events about objects Paydeck does not keep; then there is nothing to read.
        if (event.at_pointer("/data/object/id").get(objectId) != simdjson::SUCCESS)
            objectId = {};
        if (event.at_pointer("/data/object/object").get(objectKind) != simdjson::SUCCESS)
            objectKind = {};
        const SeenEvent seenEvent{
            std::string(id), std::string(type), created, std::string(objectId)};
        if (applyEvent(seenEvent, objectKind)) {
            m_newEvents.push_back(seenEvent);
        } else if (m_eventsBacklogFrom == 0 || created < m_eventsBacklogFrom) {
            // Not recorded, and the next run's floor reaches back to it.
            m_eventsBacklogFrom = created;
        }
    }
    if (hasMore && !m_eventsInitial && !lastId.empty()) {
        m_eventsAfter = lastId;
        requestEvents();
        return;
    }
    if (m_eventsInitial && m_eventsCursor.maxCreated == 0)
        m_eventsCursor.maxCreated = QDateTime::currentSecsSinceEpoch();
    m_eventsDone = true;
    finishIfDone();
}

void SourceSync::recordEvents()
{
    const qint64 sourceId = m_source.id;
    const std::vector<SeenEvent> events = std::move(m_newEvents);
    m_newEvents.clear();
    store::SyncCursor cursor = m_eventsCursor;
    if (m_eventsBacklogFrom > 0)
        cursor.maxCreated = std::min(cursor.maxCreated, m_eventsBacklogFrom + kOverlapSeconds);
    cursor.runFloor.reset();
    cursor.lastSuccess = QDateTime::currentSecsSinceEpoch();
    cursor.lastError.clear();
    m_writer->submitJob(
        [sourceId, events, cursor](store::Database &db) -> Result<void> {
            auto insert = db.prepare(
                "INSERT OR IGNORE INTO events(source_id, id, type, created, object_id, "
                "received_via, received_at) VALUES(?1, ?2, ?3, ?4, ?5, ?7, ?6)");
            if (!insert)
                return makeError(insert.error());
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            for (const SeenEvent &event : events) {
                store::Statement &s = insert.value();
                s.bind(1, sourceId);
                s.bindText(2, event.id);
                s.bindText(3, event.type);
                s.bind(4, event.created);
                s.bindText(5, event.objectId);
                s.bind(6, now);
                s.bindText(7, event.via);
                if (auto ok = s.run(); !ok)
                    return ok;
            }
            return store::SourceRepository(db).saveCursor(sourceId, "event", cursor);
        },
        backOnThisThread([](SourceSync &self) {
            self.m_settlement = Settlement::Done;
            self.finishIfDone();
        }));
    m_report.eventsApplied = qint64(events.size());
}

} // namespace paydeck::sync
