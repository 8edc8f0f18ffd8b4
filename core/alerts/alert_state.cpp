#include "alert_state.h"

#include <algorithm>

namespace paydeck::alerts {

const char *stateName(State state)
{
    static const char *const names[]
        = {"normal", "pending", "firing", "resolved", "no_data", "error"};
    return names[int(state)];
}

std::optional<State> stateNamed(QStringView name)
{
    for (int i = 0; i <= int(State::Error); ++i) {
        if (name == QLatin1String(stateName(State(i))))
            return State(i);
    }
    return std::nullopt;
}

std::optional<Transition> AlertState::moveTo(const AlertRule &rule, State next, qint64 at)
{
    if (next == m_state)
        return std::nullopt;
    Transition t{rule.id, m_state, next, at, m_reading.value, m_reading.baseline, m_reading.score};
    m_state = next;
    m_since = at;
    if (next != State::Pending)
        m_pending = 0;
    return t;
}

std::optional<Transition>
AlertState::handle(const AlertRule &rule, Handling handling, State own, qint64 at)
{
    switch (handling) {
    case Handling::KeepLast:
        return std::nullopt;
    case Handling::Normal:
        return moveTo(rule, m_state == State::Firing ? State::Resolved : State::Normal, at);
    case Handling::Firing:
        return moveTo(rule, State::Firing, at);
    case Handling::NoData:
        break;
    }
    return moveTo(rule, own, at);
}

std::optional<Transition> AlertState::evaluate(const AlertRule &rule, const Reading &reading)
{
    const qint64 at = reading.at;
    // The same moment again judges newer data (no time passes towards the pending period).
    if (m_last != 0 && at < m_last)
        return std::nullopt;
    const qint64 elapsed
        = m_last == 0 ? rule.intervalSeconds : std::min(at - m_last, 2 * rule.intervalSeconds);
    m_last = at;
    m_reading = reading;
    if (!reading.judged)
        return handle(rule, rule.noData, State::NoData, at);
    switch (m_state) {
    case State::Firing:
        return reading.holds ? std::nullopt : moveTo(rule, State::Resolved, at);
    case State::Pending:
        if (!reading.breached)
            return moveTo(rule, State::Normal, at);
        m_pending += elapsed;
        if (m_pending >= rule.pendingSeconds)
            return moveTo(rule, State::Firing, at);
        return std::nullopt;
    case State::Normal:
    case State::Resolved:
    case State::NoData:
    case State::Error:
        if (!reading.breached)
            return moveTo(rule, State::Normal, at);
        if (rule.pendingSeconds == 0)
            return moveTo(rule, State::Firing, at);
        m_pending = 0;
        return moveTo(rule, State::Pending, at);
    }
    return std::nullopt;
}

std::optional<Transition> AlertState::failed(const AlertRule &rule, qint64 at)
{
    if (m_last != 0 && at <= m_last)
        return std::nullopt;
    m_last = at;
    m_reading = Reading{};
    m_reading.at = at;
    return handle(rule, rule.error, State::Error, at);
}

void AlertState::restore(State state, qint64 since, qint64 pendingSeconds)
{
    m_state = state;
    m_since = since;
    m_pending = pendingSeconds;
}

} // namespace paydeck::alerts
