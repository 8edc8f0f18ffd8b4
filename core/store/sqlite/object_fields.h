#pragma once

#include "domain/objects.h"

#include <type_traits>

namespace paydeck::store {

// One list of (column, field) pairs per provider object: the single place that ties the domain
// types to their tables. Binding, reading, digests and SQL text are all derived from it.
// `O` is the object type, const or not; `V` is called as v("column", field).

template<typename T>
struct TableOf;
template<>
struct TableOf<BalanceTransaction>
{
    static constexpr const char *name = "balance_transactions";
};
template<>
struct TableOf<Charge>
{
    static constexpr const char *name = "charges";
};
template<>
struct TableOf<Refund>
{
    static constexpr const char *name = "refunds";
};
template<>
struct TableOf<Payout>
{
    static constexpr const char *name = "payouts";
};
template<>
struct TableOf<Dispute>
{
    static constexpr const char *name = "disputes";
};

template<typename O, typename V>
requires std::is_same_v<std::remove_const_t<O>, BalanceTransaction>
void visitFields(O &o, V &&v)
{
    v("id", o.id);
    v("amount", o.amount);
    v("currency", o.currency);
    v("fee", o.fee);
    v("fee_details", o.feeDetails);
    v("net", o.net);
    v("status", o.status);
    v("type", o.type);
    v("reporting_category", o.reportingCategory);
    v("created", o.created);
    v("available_on", o.availableOn);
    v("source", o.source);
    v("payout", o.payout);
    v("description", o.description);
    v("exchange_rate", o.exchangeRate);
}

template<typename O, typename V>
requires std::is_same_v<std::remove_const_t<O>, Charge>
void visitFields(O &o, V &&v)
{
    v("id", o.id);
    v("amount", o.amount);
    v("amount_captured", o.amountCaptured);
    v("amount_refunded", o.amountRefunded);
    v("currency", o.currency);
    v("status", o.status);
    v("paid", o.paid);
    v("captured", o.captured);
    v("refunded", o.refunded);
    v("disputed", o.disputed);
    v("created", o.created);
    v("customer", o.customer);
    v("email", o.email);
    v("customer_name", o.customerName);
    v("description", o.description);
    v("balance_transaction", o.balanceTransaction);
    v("payment_intent", o.paymentIntent);
    v("card_brand", o.cardBrand);
    v("card_country", o.cardCountry);
    v("card_last4", o.cardLast4);
    v("card_fingerprint", o.cardFingerprint);
    v("card_funding", o.cardFunding);
    v("failure_code", o.failureCode);
    v("failure_message", o.failureMessage);
    v("outcome_type", o.outcomeType);
    v("outcome_reason", o.outcomeReason);
    v("network_status", o.networkStatus);
    v("risk_level", o.riskLevel);
    v("risk_score", o.riskScore);
    v("seller_message", o.sellerMessage);
    v("metadata", o.metadataJson);
}

template<typename O, typename V>
requires std::is_same_v<std::remove_const_t<O>, Refund>
void visitFields(O &o, V &&v)
{
    v("id", o.id);
    v("amount", o.amount);
    v("currency", o.currency);
    v("charge", o.charge);
    v("balance_transaction", o.balanceTransaction);
    v("status", o.status);
    v("reason", o.reason);
    v("created", o.created);
    v("metadata", o.metadataJson);
}

template<typename O, typename V>
requires std::is_same_v<std::remove_const_t<O>, Payout>
void visitFields(O &o, V &&v)
{
    v("id", o.id);
    v("amount", o.amount);
    v("currency", o.currency);
    v("arrival_date", o.arrivalDate);
    v("created", o.created);
    v("status", o.status);
    v("type", o.type);
    v("method", o.method);
    v("automatic", o.automatic);
    v("description", o.description);
    v("balance_transaction", o.balanceTransaction);
    v("destination", o.destination);
    v("statement_descriptor", o.statementDescriptor);
    v("failure_code", o.failureCode);
    v("failure_message", o.failureMessage);
    v("metadata", o.metadataJson);
}

template<typename O, typename V>
requires std::is_same_v<std::remove_const_t<O>, Dispute>
void visitFields(O &o, V &&v)
{
    v("id", o.id);
    v("amount", o.amount);
    v("currency", o.currency);
    v("charge", o.charge);
    v("status", o.status);
    v("reason", o.reason);
    v("created", o.created);
    v("evidence_due_by", o.evidenceDueBy);
    v("is_charge_refundable", o.isChargeRefundable);
    v("balance_transactions", o.balanceTransactions);
    v("metadata", o.metadataJson);
}

} // namespace paydeck::store
