#pragma once

#include "money.h"

#include <QtGlobal>

#include <optional>
#include <string>
#include <vector>

namespace paydeck {

// Value types for the provider objects a finance team works with. Text is UTF-8 std::string (as
// it arrives from and goes to the wire and the store without conversion); an empty string stands
// for a null or absent field. Amounts are minor units of `currency` (lower-case ISO 4217 code, as
// providers send it); amount() and friends give Money.

enum class ObjectType { BalanceTransaction, Charge, Refund, Payout, Dispute };
constexpr int kObjectTypeCount = 5;

/// "balance_transaction", "charge", … (the Stripe `object` value).
const char *objectTypeName(ObjectType type);
/// "balance_transactions", "charges", … (the list endpoint's path segment).
const char *objectTypeEndpoint(ObjectType type);
std::optional<ObjectType> objectTypeFromName(std::string_view name);

/// The Money of `minor` in the ISO 4217 currency `code`; nullopt for codes ISO 4217 lacks.
std::optional<Money> moneyOf(qint64 minor, const std::string &code);

struct FeeDetail
{
    qint64 amount = 0;
    std::string currency;
    std::string type;
    std::string description;
    std::string application;
    bool operator==(const FeeDetail &) const = default;
};

struct BalanceTransaction
{
    std::string id;
    qint64 amount = 0;
    std::string currency;
    qint64 fee = 0;
    std::vector<FeeDetail> feeDetails;
    qint64 net = 0;
    std::string status;            // available, pending
    std::string type;              // charge, refund, adjustment, payout, … (open set)
    std::string reportingCategory; // charge, refund, dispute, payout, fee, …
    qint64 created = 0;
    qint64 availableOn = 0;
    std::string source; // id of the object that caused it (expanded or not on the wire)
    std::string payout; // the payout that settled it, when known
    std::string description;
    std::string exchangeRate; // decimal text as sent; never used as money
    bool operator==(const BalanceTransaction &) const = default;
};

struct Charge
{
    std::string id;
    qint64 amount = 0;
    qint64 amountCaptured = 0;
    qint64 amountRefunded = 0;
    std::string currency;
    std::string status; // succeeded, pending, failed
    bool paid = false;
    bool captured = false;
    bool refunded = false;
    bool disputed = false;
    qint64 created = 0;
    std::string customer;
    std::string email;
    std::string customerName;
    std::string description;
    std::string balanceTransaction;
    std::string paymentIntent;
    std::string cardBrand;
    std::string cardCountry;
    std::string cardLast4;
    std::string cardFingerprint;
    std::string cardFunding;
    std::string failureCode;
    std::string failureMessage;
    std::string outcomeType;
    std::string outcomeReason;
    std::string networkStatus;
    std::string riskLevel;
    int riskScore = -1; // -1 when the provider gave none
    std::string sellerMessage;
    std::string metadataJson; // the metadata object as compact JSON, "{}" when empty
    bool operator==(const Charge &) const = default;
};

struct Refund
{
    std::string id;
    qint64 amount = 0;
    std::string currency;
    std::string charge;
    std::string balanceTransaction;
    std::string status;
    std::string reason;
    qint64 created = 0;
    std::string metadataJson;
    bool operator==(const Refund &) const = default;
};

struct Payout
{
    std::string id;
    qint64 amount = 0;
    std::string currency;
    qint64 arrivalDate = 0;
    qint64 created = 0;
    std::string status; // paid, pending, in_transit, canceled, failed
    std::string type;   // bank_account, card
    std::string method;
    bool automatic = false;
    std::string description;
    std::string balanceTransaction;
    std::string destination;
    std::string statementDescriptor;
    std::string failureCode;
    std::string failureMessage;
    std::string metadataJson;
    bool operator==(const Payout &) const = default;
};

struct Dispute
{
    std::string id;
    qint64 amount = 0;
    std::string currency;
    std::string charge;
    std::string status; // warning_needs_response, needs_response, under_review, won, lost, …
    std::string reason;
    qint64 created = 0;
    qint64 evidenceDueBy = 0;
    bool isChargeRefundable = false;
    std::vector<std::string> balanceTransactions;
    std::string metadataJson;
    bool operator==(const Dispute &) const = default;
};

/// The ObjectType of a value (for code generic over the five types).
constexpr ObjectType typeOf(const BalanceTransaction &)
{
    return ObjectType::BalanceTransaction;
}
constexpr ObjectType typeOf(const Charge &)
{
    return ObjectType::Charge;
}
constexpr ObjectType typeOf(const Refund &)
{
    return ObjectType::Refund;
}
constexpr ObjectType typeOf(const Payout &)
{
    return ObjectType::Payout;
}
constexpr ObjectType typeOf(const Dispute &)
{
    return ObjectType::Dispute;
}

} // namespace paydeck
