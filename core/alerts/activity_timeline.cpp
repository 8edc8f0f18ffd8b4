#include "activity_timeline.h"

#include <algorithm>

namespace paydeck::alerts {

namespace {

using analytics::Kind;
using analytics::Outcome;

bool isTaken(Outcome outcome)
{
    return outcome == Outcome::Succeeded || outcome == Outcome::Refunded
           || outcome == Outcome::Disputed;
}

std::string lower(const QString &text)
{
    return text.toLower().toStdString();
}

} // namespace

quint16 ActivityTimeline::Names::intern(const std::string &name)
{
    const auto [it, added] = m_index.emplace(name, quint16(m_index.size()));
    return it->second;
}

std::optional<quint16> ActivityTimeline::Names::find(const std::string &name) const
{
    const auto it = m_index.find(name);
    if (it == m_index.end())
        return std::nullopt;
    return it->second;
}

std::vector<ActivityTimeline::Entry>::iterator ActivityTimeline::locate(qint64 at, quint64 object)
{
    return std::lower_bound(m_entries.begin(),
                            m_entries.end(),
                            std::pair(at, object),
                            [](const Entry &e, const std::pair<qint64, quint64> &key) {
                                return std::pair(e.at, e.object) < key;
                            });
}

std::optional<ActivityTimeline::Entry> ActivityTimeline::entryOf(const analytics::Fact &fact)
{
    if (fact.kind != Kind::Charge && fact.kind != Kind::Refund && fact.kind != Kind::Dispute)
        return std::nullopt;
    if (fact.at == 0)
        return std::nullopt;
    Entry entry;
    entry.at = fact.at;
    entry.object = analytics::objectHash(fact.kind, fact.sourceId, fact.id);
    entry.amount = fact.amount;
    entry.sourceId = fact.sourceId;
    entry.currency = m_currencies.intern(fact.currency);
    entry.method = m_methods.intern(fact.method);
    entry.country = m_countries.intern(fact.country);
    entry.code = fact.kind == Kind::Charge ? m_codes.intern(fact.detail) : 0;
    entry.kind = fact.kind;
    entry.outcome = fact.outcome;
    return entry;
}

void ActivityTimeline::apply(const analytics::Fact &fact)
{
    const auto entry = entryOf(fact);
    if (!entry)
        return;
    if (const auto known = m_when.find(entry->object); known != m_when.end()) {
        const auto it = locate(known->second, entry->object);
        if (it != m_entries.end() && it->object == entry->object)
            m_entries.erase(it);
    }
    m_when[entry->object] = entry->at;
    // New payments arrive in time order: appended; history that arrives late is inserted.
    if (m_entries.empty()
        || std::pair(m_entries.back().at, m_entries.back().object)
               < std::pair(entry->at, entry->object))
        m_entries.push_back(*entry);
    else
        m_entries.insert(locate(entry->at, entry->object), *entry);
}

void ActivityTimeline::applyAll(const std::vector<analytics::Fact> &facts)
{
    std::vector<const analytics::Fact *> known;
    for (const analytics::Fact &fact : facts) {
        const auto entry = entryOf(fact);
        if (!entry)
            continue;
        if (m_when.count(entry->object)) {
            known.push_back(&fact); // a newer version of one kept: replaced in place below
            continue;
        }
        m_when[entry->object] = entry->at;
        m_entries.push_back(*entry);
    }
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return std::pair(a.at, a.object) < std::pair(b.at, b.object);
    });
    for (const analytics::Fact *fact : known)
        apply(*fact);
}

void ActivityTimeline::forgetBefore(qint64 unixSeconds)
{
    const auto end = locate(unixSeconds, 0);
    for (auto it = m_entries.begin(); it != end; ++it)
        m_when.erase(it->object);
    m_entries.erase(m_entries.begin(), end);
}

WindowCounts ActivityTimeline::counts(qint64 from, qint64 to, const RuleFilter &filter) const
{
    WindowCounts out;
    // A filter on a name never seen matches nothing.
    const auto wanted = [](const Names &names, const QString &value) -> std::optional<int> {
        if (value.isEmpty())
            return -1;
        const auto index = names.find(lower(value));
        return index ? std::optional<int>(*index) : std::nullopt;
    };
    const auto currency = wanted(m_currencies, filter.currency);
    const auto method = wanted(m_methods, filter.method);
    const auto country
        = filter.country.isEmpty() ? std::optional<int>(-1) : [&]() -> std::optional<int> {
        const auto index = m_countries.find(filter.country.toUpper().toStdString());
        return index ? std::optional<int>(*index) : std::nullopt;
    }();
    const auto code = wanted(m_codes, filter.declineCode);
    if (!currency || !method || !country)
        return out;
    const auto begin
        = std::lower_bound(m_entries.begin(), m_entries.end(), from, [](const Entry &e, qint64 at) {
              return e.at < at;
          });
    for (auto it = begin; it != m_entries.end() && it->at < to; ++it) {
        const Entry &e = *it;
        if ((filter.sourceId != 0 && e.sourceId != filter.sourceId)
            || (*currency >= 0 && e.currency != *currency))
            continue;
        switch (e.kind) {
        case Kind::Charge:
            if ((*method >= 0 && e.method != *method) || (*country >= 0 && e.country != *country))
                break;
            ++out.charges;
            if (isTaken(e.outcome)) {
                ++out.taken;
                if (*currency >= 0) {
                    out.amountTaken += e.amount;
                    out.largest = std::max(out.largest, e.amount);
                }
            } else if (e.outcome == Outcome::Declined) {
                ++out.declined;
                if (!filter.declineCode.isEmpty() ? (code && e.code == *code) : true)
                    ++out.declinedMatching;
            }
            break;
        case Kind::Refund:
            if (e.outcome == Outcome::Succeeded || e.outcome == Outcome::Pending)
                ++out.refunds;
            break;
        case Kind::Dispute:
            ++out.disputes;
            break;
        default:
            break;
        }
    }
    return out;
}

} // namespace paydeck::alerts
