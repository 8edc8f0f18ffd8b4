#pragma once

#include "domain/objects.h"

namespace paydeck::store {

// The table of each provider object. Its columns, binding, reading, digests and SQL text are all
// derived from the object's description (domain/object_fields.h, through visitFields).

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

} // namespace paydeck::store
