#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

#include <deque>

namespace paydeck::stripe {

/// A circuit breaker and health figures for one base URL of a source.
class EndpointHealth
{
public:
    enum class Breaker { Closed, Open, HalfOpen };

    explicit EndpointHealth(QUrl url = {}) : m_url(std::move(url)) {}

    const QUrl &url() const { return m_url; }
    /// Whether a request may go here now (closed, or open but cooled down: a probe).
    bool allows(qint64 nowMs) const;
    Breaker breaker(qint64 nowMs) const;
    qint64 openUntilMs() const { return m_openUntilMs; }

    void recordSuccess(qint64 nowMs, qint64 latencyMs);
    /// Opens the breaker after `threshold` consecutive failures; a failed probe re-opens it.
    void recordFailure(qint64 nowMs, int threshold, qint64 cooldownMs, const QString &error);

    qint64 successes() const { return m_successes; }
    qint64 failures() const { return m_failures; }
    qint64 lastSuccessMs() const { return m_lastSuccessMs; }
    QString lastError() const { return m_lastError; }
    /// Latency percentile (0..100) over the recent successful requests, in ms; -1 without data.
    qint64 latencyPercentile(int percentile) const;
    /// Share of failed requests among the recent ones.
    double recentErrorRate() const;

private:
    QUrl m_url;
    int m_consecutiveFailures = 0;
    qint64 m_openUntilMs = 0;
    qint64 m_cooldownMs = 0;
    bool m_open = false;
    qint64 m_successes = 0;
    qint64 m_failures = 0;
    qint64 m_lastSuccessMs = 0;
    QString m_lastError;
    std::deque<qint64> m_latencies;    // recent successes
    std::deque<bool> m_recentOutcomes; // true = failure
};

} // namespace paydeck::stripe
