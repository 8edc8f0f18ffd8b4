#pragma once

// Velocity and history features: how often a card, e-mail, IP or customer was seen in the last
// 10 minutes, hour, day and week, with how many declines, small "probing" amounts and distinct
// partners (cards per IP, e-mails per card); whether an entity is new, and how a customer's
// amount compares with its own history. Counts exclude the charge itself, as Radar's do.

#include "charge_facts.h"

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace paydeck::fraud {

enum Window { TenMinutes, OneHour, OneDay, OneWeek, kWindowCount };
inline constexpr std::array<qint64, kWindowCount> kWindowSeconds{600, 3600, 86400, 604800};

/// What was seen of one entity (a card, e-mail, IP or customer) in one window before a charge.
struct WindowCounts
{
    int charges = 0;
    int declines = 0;
    int small = 0;    // charges at or under the probing amount
    int partners = 0; // distinct other partners (not this charge's own): cards for an IP, e-mail
                      // or customer; e-mails for a card
};

struct EntityFeatures
{
    bool known = false;   // seen before this charge (ever)
    qint64 firstSeen = 0; // when (unix seconds), if known
    int total = 0;        // charges ever before this one
    /// Unknown, or first seen less than a day before `at`: a session's second try is as new
    /// as its first.
    bool newAt(qint64 at) const { return !known || at - firstSeen < 86400; }
    int totalDeclines = 0;
    std::array<WindowCounts, kWindowCount> windows{};
};

struct Features
{
    EntityFeatures card, email, ip, customer;
    bool cardNewForCustomer = false;    // a known customer with a card it never used (before today)
    bool countryNewForCustomer = false; // … from a card country it never paid from (before today)
    int customerPayments = 0;           // the customer's earlier successful payments
    qint64 customerTypicalAmount = 0;   // their median amount in this currency (0: none)
    qint64 currencyTypicalAmount = 0;   // the median successful amount in this currency so far
    qint64 currencyPayments = 0;        // … over this many successful payments
    qint64 ipCountryCharges = 0;        // earlier charges from this charge's IP country
    qint64 ipCountryTotal = 0;          // earlier charges with any IP country
};

/// Keeps the history the features need, across all sources. Charges are added in any order
/// (a late one is placed where it belongs); features of a charge count what was added before
/// it in time. Rescoring a history in created order gives what live scoring gave.
class VelocityTracker
{
public:
    /// Charges at or under this amount (minor units) count as probing (card testing tries
    /// small amounts first).
    explicit VelocityTracker(qint64 probingAmount = 200) : m_probingAmount(probingAmount) {}

    /// The features of `charge` at its moment, from what was added so far.
    Features features(const ChargeFacts &charge) const;
    /// Adds the charge to the history.
    void add(const ChargeFacts &charge);

private:
    struct Event
    {
        qint64 time;
        int partner; // interned id of the partner entity, -1 if none
        bool declined;
        bool small;
        int declinesUpTo = 0; // declines of the track up to and with this event
    };
    struct Track
    {
        std::vector<Event> events; // ascending time
    };
    using Tracks = std::unordered_map<std::string, Track>;

    EntityFeatures
    entityFeatures(const Tracks &tracks, const std::string &key, qint64 at, int ownPartner) const;
    int idOf(const std::string &text) const; // -1 when never interned
    void addTo(Tracks &tracks, const std::string &key, Event event);
    int intern(const std::string &text);

    qint64 m_probingAmount;
    Tracks m_cards, m_emails, m_ips, m_customers;
    std::unordered_map<std::string, int> m_ids; // partner ids
    // When a customer first used a card, and first paid from a card country.
    std::unordered_map<std::string, qint64> m_customerCards, m_customerCountries;
    // Successful amounts per customer and currency, and per currency, for "usual" amounts.
    std::unordered_map<std::string, std::vector<qint64>> m_customerAmounts;
    std::unordered_map<std::string, std::array<qint64, 64>> m_currencyHistogram;
    // Charges per IP country (all added so far), for "a country this business rarely sees".
    std::unordered_map<std::string, qint64> m_ipCountries;
    qint64 m_ipCountryTotal = 0;
};

} // namespace paydeck::fraud
