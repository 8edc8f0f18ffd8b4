#include "alert_rule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>

#include <cmath>
#include <set>

namespace paydeck::alerts {

namespace {

template<typename E, size_t N>
std::optional<E> fromName(const char *const (&names)[N], const QString &name)
{
    for (size_t i = 0; i < N; ++i) {
        if (name == QLatin1String(names[i]))
            return E(i);
    }
    return std::nullopt;
}

const char *const kMetrics[] = {
    "success_rate",        "decline_rate",     "decline_count",         "charge_count",
    "charge_volume",       "refund_rate",      "dispute_count",         "dispute_rate",
    "large_payment",       "sync_lag_seconds", "sources_failing",       "webhook_silence_seconds",
    "endpoint_error_rate", "breakers_open",    "unmatched_bank_amount", "unmatched_bank_lines",
    "open_exceptions",     "payouts_late",     "payouts_missing",       "payout_amount_differs",
    "fraud_reviews_open",  "fraud_blocked",    "fraud_max_score",       "fraud_card_testing"};
const char *const kConditions[] = {
    "above", "below", "drop_below_baseline", "rise_above_baseline", "zscore_above", "zscore_below"};
const char *const kSeverities[] = {"info", "warning", "critical"};
const char *const kHandlings[] = {"no_data", "normal", "keep_last", "firing"};

const QStringList kKnownKeys{u"id"_qs,
                             u"name"_qs,
                             u"description"_qs,
                             u"enabled"_qs,
                             u"metric"_qs,
                             u"filter"_qs,
                             u"window_seconds"_qs,
                             u"condition"_qs,
                             u"threshold"_qs,
                             u"clear_threshold"_qs,
                             u"baseline_weeks"_qs,
                             u"minimum_volume"_qs,
                             u"pending_seconds"_qs,
                             u"interval_seconds"_qs,
                             u"severity"_qs,
                             u"labels"_qs,
                             u"no_data"_qs,
                             u"error"_qs,
                             u"version"_qs};
const QStringList kFilterKeys{
    u"source_id"_qs, u"currency"_qs, u"method"_qs, u"country"_qs, u"decline_code"_qs};

/// Reads one rule's fields, remembering the first problem (field and why).
class RuleReader
{
public:
    explicit RuleReader(const QJsonObject &object) : m_object(object) {}
    QString problem() const { return m_problem; }

    QString text(const QString &key, bool required, const QString &fallback = {})
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required)
            return fallback;
        if (!v.isString() || (required && v.toString().isEmpty()))
            fail(key, QObject::tr("must be a text"));
        return v.toString();
    }
    double number(const QString &key, bool required, double fallback = 0)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !required)
            return fallback;
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            fail(key, QObject::tr("must be a finite number"));
        return v.toDouble();
    }
    qint64 whole(const QString &key, qint64 fallback, qint64 least)
    {
        const double value = number(key, false, double(fallback));
        // (compared so that NaN fails too; converted only when it fits: found by fuzzing)
        if (!(value == std::floor(value) && value >= double(least) && value <= 1e12)) {
            fail(key, QObject::tr("must be a whole number of at least %1").arg(least));
            return fallback;
        }
        return qint64(value);
    }
    template<typename E, size_t N>
    E named(const QString &key, const char *const (&names)[N], std::optional<E> fallback)
    {
        if (m_object.value(key).isUndefined() && fallback)
            return *fallback;
        const QString value = text(key, true);
        if (const auto found = fromName<E>(names, value))
            return *found;
        QStringList allowed;
        for (const char *name : names)
            allowed << QLatin1String(name);
        fail(key, QObject::tr("\"%1\" is none of %2").arg(value, allowed.join(u", ")));
        return E{};
    }
    void fail(const QString &key, const QString &why)
    {
        if (m_problem.isEmpty())
            m_problem = QObject::tr("field \"%1\" %2").arg(key, why);
    }

private:
    const QJsonObject &m_object;
    QString m_problem;
};

RuleFilter readFilter(const QJsonValue &value, RuleReader &reader)
{
    RuleFilter filter;
    if (value.isUndefined())
        return filter;
    if (!value.isObject()) {
        reader.fail(u"filter"_qs, QObject::tr("must be an object"));
        return filter;
    }
    const QJsonObject object = value.toObject();
    for (const QString &key : object.keys()) {
        if (!kFilterKeys.contains(key))
            reader.fail(u"filter."_qs + key, QObject::tr("is not a filter this rule knows"));
    }
    RuleReader inner(object);
    filter.sourceId = inner.whole(u"source_id"_qs, 0, 0);
    filter.currency = inner.text(u"currency"_qs, false).toUpper();
    filter.method = inner.text(u"method"_qs, false);
    filter.country = inner.text(u"country"_qs, false).toUpper();
    filter.declineCode = inner.text(u"decline_code"_qs, false);
    if (!filter.currency.isEmpty()
        && !QRegularExpression(u"^[A-Z]{3}$"_qs).match(filter.currency).hasMatch())
        inner.fail(u"currency"_qs, QObject::tr("must be an ISO 4217 code"));
    if (!inner.problem().isEmpty())
        reader.fail(u"filter"_qs, inner.problem());
    return filter;
}

