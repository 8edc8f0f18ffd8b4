#include "objects.h"

namespace paydeck {

const char *objectTypeName(ObjectType type)
{
    switch (type) {
    case ObjectType::BalanceTransaction:
        return "balance_transaction";
    case ObjectType::Charge:
        return "charge";
    case ObjectType::Refund:
        return "refund";
    case ObjectType::Payout:
        return "payout";
    case ObjectType::Dispute:
        return "dispute";
    }
    return "";
}

const char *objectTypeEndpoint(ObjectType type)
{
    switch (type) {
    case ObjectType::BalanceTransaction:
        return "balance_transactions";
    case ObjectType::Charge:
        return "charges";
    case ObjectType::Refund:
        return "refunds";
    case ObjectType::Payout:
        return "payouts";
    case ObjectType::Dispute:
        return "disputes";
    }
    return "";
}

std::optional<ObjectType> objectTypeFromName(std::string_view name)
{
    for (int i = 0; i < kObjectTypeCount; ++i) {
        const auto type = static_cast<ObjectType>(i);
        if (name == objectTypeName(type) || name == objectTypeEndpoint(type))
            return type;
    }
    return std::nullopt;
}

std::optional<Money> moneyOf(qint64 minor, const std::string &code)
{
    const auto currency = Currency::fromCode(std::string_view(code));
    if (!currency)
        return std::nullopt;
    return Money(minor, *currency);
}

} // namespace paydeck
