#pragma once

// Velocity and history features: how often a card, e-mail, IP or customer was seen in the last
// 10 minutes, hour, day and week, with how many declines, small "probing" amounts and distinct
// partners (cards per IP, e-mails per card); whether an entity is new, and how a customer's
// amount compares with its own history. Counts exclude the charge itself, as Radar's do.

#include "charge_facts.h"
#include "flat_map.h"

#include <array>
#include <compare>
#include <string>
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
    int partners = 0; // distinct other partners (not this charge's own): cards for an IP, e-mail,
                      // customer or BIN; e-mails for a card
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
    EntityFeatures bin; // the card's issuer range (BIN): testers enumerate numbers in one
    bool cardNewForCustomer = false;    // a known customer with a card it never used (before today)
    bool countryNewForCustomer = false; // … from a card country it never paid from (before today)
    int customerPayments = 0;           // the customer's earlier successful payments
    qint64 customerTypicalAmount = 0;   // their median amount in this currency (0: none)
    qint64 currencyTypicalAmount = 0;   // the median successful amount in this currency so far
    qint64 currencyPayments = 0;        // … over this many successful payments
    qint64 ipCountryCharges = 0;        // earlier charges from this charge's IP country
    qint64 ipCountryTotal = 0;          // earlier charges with any IP country
};

/// Where a charge stands in time, in one word (a million charges are kept four times over): its
/// second (as unsigned 32 bits, good through 2106) above a 32-bit tie-break fixed by its source
/// and id, so that charges of one second stand in the same order however they arrive.
struct Moment
{
    quint64 packed = 0;
    qint64 time() const { return qint64(packed >> 32); }
    auto operator<=>(const Moment &) const = default;
};
Moment momentOf(const ChargeFacts &charge);

/// Moments in time order, sorted only when asked (a backfill adds them newest first).
class MomentList
{
public:
    void add(Moment at); // the same moment twice counts once
    /// How many stand before `at`.
    qint64 countBefore(Moment at) const;

private:
    mutable std::vector<Moment> m_moments;
    mutable bool m_sorted = true;
};

/// Keeps the history the features need, across all sources. Charges are added in any order (a
/// backfill walks back in time); the features of a charge count only what stands before its
/// moment, so they are the same whatever was added after it and whenever it is asked: scoring
/// a charge once its history is in gives what scoring the history in time order gives. Adding
/// a charge again (same source, id and time) changes nothing. What arrives out of order is
/// sorted when next asked (hence the mutable members: a tracker is used by one thread).
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
    /// Small numbers for texts (cards, e-mails, currencies…): the history is kept by number,
    /// so a million charges cost a lookup per text instead of maps keyed by strings.
    struct Interner
    {
        FlatMap<int> ids;                        // by keyOfText
        int intern(const std::string &text);     // -1 for an empty text
        int find(const std::string &text) const; // -1 when empty or never interned
    };
    struct Event
    {
        Moment at;
        int partner; // the partner entity's number, -1 if none
        bool declined;
        bool small;
        int declinesUpTo = 0; // declines of the track up to and with this event
    };
    struct Track
    {
        std::vector<Event> events; // ascending moment once sorted
        bool sorted = true;
        void add(Event event);
        void sort(); // dropping charges added twice, and the running decline counts with it
    };
    /// One kind of entity (cards, e-mails, IPs, customers): a track per number.
    struct Entities
    {
        Interner names;
        std::vector<Track> tracks;
        int add(const std::string &name, Event event); // its number (-1: no name)
    };
    /// A customer's successful amounts in one currency, by moment.
    struct Amounts
    {
        std::vector<std::pair<Moment, qint64>> amounts;
        bool sorted = true;
        void sort();
    };
    EntityFeatures entityFeatures(Entities &entities, int id, Moment at, int ownPartner) const;
    qint64 typicalAmount(int customer, int currency, Moment at) const;
    void currencyTypical(Features &f, int currency, Moment at) const;
    bool newForCustomer(const FlatMap<qint64> &firsts, int customer, int what, qint64 at) const;

    qint64 m_probingAmount;
    mutable Entities m_cards, m_emails, m_ips, m_customers, m_bins;
    Interner m_codes; // currencies and countries
    // When a customer first used a card, and first paid from a card country.
    FlatMap<qint64> m_customerCards, m_customerCountries; // by keyOfPair
    // Successful amounts per customer and currency, and per currency in buckets of powers of
    // two, for "usual" amounts (both by code number).
    FlatMap<int> m_customerAmountIds; // by keyOfPair, into m_customerAmounts
    mutable std::vector<Amounts> m_customerAmounts;
    std::vector<std::array<MomentList, 64>> m_currencyHistogram;
    // Charges per IP country (by code number) and with any, for "a country this business
    // rarely sees".
    std::vector<MomentList> m_ipCountries;
    MomentList m_ipCountryAll;
};

} // namespace paydeck::fraud
