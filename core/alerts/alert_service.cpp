#include "alert_service.h"

#include "analytics/analytics_feed.h"
#include "analytics/fact.h"
#include "backtest.h"
#include "store/analytics_repository.h"
#include "store/session.h"
#include "store/store_writer.h"

#include <QDateTime>

#include <algorithm>

namespace paydeck::alerts {

namespace {

constexpr int kTickMs = 5000;                // how often due rules are looked for
constexpr qint64 kPersistEverySeconds = 300; // states without transitions: now and then

int urgency(State state)
{
    switch (state) {
    case State::Firing:
        return 0;
    case State::Pending:
        return 1;
    case State::Error:
    case State::NoData:
        return 2;
    default:
        return 3;
    }
}

} // namespace

int AlertSnapshot::firing() const
{
    return int(std::count_if(alerts.begin(), alerts.end(), [](const AlertView &a) {
        return a.record.state == State::Firing;
    }));
}

AlertService::AlertService(QString storePath, store::StoreWriter *writer, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_writer(writer)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    qRegisterMetaType<AlertSnapshot>();
    qRegisterMetaType<QList<Transition>>();
    qRegisterMetaType<Backtest>();
    qRegisterMetaType<AlertRule>();
    qRegisterMetaType<store::ChangeSet>();
}

AlertService::~AlertService()
{
    // Jobs submitted by this service call back into it: none may still be running after it.
    if (m_writer)
        m_writer->flush();
}

void AlertService::start()
{
    auto session = store::openSession(m_storePath, store::Access::ReadOnly);
    if (!session) {
        emit failed(session.error());
        return;
    }
    m_session = std::move(session).value();
    reloadRules();
    if (!m_rules.empty()) {
        addNewDefaults();
    } else {
        // A first start: the defaults, saved so that they can be edited and versioned.
        m_rules = defaultAlertRules();
        if (m_writer) {
            const auto rules = m_rules;
            m_writer->submitJob(
                [rules](store::Session &s) -> Result<void> {
                    auto saved = s.alerts().saveRules(rules, QStringLiteral("paydeck"));
                    return saved ? Result<void>() : makeError(saved.error());
                },
                {},
                store::ChangeSet::Alerts);
        }
    }
    if (auto kept = m_session->alerts().alerts()) {
        for (const store::AlertRecord &record : kept.value()) {
            m_states[record.ruleId].restore(record.state, record.since, record.pendingSeconds);
            m_acknowledged[record.ruleId] = record;
        }
    }
    const qint64 now = m_clock();
    auto read = loadTimeline(*m_session, m_timeline, now - lookBack(m_rules), now + 86400);
    if (!read) {
        emit failed(read.error());
        return;
    }
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, [this] { evaluate(false); });
    m_timer->start(kTickMs);
    emit ready(read.value());
    evaluate(true);
}

void AlertService::addNewDefaults()
{
    // Rules a newer Paydeck brought: added once, unless the store has known them (a rule a team
    // deleted keeps its history and stays deleted).
    std::vector<AlertRule> added;
    for (const AlertRule &rule : defaultAlertRules()) {
        const bool present = std::any_of(
            m_rules.begin(), m_rules.end(), [&](const AlertRule &r) { return r.id == rule.id; });
        auto history = m_session->alerts().ruleHistory(rule.id);
        if (!present && history && history.value().empty())
            added.push_back(rule);
    }
    if (added.empty() || !m_writer)
        return;
    auto rules = m_rules;
    rules.insert(rules.end(), added.begin(), added.end());
    m_rules = rules;
    m_writer->submitJob(
        [rules](store::Session &s) -> Result<void> {
            auto saved = s.alerts().saveRules(rules, QStringLiteral("paydeck"));
            return saved ? Result<void>() : makeError(saved.error());
        },
        {},
        store::ChangeSet::Alerts);
}

bool AlertService::refreshOperational(qint64 now)
{
    // Durations (sync lag, webhook silence) are measured to the moment judged, so time passing
    // needs no read; a change of what the rules read does. A slow re-read is the safety net for
    // writes no change announces.
    constexpr qint64 kRereadSeconds = 300;
    if (m_operationalDirty || m_operational.readAt == 0 || m_operational.readAt > now
        || now - m_operational.readAt >= kRereadSeconds) {
        auto view = readOperationalView(*m_session, m_calendar, now);
        if (!view) {
            emit failed(view.error());
            return false;
        }
        m_operational = std::move(view).value();
        m_operationalDirty = false;
        return true;
    }
    rejudgePayoutsOnNewDay(m_operational, m_calendar, now); // a payout turns late at midnight
    return true;
}

