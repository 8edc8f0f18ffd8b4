#pragma once

#include "money.h"
#include "object_fields.h"

#include <QtGlobal>

#include <optional>
#include <string>
#include <type_traits>
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

// The five objects, declared from their description (object_fields.h).

struct BalanceTransaction
{
    PAYDECK_BALANCE_TRANSACTION_FIELDS(PAYDECK_DECLARE_FIELD)
    bool operator==(const BalanceTransaction &) const = default;
};

struct Charge
{
    PAYDECK_CHARGE_FIELDS(PAYDECK_DECLARE_FIELD)
    bool operator==(const Charge &) const = default;
};

struct Refund
{
    PAYDECK_REFUND_FIELDS(PAYDECK_DECLARE_FIELD)
    bool operator==(const Refund &) const = default;
};

struct Payout
{
    PAYDECK_PAYOUT_FIELDS(PAYDECK_DECLARE_FIELD)
    bool operator==(const Payout &) const = default;
};

struct Dispute
{
    PAYDECK_DISPUTE_FIELDS(PAYDECK_DECLARE_FIELD)
    bool operator==(const Dispute &) const = default;
};

/// Hands every field of an object, in its description's order, to `v(FieldSpec, value)`; `O`
/// may be const.
template<typename O, typename V>
requires std::is_same_v<std::remove_const_t<O>, BalanceTransaction>
void visitFields(O &o, V &&v)
{
    PAYDECK_BALANCE_TRANSACTION_FIELDS(PAYDECK_VISIT_FIELD)
}
template<typename O, typename V>
requires std::is_same_v<std::remove_const_t<O>, Charge>
void visitFields(O &o, V &&v)
{
    PAYDECK_CHARGE_FIELDS(PAYDECK_VISIT_FIELD)
}
template<typename O, typename V>
requires std::is_same_v<std::remove_const_t<O>, Refund>
void visitFields(O &o, V &&v)
{
    PAYDECK_REFUND_FIELDS(PAYDECK_VISIT_FIELD)
}
template<typename O, typename V>
requires std::is_same_v<std::remove_const_t<O>, Payout>
void visitFields(O &o, V &&v)
{
    PAYDECK_PAYOUT_FIELDS(PAYDECK_VISIT_FIELD)
}
template<typename O, typename V>
requires std::is_same_v<std::remove_const_t<O>, Dispute>
void visitFields(O &o, V &&v)
{
    PAYDECK_DISPUTE_FIELDS(PAYDECK_VISIT_FIELD)
}

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
