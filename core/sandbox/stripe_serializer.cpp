#include "stripe_serializer.h"

#include "util/json_writer.h"
#include "world.h"

namespace paydeck::sandbox {

void appendStripeJson(std::string &out, const BalanceTransaction &bt)
{
    JsonWriter w(out);
    w.beginObject();
    w.key("id").value(bt.id);
    w.key("object").value("balance_transaction");
    w.key("amount").value(bt.amount);
    w.key("available_on").value(bt.availableOn);
    w.key("created").value(bt.created);
    w.key("currency").value(bt.currency);
    w.key("description").nullableString(bt.description);
    w.key("exchange_rate");
    if (bt.exchangeRate.empty())
        w.null();
    else
        w.raw(bt.exchangeRate);
    w.key("fee").value(bt.fee);
    w.key("fee_details").beginArray();
    for (const FeeDetail &fee : bt.feeDetails) {
        w.beginObject();
        w.key("amount").value(fee.amount);
        w.key("application").nullableString(fee.application);
        w.key("currency").value(fee.currency);
        w.key("description").nullableString(fee.description);
        w.key("type").value(fee.type);
        w.endObject();
    }
    w.endArray();
    w.key("net").value(bt.net);
    w.key("payout").nullableString(bt.payout);
    w.key("reporting_category").value(bt.reportingCategory);
    w.key("source").nullableString(bt.source);
    w.key("status").value(bt.status);
    w.key("type").value(bt.type);
    w.endObject();
}

void appendStripeJson(std::string &out, const Charge &c)
{
    JsonWriter w(out);
    w.beginObject();
    w.key("id").value(c.id);
    w.key("object").value("charge");
    w.key("amount").value(c.amount);
    w.key("amount_captured").value(c.amountCaptured);
    w.key("amount_refunded").value(c.amountRefunded);
    w.key("application").null();
    w.key("application_fee_amount").null();
    w.key("balance_transaction").nullableString(c.balanceTransaction);
    w.key("billing_details").beginObject();
    w.key("address").beginObject();
    w.key("city").null();
    w.key("country").nullableString(c.cardCountry);
    w.key("line1").null();
    w.key("line2").null();
    w.key("postal_code").null();
    w.key("state").null();
    w.endObject();
    w.key("email").nullableString(c.email);
    w.key("name").nullableString(c.customerName);
    w.key("phone").null();
    w.endObject();
    w.key("calculated_statement_descriptor").value("PAYDECK SANDBOX");
    w.key("captured").value(c.captured);
    w.key("created").value(c.created);
    w.key("currency").value(c.currency);
    w.key("customer").nullableString(c.customer);
    w.key("description").nullableString(c.description);
    w.key("disputed").value(c.disputed);
    w.key("failure_code").nullableString(c.failureCode);
    w.key("failure_message").nullableString(c.failureMessage);
    w.key("fraud_details").beginObject().endObject();
    w.key("livemode").value(false);
    w.key("metadata").raw(c.metadataJson.empty() ? std::string_view("{}") : c.metadataJson);
    w.key("outcome").beginObject();
    w.key("network_status").nullableString(c.networkStatus);
    w.key("reason").nullableString(c.outcomeReason);
    w.key("risk_level").nullableString(c.riskLevel);
    if (c.riskScore >= 0)
        w.key("risk_score").value(c.riskScore);
    w.key("seller_message").nullableString(c.sellerMessage);
    w.key("type").nullableString(c.outcomeType);
    w.endObject();
    w.key("paid").value(c.paid);
    w.key("payment_intent").nullableString(c.paymentIntent);
    w.key("payment_method_details").beginObject();
    w.key("card").beginObject();
    w.key("brand").nullableString(c.cardBrand);
    w.key("checks").beginObject();
    w.key("address_line1_check").null();
    w.key("address_postal_code_check").null();
    w.key("cvc_check").value(c.failureCode == "incorrect_cvc" ? "fail" : "pass");
    w.endObject();
    w.key("country").nullableString(c.cardCountry);
    w.key("exp_month").value(qint64(1 + (c.cardLast4.empty() ? 0 : (c.cardLast4[3] - '0'))));
    w.key("exp_year").value(qint64(2027 + (c.cardLast4.empty() ? 0 : (c.cardLast4[2] - '0') % 5)));
    w.key("fingerprint").nullableString(c.cardFingerprint);
    w.key("funding").nullableString(c.cardFunding);
    w.key("last4").nullableString(c.cardLast4);
    w.key("network").nullableString(c.cardBrand);
    w.endObject();
    w.key("type").value("card");
    w.endObject();
    w.key("receipt_email").nullableString(c.email);
    w.key("refunded").value(c.refunded);
    w.key("status").value(c.status);
    w.endObject();
}

void appendStripeJson(std::string &out, const Refund &r)
{
    JsonWriter w(out);
    w.beginObject();
    w.key("id").value(r.id);
    w.key("object").value("refund");
    w.key("amount").value(r.amount);
    w.key("balance_transaction").nullableString(r.balanceTransaction);
    w.key("charge").nullableString(r.charge);
    w.key("created").value(r.created);
    w.key("currency").value(r.currency);
    w.key("metadata").raw(r.metadataJson.empty() ? std::string_view("{}") : r.metadataJson);
    w.key("payment_intent").null();
    w.key("reason").nullableString(r.reason);
    w.key("receipt_number").null();
    w.key("status").value(r.status);
    w.endObject();
}

void appendStripeJson(std::string &out, const Payout &p)
{
    JsonWriter w(out);
    w.beginObject();
    w.key("id").value(p.id);
    w.key("object").value("payout");
    w.key("amount").value(p.amount);
    w.key("arrival_date").value(p.arrivalDate);
    w.key("automatic").value(p.automatic);
    w.key("balance_transaction").nullableString(p.balanceTransaction);
    w.key("created").value(p.created);
    w.key("currency").value(p.currency);
    w.key("description").nullableString(p.description);
    w.key("destination").nullableString(p.destination);
    w.key("failure_balance_transaction").null();
    w.key("failure_code").nullableString(p.failureCode);
    w.key("failure_message").nullableString(p.failureMessage);
    w.key("livemode").value(false);
    w.key("metadata").raw(p.metadataJson.empty() ? std::string_view("{}") : p.metadataJson);
    w.key("method").value(p.method);
    w.key("reconciliation_status").value(p.status == "paid" ? "completed" : "in_progress");
    w.key("source_type").value("card");
    w.key("statement_descriptor").nullableString(p.statementDescriptor);
    w.key("status").value(p.status);
    w.key("type").value(p.type);
    w.endObject();
}

void appendStripeJson(std::string &out, const Dispute &d)
{
    JsonWriter w(out);
    w.beginObject();
    w.key("id").value(d.id);
    w.key("object").value("dispute");
    w.key("amount").value(d.amount);
    w.key("balance_transactions").beginArray();
    for (const std::string &bt : d.balanceTransactions)
        w.value(bt);
    w.endArray();
    w.key("charge").value(d.charge);
    w.key("created").value(d.created);
    w.key("currency").value(d.currency);
    w.key("evidence_details").beginObject();
    w.key("due_by").value(d.evidenceDueBy);
    w.key("has_evidence").value(false);
    w.key("past_due").value(false);
    w.key("submission_count").value(qint64(0));
    w.endObject();
    w.key("is_charge_refundable").value(d.isChargeRefundable);
    w.key("livemode").value(false);
    w.key("metadata").raw(d.metadataJson.empty() ? std::string_view("{}") : d.metadataJson);
    w.key("reason").value(d.reason);
    w.key("status").value(d.status);
    w.endObject();
}

void appendStripeJson(std::string &out, const EventRecord &event)
{
    JsonWriter w(out);
    w.beginObject();
    w.key("id").value(event.id);
    w.key("object").value("event");
    w.key("api_version").value("2023-08-16");
    w.key("created").value(event.created);
    w.key("data").beginObject().key("object").raw(event.objectJson).endObject();
    w.key("livemode").value(false);
    w.key("pending_webhooks").value(qint64(0));
    w.key("request").beginObject().key("id").null().key("idempotency_key").null().endObject();
    w.key("type").value(event.type);
    w.endObject();
}

} // namespace paydeck::sandbox
