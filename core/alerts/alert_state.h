#pragma once

// One rule's alert through time, as Grafana defines the states: Normal → Pending (breached,
// for less than the pending period) → Firing → Resolved (the clear condition held; Normal at
// the next evaluation that is not breached), plus NoData and Error by the rule's handling.
// Every change is a Transition with the reading that caused it.

#include "rule_reading.h"

#include <QString>

#include <optional>

namespace paydeck::alerts {

enum class State { Normal, Pending, Firing, Resolved, NoData, Error };

const char *stateName(State state);
std::optional<State> stateNamed(QStringView name);

struct Transition
{
    QString ruleId;
    State from = State::Normal, to = State::Normal;
    qint64 at = 0;
    std::optional<double> value, baseline;
    double score = 0;
};

class AlertState
{
public:
    /// Takes one evaluation; returns the transition it caused, if any. A moment before the
    /// last one (the clock set back) changes nothing; a jump forward counts as at most two
    /// intervals towards the pending period, so a clock moved on a day fires nothing by itself.
    std::optional<Transition> evaluate(const AlertRule &rule, const Reading &reading);
    /// The same for a metric that could not be read at all.
    std::optional<Transition> failed(const AlertRule &rule, qint64 at);

    State state() const { return m_state; }
    /// When the current state began (unix seconds).
    qint64 since() const { return m_since; }
    qint64 lastEvaluated() const { return m_last; }
    const Reading &lastReading() const { return m_reading; }
    /// Restores a state kept in the store (after a restart: a pending alert stays pending).
    void restore(State state, qint64 since, qint64 pendingSeconds);
    qint64 pendingSeconds() const { return m_pending; }

private:
    std::optional<Transition> moveTo(const AlertRule &rule, State next, qint64 at);
    std::optional<Transition>
    handle(const AlertRule &rule, Handling handling, State own, qint64 at);
    State m_state = State::Normal;
    qint64 m_since = 0, m_last = 0, m_pending = 0;
    Reading m_reading;
};

} // namespace paydeck::alerts
