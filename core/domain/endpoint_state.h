#pragma once

#include <QString>
#include <QtGlobal>

namespace paydeck {

/// One base URL of a source as its requests saw it: the provider measures it, the store keeps it,
/// the Sources screen and `status --json` show it.
struct EndpointState
{
    QString url;
    bool active = false;
    QString breaker; // closed, open, half-open
    qint64 successes = 0;
    qint64 failures = 0;
    double errorRate = 0;
    qint64 latencyP50Ms = -1;
    qint64 latencyP95Ms = -1;
    qint64 lastSuccess = 0; // unix seconds
    QString lastError;
};

} // namespace paydeck
