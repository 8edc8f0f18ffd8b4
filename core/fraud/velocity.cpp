#include "velocity.h"

#include <algorithm>
#include <bit>

namespace paydeck::fraud {

namespace {

std::string pairKey(const std::string &a, const std::string &b)
{
    std::string key = a;
    key.push_back('\x1f');
    key.append(b);
    return key;
}

int bucketOf(qint64 amount)
{
    return amount <= 0 ? 0 : std::min(63, int(std::bit_width(quint64(amount))));
}

qint64 median(std::vector<qint64> values)
{
    if (values.empty())
        return 0;
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

/// Never seen, or first seen less than a day before `at` (a session's second try is as new).
bool newSince(const std::unordered_map<std::string, qint64> &firsts,
              const std::string &key,
              qint64 at)
{
    const auto it = firsts.find(key);
    return it == firsts.end() || at - it->second < 86400;
}

} // namespace

int VelocityTracker::intern(const std::string &text)
{
    if (text.empty())
        return -1;
    return m_ids.try_emplace(text, int(m_ids.size())).first->second;
}

int VelocityTracker::idOf(const std::string &text) const
{
    const auto it = m_ids.find(text);
    return text.empty() || it == m_ids.end() ? -1 : it->second;
}

EntityFeatures VelocityTracker::entityFeatures(const Tracks &tracks,
                                               const std::string &key,
                                               qint64 at,
                                               int ownPartner) const
{
    EntityFeatures out;
    if (key.empty())
        return out; // a charge without a card (or e-mail, IP, customer) has no history of one
    const auto it = tracks.find(key);
    if (it == tracks.end())
        return out;
    const std::vector<Event> &events = it->second.events;
    const auto later = [](qint64 time, const Event &event) {
        return time < event.time;
    };
    const auto end = std::upper_bound(events.begin(), events.end(), at, later);
    out.total = int(end - events.begin());
    out.known = out.total > 0;
    out.firstSeen = out.known ? events.front().time : 0;
    const auto weekStart
        = std::upper_bound(events.begin(), end, at - kWindowSeconds[OneWeek], later);
    out.totalDeclines = end == events.begin() ? 0 : std::prev(end)->declinesUpTo;
    std::array<std::vector<int>, kWindowCount> partners;
    for (auto e = weekStart; e != end; ++e) {
        for (int w = 0; w < kWindowCount; ++w) {
            if (e->time <= at - kWindowSeconds[size_t(w)])
                continue;
            WindowCounts &counts = out.windows[size_t(w)];
            ++counts.charges;
            counts.declines += e->declined;
            counts.small += e->small;
            if (e->partner >= 0 && e->partner != ownPartner)
                partners[size_t(w)].push_back(e->partner);
        }
    }
    for (int w = 0; w < kWindowCount; ++w) {
        auto &ids = partners[size_t(w)];
        std::sort(ids.begin(), ids.end());
        out.windows[size_t(w)].partners = int(std::unique(ids.begin(), ids.end()) - ids.begin());
    }
    return out;
}

Features VelocityTracker::features(const ChargeFacts &charge) const
{
    Features f;
    const int card = idOf(charge.cardFingerprint);
    const int email = charge.email.empty() ? -1 : idOf("e:" + charge.email);
    f.card = entityFeatures(m_cards, charge.cardFingerprint, charge.created, email);
    f.email = entityFeatures(m_emails, charge.email, charge.created, card);
    f.ip = entityFeatures(m_ips, charge.ip, charge.created, card);
    f.customer = entityFeatures(m_customers, charge.customer, charge.created, card);
    if (f.customer.known) {
        f.customerPayments = f.customer.total - f.customer.totalDeclines;
        f.cardNewForCustomer = !charge.cardFingerprint.empty()
                               && newSince(m_customerCards,
                                           pairKey(charge.customer, charge.cardFingerprint),
                                           charge.created);
        f.countryNewForCustomer = !charge.cardCountry.empty()
                                  && newSince(m_customerCountries,
                                              pairKey(charge.customer, charge.cardCountry),
                                              charge.created);
        const auto amounts = m_customerAmounts.find(pairKey(charge.customer, charge.currency));
        if (amounts != m_customerAmounts.end())
            f.customerTypicalAmount = median(amounts->second);
    }
    if (!charge.ipCountry.empty()) {
        const auto country = m_ipCountries.find(charge.ipCountry);
        f.ipCountryCharges = country == m_ipCountries.end() ? 0 : country->second;
        f.ipCountryTotal = m_ipCountryTotal;
    }
    const auto histogram = m_currencyHistogram.find(charge.currency);
    if (histogram != m_currencyHistogram.end()) {
        qint64 count = 0;
        for (const qint64 n : histogram->second)
            count += n;
        f.currencyPayments = count;
        qint64 seen = 0;
        for (int b = 0; b < 64; ++b) {
            seen += histogram->second[size_t(b)];
            if (seen * 2 >= count) {
                // The bucket holds amounts in [2^(b-1), 2^b): its geometric middle.
                f.currencyTypicalAmount = b == 0 ? 0 : qint64((1ULL << (b - 1)) * 1.41421356);
                break;
            }
        }
    }
    return f;
}

void VelocityTracker::addTo(Tracks &tracks, const std::string &key, Event event)
{
    if (key.empty())
        return;
    std::vector<Event> &events = tracks[key].events;
    // Almost always the newest: appended. A late charge goes where its time puts it, and the
    // running decline counts after it move up.
    const auto at = std::upper_bound(events.begin(),
                                     events.end(),
                                     event.time,
                                     [](qint64 time, const Event &e) { return time < e.time; });
    event.declinesUpTo = (at == events.begin() ? 0 : std::prev(at)->declinesUpTo) + event.declined;
    const auto placed = events.insert(at, event);
    if (event.declined)
        for (auto after = std::next(placed); after != events.end(); ++after)
            ++after->declinesUpTo;
}

void VelocityTracker::add(const ChargeFacts &charge)
{
    const bool small = charge.amount <= m_probingAmount;
    const int card = intern(charge.cardFingerprint);
    const int email = intern(charge.email.empty() ? std::string() : "e:" + charge.email);
    addTo(m_cards, charge.cardFingerprint, {charge.created, email, charge.declined, small});
    addTo(m_emails, charge.email, {charge.created, card, charge.declined, small});
    addTo(m_ips, charge.ip, {charge.created, card, charge.declined, small});
    addTo(m_customers, charge.customer, {charge.created, card, charge.declined, small});
    if (!charge.customer.empty()) {
        auto firstUse = [&](std::unordered_map<std::string, qint64> &firsts,
                            const std::string &what) {
            auto [it, added] = firsts.try_emplace(pairKey(charge.customer, what), charge.created);
            if (!added)
                it->second = std::min(it->second, charge.created);
        };
        if (!charge.cardFingerprint.empty())
            firstUse(m_customerCards, charge.cardFingerprint);
        if (!charge.cardCountry.empty())
            firstUse(m_customerCountries, charge.cardCountry);
    }
    if (!charge.ipCountry.empty()) {
        ++m_ipCountries[charge.ipCountry];
        ++m_ipCountryTotal;
    }
    if (charge.declined)
        return;
    if (!charge.customer.empty()) {
        auto &amounts = m_customerAmounts[pairKey(charge.customer, charge.currency)];
        amounts.push_back(charge.amount);
        if (amounts.size() > 20) // the customer's recent habit, not their whole life
            amounts.erase(amounts.begin());
    }
    ++m_currencyHistogram[charge.currency][size_t(bucketOf(charge.amount))];
}

} // namespace paydeck::fraud
