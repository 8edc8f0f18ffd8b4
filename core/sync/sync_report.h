#pragma once

#include "domain/endpoint_state.h"
#include "domain/objects.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>

namespace paydeck::sync {

using paydeck::EndpointState;

/// What one sync run of one source did.
struct SyncReport
{
    qint64 sourceId = 0;
    QString sourceName;
    bool ok = true;
    QString error; // the first failure, naming the source and endpoint
    /// What the run could not do but survived (an endpoint the provider lacks, an object it no
    /// longer has), each naming the source and request.
    QStringList warnings;
    std::array<qint64, kObjectTypeCount> inserted{};
    std::array<qint64, kObjectTypeCount> updated{};
    std::array<qint64, kObjectTypeCount> fetched{};
    double seconds = 0;
    qint64 finishedAt = 0;
    qint64 newestCreated = 0; // the newest object the provider has shown us
    qint64 eventsApplied = 0;
    QList<EndpointState> endpoints;

    qint64 totalInserted() const;
    qint64 totalFetched() const;
};

/// Live progress of a run in progress.
struct SyncProgress
{
    qint64 sourceId = 0;
    QString sourceName;
    std::array<qint64, kObjectTypeCount> fetched{};
    bool running = false;
};

} // namespace paydeck::sync

Q_DECLARE_METATYPE(paydeck::sync::SyncReport)
Q_DECLARE_METATYPE(paydeck::sync::SyncProgress)
