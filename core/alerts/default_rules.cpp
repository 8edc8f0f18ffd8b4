// The rules a payments business wants watched out of the box.
#include "alert_rule.h"

#include <QCoreApplication>

namespace paydeck::alerts {

namespace {

constexpr qint64 kMinute = 60, kHour = 3600;

struct DefaultRule
{
    const char *id;
    const char *name;        // translated in the "QObject" context
    const char *description; // likewise
    Metric metric;
    qint64 window;
    Condition condition;
    double threshold;
    std::optional<double> clear;
    qint64 minimumVolume;
    qint64 pending;
    Severity severity;
    const char *team;
    const char *currency = ""; // the filter's, for amounts
    Handling noData = Handling::KeepLast;
};

// Rates and counts are judged by how many standard errors they stand from the same hour of the
// same weekday over four weeks (rule_reading.cpp). Payments are not independent coin tosses (one
// customer retries a declined card, disputes come in clusters), so an ordinary day reaches 4–5:
// the defaults fire at 5.5–6 and clear at half that. Card testing is a burst far beyond any
// outage's declines (dozens in minutes): 10. The machinery's rules are thresholds on its state
// now: a source down for 10 minutes, an hour behind, webhooks silent for 15 minutes while
// polling finds events, a payout the statements show did not arrive.
// One rule a row, its texts first, then metric, window, condition, threshold, clear threshold,
// minimum volume, pending, severity, team, currency, no-data handling.
// clang-format off
const DefaultRule kDefaults[] = {
    {"success_rate_drop",
     QT_TRANSLATE_NOOP("QObject", "Payment success rate dropped"),
     QT_TRANSLATE_NOOP("QObject", "Fewer payments succeed than usual for this hour."),
     Metric::SuccessRate, kHour, Condition::ZScoreBelow, 5.5, 2.5, 20, 5 * kMinute, Severity::Critical, "payments"},
    {"decline_spike",
     QT_TRANSLATE_NOOP("QObject", "Decline spike"),
     QT_TRANSLATE_NOOP("QObject", "More payments are declined than usual for this hour."),
     Metric::DeclineRate, kHour, Condition::ZScoreAbove, 5.5, 2.5, 20, 5 * kMinute, Severity::Warning, "payments"},
    {"card_testing",
     QT_TRANSLATE_NOOP("QObject", "Card-testing burst"),
     QT_TRANSLATE_NOOP("QObject", "A burst of declined payments in minutes: someone may be testing stolen cards."),
     Metric::DeclineCount, 15 * kMinute, Condition::ZScoreAbove, 10, 4, 0, 0, Severity::Critical, "fraud"},
    {"refund_spike",
     QT_TRANSLATE_NOOP("QObject", "Refund spike"),
     QT_TRANSLATE_NOOP("QObject", "More refunds than usual for this time of the week."),
     Metric::RefundRate, 6 * kHour, Condition::ZScoreAbove, 6, 3, 30, 30 * kMinute, Severity::Warning, "finance"},
    {"dispute_wave",
     QT_TRANSLATE_NOOP("QObject", "Dispute wave"),
     QT_TRANSLATE_NOOP("QObject", "More disputes opened in a day than usual."),
     Metric::DisputeCount, 24 * kHour, Condition::ZScoreAbove, 6, 3, 0, 0, Severity::Critical, "finance"},
    {"volume_drop",
     QT_TRANSLATE_NOOP("QObject", "Payment volume dropped"),
     QT_TRANSLATE_NOOP("QObject", "Far fewer payments than usual for this hour: checkout or a provider may be down."),
     Metric::ChargeCount, kHour, Condition::ZScoreBelow, 4, 2, 10, 15 * kMinute, Severity::Critical, "payments"},
    {"large_payment_usd",
     QT_TRANSLATE_NOOP("QObject", "Unusually large payment"),
     QT_TRANSLATE_NOOP("QObject", "A single payment above 4,000.00 USD."),
     Metric::LargePayment, 15 * kMinute, Condition::Above, 400000, std::nullopt, 1, 0, Severity::Info, "fraud", "USD"},
    {"source_down",
     QT_TRANSLATE_NOOP("QObject", "Source down"),
     QT_TRANSLATE_NOOP("QObject", "A source's sync keeps failing: its payments are not coming in."),
     Metric::SourceFailing, 0, Condition::Above, 0, std::nullopt, 0, 10 * kMinute, Severity::Critical, "operations", "", Handling::Normal},
    {"sync_lag",
     QT_TRANSLATE_NOOP("QObject", "Sync behind"),
     QT_TRANSLATE_NOOP("QObject", "A source has not synced successfully for over an hour."),
     Metric::SyncLag, 0, Condition::Above, kHour, std::nullopt, 0, 5 * kMinute, Severity::Warning, "operations", "", Handling::Normal},
    {"webhook_silence",
     QT_TRANSLATE_NOOP("QObject", "Webhooks silent"),
     QT_TRANSLATE_NOOP("QObject", "No webhook for 15 minutes while polling finds new events: the provider stopped sending them, or they do not reach Paydeck."),
     Metric::WebhookSilence, 0, Condition::Above, 15 * kMinute, std::nullopt, 0, 0, Severity::Warning, "operations", "", Handling::Normal},
    {"endpoint_errors",
     QT_TRANSLATE_NOOP("QObject", "Provider errors"),
     QT_TRANSLATE_NOOP("QObject", "A provider endpoint's breaker is open: it failed too often and is rested."),
     Metric::BreakersOpen, 0, Condition::Above, 0, std::nullopt, 0, 5 * kMinute, Severity::Warning, "operations", "", Handling::Normal},
    {"fraud_blocked",
     QT_TRANSLATE_NOOP("QObject", "Fraud blocked"),
     QT_TRANSLATE_NOOP("QObject", "The fraud rules blocked payments of the last hour: a card-testing burst or a ring may be at work. The fraud queue has them."),
     Metric::FraudBlocked, 0, Condition::Above, 0, std::nullopt, 0, 0, Severity::Warning, "fraud", "", Handling::Normal},
    {"fraud_card_testing",
     QT_TRANSLATE_NOOP("QObject", "Card testing"),
     QT_TRANSLATE_NOOP("QObject", "Cards were tried one after another within minutes in the last hour, from one IP or one card range (BIN): someone is testing stolen card numbers. The fraud queue has them."),
     Metric::FraudCardTesting, 0, Condition::Above, 0, std::nullopt, 0, 0, Severity::Critical, "fraud", "", Handling::Normal},
    {"payout_missing",
     QT_TRANSLATE_NOOP("QObject", "Payout missing"),
     QT_TRANSLATE_NOOP("QObject", "A payout is not on the bank statement although the statement reaches past the day it was due."),
     Metric::PayoutsMissing, 0, Condition::Above, 0, std::nullopt, 0, 0, Severity::Critical, "finance", "", Handling::Normal},
    {"payout_amount_differs",
     QT_TRANSLATE_NOOP("QObject", "Payout arrived with another amount"),
     QT_TRANSLATE_NOOP("QObject", "A payout's bank line is not the amount the provider paid out."),
     Metric::PayoutAmountDiffers, 0, Condition::Above, 0, std::nullopt, 0, 0, Severity::Warning, "finance", "", Handling::Normal},
    {"unmatched_bank_money",
     QT_TRANSLATE_NOOP("QObject", "Unmatched bank money"),
     QT_TRANSLATE_NOOP("QObject", "Bank lines reconciliation could not place on any payout."),
     Metric::UnmatchedBankLines, 0, Condition::Above, 0, std::nullopt, 0, 0, Severity::Warning, "finance", "", Handling::Normal},
};
// clang-format on

AlertRule ruleFrom(const DefaultRule &d)
{
    AlertRule r;
    r.id = QLatin1String(d.id);
    r.name = QCoreApplication::translate("QObject", d.name);
    r.description = QCoreApplication::translate("QObject", d.description);
    r.metric = d.metric;
    r.windowSeconds = d.window > 0 ? d.window : 60;
    r.condition = d.condition;
    r.threshold = d.threshold;
    r.clearThreshold = d.clear;
    r.minimumVolume = d.minimumVolume;
    r.pendingSeconds = d.pending;
    r.severity = d.severity;
    r.filter.currency = QLatin1String(d.currency);
    r.noData = d.noData;
    r.labels = {{u"team"_qs, QLatin1String(d.team)}, {u"rule"_qs, r.id}};
    return r;
}

} // namespace

std::vector<AlertRule> defaultAlertRules()
{
    std::vector<AlertRule> rules;
    for (const DefaultRule &d : kDefaults)
        rules.push_back(ruleFrom(d));
    return rules;
}

} // namespace paydeck::alerts
