#include "rule_attributes.h"

#include "domain/currency.h"
#include "fraud_rules.h"

#include <QRegularExpression>

#include <algorithm>
#include <cctype>
#include <map>

namespace paydeck::fraud {

RuleValue RuleValue::of(std::string t)
{
    if (t.empty())
        return {};
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::tolower(c); });
    return {Kind::Text, 0, std::move(t)};
}

namespace {

RuleValue flag(bool value)
{
    return RuleValue::of(value ? 1.0 : 0.0);
}

double majorUnits(const ChargeFacts &c)
{
    const auto currency = Currency::fromCode(std::string_view(c.currency));
    double factor = 1;
    for (int i = 0; currency && i < currency->exponent(); ++i)
        factor *= 10;
    return double(c.amount) / factor;
}

RuleValue ratio(qint64 amount, qint64 usual)
{
    return usual > 0 ? RuleValue::of(double(amount) / double(usual)) : RuleValue{};
}

const std::map<std::string, AttributeReader> &plainAttributes()
{
    using S = const ScoredCharge &;
    static const std::map<std::string, AttributeReader> attributes{
        {"amount",
         [](S s) {
             return RuleValue::of(majorUnits(s.facts));
         }},
        {"amount_eur",
         [](S s) {
             return s.amountEur ? RuleValue::of(*s.amountEur) : RuleValue{};
         }},
        {"amount_minor",
         [](S s) {
             return RuleValue::of(double(s.facts.amount));
         }},
        {"currency",
         [](S s) {
             return RuleValue::of(s.facts.currency);
         }},
        {"card_country",
         [](S s) {
             return RuleValue::of(s.facts.cardCountry);
         }},
        {"ip_country",
         [](S s) {
             return RuleValue::of(s.facts.ipCountry);
         }},
        {"email",
         [](S s) {
             return RuleValue::of(s.facts.email);
         }},
        {"ip",
         [](S s) {
             return RuleValue::of(s.facts.ip);
         }},
        {"card_fingerprint",
         [](S s) {
             return RuleValue::of(s.facts.cardFingerprint);
         }},
        {"card_last4",
         [](S s) {
             return RuleValue::of(s.facts.cardLast4);
         }},
        {"card_bin",
         [](S s) {
             return RuleValue::of(s.facts.cardBin);
         }},
        {"customer",
         [](S s) {
             return RuleValue::of(s.facts.customer);
         }},
        {"declined",
         [](S s) {
             return flag(s.facts.declined);
         }},
        {"risk_score",
         [](S s) {
             return RuleValue::of(double(s.risk.score));
         }},
        {"provider_risk_score",
         [](S s) {
             return s.facts.providerRiskScore < 0
                        ? RuleValue{}
                        : RuleValue::of(double(s.facts.providerRiskScore));
         }},
        {"provider_risk_level",
         [](S s) {
             return RuleValue::of(s.facts.providerRiskLevel);
         }},
        {"is_new_card",
         [](S s) {
             return flag(s.features.card.newAt(s.facts.created));
         }},
        {"is_new_email",
         [](S s) {
             return flag(s.features.email.newAt(s.facts.created));
         }},
        {"is_new_customer",
         [](S s) {
             return flag(s.features.customer.newAt(s.facts.created));
         }},
        {"card_new_for_customer",
         [](S s) {
             return flag(s.features.cardNewForCustomer);
         }},
        {"country_new_for_customer",
         [](S s) {
             return flag(s.features.countryNewForCustomer);
         }},
        {"customer_payments",
         [](S s) {
             return RuleValue::of(double(s.features.customerPayments));
         }},
        {"amount_vs_usual",
         [](S s) {
             return ratio(s.facts.amount, s.features.currencyTypicalAmount);
         }},
        {"amount_vs_customer_habit",
         [](S s) {
             return ratio(s.facts.amount, s.features.customerTypicalAmount);
         }},
    };
    return attributes;
}

/// `:<count>_per_<entity>_<window>:`: charges, declines and small_charges of any entity; the
/// distinct other cards of an e-mail, IP, customer or BIN; the distinct other e-mails of a card.
std::optional<AttributeReader> velocityReader(const std::string &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(charges|declines|small_charges|cards|emails)_per_"
                       "(card|email|ip|customer|bin)_(10m|1h|24h|7d)$"));
    const auto match = pattern.match(QString::fromStdString(name));
    if (!match.hasMatch())
        return std::nullopt;
    const QString count = match.captured(1), of = match.captured(2);
    if ((count == u"cards" && of == u"card") || (count == u"emails" && of != u"card"))
        return std::nullopt;
    // Resolved once here, so that judging a charge compares no names.
    static const std::map<QString, EntityFeatures Features::*> entities{
        {QStringLiteral("card"), &Features::card},
        {QStringLiteral("email"), &Features::email},
        {QStringLiteral("ip"), &Features::ip},
        {QStringLiteral("customer"), &Features::customer},
        {QStringLiteral("bin"), &Features::bin}};
    static const std::map<QString, int WindowCounts::*> counters{
        {QStringLiteral("charges"), &WindowCounts::charges},
        {QStringLiteral("declines"), &WindowCounts::declines},
        {QStringLiteral("small_charges"), &WindowCounts::small},
        {QStringLiteral("cards"), &WindowCounts::partners},
        {QStringLiteral("emails"), &WindowCounts::partners}};
    static const std::map<QString, Window> windows{{QStringLiteral("10m"), TenMinutes},
                                                   {QStringLiteral("1h"), OneHour},
                                                   {QStringLiteral("24h"), OneDay},
                                                   {QStringLiteral("7d"), OneWeek}};
    const auto entity = entities.at(of);
    const auto counter = counters.at(count);
    const Window window = windows.at(match.captured(3));
    return [entity, counter, window](const ScoredCharge &s) {
        return RuleValue::of(double((s.features.*entity).windows[size_t(window)].*counter));
    };
}

} // namespace

std::optional<AttributeReader> attributeReader(const std::string &name)
{
    const auto &plain = plainAttributes();
    if (const auto it = plain.find(name); it != plain.end())
        return it->second;
    return velocityReader(name);
}

QStringList attributeNames()
{
    QStringList names;
    for (const auto &[name, reader] : plainAttributes())
        names << QString::fromStdString(name);
    names << QStringLiteral(
        "<charges|declines|small_charges>_per_<card|email|ip|customer|bin>_<10m|1h|24h|7d>")
          << QStringLiteral("cards_per_<email|ip|customer|bin>_<window>")
          << QStringLiteral("emails_per_card_<window>");
    return names;
}

} // namespace paydeck::fraud
