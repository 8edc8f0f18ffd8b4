#include "fraud_backtest.h"

namespace paydeck::fraud {

void Confusion::add(bool flagged, bool fraud)
{
    if (flagged)
        ++(fraud ? truePositives : falsePositives);
    else
        ++(fraud ? falseNegatives : trueNegatives);
}

double Confusion::precision() const
{
    const qint64 flagged = truePositives + falsePositives;
    return flagged == 0 ? 0.0 : double(truePositives) / double(flagged);
}

double Confusion::recall() const
{
    const qint64 fraud = truePositives + falseNegatives;
    return fraud == 0 ? 0.0 : double(truePositives) / double(fraud);
}

Result<FraudBacktest> backtest(store::Session &db,
                               qint64 from,
                               qint64 to,
                               const FraudRuleSet &rules,
                               const FraudLabels &labels,
                               const MetadataKeys &keys)
{
    FraudBacktest out;
    out.perRule.resize(rules.rules().size());
    auto scored = scoreHistory(
        db,
        from,
        to,
        [&](const ScoredCharge &charge) {
            const ChargeFacts &c = charge.facts;
            const bool fraud = labels.of(c.id).value_or(false);
            const RuleVerdict verdict = rules.judge(charge);
            const bool flagged = verdict.action != Action::Allow;
            ++out.charges;
            out.reviewed += verdict.action == Action::Review;
            out.blocked += verdict.action == Action::Block;
            if (verdict.rule)
                out.perRule[size_t(verdict.rule - rules.rules().data())].add(true, fraud);
            out.scoring.add(flagged, fraud);
            out.baseline.add(c.providerRiskLevel == "elevated" || c.providerRiskLevel == "highest",
                             fraud);
            if (flagged && !c.declined) {
                out.flaggedAmount[c.currency] += c.amount;
                if (fraud)
                    out.caughtFraudAmount[c.currency] += c.amount;
            }
            return true;
        },
        keys);
    if (!scored)
        return makeError(scored.error());
    return out;
}

} // namespace paydeck::fraud
