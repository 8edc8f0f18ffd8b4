#pragma once

// The alert rules at work, on their own thread: at start the rules (the defaults saved on a
// first start), the alerts' states as they were, and the activity of the rules' look-back are
// read from the store; then each change from the feed goes into the timeline and is judged at
// once (a declined payment that tips a rule fires it within the second), and every rule is
// judged on its interval as time passes. States and transitions are written through the store's
// single writer; whoever shows alerts gets a snapshot by signal.

#include "activity_timeline.h"
#include "alert_state.h"
#include "backtest.h"
#include "operational_reading.h"
#include "store/alert_repository.h"
#include "store/change_feed.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace paydeck::store {
class Session;
class StoreWriter;
} // namespace paydeck::store

namespace paydeck::alerts {

/// One alert as a screen shows it.
struct AlertView
{
    AlertRule rule;
    store::AlertRecord record;
    bool silenced = false; // a silence matches its labels now: no notification
};

struct AlertSnapshot
{
    std::vector<AlertView> alerts; // firing first, then pending, then by severity and name
    qint64 at = 0;
    int firing() const;
};

class AlertService : public QObject
{
    Q_OBJECT
public:
    /// `writer` keeps states and transitions (none: kept in memory only, as in a backtest).
    AlertService(QString storePath, store::StoreWriter *writer, QObject *parent = nullptr);
    ~AlertService() override;
    /// The moment evaluations are for (tests move it; by default the system clock).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    const ActivityTimeline &timeline() const { return m_timeline; }
    /// The banks' closing days payouts are expected around (by default the built-in ones).
    void setHolidayCalendar(reconcile::HolidayCalendar calendar)
    {
        m_calendar = std::move(calendar);
        m_operationalDirty = true;
    }

public slots:
    void start();
    void applyChange(const paydeck::store::ChangeSet &change);
    /// Judges every enabled rule whose interval has passed (all of them with `all`).
    void evaluate(bool all = false);
    void stop();
    /// A person acknowledges the rule's firing alert, with a note (kept, then shown).
    void acknowledge(const QString &ruleId, const QString &who, const QString &note);
    /// Silences alerts whose labels match, from now for `seconds`.
    void silence(const QMap<QString, QString> &matchers,
                 qint64 seconds,
                 const QString &who,
                 const QString &comment);
    /// The rule's metric over [from, to) as it would have been judged (answered by historyReady).
    void requestHistory(const QString &ruleId, qint64 from, qint64 to);
    /// Runs a rule — edited or new, not yet saved — over the stored history of [from, to)
    /// (answered by backtestReady; read on this thread, a few seconds for a month of a large
    /// store).
    void backtest(const paydeck::alerts::AlertRule &rule, qint64 from, qint64 to);
    /// Saves the rule (a new one, or a new version of the one with its id) by `who`.
    void saveRule(const paydeck::alerts::AlertRule &rule, const QString &who);

signals:
    void ready(qint64 activities);
    void evaluated(const paydeck::alerts::AlertSnapshot &snapshot);
    /// Transitions as they happen (notifications listen here).
    void transitioned(const QList<paydeck::alerts::Transition> &transitions);
    void failed(const QString &message);
    void historyReady(const QString &ruleId, const paydeck::alerts::Backtest &history);
    void backtestReady(const paydeck::alerts::Backtest &result);
    void ruleSaved(const QString &ruleId);

private:
    void reloadRules();
    void reloadAcknowledgements();
    void persist(const std::vector<Transition> &transitions);
    void writeThenReload(std::function<Result<void>(store::Session &)> job,
                         std::function<void()> after = {});
    AlertSnapshot snapshot(qint64 at) const;
    void addNewDefaults();
    /// The operational state, read again when a change made it stale or it is older than a
    /// minute (sync lag grows without any change); false when it cannot be read.
    bool refreshOperational(qint64 now);

    QString m_storePath;
    store::StoreWriter *m_writer;
    std::unique_ptr<store::Session> m_session;
    std::function<qint64()> m_clock;
    ActivityTimeline m_timeline;
    std::vector<AlertRule> m_rules;
    std::map<QString, AlertState> m_states;
    std::map<QString, store::AlertRecord> m_acknowledged; // kept acknowledgements by rule
    std::vector<store::Silence> m_silences;
    QTimer *m_timer = nullptr;
    reconcile::HolidayCalendar m_calendar = reconcile::HolidayCalendar::withDefaults();
    OperationalView m_operational;
    bool m_operationalDirty = true;
    qint64 m_lastPersisted = 0;
};

} // namespace paydeck::alerts

Q_DECLARE_METATYPE(paydeck::alerts::AlertSnapshot)
Q_DECLARE_METATYPE(paydeck::alerts::Transition)
Q_DECLARE_METATYPE(paydeck::alerts::Backtest)
Q_DECLARE_METATYPE(paydeck::alerts::AlertRule)
