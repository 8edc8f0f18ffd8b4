#include "hourly_rollup.h"

namespace paydeck::analytics {

namespace {

template<typename T>
T &grown(std::vector<T> &values, size_t index)
{
    if (values.size() <= index)
        values.resize(index + 1);
    return values[index];
}

bool isTaken(Outcome outcome)
{
    return outcome == Outcome::Succeeded || outcome == Outcome::Refunded
           || outcome == Outcome::Disputed;
}

} // namespace

HourlyRollup::Hour &HourlyRollup::hour(qint32 hour)
{
    if (m_hours.empty())
        m_first = hour;
    if (hour < m_first) { // history arrives after later hours: rare, shift once
        m_hours.insert(m_hours.begin(), size_t(m_first - hour), Hour{});
        m_first = hour;
    }
    return grown(m_hours, size_t(hour - m_first));
}

const HourlyRollup::Hour *HourlyRollup::at(qint32 hour) const
{
    if (hour < m_first || size_t(hour - m_first) >= m_hours.size())
        return nullptr;
    return &m_hours[size_t(hour - m_first)];
}

void HourlyRollup::apply(const Change &c)
{
    Hour &h = hour(c.hour);
    HourFigures &f = grown(h.byCurrency, c.currency);
    const auto count = qint32(c.sign);
    const qint64 amount = c.sign * c.amount;
    switch (c.kind) {
    case Kind::Charge:
        f.charges += count;
        if (isTaken(c.outcome)) {
            f.taken += count;
            f.takenAmount += amount;
            grown(h.byMethod, c.method).taken += count;
            grown(h.byCountry, c.country).taken += count;
        } else if (c.outcome == Outcome::Declined) {
            f.declined += count;
            grown(h.byMethod, c.method).declined += count;
            grown(h.byCountry, c.country).declined += count;
            grown(h.byDetail, c.detail).declined += count;
        }
        break;
    case Kind::Refund:
        if (c.outcome == Outcome::Succeeded) {
            f.refunds += count;
            f.refundedAmount += amount;
        }
        break;
    case Kind::Dispute:
        f.disputes += count;
        f.disputedAmount += amount;
        break;
    case Kind::Payout:
        f.payoutsDue += amount;
        if (c.outcome == Outcome::Paid)
            f.payoutsPaid += amount;
        break;
    case Kind::Balance:
        if (!c.payoutTransfer) {
            f.fees += c.sign * c.fee;
            f.net += c.sign * (c.amount - c.fee);
        }
        break;
    case Kind::Count:
        break;
    }
}

void HourlyRollup::compact()
{
    m_hours.shrink_to_fit();
    for (Hour &h : m_hours) {
        h.byCurrency.shrink_to_fit();
        h.byMethod.shrink_to_fit();
        h.byCountry.shrink_to_fit();
        h.byDetail.shrink_to_fit();
    }
}

size_t HourlyRollup::memoryBytes() const
{
    size_t bytes = m_hours.capacity() * sizeof(Hour);
    for (const Hour &h : m_hours) {
        bytes += h.byCurrency.capacity() * sizeof(HourFigures)
                 + (h.byMethod.capacity() + h.byCountry.capacity() + h.byDetail.capacity())
                       * sizeof(ChargeCounts);
    }
    return bytes;
}

} // namespace paydeck::analytics