void AlertService::stop()
{
    if (m_timer)
        m_timer->stop();
}

void AlertService::reloadRules()
{
    auto stored = m_session->alerts().rules();
    if (!stored) {
        emit failed(stored.error());
        return;
    }
    m_rules.clear();
    for (const store::StoredRule &rule : stored.value())
        m_rules.push_back(rule.rule);
    auto silences = m_session->alerts().silences(m_clock());
    if (!silences) {
        emit failed(silences.error());
        return;
    }
    m_silences = std::move(silences).value();
}

void AlertService::reloadAcknowledgements()
{
    auto kept = m_session->alerts().alerts();
    if (!kept) {
        emit failed(kept.error());
        return;
    }
    for (const store::AlertRecord &record : kept.value())
        m_acknowledged[record.ruleId] = record;
}

void AlertService::applyChange(const store::ChangeSet &change)
{
    if (!m_session)
        return;
    // What the operational rules read: sync state, statements, reconciliation, payouts.
    constexpr quint32 kOperational = store::ChangeSet::Objects | store::ChangeSet::Sources
                                     | store::ChangeSet::BankStatements
                                     | store::ChangeSet::Reconciliation
                                     | store::ChangeSet::Decisions | store::ChangeSet::FraudReviews;
    if (change.domains & kOperational)
        m_operationalDirty = true;
    // Only rules, silences and acknowledgements, payments and the machinery change what the
    // alerts say.
    if (!change.touches(store::ChangeSet::Alerts) && !(change.domains & kOperational))
        return;
    if (change.touches(store::ChangeSet::Alerts)) {
        reloadRules();
        reloadAcknowledgements();
    }
    if (change.touches(store::ChangeSet::Objects)) {
        // The kinds the timeline keeps; payouts and balance transactions are not read.
        const quint32 kinds = (1u << int(ObjectType::Charge)) | (1u << int(ObjectType::Refund))
                              | (1u << int(ObjectType::Dispute));
        auto read = analytics::readChangedFacts(
            *m_session,
            change,
            [this](const analytics::Fact &fact) { m_timeline.apply(fact); },
            kinds);
        if (!read) {
            emit failed(read.error());
            return;
        }
    }
    // What just arrived is judged now, not at the next tick.
    evaluate(true);
}

void AlertService::evaluate(bool all)
{
    if (!m_session)
        return;
    const qint64 now = m_clock();
    std::vector<Transition> transitions;
    int judged = 0;
    for (const AlertRule &rule : m_rules) {
        if (!rule.enabled)
            continue;
        AlertState &state = m_states[rule.id];
        if (!all && now - state.lastEvaluated() < rule.intervalSeconds)
            continue;
        ++judged;
        std::optional<Transition> moved;
        if (!isOperational(rule.metric))
            moved = state.evaluate(rule, readRule(rule, m_timeline, now));
        else if (refreshOperational(now))
            moved = state.evaluate(rule, readOperational(rule, m_operational, now));
        else
            moved = state.failed(rule, now);
        if (moved)
            transitions.push_back(*moved);
    }
    if (judged == 0)
        return; // a tick with no rule due: nothing new to say
    m_timeline.forgetBefore(now - lookBack(m_rules) - 3600);
    if (!transitions.empty() || now - m_lastPersisted >= kPersistEverySeconds)
        persist(transitions);
    // The snapshot first: whoever hears of a transition then knows the alert as it is now.
    emit evaluated(snapshot(now));
    if (!transitions.empty())
        emit transitioned(QList<Transition>(transitions.begin(), transitions.end()));
}

void AlertService::persist(const std::vector<Transition> &transitions)
{
    m_lastPersisted = m_clock();
    if (!m_writer)
        return;
    std::vector<store::AlertRecord> records;
    for (const auto &[id, state] : m_states) {
        store::AlertRecord r;
        r.ruleId = id;
        r.state = state.state();
        r.since = state.since();
        r.pendingSeconds = state.pendingSeconds();
        r.lastEvaluated = state.lastEvaluated();
        r.value = state.lastReading().value;
        r.baseline = state.lastReading().baseline;
        r.score = state.lastReading().score;
        records.push_back(std::move(r));
    }
    m_writer->submitJob(
        [records, transitions](store::Session &s) {
            return s.alerts().recordEvaluation(records, transitions);
        },
        [this](const Result<void> &done) {
            if (!done)
                QMetaObject::invokeMethod(this, [this, e = done.error()] { emit failed(e); });
        });
    // Published on no domain: the states are this service's own, and a feed entry would only
    // make it read its rules and acknowledgements back after every write.
}

