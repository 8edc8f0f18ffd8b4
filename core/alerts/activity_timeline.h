#pragma once

// The payments of the last weeks in time order, to the second, as alert rules read them: the
// analytics engine keeps hours, but a card-testing burst is over in twelve minutes. Fed the same
// facts as the engine (a later version of an object replaces the earlier: a charge refunded
// later is counted as taken, and its refund when the refund happened).

#include "alert_rule.h"
#include "analytics/fact.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace paydeck::alerts {

/// What happened in one window, under one filter.
struct WindowCounts
{
    qint64 charges = 0;          // attempted (any outcome)
    qint64 taken = 0;            // succeeded (refunded or disputed later included)
    qint64 declined = 0;         // every decline
    qint64 declinedMatching = 0; // declines of the filter's decline code (all without one)
    qint64 amountTaken = 0;      // minor units of the filter's currency (0 without one)
    qint64 largest = 0;          // the largest single charge taken, likewise
    qint64 refunds = 0;          // refunds that succeeded or are pending
    qint64 disputes = 0;
};

class ActivityTimeline
{
public:
    /// Counts charges, refunds and disputes; ignores every other kind.
    void apply(const analytics::Fact &fact);
    /// The same for many at once, in any order (a load from the store: one sort, not an
    /// insertion in the middle for each refund that happened between two charges).
    void applyAll(const std::vector<analytics::Fact> &facts);
    /// Drops what happened before `unixSeconds` (no rule looks that far back).
    void forgetBefore(qint64 unixSeconds);
    /// [from, to) under the filter. The method and country filters apply to charges (refunds
    /// and disputes carry neither).
    WindowCounts counts(qint64 from, qint64 to, const RuleFilter &filter) const;
    size_t size() const { return m_entries.size(); }
    qint64 first() const { return m_entries.empty() ? 0 : m_entries.front().at; }
    qint64 last() const { return m_entries.empty() ? 0 : m_entries.back().at; }

private:
    struct Entry
    {
        qint64 at = 0;
        quint64 object = 0;
        qint64 amount = 0;
        qint64 sourceId = 0;
        quint16 currency = 0, method = 0, country = 0, code = 0;
        analytics::Kind kind = analytics::Kind::Charge;
        analytics::Outcome outcome = analytics::Outcome::Other;
    };
    /// Strings as small numbers; 0 is "none".
    class Names
    {
    public:
        quint16 intern(const std::string &name);
        /// The index of a name, or nullopt when it never occurred (a filter that matches nothing).
        std::optional<quint16> find(const std::string &name) const;

    private:
        std::unordered_map<std::string, quint16> m_index{{std::string(), 0}};
    };
    std::vector<Entry>::iterator locate(qint64 at, quint64 object);
    std::optional<Entry> entryOf(const analytics::Fact &fact);

    std::vector<Entry> m_entries;               // by (at, object)
    std::unordered_map<quint64, qint64> m_when; // object → at
    Names m_currencies, m_methods, m_countries, m_codes;
};

} // namespace paydeck::alerts
