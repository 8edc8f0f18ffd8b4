#include "endpoint_health.h"

#include <algorithm>
#include <vector>

namespace paydeck::stripe {

namespace {
constexpr size_t kWindow = 200;
} // namespace

bool EndpointHealth::allows(qint64 nowMs) const
{
    return !m_open || nowMs >= m_openUntilMs;
}

EndpointHealth::Breaker EndpointHealth::breaker(qint64 nowMs) const
{
    if (!m_open)
        return Breaker::Closed;
    return nowMs >= m_openUntilMs ? Breaker::HalfOpen : Breaker::Open;
}

void EndpointHealth::recordSuccess(qint64 nowMs, qint64 latencyMs)
{
    m_open = false;
    m_consecutiveFailures = 0;
    m_cooldownMs = 0;
    ++m_successes;
    m_lastSuccessMs = nowMs;
    m_latencies.push_back(latencyMs);
    if (m_latencies.size() > kWindow)
        m_latencies.pop_front();
    m_recentOutcomes.push_back(false);
    if (m_recentOutcomes.size() > kWindow)
        m_recentOutcomes.pop_front();
}

void EndpointHealth::recordFailure(qint64 nowMs,
                                   int threshold,
                                   qint64 cooldownMs,
                                   const QString &error)
{
    ++m_failures;
    m_lastError = error;
    m_recentOutcomes.push_back(true);
    if (m_recentOutcomes.size() > kWindow)
        m_recentOutcomes.pop_front();
    const bool probeFailed = m_open && nowMs >= m_openUntilMs;
    if (probeFailed) {
        // Still down: closed to traffic for another cool-down (not longer each time, so that a
        // recovered primary is found again within seconds).
        m_openUntilMs = nowMs + m_cooldownMs;
        return;
    }
    if (++m_consecutiveFailures >= threshold && !m_open) {
        m_open = true;
        m_cooldownMs = cooldownMs;
        m_openUntilMs = nowMs + cooldownMs;
    }
}

qint64 EndpointHealth::latencyPercentile(int percentile) const
{
    if (m_latencies.empty())
        return -1;
    std::vector<qint64> sorted(m_latencies.begin(), m_latencies.end());
    std::sort(sorted.begin(), sorted.end());
    const size_t index = std::min(sorted.size() - 1, sorted.size() * size_t(percentile) / 100);
    return sorted[index];
}

double EndpointHealth::recentErrorRate() const
{
    if (m_recentOutcomes.empty())
        return 0;
    return double(std::count(m_recentOutcomes.begin(), m_recentOutcomes.end(), true))
           / double(m_recentOutcomes.size());
}

} // namespace paydeck::stripe
