#include "sqlite_session.h"

#include "domain/money.h"
#include "domain/objects.h"
#include "store/sources.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace paydeck::store {

namespace {

QString isoTime(qint64 seconds)
{
    if (seconds <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

/// The ranges of a run in progress: created[gte], created[lt] (null: open), done.
QJsonArray rangesJson(const std::vector<RangeCursor> &ranges)
{
    QJsonArray out;
    for (const RangeCursor &range : ranges) {
        QJsonObject item;
        item.insert(QStringLiteral("created_from"), range.from);
        item.insert(QStringLiteral("created_before"),
                    range.before > 0 ? QJsonValue(range.before) : QJsonValue());
        item.insert(QStringLiteral("done"), range.done);
        out.append(item);
    }
    return out;
}

const char *tableOf(ObjectType type)
{
    return objectTypeEndpoint(type); // the tables are named like the endpoints
}

} // namespace

QJsonObject SqliteSession::statusReport()
{
    Database &db = *m_db;
    QJsonObject objects;
    for (int i = 0; i < kObjectTypeCount; ++i) {
        const auto type = static_cast<ObjectType>(i);
        QJsonObject entry;
        qint64 total = 0;
        QJsonObject sums;
        QJsonArray amounts;
        auto s = db.prepare(std::string("SELECT currency, count(*), sum(amount) FROM ")
                            + tableOf(type) + " GROUP BY currency ORDER BY currency");
        if (s) {
            while (s.value().step() == Statement::Step::Row) {
                total += s.value().columnInt(1);
                const QString code = s.value().columnString(0);
                const qint64 minor = s.value().columnInt(2);
                // Sums are integers in minor units, as strings so that no JSON reader rounds them
                // (keyed by the provider's code, as Stripe writes it).
                sums.insert(code, QString::number(minor));
                // And per ISO code: the exact decimal and the minor units, with their count.
                amounts.append(
                    QJsonObject{{QStringLiteral("currency"), code.toUpper()},
                                {QStringLiteral("amount"), decimalText(minor, code.toUpper())},
                                {QStringLiteral("amount_minor"), QString::number(minor)},
                                {QStringLiteral("count"), s.value().columnInt(1)}});
            }
        }
        entry.insert(QStringLiteral("count"), total);
        entry.insert(QStringLiteral("amount_by_currency"), sums);
        entry.insert(QStringLiteral("amounts"), amounts);
        objects.insert(QString::fromLatin1(objectTypeName(type)), entry);
    }

    QJsonArray sourceList;
    SourceRepository &repository = m_sources;
    for (const SourceConfig &source : repository.all()) {
        QJsonObject entry;
        entry.insert(QStringLiteral("id"), source.id);
        entry.insert(QStringLiteral("name"), source.name);
        entry.insert(QStringLiteral("url"), source.baseUrl);
        entry.insert(QStringLiteral("sandbox"), source.isSandbox);
        qint64 lastSuccess = 0;
        QString lastError;
        QJsonObject perType;
        for (int i = 0; i < kObjectTypeCount; ++i) {
            const char *typeName = objectTypeName(static_cast<ObjectType>(i));
            const SyncCursor cursor = repository.cursor(source.id, typeName);
            QJsonObject state;
            state.insert(QStringLiteral("last_success"), isoTime(cursor.lastSuccess));
            state.insert(QStringLiteral("newest_created"), isoTime(cursor.maxCreated));
            QJsonObject cursorJson;
            cursorJson.insert(QStringLiteral("max_created"), cursor.maxCreated);
            cursorJson.insert(QStringLiteral("run_in_progress"), cursor.runFloor.has_value());
            if (cursor.runFloor) {
                cursorJson.insert(QStringLiteral("run_floor"), *cursor.runFloor);
                cursorJson.insert(QStringLiteral("starting_after"),
                                  QString::fromStdString(cursor.startingAfter));
                cursorJson.insert(QStringLiteral("ranges"), rangesJson(cursor.ranges));
            }
            state.insert(QStringLiteral("cursor"), cursorJson);
            state.insert(QStringLiteral("last_error"),
                         cursor.lastError.isEmpty() ? QJsonValue() : QJsonValue(cursor.lastError));
            perType.insert(QString::fromLatin1(typeName), state);
            if (cursor.lastSuccess > 0 && (lastSuccess == 0 || cursor.lastSuccess < lastSuccess))
                lastSuccess = cursor.lastSuccess; // the source is as current as its oldest endpoint
            if (!cursor.lastError.isEmpty() && lastError.isEmpty())
                lastError = cursor.lastError;
        }
        // What the source syncs without, and what that costs (see SourceSync).
        QJsonArray degraded;
        if (const SyncCursor events = repository.cursor(source.id, "event");
            !events.lastError.isEmpty())
            degraded.append(QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("events")},
                                        {QStringLiteral("reason"), events.lastError}});
        entry.insert(QStringLiteral("degraded"), degraded);
        // Health: how far behind the provider, and each base URL as the last run saw it.
        qint64 newest = 0;
        for (int i = 0; i < kObjectTypeCount; ++i)
            newest
                = std::max(newest,
                           repository.cursor(source.id, objectTypeName(static_cast<ObjectType>(i)))
                               .maxCreated);
        entry.insert(QStringLiteral("newest_object"), isoTime(newest));
        entry.insert(QStringLiteral("lag_seconds"),
                     newest > 0 ? QJsonValue(QDateTime::currentSecsSinceEpoch() - newest)
                                : QJsonValue());
        QJsonArray health;
        if (auto h = db.prepare(
                "SELECT url, active, breaker, successes, failures, error_rate, latency_p50_ms, "
                "latency_p95_ms, last_success, last_error, updated_at FROM source_health "
                "WHERE source_id = ?1 ORDER BY position");
            h) {
            h.value().bind(1, source.id);
            while (h.value().step() == Statement::Step::Row) {
                const Statement &r = h.value();
                QJsonObject endpoint;
                endpoint.insert(QStringLiteral("url"), r.columnString(0));
                endpoint.insert(QStringLiteral("active"), r.columnInt(1) != 0);
                endpoint.insert(QStringLiteral("breaker"), r.columnString(2));
                endpoint.insert(QStringLiteral("successes"), r.columnInt(3));
                endpoint.insert(QStringLiteral("failures"), r.columnInt(4));
                endpoint.insert(QStringLiteral("error_rate"), r.columnDouble(5));
                endpoint.insert(QStringLiteral("latency_p50_ms"),
                                r.columnIsNull(6) ? QJsonValue() : QJsonValue(r.columnInt(6)));
                endpoint.insert(QStringLiteral("latency_p95_ms"),
                                r.columnIsNull(7) ? QJsonValue() : QJsonValue(r.columnInt(7)));
                endpoint.insert(QStringLiteral("last_success"), isoTime(r.columnInt(8)));
                endpoint.insert(QStringLiteral("last_error"),
                                r.columnIsNull(9) ? QJsonValue() : QJsonValue(r.columnString(9)));
                endpoint.insert(QStringLiteral("seen_at"), isoTime(r.columnInt(10)));
                health.append(endpoint);
            }
        }
        entry.insert(QStringLiteral("endpoints_health"), health);
        QJsonObject events;
        events.insert(QStringLiteral("poll"), 0);
        events.insert(QStringLiteral("webhook"), 0);
        if (auto e = db.prepare(
                "SELECT received_via, count(*) FROM events WHERE source_id = ?1 GROUP BY 1");
            e) {
            e.value().bind(1, source.id);
            while (e.value().step() == Statement::Step::Row)
                events.insert(e.value().columnString(0), e.value().columnInt(1));
        }
        entry.insert(QStringLiteral("events_received"), events);
        entry.insert(QStringLiteral("last_success"), isoTime(lastSuccess));
        entry.insert(QStringLiteral("last_error"),
                     lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError));
        entry.insert(QStringLiteral("endpoints"), perType);
        sourceList.append(entry);
    }
    QJsonObject report;
    report.insert(QStringLiteral("objects"), objects);
    report.insert(QStringLiteral("sources"), sourceList);
    return report;
}

} // namespace paydeck::store
