// Event polling: GET /v1/events from the last run's newest event (with the usual overlap). Events
// say what changed; the objects they name are read again as they are now, so that the order in
// which events arrive does not matter. Each event is recorded once (by id), after those reads,
// so a crash in between only means reading the same events again.
#include "source_sync.h"

#include "store/session.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace paydeck::sync {

void SourceSync::startEvents(store::Session &db)
{
    m_eventsCursor = db.sources().cursor(m_source.id, "event");
    m_newEvents.clear();
    m_eventsAfter.clear();
    m_eventsBacklogFrom = 0;
    m_eventsUnavailable.clear();
    // The first run reads the objects themselves; events only matter from then on.
    m_eventsInitial = m_eventsCursor.maxCreated == 0;
    m_eventsFloor
        = m_eventsInitial ? 0 : std::max<qint64>(0, m_eventsCursor.maxCreated - kOverlapSeconds);
    auto reader = store::openSession(m_databasePath, store::Access::ReadOnly);
    m_readDb = reader ? std::move(reader).value() : nullptr;
    // Webhooks received since the last run, checked against what was applied before.
    std::vector<WebhookNote> later;
    for (const WebhookNote &note : m_webhookEvents) {
        if (m_readDb && m_readDb->syncState().eventSeen(m_source.id, note.event.id))
            continue;
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
    providers::EventQuery query;
    query.limit = m_eventsInitial ? 1 : 100;
    query.createdFrom = m_eventsFloor;
    query.startingAfter = m_eventsAfter;
    m_provider->events(
        query, [self = QPointer<SourceSync>(this)](providers::Answer<providers::EventPage> page) {
            if (self && self->m_running)
                self->onEventsPage(std::move(page));
        });
}

void SourceSync::onEventsPage(providers::Answer<providers::EventPage> page)
{
    if (!page) {
        const auto kind = page.failure().kind;
        if (kind == providers::FailureKind::NotFound
            || kind == providers::FailureKind::Permission) {
            // A provider without events (or a key without their permission): the objects are
            // stored all the same; only changes to older objects are seen later, through the
            // refunds and disputes that name them. Said, not failed, so schedulers see success.
            const QString warning = tr("events are not available (%1); changes to older "
                                       "objects are seen only through refunds and disputes")
                                        .arg(page.error());
            m_report.warnings << tr("source \"%1\": %2").arg(m_source.name, warning);
            // Kept with the events cursor (recordEvents), so that `status` and the Sources screen
            // say it until events can be read again.
            m_eventsUnavailable = warning;
        } else if (m_report.ok) {
            m_report.ok = false;
            m_report.error
                = tr("source \"%1\": GET /v1/events: %2").arg(m_source.name, page.error());
        }
        m_eventsDone = true;
        finishIfDone();
        return;
    }
    // The page's oldest event continues the walk (a page delivered out of order costs nothing).
    std::string lastId;
    qint64 oldest = std::numeric_limits<qint64>::max();
    for (const providers::ProviderEvent &event : page.value().events) {
        if (event.created <= oldest) {
            oldest = event.created;
            lastId = event.id;
        }
        m_eventsCursor.maxCreated = std::max<qint64>(m_eventsCursor.maxCreated, event.created);
        if (m_eventsInitial)
            continue;
        if (m_readDb && m_readDb->syncState().eventSeen(m_source.id, event.id))
            continue; // applied before (polled or received by webhook)
        if (std::any_of(m_newEvents.begin(), m_newEvents.end(), [&](const SeenEvent &e) {
                return e.id == event.id;
            }))
            continue; // the overlap window shows an event twice within one run
        const SeenEvent seenEvent{event.id, event.type, event.created, event.objectId};
        if (applyEvent(seenEvent, event.objectKind)) {
            m_newEvents.push_back(seenEvent);
        } else if (m_eventsBacklogFrom == 0 || event.created < m_eventsBacklogFrom) {
            // Not recorded, and the next run's floor reaches back to it.
            m_eventsBacklogFrom = event.created;
        }
    }
    if (page.value().hasMore && !m_eventsInitial && !lastId.empty()) {
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
    cursor.lastError = m_eventsUnavailable;
    if (m_eventsUnavailable.isEmpty())
        cursor.lastSuccess = QDateTime::currentSecsSinceEpoch();
    m_writer->submitJob(
        [sourceId, events, cursor](store::Session &db) -> Result<void> {
            if (auto recorded
                = db.syncState().recordEvents(sourceId, events, QDateTime::currentSecsSinceEpoch());
                !recorded)
                return recorded;
            return db.sources().saveCursor(sourceId, "event", cursor);
        },
        backOnThisThread([](SourceSync &self) {
            self.m_settlement = Settlement::Done;
            self.finishIfDone();
        }));
    m_report.eventsApplied = qint64(events.size());
}

} // namespace paydeck::sync
