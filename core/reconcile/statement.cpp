#include "statement.h"

namespace paydeck::reconcile {

qint64 Statement::creditSum() const
{
    qint64 sum = 0;
    for (const auto &entry : entries)
        if (entry.amount > 0)
            sum += entry.amount;
    return sum;
}

qint64 Statement::debitSum() const
{
    qint64 sum = 0;
    for (const auto &entry : entries)
        if (entry.amount < 0)
            sum += entry.amount;
    return sum;
}

std::optional<qint64> Statement::balanceProofDifference() const
{
    if (!opening || !closing)
        return std::nullopt;
    qint64 booked = 0;
    for (const auto &entry : entries)
        if (entry.status == u"BOOK") {
            if (entry.currency == currency)
                booked += entry.amount;
            else if (entry.instructedCurrency == currency && entry.instructedAmount)
                booked += entry.amount < 0 ? -*entry.instructedAmount : *entry.instructedAmount;
        }
    return closing->amount - (opening->amount + booked);
}

} // namespace paydeck::reconcile
