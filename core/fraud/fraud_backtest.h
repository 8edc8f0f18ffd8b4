#pragma once

// How a way of flagging charges would have done on the stored history, against the labels
// known: precision (of the flagged, how many were fraud) and recall (of the fraud, how much was
// flagged), beside the baseline of trusting the provider's own risk level (Stripe's "elevated"
// or "highest").

#include "fraud_labels.h"
#include "fraud_rules.h"
#include "history_scoring.h"

#include <map>
#include <string>

namespace paydeck::fraud {

struct Confusion
{
    qint64 truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0;
    void add(bool flagged, bool fraud);
    /// 0 when nothing was flagged (or nothing was fraud): no evidence is no success.
    double precision() const;
    double recall() const;
};

struct FraudBacktest
{
    qint64 charges = 0;
    qint64 reviewed = 0, blocked = 0;
    Confusion scoring;  // review or block counts as flagged
    Confusion baseline; // the provider's risk level elevated or highest
    /// Money of the flagged charges that went through, per currency (minor units): what a
    /// review would have held back.
    std::map<std::string, qint64> flaggedAmount;
    /// … and of those, the money that was fraud.
    std::map<std::string, qint64> caughtFraudAmount;
    /// Per rule (by its index in the set): the charges it decided, and of those the fraud.
    std::vector<Confusion> perRule;
};

/// Scores [from, to) as scoreHistory does, judges each charge by `rules`, and compares with
/// `labels`; an unlabelled charge counts as genuine.
Result<FraudBacktest> backtest(store::Session &db,
                               qint64 from,
                               qint64 to,
                               const FraudRuleSet &rules,
                               const FraudLabels &labels,
                               const MetadataKeys &keys = {});

} // namespace paydeck::fraud
