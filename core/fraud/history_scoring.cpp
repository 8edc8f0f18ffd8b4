#include "history_scoring.h"

#include "domain/money.h"
#include "store/fx_repository.h"
#include "store/object_repository.h"
#include "store/session.h"
#include "velocity.h"

#include <QDateTime>

#include <limits>

namespace paydeck::fraud {

QString actionName(Action action)
{
    switch (action) {
    case Action::Allow:
        return QStringLiteral("allow");
    case Action::Review:
        return QStringLiteral("review");
    case Action::Block:
        return QStringLiteral("block");
    }
    return {};
}

Action defaultAction(int score)
{
    if (score >= 85)
        return Action::Block;
    if (score >= 65)
        return Action::Review;
    return Action::Allow;
}

Result<fx::FxTable> storedRates(store::Session &db)
{
    auto rates = db.fx().allRates();
    if (!rates)
        return makeError(rates.error());
    fx::FxTable table;
    table.add(rates.value());
    return table;
}

void convertToEur(ScoredCharge &charge, const fx::FxTable &rates)
{
    charge.amountEur.reset();
    const auto currency = Currency::fromCode(std::string_view(charge.facts.currency));
    const auto euro = Currency::fromCode(std::string_view("eur"));
    if (!currency || !euro)
        return;
    const QDate day = QDateTime::fromSecsSinceEpoch(charge.facts.created, Qt::UTC).date();
    const auto converted = *currency == *euro
                               ? std::optional<fx::Conversion>(
                                   fx::Conversion{Money(charge.facts.amount, *euro), day, {}, {}})
                               : rates.convert(Money(charge.facts.amount, *currency), *euro, day);
    if (converted)
        charge.amountEur = double(converted->amount.minorUnits()) / 100.0;
}

void scoreCharge(ScoredCharge &scored, const VelocityTracker &tracker, const fx::FxTable &rates)
{
    scored.features = tracker.features(scored.facts);
    scored.risk = assessRisk(scored.facts, scored.features);
    scored.action = defaultAction(scored.risk.score);
    convertToEur(scored, rates);
}

Result<void> scoreHistory(store::Session &db,
                          qint64 from,
                          qint64 to,
                          const std::function<bool(const ScoredCharge &)> &each,
                          const MetadataKeys &keys)
{
    auto rates = storedRates(db);
    if (!rates)
        return makeError(rates.error());
    VelocityTracker tracker;
    ScoredCharge scored;
    return db.objects().scanCharges(
        std::numeric_limits<qint64>::min(), to, [&](qint64 sourceId, Charge &&charge) {
            scored.facts = chargeFacts(charge, sourceId, keys);
            if (scored.facts.created >= from) {
                scoreCharge(scored, tracker, rates.value());
                if (!each(scored))
                    return false;
            }
            tracker.add(scored.facts);
            return true;
        });
}

} // namespace paydeck::fraud