AlertRule readRule(const QJsonObject &object, RuleReader &reader)
{
    for (const QString &key : object.keys()) {
        if (!kKnownKeys.contains(key))
            reader.fail(key, QObject::tr("is not a field of a rule"));
    }
    AlertRule rule;
    rule.id = reader.text(u"id"_qs, true);
    if (!QRegularExpression(u"^[a-z0-9_-]{1,64}$"_qs).match(rule.id).hasMatch())
        reader.fail(u"id"_qs, QObject::tr("must be 1–64 of a–z, 0–9, _ and -"));
    rule.name = reader.text(u"name"_qs, false, rule.id);
    rule.description = reader.text(u"description"_qs, false);
    const QJsonValue enabled = object.value(u"enabled"_qs);
    if (!enabled.isUndefined() && !enabled.isBool())
        reader.fail(u"enabled"_qs, QObject::tr("must be true or false"));
    rule.enabled = enabled.toBool(true);
    rule.metric = reader.named<Metric>(u"metric"_qs, kMetrics, std::nullopt);
    rule.filter = readFilter(object.value(u"filter"_qs), reader);
    // A state is judged as it is now: its rules need no window (one given is kept, unused).
    rule.windowSeconds = isOperational(rule.metric) && !object.contains(u"window_seconds"_qs)
                             ? 60
                             : reader.whole(u"window_seconds"_qs, 0, 60);
    rule.condition = reader.named<Condition>(u"condition"_qs, kConditions, std::nullopt);
    rule.threshold = reader.number(u"threshold"_qs, true);
    if (object.contains(u"clear_threshold"_qs))
        rule.clearThreshold = reader.number(u"clear_threshold"_qs, true);
    rule.baselineWeeks = int(reader.whole(u"baseline_weeks"_qs, 4, 1));
    rule.minimumVolume = reader.whole(u"minimum_volume"_qs, 0, 0);
    rule.pendingSeconds = reader.whole(u"pending_seconds"_qs, 0, 0);
    rule.intervalSeconds = reader.whole(u"interval_seconds"_qs, 60, 10);
    rule.severity = reader.named<Severity>(u"severity"_qs, kSeverities, Severity::Warning);
    rule.noData = reader.named<Handling>(u"no_data"_qs, kHandlings, Handling::KeepLast);
    rule.error = reader.named<Handling>(u"error"_qs, kHandlings, Handling::NoData);
    rule.version = int(reader.whole(u"version"_qs, 1, 1));
    const QJsonValue labels = object.value(u"labels"_qs);
    if (!labels.isUndefined() && !labels.isObject())
        reader.fail(u"labels"_qs, QObject::tr("must be an object of texts"));
    const QJsonObject labelObject = labels.toObject();
    for (auto it = labelObject.begin(); it != labelObject.end(); ++it) {
        if (!it.value().isString())
            reader.fail(u"labels."_qs + it.key(), QObject::tr("must be a text"));
        rule.labels.insert(it.key(), it.value().toString());
    }
    // What the fields mean together.
    if (isOperational(rule.metric) && rule.usesBaseline())
        reader.fail(u"condition"_qs,
                    QObject::tr("must be above or below: %1 is judged on its state now, which "
                                "has no history to compare with")
                        .arg(QLatin1String(metricName(rule.metric))));
    if (rule.metric == Metric::ChargeVolume || rule.metric == Metric::LargePayment
        || rule.metric == Metric::UnmatchedBankAmount) {
        if (rule.filter.currency.isEmpty())
            reader.fail(u"filter.currency"_qs,
                        QObject::tr("is needed: amounts of different currencies do not add up"));
    }
    if (isRate(rule.metric)
        && (rule.condition == Condition::Above || rule.condition == Condition::Below)
        && (rule.threshold < 0 || rule.threshold > 1))
        reader.fail(u"threshold"_qs, QObject::tr("is a rate: between 0 and 1"));
    if (rule.threshold < 0)
        reader.fail(u"threshold"_qs, QObject::tr("must not be negative"));
    return rule;
}

