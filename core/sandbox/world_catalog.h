#pragma once

// What the sandbox's world is made of, shared by its parts (world.cpp, world_fraud.cpp): the
// currencies it sells in, the names of its customers, the declines issuers give, a customer, and
// what a fraud scenario plants.

#include "world.h"

#include <array>
#include <string>

namespace paydeck::sandbox {

struct CurrencyProfile
{
    const char *code;
    double weight;
    double perUsd; // major units per US dollar (indicative, for realistic amounts only)
    int exponent;
    qint64 fixedFee;     // per successful charge, minor units
    qint64 disputeFee;   // minor units
    const char *country; // where most cards in this currency are issued
};

// The business is a US-based online shop settling in several currencies.
inline constexpr std::array<CurrencyProfile, 8> kProfiles{{
    {"usd", 0.40, 1.0, 2, 30, 1500, "US"},
    {"eur", 0.24, 0.92, 2, 25, 1500, "DE"},
    {"gbp", 0.12, 0.79, 2, 20, 1500, "GB"},
    {"jpy", 0.08, 150.0, 0, 0, 2000, "JP"},
    {"cad", 0.06, 1.36, 2, 30, 1500, "CA"},
    {"aud", 0.05, 1.52, 2, 30, 2500, "AU"},
    {"chf", 0.03, 0.88, 2, 30, 1500, "CH"},
    {"bhd", 0.02, 0.376, 3, 100, 6000, "BH"},
}};

inline const CurrencyProfile &profileOf(const std::string &code)
{
    for (const auto &profile : kProfiles) {
        if (code == profile.code)
            return profile;
    }
    return kProfiles[0];
}

inline const char *const kFirstNames[]
    = {"Jenny", "Liam",  "Sofia", "Noah",  "Mia",  "Lukas", "Emma",  "Hiro", "Yuki", "Olivia",
       "Mateo", "Chloe", "Finn",  "Aisha", "Omar", "Lea",   "Jonas", "Isla", "Ravi", "Elena"};
inline const char *const kLastNames[] = {"Rosen",
                                         "Smith",
                                         "Müller",
                                         "Tanaka",
                                         "Brown",
                                         "Schmidt",
                                         "Garcia",
                                         "Martin",
                                         "Sato",
                                         "Wilson",
                                         "Novak",
                                         "Khan",
                                         "Dubois",
                                         "Rossi",
                                         "Nguyen",
                                         "Fischer",
                                         "Taylor",
                                         "Al-Sayed"};

struct Decline
{
    const char *failureCode;
    const char *declineReason; // outcome.reason
    const char *message;
    double weight;
};

inline constexpr Decline kDeclines[] = {
    {"card_declined", "insufficient_funds", "Your card has insufficient funds.", 0.32},
    {"card_declined", "generic_decline", "Your card was declined.", 0.30},
    {"expired_card", "expired_card", "Your card has expired.", 0.10},
    {"incorrect_cvc", "incorrect_cvc", "Your card's security code is incorrect.", 0.12},
    {"card_declined", "do_not_honor", "Your card was declined.", 0.10},
    {"processing_error",
     "processing_error",
     "An error occurred while processing your card. Try again in a little bit.",
     0.06},
};

/// Stripe's Radar blocked the charge (its highest risk level): never sent to the card network.
inline void markBlockedByStripe(Charge &c)
{
    c.status = "failed";
    c.failureCode = "card_declined";
    c.failureMessage = "Your card was declined.";
    c.outcomeType = "blocked";
    c.outcomeReason = "highest_risk_level";
    c.networkStatus = "not_sent_to_network";
    c.sellerMessage = "Stripe blocked this payment as too risky.";
}

/// The issuer declined the charge, with `reason` as outcome.reason.
inline void
markDeclined(Charge &c, const char *failureCode, const char *reason, const char *message)
{
    c.status = "failed";
    c.failureCode = failureCode;
    c.failureMessage = message;
    c.outcomeType = "issuer_declined";
    c.outcomeReason = reason;
    c.networkStatus = "declined_by_network";
    c.sellerMessage = "The bank did not return any further details with this decline.";
}

struct World::Customer
{
    std::string id;
    std::string name;
    std::string email;
    std::string currency;
    std::string country;
    std::string brand;
    std::string funding;
    std::string last4;
    std::string fingerprint;
    std::string ip, ipCountry; // where they shop from: home
    double risk;               // base risk of this customer's payments
};

/// Who pays, with what card, from where.
struct World::FraudActor
{
    std::string customer, email, name, currency;
    std::string brand, cardCountry, funding, last4, fingerprint;
    std::string ip, ipCountry;
};

/// One charge a scenario makes at `time`.
struct World::FraudAttempt
{
    qint64 time = 0;
    quint64 sequence = 0; // ties resolve in scheduling order, for determinism
    const char *scenario = "";
    bool fraud = true;
    FraudActor actor;
    qint64 amount = 0;
    double riskCenter = 50;   // Stripe's risk_score is noisy around it
    double declineChance = 0; // the issuer's
    double disputeChance = 0; // the card holder's, later
    qint64 disputeAfterMin = 0, disputeAfterMax = 0;
};

struct World::FraudAttemptLater
{
    bool operator()(const FraudAttempt &a, const FraudAttempt &b) const
    {
        return a.time != b.time ? a.time > b.time : a.sequence > b.sequence;
    }
};

} // namespace paydeck::sandbox