void AlertService::writeThenReload(std::function<Result<void>(store::Session &)> job,
                                   std::function<void()> after)
{
    if (!m_writer) {
        emit failed(tr("Alerts cannot be changed here: the store is read-only."));
        return;
    }
    m_writer->submitJob(std::move(job), [this, after](const Result<void> &done) {
        QMetaObject::invokeMethod(this, [this, done, after] {
            if (!done) {
                emit failed(done.error());
                return;
            }
            store::ChangeSet change;
            change.domains = store::ChangeSet::Alerts;
            applyChange(change);
            if (after)
                after();
        });
    });
}

void AlertService::acknowledge(const QString &ruleId, const QString &who, const QString &note)
{
    const qint64 at = m_clock();
    writeThenReload(
        [=](store::Session &s) { return s.alerts().acknowledge(ruleId, who, note, at); });
}

void AlertService::silence(const QMap<QString, QString> &matchers,
                           qint64 seconds,
                           const QString &who,
                           const QString &comment)
{
    store::Silence silence;
    silence.matchers = matchers;
    silence.starts = m_clock();
    silence.ends = silence.starts + seconds;
    silence.createdBy = who;
    silence.comment = comment;
    writeThenReload([silence](store::Session &s) -> Result<void> {
        auto added = s.alerts().addSilence(silence);
        return added ? Result<void>() : makeError(added.error());
    });
}

void AlertService::requestHistory(const QString &ruleId, qint64 from, qint64 to)
{
    for (const AlertRule &rule : m_rules) {
        if (rule.id == ruleId) {
            emit historyReady(ruleId, backtestRule(rule, m_timeline, from, to, true));
            return;
        }
    }
}

void AlertService::backtest(const AlertRule &rule, qint64 from, qint64 to)
{
    if (!m_session)
        return;
    Backtest result;
    if (isOperational(rule.metric)) {
        result = backtestRule(rule, m_timeline, from, to, true); // says why it cannot
    } else {
        ActivityTimeline history;
        auto read = loadTimeline(*m_session, history, from - lookBack({rule}), to);
        if (!read) {
            emit failed(read.error());
            return;
        }
        result = backtestRule(rule, history, from, to, true);
    }
    emit backtestReady(result);
}

void AlertService::saveRule(const AlertRule &rule, const QString &who)
{
    std::vector<AlertRule> rules = m_rules;
    const auto same = std::find_if(
        rules.begin(), rules.end(), [&](const AlertRule &r) { return r.id == rule.id; });
    if (same != rules.end())
        *same = rule;
    else
        rules.push_back(rule);
    const QString id = rule.id;
    writeThenReload(
        [rules, who](store::Session &s) -> Result<void> {
            auto saved = s.alerts().saveRules(rules, who);
            return saved ? Result<void>() : makeError(saved.error());
        },
        [this, id] { emit ruleSaved(id); });
}

AlertSnapshot AlertService::snapshot(qint64 at) const
{
    AlertSnapshot out;
    out.at = at;
    for (const AlertRule &rule : m_rules) {
        AlertView view;
        view.rule = rule;
        const auto state = m_states.find(rule.id);
        if (state != m_states.end()) {
            const AlertState &s = state->second;
            view.record.state = s.state();
            view.record.since = s.since();
            view.record.lastEvaluated = s.lastEvaluated();
            view.record.value = s.lastReading().value;
            view.record.baseline = s.lastReading().baseline;
            view.record.score = s.lastReading().score;
        }
        view.record.ruleId = rule.id;
        const auto kept = m_acknowledged.find(rule.id);
        if (kept != m_acknowledged.end() && kept->second.state == view.record.state
            && kept->second.acknowledgedAt) {
            view.record.acknowledgedAt = kept->second.acknowledgedAt;
            view.record.acknowledgedBy = kept->second.acknowledgedBy;
            view.record.acknowledgement = kept->second.acknowledgement;
        }
        view.silenced
            = std::any_of(m_silences.begin(), m_silences.end(), [&](const store::Silence &s) {
                  return s.silences(rule.labels, at);
              });
        out.alerts.push_back(std::move(view));
    }
    std::stable_sort(
        out.alerts.begin(), out.alerts.end(), [](const AlertView &a, const AlertView &b) {
            if (urgency(a.record.state) != urgency(b.record.state))
                return urgency(a.record.state) < urgency(b.record.state);
            if (a.rule.severity != b.rule.severity)
                return a.rule.severity > b.rule.severity;
            return a.rule.name < b.rule.name;
        });
    return out;
}

} // namespace paydeck::alerts
