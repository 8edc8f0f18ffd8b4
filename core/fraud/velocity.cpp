#include "velocity.h"

#include <algorithm>
#include <bit>

namespace paydeck::fraud {

namespace {

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

/// The customer's recent habit, not their whole life: their last this many amounts.
constexpr size_t kHabitAmounts = 20;

template<typename T>
T &grownTo(std::vector<T> &items, int index)
{
    if (size_t(index) >= items.size())
        items.resize(size_t(index) + 1);
    return items[size_t(index)];
}

} // namespace

Moment momentOf(const ChargeFacts &charge)
{
    // FNV-1a: fixed across runs and builds, unlike std::hash.
    quint64 h = 1469598103934665603ULL ^ quint64(charge.sourceId);
    for (const char c : charge.id) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    const qint64 second = std::clamp<qint64>(charge.created, 0, 0xffffffffLL);
    return {quint64(second) << 32 | ((h >> 32) ^ (h & 0xffffffffULL))};
}

void MomentList::add(Moment at)
{
    if (m_sorted && !m_moments.empty()) {
        if (at == m_moments.back())
            return; // added before
        m_sorted = at > m_moments.back();
    }
    m_moments.push_back(at);
}

qint64 MomentList::countBefore(Moment at) const
{
    if (!m_sorted) {
        std::sort(m_moments.begin(), m_moments.end());
        m_moments.erase(std::unique(m_moments.begin(), m_moments.end()), m_moments.end());
        m_sorted = true;
    }
    return std::lower_bound(m_moments.begin(), m_moments.end(), at) - m_moments.begin();
}

int VelocityTracker::Interner::intern(const std::string &text)
{
    if (text.empty())
        return -1;
    return *ids.tryEmplace(keyOfText(text), int(ids.size())).first;
}

int VelocityTracker::Interner::find(const std::string &text) const
{
    if (text.empty())
        return -1;
    const int *id = ids.find(keyOfText(text));
    return id ? *id : -1;
}

void VelocityTracker::Track::add(Event event)
{
    // Almost always the newest: appended with its running count. Out of order, the track is
    // sorted when next asked.
    if (sorted && !events.empty()) {
        if (event.at == events.back().at)
            return; // added before
        sorted = event.at > events.back().at;
    }
    if (sorted)
        event.declinesUpTo = (events.empty() ? 0 : events.back().declinesUpTo) + event.declined;
    events.push_back(event);
}

void VelocityTracker::Track::sort()
{
    if (sorted)
        return;
    const auto before = [](const Event &a, const Event &b) {
        return a.at < b.at;
    };
    std::sort(events.begin(), events.end(), before);
    const auto same = [](const Event &a, const Event &b) {
        return a.at == b.at;
    };
    events.erase(std::unique(events.begin(), events.end(), same), events.end());
    int declines = 0;
    for (Event &e : events)
        e.declinesUpTo = declines += e.declined;
    sorted = true;
}

int VelocityTracker::Entities::add(const std::string &name, Event event)
{
    const int id = names.intern(name);
    if (id >= 0)
        grownTo(tracks, id).add(event);
    return id;
}

void VelocityTracker::Amounts::sort()
{
    if (sorted)
        return;
    std::sort(amounts.begin(), amounts.end());
    const auto same = [](const auto &a, const auto &b) {
        return a.first == b.first;
    };
    amounts.erase(std::unique(amounts.begin(), amounts.end(), same), amounts.end());
    sorted = true;
}

EntityFeatures
VelocityTracker::entityFeatures(Entities &entities, int id, Moment at, int ownPartner) const
{
    EntityFeatures out;
    if (id < 0 || size_t(id) >= entities.tracks.size())
        return out; // a charge without a card (or e-mail, IP, customer) has no history of one
    Track &track = entities.tracks[size_t(id)];
    track.sort();
    const std::vector<Event> &events = track.events;
    // What stands before the charge: never itself, nor what came after it.
    const auto end = std::lower_bound(
        events.begin(), events.end(), at, [](const Event &e, Moment m) { return e.at < m; });
    out.total = int(end - events.begin());
    out.known = out.total > 0;
    out.firstSeen = out.known ? events.front().at.time() : 0;
    const qint64 weekAgo = at.time() - kWindowSeconds[OneWeek];
    const auto weekStart
        = std::upper_bound(events.begin(), end, weekAgo, [](qint64 time, const Event &e) {
              return time < e.at.time();
          });
    out.totalDeclines = end == events.begin() ? 0 : std::prev(end)->declinesUpTo;
    std::array<std::vector<int>, kWindowCount> partners;
    for (auto e = weekStart; e != end; ++e) {
        for (int w = 0; w < kWindowCount; ++w) {
            if (e->at.time() <= at.time() - kWindowSeconds[size_t(w)])
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

qint64 VelocityTracker::typicalAmount(int customer, int currency, Moment at) const
{
    const int *id
        = currency < 0 ? nullptr : m_customerAmountIds.find(keyOfPair(customer, currency));
    if (!id)
        return 0;
    Amounts &history = m_customerAmounts[size_t(*id)];
    history.sort();
    const auto end = std::lower_bound(history.amounts.begin(),
                                      history.amounts.end(),
                                      at,
                                      [](const auto &entry, Moment m) { return entry.first < m; });
    const auto begin
        = end
          - std::min<std::ptrdiff_t>(end - history.amounts.begin(), std::ptrdiff_t(kHabitAmounts));
    std::vector<qint64> recent;
    recent.reserve(kHabitAmounts);
    for (auto e = begin; e != end; ++e)
        recent.push_back(e->second);
    return median(std::move(recent));
}

void VelocityTracker::currencyTypical(Features &f, int currency, Moment at) const
{
    if (currency < 0 || size_t(currency) >= m_currencyHistogram.size())
        return;
    const std::array<MomentList, 64> &histogram = m_currencyHistogram[size_t(currency)];
    std::array<qint64, 64> counts{};
    for (size_t b = 0; b < 64; ++b)
        counts[b] = histogram[b].countBefore(at);
    qint64 count = 0;
    for (const qint64 n : counts)
        count += n;
    f.currencyPayments = count;
    if (count == 0)
        return;
    qint64 seen = 0;
    for (int b = 0; b < 64; ++b) {
        seen += counts[size_t(b)];
        if (seen * 2 >= count) {
            // The bucket holds amounts in [2^(b-1), 2^b): its geometric middle.
            f.currencyTypicalAmount = b == 0 ? 0 : qint64((1ULL << (b - 1)) * 1.41421356);
            return;
        }
    }
}

bool VelocityTracker::newForCustomer(const FlatMap<qint64> &firsts,
                                     int customer,
                                     int what,
                                     qint64 at) const
{
    // Never seen, or first seen less than a day before `at` (a session's second try is as new).
    if (what < 0)
        return true;
    const qint64 *first = firsts.find(keyOfPair(customer, what));
    return !first || at - *first < 86400;
}

Features VelocityTracker::features(const ChargeFacts &charge) const
{
    Features f;
    const Moment at = momentOf(charge);
    const int card = m_cards.names.find(charge.cardFingerprint);
    const int email = m_emails.names.find(charge.email);
    const int customer = m_customers.names.find(charge.customer);
    f.card = entityFeatures(m_cards, card, at, email);
    f.email = entityFeatures(m_emails, email, at, card);
    f.ip = entityFeatures(m_ips, m_ips.names.find(charge.ip), at, card);
    f.customer = entityFeatures(m_customers, customer, at, card);
    f.bin = entityFeatures(m_bins, m_bins.names.find(charge.cardBin), at, card);
    const int currency = m_codes.find(charge.currency);
    if (f.customer.known) {
        f.customerPayments = f.customer.total - f.customer.totalDeclines;
        f.cardNewForCustomer = !charge.cardFingerprint.empty()
                               && newForCustomer(m_customerCards, customer, card, charge.created);
        f.countryNewForCustomer
            = !charge.cardCountry.empty()
              && newForCustomer(
                  m_customerCountries, customer, m_codes.find(charge.cardCountry), charge.created);
        f.customerTypicalAmount = typicalAmount(customer, currency, at);
    }
    if (!charge.ipCountry.empty()) {
        const int country = m_codes.find(charge.ipCountry);
        f.ipCountryCharges = country >= 0 && size_t(country) < m_ipCountries.size()
                                 ? m_ipCountries[size_t(country)].countBefore(at)
                                 : 0;
        f.ipCountryTotal = m_ipCountryAll.countBefore(at);
    }
    currencyTypical(f, currency, at);
    return f;
}

void VelocityTracker::add(const ChargeFacts &charge)
{
    const Moment at = momentOf(charge);
    const bool small = charge.amount <= m_probingAmount;
    const bool declined = charge.declined;
    const int card = m_cards.names.intern(charge.cardFingerprint);
    const int email = m_emails.names.intern(charge.email);
    if (card >= 0)
        grownTo(m_cards.tracks, card).add({at, email, declined, small});
    if (email >= 0)
        grownTo(m_emails.tracks, email).add({at, card, declined, small});
    m_ips.add(charge.ip, {at, card, declined, small});
    m_bins.add(charge.cardBin, {at, card, declined, small});
    const int customer = m_customers.add(charge.customer, {at, card, declined, small});
    if (customer >= 0) {
        auto firstUse = [&](FlatMap<qint64> &firsts, int what) {
            auto [first, added] = firsts.tryEmplace(keyOfPair(customer, what), charge.created);
            if (!added)
                *first = std::min(*first, charge.created);
        };
        if (card >= 0)
            firstUse(m_customerCards, card);
        if (!charge.cardCountry.empty())
            firstUse(m_customerCountries, m_codes.intern(charge.cardCountry));
    }
    if (!charge.ipCountry.empty()) {
        grownTo(m_ipCountries, m_codes.intern(charge.ipCountry)).add(at);
        m_ipCountryAll.add(at);
    }
    if (declined)
        return;
    const int currency = m_codes.intern(charge.currency);
    if (currency < 0)
        return;
    if (customer >= 0) {
        const int id
            = *m_customerAmountIds
                   .tryEmplace(keyOfPair(customer, currency), int(m_customerAmounts.size()))
                   .first;
        Amounts &history = grownTo(m_customerAmounts, id);
        if (!history.amounts.empty() && at <= history.amounts.back().first)
            history.sorted = false; // sorting drops a charge added twice
        history.amounts.emplace_back(at, charge.amount);
    }
    grownTo(m_currencyHistogram, currency)[size_t(bucketOf(charge.amount))].add(at);
}

} // namespace paydeck::fraud
