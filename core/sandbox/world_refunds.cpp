// POST /v1/refunds in the sandbox: what an analyst's "refund as fraudulent" does at Stripe.
#include "world_table.h"

#include "util/json_writer.h"

#include <mutex>

namespace paydeck::sandbox {

namespace {

ApiAnswer
refusal(int status, std::string_view message, std::string_view code, std::string_view param = {})
{
    ApiAnswer answer;
    answer.status = status;
    JsonWriter w(answer.body);
    w.beginObject().key("error").beginObject();
    w.key("code").value(code);
    w.key("message").value(message);
    if (!param.empty())
        w.key("param").value(param);
    w.key("type").value(status == 400 && code == "idempotency_error" ? "idempotency_error"
                                                                     : "invalid_request_error");
    w.endObject().endObject();
    return answer;
}

} // namespace

ApiAnswer World::createRefund(const std::string &chargeId,
                              qint64 amount,
                              const std::string &reason,
                              const std::string &idempotencyKey)
{
    std::unique_lock lock(m_lock);
    const std::string parameters = chargeId + '\n' + std::to_string(amount) + '\n' + reason;
    if (!idempotencyKey.empty()) {
        if (auto seen = m_idempotent.find(idempotencyKey); seen != m_idempotent.end()) {
            if (seen->second.first != parameters)
                return refusal(400,
                               "Keys for idempotent requests can only be used with the same "
                               "parameters they were first used with. Try using a key other "
                               "than '"
                                   + idempotencyKey
                                   + "' if you meant to execute a "
                                     "different request.",
                               "idempotency_error");
            return seen->second.second;
        }
    }
    auto answer = [&]() -> ApiAnswer {
        if (chargeId.empty())
            return refusal(400, "Missing required param: charge.", "parameter_missing", "charge");
        if (reason != "fraudulent" && reason != "duplicate" && reason != "requested_by_customer"
            && !reason.empty())
            return refusal(400,
                           "Invalid reason: must be one of duplicate, fraudulent, or "
                           "requested_by_customer",
                           "parameter_invalid_string",
                           "reason");
        const std::optional<int> index = m_charges->find(chargeId);
        if (!index)
            return refusal(400, "No such charge: '" + chargeId + "'", "resource_missing", "charge");
        const Charge charge = m_charges->rows.at(size_t(*index));
        const qint64 left = charge.amount - charge.amountRefunded;
        if (charge.status != "succeeded")
            return refusal(400,
                           "Charge " + chargeId
                               + " has not been captured: it cannot be "
                                 "refunded.",
                           "charge_not_refundable");
        if (charge.disputed)
            return refusal(400,
                           "Charge " + chargeId
                               + " has been charged back; cannot issue a "
                                 "refund.",
                           "charge_disputed");
        if (left <= 0)
            return refusal(400,
                           "Charge " + chargeId + " has already been refunded.",
                           "charge_already_refunded");
        if (amount < 0 || amount > left)
            return refusal(400,
                           "Refund amount (" + std::to_string(amount)
                               + ") is greater than "
                                 "unrefunded amount on charge ("
                               + std::to_string(left) + ")",
                           "amount_too_large",
                           "amount");
        // Now in the world's time: rows stay in created order, the next sync finds it.
        const std::string refundId
            = addRefund(m_apiRandom, m_clock, *index, amount > 0 ? amount : left, [&] {
                  return reason.empty() ? "requested_by_customer" : reason.c_str();
              });
        ++m_version;
        serializeDirty();
        const std::optional<int> created = m_refunds->find(refundId);
        return ApiAnswer{200, m_refunds->jsonOf(size_t(*created)), {}, m_version};
    }();
    if (!idempotencyKey.empty() && answer.status < 500)
        m_idempotent.emplace(idempotencyKey, std::make_pair(parameters, answer));
    return answer;
}

} // namespace paydeck::sandbox
