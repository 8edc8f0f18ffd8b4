#include "stripe_mapping.h"

#include <QObject>

namespace paydeck::stripe {
namespace {

using simdjson::dom::element;

QString describe(element object)
{
    std::string_view id;
    if (object["id"].get(id) == simdjson::SUCCESS)
        return QString::fromUtf8(id.data(), qsizetype(id.size()));
    return QObject::tr("(object without id)");
}

Error missing(element object, const char *field)
{
    return makeError(QObject::tr("%1: required field \"%2\" is missing or has the wrong type")
                         .arg(describe(object), QString::fromLatin1(field)));
}

/// A text field that may be absent, null, or (for references) an expanded object with an id.
std::string optionalText(element object, const char *field)
{
    element value;
    if (object[field].get(value) != simdjson::SUCCESS)
        return {};
    switch (value.type()) {
    case simdjson::dom::element_type::STRING:
        return std::string(std::string_view(value));
    case simdjson::dom::element_type::OBJECT: {
        std::string_view id;
        if (value["id"].get(id) == simdjson::SUCCESS)
            return std::string(id);
        return {};
    }
    case simdjson::dom::element_type::INT64:
        return std::to_string(int64_t(value));
    case simdjson::dom::element_type::UINT64:
        return std::to_string(uint64_t(value));
    case simdjson::dom::element_type::DOUBLE:
        // Decimal values such as exchange_rate are kept as text, never computed with.
        return simdjson::minify(value);
    default:
        return {};
    }
}

qint64 optionalInt(element object, const char *field, qint64 fallback = 0)
{
    int64_t value = 0;
    if (object[field].get(value) == simdjson::SUCCESS)
        return value;
    return fallback;
}

bool optionalBool(element object, const char *field)
{
    bool value = false;
    if (object[field].get(value) == simdjson::SUCCESS)
        return value;
    return false;
}

std::string metadataJson(element object)
{
    simdjson::dom::object metadata;
    if (object["metadata"].get(metadata) != simdjson::SUCCESS)
        return "{}";
    return simdjson::minify(metadata);
}

bool requireText(element object, const char *field, std::string &out)
{
    std::string_view value;
    if (object[field].get(value) != simdjson::SUCCESS)
        return false;
    out.assign(value);
    return true;
}

bool requireInt(element object, const char *field, qint64 &out)
{
    int64_t value = 0;
    if (object[field].get(value) != simdjson::SUCCESS)
        return false;
    out = value;
    return true;
}

Result<void> requireCurrency(element object, const std::string &currency)
{
    if (!Currency::fromCode(std::string_view(currency)))
        return makeError(QObject::tr("%1: \"%2\" is not an ISO 4217 currency")
                             .arg(describe(object), QString::fromStdString(currency)));
    return {};
}

/// Checks `object` is of the expected Stripe type (when it says so) and maps the common core.
template<typename T>
Result<void> mapCore(element object, const char *expectedType, T &out)
{
    if (object.type() != simdjson::dom::element_type::OBJECT)
        return makeError(
            QObject::tr("expected a %1 object").arg(QString::fromLatin1(expectedType)));
    std::string_view objectType;
    if (object["object"].get(objectType) == simdjson::SUCCESS && objectType != expectedType) {
        return makeError(
            QObject::tr("%1: expected a %2, got a %3")
                .arg(describe(object),
                     QString::fromLatin1(expectedType),
                     QString::fromUtf8(objectType.data(), qsizetype(objectType.size()))));
    }
    if (!requireText(object, "id", out.id) || out.id.empty())
        return missing(object, "id");
    if (!requireInt(object, "amount", out.amount))
        return missing(object, "amount");
    if (!requireText(object, "currency", out.currency))
        return missing(object, "currency");
    if (!requireInt(object, "created", out.created))
        return missing(object, "created");
    return requireCurrency(object, out.currency);
}

} // namespace

Result<BalanceTransaction> mapBalanceTransaction(element object)
{
    BalanceTransaction bt;
    if (auto core = mapCore(object, "balance_transaction", bt); !core)
        return makeError(core.error());
    if (!requireInt(object, "fee", bt.fee))
        return missing(object, "fee");
    if (!requireInt(object, "net", bt.net))
        return missing(object, "net");
    simdjson::dom::array fees;
    if (object["fee_details"].get(fees) == simdjson::SUCCESS) {
        for (element fee : fees) {
            FeeDetail detail;
            detail.amount = optionalInt(fee, "amount");
            detail.currency = optionalText(fee, "currency");
            detail.type = optionalText(fee, "type");
            detail.description = optionalText(fee, "description");
            detail.application = optionalText(fee, "application");
            bt.feeDetails.push_back(std::move(detail));
        }
    }
    bt.status = optionalText(object, "status");
    bt.type = optionalText(object, "type");
    bt.reportingCategory = optionalText(object, "reporting_category");
    bt.availableOn = optionalInt(object, "available_on");
    bt.source = optionalText(object, "source");
    bt.payout = optionalText(object, "payout");
    bt.description = optionalText(object, "description");
    bt.exchangeRate = optionalText(object, "exchange_rate");
    return bt;
}

Result<Charge> mapCharge(element object)
{
    Charge charge;
    if (auto core = mapCore(object, "charge", charge); !core)
        return makeError(core.error());
    charge.amountCaptured = optionalInt(object, "amount_captured");
    charge.amountRefunded = optionalInt(object, "amount_refunded");
    charge.status = optionalText(object, "status");
    charge.paid = optionalBool(object, "paid");
    charge.captured = optionalBool(object, "captured");
    charge.refunded = optionalBool(object, "refunded");
    charge.disputed = optionalBool(object, "disputed");
    charge.customer = optionalText(object, "customer");
    charge.description = optionalText(object, "description");
    charge.balanceTransaction = optionalText(object, "balance_transaction");
    charge.paymentIntent = optionalText(object, "payment_intent");
    charge.failureCode = optionalText(object, "failure_code");
    charge.failureMessage = optionalText(object, "failure_message");
    element billing;
    if (object["billing_details"].get(billing) == simdjson::SUCCESS && billing.is_object()) {
        charge.email = optionalText(billing, "email");
        charge.customerName = optionalText(billing, "name");
    }
    if (charge.email.empty())
        charge.email = optionalText(object, "receipt_email");
    element card;
    if (object.at_pointer("/payment_method_details/card").get(card) == simdjson::SUCCESS
        && card.is_object()) {
        charge.cardBrand = optionalText(card, "brand");
        charge.cardCountry = optionalText(card, "country");
        charge.cardLast4 = optionalText(card, "last4");
        charge.cardFingerprint = optionalText(card, "fingerprint");
        charge.cardFunding = optionalText(card, "funding");
    }
    element outcome;
    if (object["outcome"].get(outcome) == simdjson::SUCCESS && outcome.is_object()) {
        charge.outcomeType = optionalText(outcome, "type");
        charge.outcomeReason = optionalText(outcome, "reason");
        charge.networkStatus = optionalText(outcome, "network_status");
        charge.riskLevel = optionalText(outcome, "risk_level");
        charge.riskScore = int(optionalInt(outcome, "risk_score", -1));
        charge.sellerMessage = optionalText(outcome, "seller_message");
    }
    charge.metadataJson = metadataJson(object);
    return charge;
}

Result<Refund> mapRefund(element object)
{
    Refund refund;
    if (auto core = mapCore(object, "refund", refund); !core)
        return makeError(core.error());
    refund.charge = optionalText(object, "charge");
    refund.balanceTransaction = optionalText(object, "balance_transaction");
    refund.status = optionalText(object, "status");
    refund.reason = optionalText(object, "reason");
    refund.metadataJson = metadataJson(object);
    return refund;
}

Result<Payout> mapPayout(element object)
{
    Payout payout;
    if (auto core = mapCore(object, "payout", payout); !core)
        return makeError(core.error());
    payout.arrivalDate = optionalInt(object, "arrival_date");
    payout.status = optionalText(object, "status");
    payout.type = optionalText(object, "type");
    payout.method = optionalText(object, "method");
    payout.automatic = optionalBool(object, "automatic");
    payout.description = optionalText(object, "description");
    payout.balanceTransaction = optionalText(object, "balance_transaction");
    payout.destination = optionalText(object, "destination");
    payout.statementDescriptor = optionalText(object, "statement_descriptor");
    payout.failureCode = optionalText(object, "failure_code");
    payout.failureMessage = optionalText(object, "failure_message");
    payout.metadataJson = metadataJson(object);
    return payout;
}

Result<Dispute> mapDispute(element object)
{
    Dispute dispute;
    if (auto core = mapCore(object, "dispute", dispute); !core)
        return makeError(core.error());
    dispute.charge = optionalText(object, "charge");
    dispute.status = optionalText(object, "status");
    dispute.reason = optionalText(object, "reason");
    dispute.isChargeRefundable = optionalBool(object, "is_charge_refundable");
    element due;
    if (object.at_pointer("/evidence_details/due_by").get(due) == simdjson::SUCCESS
        && due.is_int64())
        dispute.evidenceDueBy = int64_t(due);
    simdjson::dom::array bts;
    if (object["balance_transactions"].get(bts) == simdjson::SUCCESS) {
        for (element bt : bts) {
            if (bt.is_string())
                dispute.balanceTransactions.emplace_back(std::string_view(bt));
            else if (bt.is_object())
                dispute.balanceTransactions.push_back(optionalText(bt, "id"));
        }
    }
    dispute.metadataJson = metadataJson(object);
    return dispute;
}

template<>
Result<BalanceTransaction> mapObject(element object)
{
    return mapBalanceTransaction(object);
}
template<>
Result<Charge> mapObject(element object)
{
    return mapCharge(object);
}
template<>
Result<Refund> mapObject(element object)
{
    return mapRefund(object);
}
template<>
Result<Payout> mapObject(element object)
{
    return mapPayout(object);
}
template<>
Result<Dispute> mapObject(element object)
{
    return mapDispute(object);
}

template<typename T>
Result<ListPage<T>> parseListPage(simdjson::dom::parser &parser, std::string_view json)
{
    element root;
    if (const auto error = parser.parse(json.data(), json.size()).get(root); error) {
        return makeError(QObject::tr("the response is not valid JSON (%1, %2 bytes)")
                             .arg(QString::fromLatin1(simdjson::error_message(error)))
                             .arg(json.size()));
    }
    std::string_view objectType;
    if (root["object"].get(objectType) != simdjson::SUCCESS || objectType != "list")
        return makeError(QObject::tr("the response is not a list object"));
    simdjson::dom::array data;
    if (root["data"].get(data) != simdjson::SUCCESS)
        return makeError(QObject::tr("the list has no \"data\" array"));
    ListPage<T> page;
    if (root["has_more"].get(page.hasMore) != simdjson::SUCCESS)
        return makeError(QObject::tr("the list has no \"has_more\" flag"));
    page.data.reserve(data.size());
    int index = 0;
    for (element object : data) {
        auto mapped = mapObject<T>(object);
        if (!mapped)
            return makeError(
                QObject::tr("object %1 of the page: %2").arg(index).arg(mapped.error()));
        page.data.push_back(std::move(mapped).value());
        ++index;
    }
    return page;
}

template Result<ListPage<BalanceTransaction>> parseListPage(simdjson::dom::parser &,
                                                            std::string_view);
template Result<ListPage<Charge>> parseListPage(simdjson::dom::parser &, std::string_view);
template Result<ListPage<Refund>> parseListPage(simdjson::dom::parser &, std::string_view);
template Result<ListPage<Payout>> parseListPage(simdjson::dom::parser &, std::string_view);
template Result<ListPage<Dispute>> parseListPage(simdjson::dom::parser &, std::string_view);

QString parseErrorMessage(std::string_view json)
{
    simdjson::dom::parser parser;
    element root;
    if (parser.parse(json.data(), json.size()).get(root) != simdjson::SUCCESS)
        return {};
    std::string_view message;
    if (root.at_pointer("/error/message").get(message) != simdjson::SUCCESS)
        return {};
    return QString::fromUtf8(message.data(), qsizetype(message.size()));
}

} // namespace paydeck::stripe
