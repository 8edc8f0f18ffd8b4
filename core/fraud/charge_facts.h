#pragma once

// What fraud scoring reads of a charge: who paid (card, e-mail, IP, customer), how much, when,
// and what happened. Drawn from the store's charges of every source, so that velocity counts see
// traffic no single provider sees.

#include "domain/objects.h"

#include <QtGlobal>

#include <string>
#include <vector>

namespace paydeck::fraud {

struct ChargeFacts
{
    std::string id; // the provider's charge id
    qint64 sourceId = 0;
    qint64 created = 0; // unix seconds
    qint64 amount = 0;  // minor units of `currency`
    std::string currency;
    bool declined = false; // status "failed"
    std::string cardFingerprint;
    std::string cardLast4;
    std::string cardCountry; // ISO 3166 alpha-2, upper case
    std::string cardBin;     // the issuer identification number, when the provider sends it
    std::string email;       // lower case
    std::string ip;
    std::string ipCountry; // when the provider or the shop records it (metadata), else empty
    std::string customer;
    int providerRiskScore = -1; // Stripe's outcome.risk_score; -1 when not assessed
    std::string providerRiskLevel;
};

/// Where in a charge's metadata the shop keeps the buyer's IP and its country (Stripe's charge
/// object has neither; shops commonly pass them as metadata).
struct MetadataKeys
{
    std::string ip = "ip";
    std::string ipCountry = "ip_country";
};

/// The fields of a stored charge that chargeFacts reads (the store's names): a scan for scoring
/// reads these only.
const std::vector<std::string> &chargeFactFields();

/// The facts of a stored charge. Metadata that is not a JSON object is ignored (no IP then).
ChargeFacts chargeFacts(const Charge &charge, qint64 sourceId, const MetadataKeys &keys = {});

} // namespace paydeck::fraud
