#include "rules.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace paydeck::reconcile {

QJsonObject RuleSet::toJson() const
{
    return QJsonObject{
        {QStringLiteral("version"), version},
        {QStringLiteral("order"), QJsonArray::fromStringList(order)},
        {QStringLiteral("date_window_business_days"), dateWindowBusinessDays},
        {QStringLiteral("max_group_size"), maxGroupSize},
        {QStringLiteral("group_tolerance_minor"), groupToleranceMinor},
        {QStringLiteral("fx_tolerance_percent"), fxTolerancePercent},
        {QStringLiteral("min_truncated_reference"), minTruncatedReference},
        {QStringLiteral("provider_keywords"), QJsonArray::fromStringList(providerKeywords)},
    };
}

Result<RuleSet> RuleSet::fromJson(const QJsonObject &json)
{
    RuleSet rules;
    static const QStringList known = rules.order;
    if (json.contains(u"order")) {
        rules.order.clear();
        for (const auto &value : json.value(u"order").toArray()) {
            if (!known.contains(value.toString()))
                return makeError(
                    QCoreApplication::translate("RuleSet", "unknown rule \"%1\" (known: %2)")
                        .arg(value.toString(), known.join(QStringLiteral(", "))));
            rules.order.append(value.toString());
        }
    }
    rules.version = json.value(u"version").toInt(rules.version);
    rules.dateWindowBusinessDays
        = json.value(u"date_window_business_days").toInt(rules.dateWindowBusinessDays);
    rules.maxGroupSize = std::clamp(json.value(u"max_group_size").toInt(rules.maxGroupSize), 2, 6);
    rules.groupToleranceMinor
        = json.value(u"group_tolerance_minor").toInteger(rules.groupToleranceMinor);
    rules.fxTolerancePercent
        = json.value(u"fx_tolerance_percent").toDouble(rules.fxTolerancePercent);
    rules.minTruncatedReference
        = json.value(u"min_truncated_reference").toInt(rules.minTruncatedReference);
    if (json.contains(u"provider_keywords")) {
        rules.providerKeywords.clear();
        for (const auto &value : json.value(u"provider_keywords").toArray())
            rules.providerKeywords.append(value.toString());
    }
    if (rules.dateWindowBusinessDays < 0 || rules.dateWindowBusinessDays > 30)
        return makeError(QCoreApplication::translate(
            "RuleSet", "the date window must be 0 to 30 business days"));
    return rules;
}

} // namespace paydeck::reconcile
