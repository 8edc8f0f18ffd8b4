#pragma once

// Alerts as the store keeps them: the rules (each change a new version, the old ones kept),
// every alert's current state (so a restart neither loses a pending alert nor fires twice),
// every transition with the reading that caused it, acknowledgements and silences.

#include "alerts/alert_rule.h"
#include "alerts/alert_state.h"
#include "util/result.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace paydeck::store {

/// A rule as kept, with who changed it last.
struct StoredRule
{
    alerts::AlertRule rule;
    qint64 changedAt = 0; // unix seconds
    QString changedBy;
};

/// What saving rules did.
struct RulesSaved
{
    int added = 0, changed = 0, unchanged = 0;
};

/// One alert as it stands.
struct AlertRecord
{
    QString ruleId;
    alerts::State state = alerts::State::Normal;
    qint64 since = 0;
    qint64 pendingSeconds = 0;
    qint64 lastEvaluated = 0;
    std::optional<double> value, baseline;
    double score = 0;
    std::optional<qint64> acknowledgedAt; // of the current firing
    QString acknowledgedBy, acknowledgement;
};

struct StoredTransition
{
    qint64 id = 0;
    alerts::Transition transition;
};

struct Silence
{
    qint64 id = 0;
    QMap<QString, QString> matchers; // label = value, all must match
    qint64 starts = 0, ends = 0;     // unix seconds, [starts, ends)
    QString createdBy, comment;
    /// A recurring mute timing within [starts, ends): only on these local weekdays (bit 1 <<
    /// Qt's dayOfWeek, Monday 1 … Sunday 7; 0: every day) and local minutes of the day
    /// [fromMinute, toMinute) — "weekends", "nights 22:00–06:00" (a range past midnight wraps).
    quint8 weekdays = 0;
    int fromMinute = 0, toMinute = 24 * 60;
    /// Whether it silences an alert with these labels at `at`.
    bool silences(const QMap<QString, QString> &labels, qint64 at) const;
};

/// Where alerts are sent; the HMAC secret is kept in the secret store under
/// notificationSecretName(url), never here.
struct StoredTarget
{
    QString url;
    bool slack = false;
    QStringList groupBy{QStringLiteral("team")};
    qint64 groupWaitSeconds = 30;
};

/// One attempt to send one notification, as the delivery log keeps it.
struct DeliveryRecord
{
    qint64 at = 0;
    QString target, group, status; // status: firing | resolved
    int attempt = 0;
    int httpStatus = 0; // 0: no answer
    QString error;
    bool delivered = false;
};

QString notificationSecretName(const QString &url);

class AlertRepository
{
public:
    virtual ~AlertRepository() = default;
    /// The rules kept, by id. Empty before the first save (the caller saves the defaults).
    virtual Result<std::vector<StoredRule>> rules() = 0;
    /// Saves rules in one transaction: a rule whose definition changed gets the next version
    /// (the one given is ignored) and its old definition stays in the history.
    virtual Result<RulesSaved> saveRules(const std::vector<alerts::AlertRule> &rules,
                                         const QString &who)
        = 0;
    /// Every version a rule has had, oldest first.
    virtual Result<std::vector<StoredRule>> ruleHistory(const QString &ruleId) = 0;

    virtual Result<std::vector<AlertRecord>> alerts() = 0;
    /// Keeps the alerts' states and appends the transitions, in one transaction.
    virtual Result<void> recordEvaluation(const std::vector<AlertRecord> &states,
                                          const std::vector<alerts::Transition> &transitions)
        = 0;
    /// The newest transitions first (of one rule, or of all with an empty id).
    virtual Result<std::vector<StoredTransition>> transitions(const QString &ruleId, int limit) = 0;
    /// Acknowledges the rule's current alert; an error when it is not firing.
    virtual Result<void>
    acknowledge(const QString &ruleId, const QString &who, const QString &note, qint64 at) = 0;

    virtual Result<qint64> addSilence(const Silence &silence) = 0;
    /// Silences that have not ended by `at`.
    virtual Result<std::vector<Silence>> silences(qint64 at) = 0;
    virtual Result<void> endSilence(qint64 id, qint64 at) = 0;

    virtual Result<std::vector<StoredTarget>> targets() = 0;
    /// Replaces the targets with these (by URL).
    virtual Result<void> saveTargets(const std::vector<StoredTarget> &targets, const QString &who)
        = 0;
    /// Appends attempts to the delivery log (the newest 10,000 are kept).
    virtual Result<void> recordDeliveries(const std::vector<DeliveryRecord> &deliveries) = 0;
    /// The newest attempts first.
    virtual Result<std::vector<DeliveryRecord>> deliveries(int limit) = 0;
};

} // namespace paydeck::store
