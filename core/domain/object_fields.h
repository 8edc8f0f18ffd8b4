#pragma once

// The one description of each provider object: every field once, with its C++ type and default,
// its name (the store's column), where it sits in a Stripe object (JSON pointers), and how it
// appears on the wire. From it come the domain structs (objects.h), the store's columns, binding,
// reading and change digests (store/sqlite), the Stripe mapping (providers/stripe) and the
// sandbox's serializer (sandbox/). A field added here appears in all of them.
//
// X(type, member, default, name, paths, wire)
//   paths: '|'-separated JSON pointers; a reader takes the first that gives a value, a writer
//          writes every one of them (Stripe repeats some values, e.g. the e-mail).
//   wire:  see Wire below.
// The order is part of the store's change digest: append new fields at the end of their type.

#include <QtGlobal>

namespace paydeck {

/// How a field appears on the wire.
enum class Wire : quint8 {
    Required,  // an object without it is rejected; always written
    Currency,  // required, an ISO 4217 code
    Value,     // optional (the default when absent); always written, empty text as ""
    Nullable,  // optional; written as null when empty
    RawNumber, // a decimal kept as the text that was sent (exchange_rate); null when empty
    RawObject, // a JSON object kept as compact text (metadata); {} when empty
    OmitUnset, // an optional number whose default (-1) means absent; not written then
};

/// What visitFields hands a visitor with each field's value.
struct FieldSpec
{
    const char *name;  // the store's column; the Stripe key of the field's last path segment
    const char *paths; // JSON pointers in a Stripe object, '|'-separated
    Wire wire;
};

// clang-format off
#define PAYDECK_BALANCE_TRANSACTION_FIELDS(X)                                                      \
    X(std::string, id, {}, "id", "/id", Required)                                                  \
    X(qint64, amount, 0, "amount", "/amount", Required)                                            \
    X(std::string, currency, {}, "currency", "/currency", Currency)                                \
    X(qint64, fee, 0, "fee", "/fee", Required)                                                     \
    X(std::vector<FeeDetail>, feeDetails, {}, "fee_details", "/fee_details", Value)                \
    X(qint64, net, 0, "net", "/net", Required)                                                     \
    X(std::string, status, {}, "status", "/status", Value) /* available, pending */               \
    X(std::string, type, {}, "type", "/type", Value) /* charge, refund, payout, … (open set) */   \
    X(std::string, reportingCategory, {}, "reporting_category", "/reporting_category", Value)     \
    X(qint64, created, 0, "created", "/created", Required)                                         \
    X(qint64, availableOn, 0, "available_on", "/available_on", Value)                              \
    X(std::string, source, {}, "source", "/source", Nullable) /* the cause; expanded or not */     \
    X(std::string, payout, {}, "payout", "/payout", Nullable) /* the payout that settled it */     \
    X(std::string, description, {}, "description", "/description", Nullable)                       \
    X(std::string, exchangeRate, {}, "exchange_rate", "/exchange_rate", RawNumber)

#define PAYDECK_CHARGE_FIELDS(X)                                                                   \
    X(std::string, id, {}, "id", "/id", Required)                                                  \
    X(qint64, amount, 0, "amount", "/amount", Required)                                            \
    X(qint64, amountCaptured, 0, "amount_captured", "/amount_captured", Value)                     \
    X(qint64, amountRefunded, 0, "amount_refunded", "/amount_refunded", Value)                     \
    X(std::string, currency, {}, "currency", "/currency", Currency)                                \
    X(std::string, status, {}, "status", "/status", Value) /* succeeded, pending, failed */        \
    X(bool, paid, false, "paid", "/paid", Value)                                                   \
    X(bool, captured, false, "captured", "/captured", Value)                                       \
    X(bool, refunded, false, "refunded", "/refunded", Value)                                       \
    X(bool, disputed, false, "disputed", "/disputed", Value)                                       \
    X(qint64, created, 0, "created", "/created", Required)                                         \
    X(std::string, customer, {}, "customer", "/customer", Nullable)                                \
    X(std::string, email, {}, "email", "/billing_details/email|/receipt_email", Nullable)          \
    X(std::string, customerName, {}, "customer_name", "/billing_details/name", Nullable)           \
    X(std::string, description, {}, "description", "/description", Nullable)                       \
    X(std::string, balanceTransaction, {}, "balance_transaction", "/balance_transaction", Nullable) \
    X(std::string, paymentIntent, {}, "payment_intent", "/payment_intent", Nullable)               \
    X(std::string, cardBrand, {}, "card_brand", "/payment_method_details/card/brand", Nullable)    \
    X(std::string, cardCountry, {}, "card_country", "/payment_method_details/card/country",        \
      Nullable)                                                                                    \
    X(std::string, cardLast4, {}, "card_last4", "/payment_method_details/card/last4", Nullable)    \
    X(std::string, cardFingerprint, {}, "card_fingerprint",                                        \
      "/payment_method_details/card/fingerprint", Nullable)                                        \
    X(std::string, cardFunding, {}, "card_funding", "/payment_method_details/card/funding",        \
      Nullable)                                                                                    \
    X(std::string, cardIin, {}, "card_iin", "/payment_method_details/card/iin",                    \
      Nullable) /* the issuer identification number (BIN), where the provider sends it */         \
    X(std::string, failureCode, {}, "failure_code", "/failure_code", Nullable)                     \
    X(std::string, failureMessage, {}, "failure_message", "/failure_message", Nullable)            \
    X(std::string, outcomeType, {}, "outcome_type", "/outcome/type", Nullable)                     \
    X(std::string, outcomeReason, {}, "outcome_reason", "/outcome/reason", Nullable)               \
    X(std::string, networkStatus, {}, "network_status", "/outcome/network_status", Nullable)       \
    X(std::string, riskLevel, {}, "risk_level", "/outcome/risk_level", Nullable)                   \
    X(int, riskScore, -1, "risk_score", "/outcome/risk_score", OmitUnset)                          \
    X(std::string, sellerMessage, {}, "seller_message", "/outcome/seller_message", Nullable)       \
    X(std::string, metadataJson, {}, "metadata", "/metadata", RawObject)

#define PAYDECK_REFUND_FIELDS(X)                                                                   \
    X(std::string, id, {}, "id", "/id", Required)                                                  \
    X(qint64, amount, 0, "amount", "/amount", Required)                                            \
    X(std::string, currency, {}, "currency", "/currency", Currency)                                \
    X(std::string, charge, {}, "charge", "/charge", Nullable)                                      \
    X(std::string, balanceTransaction, {}, "balance_transaction", "/balance_transaction", Nullable) \
    X(std::string, status, {}, "status", "/status", Value)                                         \
    X(std::string, reason, {}, "reason", "/reason", Nullable)                                      \
    X(qint64, created, 0, "created", "/created", Required)                                         \
    X(std::string, metadataJson, {}, "metadata", "/metadata", RawObject)

#define PAYDECK_PAYOUT_FIELDS(X)                                                                   \
    X(std::string, id, {}, "id", "/id", Required)                                                  \
    X(qint64, amount, 0, "amount", "/amount", Required)                                            \
    X(std::string, currency, {}, "currency", "/currency", Currency)                                \
    X(qint64, arrivalDate, 0, "arrival_date", "/arrival_date", Value)                              \
    X(qint64, created, 0, "created", "/created", Required)                                         \
    X(std::string, status, {}, "status", "/status", Value) /* paid, pending, in_transit, … */      \
    X(std::string, type, {}, "type", "/type", Value) /* bank_account, card */                     \
    X(std::string, method, {}, "method", "/method", Value)                                         \
    X(bool, automatic, false, "automatic", "/automatic", Value)                                    \
    X(std::string, description, {}, "description", "/description", Nullable)                       \
    X(std::string, balanceTransaction, {}, "balance_transaction", "/balance_transaction", Nullable) \
    X(std::string, destination, {}, "destination", "/destination", Nullable)                       \
    X(std::string, statementDescriptor, {}, "statement_descriptor", "/statement_descriptor",       \
      Nullable)                                                                                    \
    X(std::string, failureCode, {}, "failure_code", "/failure_code", Nullable)                     \
    X(std::string, failureMessage, {}, "failure_message", "/failure_message", Nullable)            \
    X(std::string, metadataJson, {}, "metadata", "/metadata", RawObject)

#define PAYDECK_DISPUTE_FIELDS(X)                                                                  \
    X(std::string, id, {}, "id", "/id", Required)                                                  \
    X(qint64, amount, 0, "amount", "/amount", Required)                                            \
    X(std::string, currency, {}, "currency", "/currency", Currency)                                \
    X(std::string, charge, {}, "charge", "/charge", Value)                                         \
    X(std::string, status, {}, "status", "/status", Value) /* needs_response, won, lost, … */      \
    X(std::string, reason, {}, "reason", "/reason", Value)                                         \
    X(qint64, created, 0, "created", "/created", Required)                                         \
    X(qint64, evidenceDueBy, 0, "evidence_due_by", "/evidence_details/due_by", Value)              \
    X(bool, isChargeRefundable, false, "is_charge_refundable", "/is_charge_refundable", Value)     \
    X(std::vector<std::string>, balanceTransactions, {}, "balance_transactions",                   \
      "/balance_transactions", Value)                                                              \
    X(std::string, metadataJson, {}, "metadata", "/metadata", RawObject)
// clang-format on

/// Declares a described field as a struct member with its default.
#define PAYDECK_DECLARE_FIELD(type, member, init, name, paths, wire) type member = init;
/// Hands a described field of `o` to the visitor `v`.
#define PAYDECK_VISIT_FIELD(type, member, init, name, paths, wire)                                 \
    v(::paydeck::FieldSpec{name, paths, ::paydeck::Wire::wire}, o.member);

} // namespace paydeck
