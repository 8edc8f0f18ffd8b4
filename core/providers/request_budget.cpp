#include "request_budget.h"

#include <algorithm>
#include <cmath>

namespace paydeck::providers {

RequestBudget::RequestBudget(Limits limits)
    : m_limits(limits)
    , m_window(std::max(1, limits.maxConcurrent))
    , m_tokens(std::max(1.0, limits.requestsPerSecond))
{
    m_limits.maxConcurrent = std::max(1, m_limits.maxConcurrent);
    m_limits.requestsPerSecond = std::max(0.0, m_limits.requestsPerSecond);
}

void RequestBudget::refill(qint64 nowMs)
{
    if (m_limits.requestsPerSecond <= 0)
        return;
    if (m_refilledAtMs >= 0 && nowMs > m_refilledAtMs) {
        const double burst = std::max(1.0, m_limits.requestsPerSecond);
        m_tokens = std::min(
            burst, m_tokens + double(nowMs - m_refilledAtMs) * m_limits.requestsPerSecond / 1000.0);
    }
    m_refilledAtMs = std::max(m_refilledAtMs, nowMs);
}

qint64 RequestBudget::delayBeforeNext(qint64 nowMs)
{
    if (nowMs < m_pausedUntilMs)
        return m_pausedUntilMs - nowMs;
    if (m_inFlight >= window())
        return -1;
    refill(nowMs);
    if (m_limits.requestsPerSecond > 0 && m_tokens < 1.0)
        return qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_limits.requestsPerSecond));
    return 0;
}

void RequestBudget::started(qint64 nowMs)
{
    refill(nowMs);
    ++m_inFlight;
    if (m_limits.requestsPerSecond > 0)
        m_tokens -= 1.0;
}

void RequestBudget::finished(bool rateLimited, qint64 retryAfterMs, qint64 nowMs)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    if (rateLimited) {
        m_window = std::max(1.0, m_window / 2);
        if (retryAfterMs > 0)
            m_pausedUntilMs = std::max(m_pausedUntilMs, nowMs + retryAfterMs);
        return;
    }
    // One more request in flight per window's worth of successes.
    m_window = std::min(double(m_limits.maxConcurrent), m_window + 1.0 / m_window);
}

} // namespace paydeck::providers
