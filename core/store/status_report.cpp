#include "status_report.h"

#include "domain/objects.h"
#include "sources.h"

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

const char *tableOf(ObjectType type)
{
    return objectTypeEndpoint(type); // the tables are named like the endpoints
}

} // namespace

QJsonObject statusReport(Database &db)
{
    QJsonObject objects;
    for (int i = 0; i < kObjectTypeCount; ++i) {
        const auto type = static_cast<ObjectType>(i);
        QJsonObject entry;
        qint64 total = 0;
        QJsonObject sums;
        auto s = db.prepare(std::string("SELECT currency, count(*), sum(amount) FROM ")
                            + tableOf(type) + " GROUP BY currency ORDER BY currency");
        if (s) {
            while (s.value().step() == Statement::Step::Row) {
                total += s.value().columnInt(1);
                // Sums are integers in minor units, as strings so that no JSON reader rounds them.
                sums.insert(s.value().columnString(0), QString::number(s.value().columnInt(2)));
            }
        }
        entry.insert(QStringLiteral("count"), total);
        entry.insert(QStringLiteral("amount_by_currency"), sums);
        objects.insert(QString::fromLatin1(objectTypeName(type)), entry);
    }

    QJsonArray sourceList;
    SourceRepository repository(db);
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