QJsonObject ruleJson(const AlertRule &rule)
{
    QJsonObject filter;
    if (rule.filter.sourceId != 0)
        filter.insert(u"source_id"_qs, double(rule.filter.sourceId));
    const auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            filter.insert(QLatin1String(key), value);
    };
    put("currency", rule.filter.currency);
    put("method", rule.filter.method);
    put("country", rule.filter.country);
    put("decline_code", rule.filter.declineCode);
    QJsonObject labels;
    for (auto it = rule.labels.begin(); it != rule.labels.end(); ++it)
        labels.insert(it.key(), it.value());
    QJsonObject out{{u"id"_qs, rule.id},
                    {u"name"_qs, rule.name},
                    {u"enabled"_qs, rule.enabled},
                    {u"metric"_qs, QLatin1String(metricName(rule.metric))},
                    {u"filter"_qs, filter},
                    {u"window_seconds"_qs, double(rule.windowSeconds)},
                    {u"condition"_qs, QLatin1String(conditionName(rule.condition))},
                    {u"threshold"_qs, rule.threshold},
                    {u"baseline_weeks"_qs, rule.baselineWeeks},
                    {u"minimum_volume"_qs, double(rule.minimumVolume)},
                    {u"pending_seconds"_qs, double(rule.pendingSeconds)},
                    {u"interval_seconds"_qs, double(rule.intervalSeconds)},
                    {u"severity"_qs, QLatin1String(severityName(rule.severity))},
                    {u"labels"_qs, labels},
                    {u"no_data"_qs, QLatin1String(handlingName(rule.noData))},
                    {u"error"_qs, QLatin1String(handlingName(rule.error))},
                    {u"version"_qs, rule.version}};
    if (!rule.description.isEmpty())
        out.insert(u"description"_qs, rule.description);
    if (rule.clearThreshold)
        out.insert(u"clear_threshold"_qs, *rule.clearThreshold);
    return out;
}

} // namespace

const char *metricName(Metric metric)
{
    return kMetrics[int(metric)];
}

const char *conditionName(Condition condition)
{
    return kConditions[int(condition)];
}

const char *severityName(Severity severity)
{
    return kSeverities[int(severity)];
}

const char *handlingName(Handling handling)
{
    return kHandlings[int(handling)];
}

bool isRate(Metric metric)
{
    return metric == Metric::SuccessRate || metric == Metric::DeclineRate
           || metric == Metric::RefundRate || metric == Metric::DisputeRate
           || metric == Metric::EndpointErrorRate;
}

Concern concernOf(Metric metric)
{
    switch (metric) {
    case Metric::PayoutsLate:
    case Metric::PayoutsMissing:
    case Metric::PayoutAmountDiffers:
        return Concern::Payouts;
    case Metric::UnmatchedBankAmount:
    case Metric::UnmatchedBankLines:
    case Metric::OpenExceptions:
        return Concern::Reconciliation;
    case Metric::FraudReviewsOpen:
    case Metric::FraudBlocked:
    case Metric::FraudMaxScore:
    case Metric::FraudCardTesting:
        return Concern::Fraud;
    case Metric::SyncLag:
    case Metric::SourceFailing:
    case Metric::WebhookSilence:
    case Metric::EndpointErrorRate:
    case Metric::BreakersOpen:
        return Concern::Sources;
    default:
        return Concern::Payments;
    }
}

bool isOperational(Metric metric)
{
    return int(metric) >= int(Metric::SyncLag);
}

Result<std::vector<AlertRule>> parseAlertRules(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isNull())
        return makeError(QObject::tr("%1: not JSON (%2 at byte %3)")
                             .arg(origin, error.errorString())
                             .arg(error.offset));
    QJsonArray array;
    if (document.isArray())
        array = document.array();
    else if (document.object().value(u"rules"_qs).isArray())
        array = document.object().value(u"rules"_qs).toArray();
    else
        return makeError(QObject::tr("%1: not a rule file (no \"rules\" array)").arg(origin));
    std::vector<AlertRule> rules;
    std::set<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject())
            return makeError(QObject::tr("%1: rule %2 is not an object").arg(origin).arg(i + 1));
        const QJsonObject object = array[i].toObject();
        RuleReader reader(object);
        AlertRule rule = readRule(object, reader);
        const QString name = object.value(u"id"_qs).toString().isEmpty()
                                 ? QObject::tr("rule %1").arg(i + 1)
                                 : QObject::tr("rule %1 (\"%2\")")
                                       .arg(i + 1)
                                       .arg(object.value(u"id"_qs).toString());
        if (!reader.problem().isEmpty())
            return makeError(QObject::tr("%1: %2: %3").arg(origin, name, reader.problem()));
        if (!ids.insert(rule.id).second)
            return makeError(
                QObject::tr("%1: %2: field \"id\" is used by an earlier rule").arg(origin, name));
        rules.push_back(std::move(rule));
    }
    return rules;
}

QByteArray alertRuleJson(const AlertRule &rule)
{
    return QJsonDocument(ruleJson(rule)).toJson(QJsonDocument::Compact);
}

Result<AlertRule> parseAlertRule(const QByteArray &json, const QString &origin)
{
    auto rules = parseAlertRules("[" + json + "]", origin);
    if (!rules)
        return makeError(rules.error());
    if (rules.value().size() != 1)
        return makeError(QObject::tr("%1: not one rule").arg(origin));
    return std::move(rules.value().front());
}

QByteArray alertRulesJson(const std::vector<AlertRule> &rules)
{
    QJsonArray array;
    for (const AlertRule &rule : rules)
        array.append(ruleJson(rule));
    return QJsonDocument(QJsonObject{{u"rules"_qs, array}}).toJson(QJsonDocument::Indented);
}

} // namespace paydeck::alerts
