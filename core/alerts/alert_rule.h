#pragma once

// An alert rule: what to measure (a metric over a window, filtered), when that is bad (a
// threshold, or a departure from what is normal for the hour), how sure to be before saying so
// (a minimum volume, a pending period) and when it is good again (a separate clear condition:
// hysteresis). Rules are kept as JSON that a team can version (alertRulesJson, parseAlertRules).

#include "util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <vector>

namespace paydeck::alerts {

enum class Metric {
    SuccessRate,  // taken / (taken + declined) charges
    DeclineRate,  // declined / (taken + declined); with a decline code: that code's share
    DeclineCount, // declined charges (with a decline code: of that code)
    ChargeCount,  // charges attempted
    ChargeVolume, // amount taken, in the filter's currency (minor units)
    RefundRate,   // refunds created / charges taken in the window
    DisputeCount, // disputes opened
    DisputeRate,  // disputes opened / charges taken in the window
    LargePayment, // the largest single charge taken, in the filter's currency (minor units)
    // The machinery, judged on its state now (no window, no baseline; see OperationsState):
    SyncLag,             // seconds since the least current source last synced successfully
    SourceFailing,       // sources whose last sync attempt failed
    WebhookSilence,      // seconds without a webhook while polling found newer events
    EndpointErrorRate,   // the worst endpoint's share of failed requests (0…1)
    BreakersOpen,        // endpoints whose circuit breaker is open
    UnmatchedBankAmount, // bank money reconciliation could not place, in the filter's currency
    UnmatchedBankLines,  // bank lines reconciliation could not place
    OpenExceptions,      // reconciliation exceptions not yet resolved
    PayoutsLate,         // payouts past their latest usual bank day, statements not yet that far
    PayoutsMissing,      // payouts the statements show did not arrive
    PayoutAmountDiffers, // payouts that arrived with another amount
    FraudReviewsOpen,    // charges fraud scoring queued that nobody has decided yet
    FraudBlocked,        // charges created in the last hour that the fraud rules blocked
    FraudMaxScore,       // the highest fraud score of the charges queued from the last hour (a
                         // charge below the review threshold is not queued: 0 then)
    FraudCardTesting,    // charges of the last hour queued as card testing (from an IP or a BIN)
};

enum class Condition {
    Above,             // value > threshold
    Below,             // value < threshold
    DropBelowBaseline, // (baseline − value) / baseline ≥ threshold (a relative drop, 0.3 = 30 %)
    RiseAboveBaseline, // (value − baseline) / baseline ≥ threshold
    ZScoreAbove,       // how many standard errors above the baseline (binomial for rates, Poisson
    ZScoreBelow,       // for counts): ≥ threshold, or ≤ −threshold
};

/// What a rule does when it cannot judge: too little volume or no baseline (NoData), or a
/// metric it cannot read (Error). As Grafana's noDataState / execErrState.
enum class Handling { NoData, Normal, KeepLast, Firing };

enum class Severity { Info, Warning, Critical };

struct RuleFilter
{
    qint64 sourceId = 0; // 0: every source
    QString currency;    // ISO 4217, upper case; empty: all
    QString method;      // card brand
    QString country;     // card country
    QString declineCode; // a charge's failure code
};

struct AlertRule
{
    QString id;   // stable, [a-z0-9_-]
    QString name; // shown to people
    QString description;
    bool enabled = true;
    Metric metric = Metric::SuccessRate;
    RuleFilter filter;
    qint64 windowSeconds = 3600;
    Condition condition = Condition::Above;
    double threshold = 0;
    /// Hysteresis: a firing alert clears only when this is no longer met (same comparison as the
    /// condition: for Above, value > clearThreshold keeps it firing). Unset: the threshold.
    std::optional<double> clearThreshold;
    int baselineWeeks = 4;     // the same window 1…N weeks earlier
    qint64 minimumVolume = 0;  // the metric's denominator (or count) below which it does not judge
    qint64 pendingSeconds = 0; // "for": breached this long before it fires
    qint64 intervalSeconds = 60; // evaluated this often
    Severity severity = Severity::Warning;
    QMap<QString, QString> labels;
    Handling noData = Handling::KeepLast;
    Handling error = Handling::NoData;
    int version = 1; // raised by each change a user saves

    bool usesBaseline() const
    {
        return condition != Condition::Above && condition != Condition::Below;
    }
    /// The threshold that clears it once firing.
    double clearsAt() const { return clearThreshold.value_or(threshold); }
};

const char *metricName(Metric metric);
const char *conditionName(Condition condition);
const char *severityName(Severity severity);
const char *handlingName(Handling handling);
/// Whether the metric is a rate (0…1) rather than a count or an amount.
bool isRate(Metric metric);
/// Where a person looks into what a metric watches: the payments behind it, or the screen of the
/// machinery (the payouts' bank days, reconciliation's open items, the sources' sync).
enum class Concern { Payments, Payouts, Reconciliation, Sources, Fraud };
Concern concernOf(Metric metric);
/// Whether the metric is the machinery's state now rather than payments over a window: judged
/// with a threshold only, and not backtested (no history of it is kept).
bool isOperational(Metric metric);

/// Reads a rule file (a JSON object with a "rules" array, or the array itself). Refused as a
/// whole, naming the rule and the field, when anything is wrong: an unknown metric or key, a
/// wrong type, a window of 0, a threshold that is not a finite number, a duplicate id.
Result<std::vector<AlertRule>> parseAlertRules(const QByteArray &json, const QString &origin);
/// The rules as a file that reads back to the same rules (stable key order, for diffs).
QByteArray alertRulesJson(const std::vector<AlertRule> &rules);
/// One rule as compact JSON (how the store keeps it), and back.
QByteArray alertRuleJson(const AlertRule &rule);
Result<AlertRule> parseAlertRule(const QByteArray &json, const QString &origin);

/// What a payments business wants watched out of the box, judged against the same hour of the
/// same weekday over the last weeks: an ordinary day raises nothing.
std::vector<AlertRule> defaultAlertRules();

} // namespace paydeck::alerts
