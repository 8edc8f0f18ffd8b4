#include "charge_facts.h"

#include <simdjson.h>

#include <algorithm>
#include <cctype>

namespace paydeck::fraud {

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
        return char(std::tolower(c));
    });
    return text;
}

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
        return char(std::toupper(c));
    });
    return text;
}

std::string metadataText(simdjson::dom::object metadata, const std::string &key)
{
    std::string_view value;
    if (key.empty() || metadata[key].get(value) != simdjson::SUCCESS)
        return {};
    return std::string(value);
}

} // namespace

const std::vector<std::string> &chargeFactFields()
{
    static const std::vector<std::string> fields{"id",
                                                 "amount",
                                                 "currency",
                                                 "status",
                                                 "created",
                                                 "customer",
                                                 "email",
                                                 "card_country",
                                                 "card_last4",
                                                 "card_fingerprint",
                                                 "card_iin",
                                                 "risk_level",
                                                 "risk_score",
                                                 "metadata"};
    return fields;
}

ChargeFacts chargeFacts(const Charge &charge, qint64 sourceId, const MetadataKeys &keys)
{
    ChargeFacts facts;
    facts.id = charge.id;
    facts.sourceId = sourceId;
    facts.created = charge.created;
    facts.amount = charge.amount;
    facts.currency = lower(charge.currency);
    facts.declined = charge.status == "failed";
    facts.cardFingerprint = charge.cardFingerprint;
    facts.cardLast4 = charge.cardLast4;
    facts.cardCountry = upper(charge.cardCountry);
    facts.cardBin = charge.cardIin;
    facts.email = lower(charge.email);
    facts.customer = charge.customer;
    facts.providerRiskScore = charge.riskScore;
    facts.providerRiskLevel = charge.riskLevel;
    if (charge.metadataJson.size() > 2) {
        // One parser per thread: scoring a million charges parses a million small objects.
        thread_local simdjson::dom::parser parser;
        simdjson::dom::object metadata;
        if (parser.parse(charge.metadataJson).get(metadata) == simdjson::SUCCESS) {
            facts.ip = metadataText(metadata, keys.ip);
            facts.ipCountry = upper(metadataText(metadata, keys.ipCountry));
        }
    }
    return facts;
}

} // namespace paydeck::fraud
