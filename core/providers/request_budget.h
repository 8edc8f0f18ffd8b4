#pragma once

#include <QtGlobal>

namespace paydeck::providers {

/// How many requests to one provider account may run at once and how fast they may start. The
/// provider's rate limit is honoured for the whole account, not per request: a 429 halves the
/// number of requests in flight for everyone (additive increase, multiplicative decrease, as TCP
/// does), and a Retry-After holds every request back until it has passed. A configured budget
/// (requests per second, a token bucket with one second of burst) caps the start rate.
class RequestBudget
{
public:
    struct Limits
    {
        int maxConcurrent = 6;        // Qt opens at most six connections per host
        double requestsPerSecond = 0; // 0: no budget but the provider's 429s
    };

    explicit RequestBudget(Limits limits);

    /// Milliseconds until the next request may start: 0 now; -1 when the requests in flight use
    /// the window (wait for one to finish).
    qint64 delayBeforeNext(qint64 nowMs);
    /// A request starts now: it takes a slot and a token.
    void started(qint64 nowMs);
    /// A request ended: `rateLimited` for a 429 (with the server's Retry-After, if it sent one).
    void finished(bool rateLimited, qint64 retryAfterMs, qint64 nowMs);

    /// Requests allowed in flight now (1 … maxConcurrent).
    int window() const { return int(m_window); }

private:
    void refill(qint64 nowMs);

    Limits m_limits;
    double m_window;
    int m_inFlight = 0;
    double m_tokens = 0;
    qint64 m_refilledAtMs = -1;
    qint64 m_pausedUntilMs = 0;
};

} // namespace paydeck::providers
