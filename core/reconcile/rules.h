#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <QStringList>

namespace paydeck::reconcile {

/// The matching rules, applied in `order`. Stored with every run and match (as `version`), so an
/// explanation can always be traced to the rules that produced it.
struct RuleSet
{
    /// Bumped whenever the defaults or the meaning of a rule change.
    static constexpr int kDefaultVersion = 1;

    int version = kDefaultVersion;
    /// Rule names: reference, amount_date, fee_aware, many_to_one, one_to_many, fx.
    QStringList order = {QStringLiteral("reference"),
                         QStringLiteral("amount_date"),
                         QStringLiteral("fee_aware"),
                         QStringLiteral("many_to_one"),
                         QStringLiteral("one_to_many"),
                         QStringLiteral("fx")};
    /// A bank line may be booked this many business days after the payout's arrival date (and
    /// one calendar day before); a ledger entry this many business days from its charge.
    int dateWindowBusinessDays = 3;
    /// Largest group for one-to-many and many-to-one matches.
    int maxGroupSize = 4;
    /// Accepted difference of a group's sum, in minor units (0: exact).
    qint64 groupToleranceMinor = 0;
    /// Accepted distance between an instructed amount and the payout for cross-currency lines.
    double fxTolerancePercent = 0.5;
    /// A reference cut off by the bank still identifies its payout when at least this many
    /// characters of it remain and they fit exactly one payout.
    int minTruncatedReference = 10;
    /// Bank lines whose text contains one of these are the provider's; only they are reported
    /// when nothing matches them (an account has other traffic too).
    QStringList providerKeywords = {QStringLiteral("STRIPE")};

    bool enabled(const char *rule) const { return order.contains(QLatin1String(rule)); }
    QJsonObject toJson() const;
    static Result<RuleSet> fromJson(const QJsonObject &json);
};

} // namespace paydeck::reconcile
