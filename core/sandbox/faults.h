#pragma once

#include "util/result.h"

#include <QString>

namespace paydeck::sandbox {

/// Failures the sandbox injects, each a probability per request:
/// `429:0.1,500:0.05,drop:0.02,slow:0.05:1500,truncate:0.02,badjson:0.01` (`429:0.1:2` adds
/// `Retry-After: 2`).
struct FaultSpec
{
    double rateLimited = 0;     // 429
    int retryAfterSeconds = -1; // the 429's Retry-After header (`429:P:SECONDS`); -1 sends none
    double serverError = 0;     // 500
    double drop = 0;            // the connection closes without an answer
    double slow = 0;            // the answer comes after slowMs
    int slowMs = 1000;
    double truncate = 0; // the body stops half-way and the connection closes
    double badJson = 0;  // a 200 whose body is not JSON

    bool any() const { return rateLimited + serverError + drop + slow + truncate + badJson > 0; }
    static Result<FaultSpec> parse(const QString &text);
};

/// Seconds after start during which the sandbox refuses connections: "FROM-TO".
struct Outage
{
    int fromSeconds = 0;
    int toSeconds = 0;
    bool active(qint64 secondsSinceStart) const
    {
        return toSeconds > fromSeconds && secondsSinceStart >= fromSeconds
               && secondsSinceStart < toSeconds;
    }
    static Result<Outage> parse(const QString &text);
};

} // namespace paydeck::sandbox
