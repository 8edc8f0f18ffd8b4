// The fraud the sandbox plants among its payments, each charge labelled for --truth: stolen cards,
// account takeovers, fraud rings, and genuine orders disputed as fraud later (friendly fraud,
// labelled not fraud: nothing at payment time tells it apart). Everything here draws from
// m_fraudRandom, so a world with the scenarios is the same world as without them plus these
// charges (and the payouts that carry their money).

#include "card_issuers.h"
#include "sandbox_time.h"
#include "world.h"
#include "world_catalog.h"
#include "world_table.h"

#include <algorithm>
#include <cmath>

namespace paydeck::sandbox {

namespace {

// Scenario starts per ordinary payment attempt at fraud rate 1, and how they split. About 1 % of
// charges end up a scenario's: more than a careful shop sees, enough to measure a detector on.
constexpr double kScenariosPerAttempt = 0.0025;
constexpr double kStolenShare = 0.48, kTakeoverShare = 0.16, kRingShare = 0.04;

// Fraudsters shop from elsewhere, through addresses of the documentation ranges (RFC 5737).
const char *const kFraudCountries[] = {"NG", "RU", "VN", "ID", "BR", "RO", "UA", "PK"};
const char *const kMailDomains[] = {"mailbox.example", "inbox.example", "fastmail.example"};

const CurrencyProfile &pickProfile(Random &random)
{
    double pick = random.uniform();
    for (const auto &profile : kProfiles) {
        if (pick < profile.weight)
            return profile;
        pick -= profile.weight;
    }
    return kProfiles[0];
}

/// `usd` US dollars in `profile`'s minor units, as a shop would price it.
qint64 priced(const CurrencyProfile &profile, double usd)
{
    double minor = std::clamp(usd, 1.0, 5000.0) * profile.perUsd * std::pow(10.0, profile.exponent);
    if (profile.exponent == 3)
        minor = std::round(minor / 10.0) * 10.0;
    return std::max<qint64>(50, qint64(std::llround(minor)));
}

/// A basket `times` the size of an ordinary one ($45, log-normal).
double basketUsd(Random &random, double times)
{
    return std::exp(std::log(45.0 * times) + 0.5 * random.normal());
}

template<size_t N>
const char *pickFrom(Random &random, const char *const (&items)[N])
{
    return items[random.below(qint64(N))];
}

std::string fraudIp(Random &random)
{
    return (random.chance(0.5) ? "203.0.113." : "198.51.100.")
           + std::to_string(random.between(1, 254));
}

} // namespace

void World::scheduleNextScenario(qint64 after, bool history)
{
    const double attemptsPerSecond
        = history ? m_dailyAttemptTarget / kDay : m_options.ratePerMinute / 60.0;
    const double rate = m_options.fraudRate * kScenariosPerAttempt * attemptsPerSecond;
    m_nextScenario = rate > 0 ? after + std::max<qint64>(1, qint64(m_fraudRandom.exponential(rate)))
                              : std::numeric_limits<qint64>::max();
}

qint64 World::nextFraudTime() const
{
    const qint64 attempt = m_fraudAttempts->empty() ? std::numeric_limits<qint64>::max()
                                                    : m_fraudAttempts->front().time;
    return std::min(attempt, m_nextScenario);
}

void World::startScenario(qint64 t)
{
    Random &random = m_fraudRandom;
    auto newCard = [&](FraudActor &actor, const std::string &country) {
        actor.brand = random.chance(0.6) ? "visa" : "mastercard";
        actor.cardCountry = country;
        actor.funding = random.chance(0.8) ? "credit" : "debit";
        actor.last4 = random.digits(4);
        actor.fingerprint = random.id("fp").substr(3, 16);
    };
    auto newPerson = [&](FraudActor &actor) {
        actor.customer = random.id("cus");
        actor.name
            = std::string(pickFrom(random, kFirstNames)) + ' ' + pickFrom(random, kLastNames);
        actor.email = random.id("m").substr(2, 8) + std::to_string(random.between(10, 99)) + '@'
                      + pickFrom(random, kMailDomains);
    };
    auto fromAbroad = [&](FraudActor &actor) {
        actor.ip = fraudIp(random);
        actor.ipCountry = pickFrom(random, kFraudCountries);
    };
    auto plan = [&](FraudAttempt attempt, qint64 at) {
        attempt.time = at;
        attempt.sequence = m_eventSequence++;
        m_fraudAttempts->push_back(std::move(attempt));
        std::push_heap(m_fraudAttempts->begin(), m_fraudAttempts->end(), FraudAttemptLater{});
    };
    const Customer &known = m_customers[size_t(random.below(qint64(m_customers.size())))];
    const double pick = random.uniform();
    FraudAttempt a;
    if (pick < kStolenShare) {
        // A stolen card: a new buyer, the victim's card, a large basket from abroad; the victim
        // disputes it weeks later, if they notice.
        const CurrencyProfile &profile = pickProfile(random);
        a.scenario = "stolen_card";
        a.actor.currency = profile.code;
        newPerson(a.actor);
        newCard(a.actor, profile.country);
        fromAbroad(a.actor);
        a.riskCenter = 55;
        a.declineChance = 0.3;
        a.disputeChance = 0.75;
        a.disputeAfterMin = 14 * kDay, a.disputeAfterMax = 45 * kDay;
        qint64 at = t;
        for (int n = int(random.between(1, 3)); n > 0; --n) {
            a.amount = priced(profile, basketUsd(random, 6.0));
            plan(a, at);
            at += random.between(120, 600);
        }
    } else if (pick < kStolenShare + kTakeoverShare) {
        // An account takeover: a known customer's account, a card and a country they never used.
        a.scenario = "account_takeover";
        a.actor.customer = known.id;
        a.actor.email = known.email;
        a.actor.name = known.name;
        a.actor.currency = known.currency;
        fromAbroad(a.actor);
        newCard(a.actor, a.actor.ipCountry);
        a.riskCenter = 38;
        a.declineChance = 0.15;
        a.disputeChance = 0.65;
        a.disputeAfterMin = 10 * kDay, a.disputeAfterMax = 40 * kDay;
        qint64 at = t;
        for (int n = int(random.between(1, 2)); n > 0; --n) {
            a.amount = priced(profileOf(known.currency), basketUsd(random, 5.0));
            plan(a, at);
            at += random.between(60, 300);
        }
    } else if (pick < kStolenShare + kTakeoverShare + kRingShare) {
        // A ring: a few e-mails sharing a few cards and addresses, over a few hours.
        const CurrencyProfile &profile = random.chance(0.6) ? kProfiles[0] : kProfiles[1];
        std::vector<FraudActor> people(size_t(random.between(3, 5)));
        std::vector<FraudActor> cards(size_t(random.between(2, 3)));
        std::vector<FraudActor> places(size_t(random.between(1, 2)));
        for (auto &p : people)
            newPerson(p);
        for (auto &c : cards)
            newCard(c, profile.country);
        for (auto &p : places)
            fromAbroad(p);
        a.scenario = "fraud_ring";
        a.riskCenter = 45;
        a.declineChance = 0.3;
        a.disputeChance = 0.5;
        a.disputeAfterMin = 14 * kDay, a.disputeAfterMax = 45 * kDay;
        const qint64 span = random.between(3600, 4 * 3600);
        for (int n = int(random.between(8, 14)); n > 0; --n) {
            const FraudActor &person = people[size_t(random.below(qint64(people.size())))];
            const FraudActor &card = cards[size_t(random.below(qint64(cards.size())))];
            const FraudActor &place = places[size_t(random.below(qint64(places.size())))];
            a.actor = person;
            a.actor.currency = profile.code;
            a.actor.brand = card.brand, a.actor.cardCountry = card.cardCountry;
            a.actor.funding = card.funding, a.actor.last4 = card.last4;
            a.actor.fingerprint = card.fingerprint;
            a.actor.ip = place.ip, a.actor.ipCountry = place.ipCountry;
            a.amount = priced(profile, basketUsd(random, 3.0));
            plan(a, t + random.below(span));
        }
    } else {
        // Friendly fraud: a customer's own order, as usual, disputed as "fraudulent" later.
        a.scenario = "friendly_fraud";
        a.fraud = false;
        a.actor = FraudActor{known.id,
                             known.email,
                             known.name,
                             known.currency,
                             known.brand,
                             known.country,
                             known.funding,
                             known.last4,
                             known.fingerprint,
                             known.ip,
                             known.ipCountry};
        a.amount = priced(profileOf(known.currency), basketUsd(random, 1.0));
        a.riskCenter = known.risk * 100.0;
        a.disputeChance = 1.0;
        a.disputeAfterMin = 20 * kDay, a.disputeAfterMax = 60 * kDay;
        plan(a, t);
    }
    scheduleNextScenario(t, m_inHistory);
}

void World::fraudAttempt(const FraudAttempt &a)
{
    Random &random = m_fraudRandom;
    const qint64 t = a.time;
    Charge c;
    c.id = random.id("ch");
    c.created = t;
    c.paymentIntent = random.id("pi");
    c.currency = a.actor.currency;
    c.amount = a.amount;
    c.customer = a.actor.customer;
    c.email = a.actor.email;
    c.customerName = a.actor.name;
    c.cardBrand = a.actor.brand;
    c.cardCountry = a.actor.cardCountry;
    c.cardFunding = a.actor.funding;
    c.cardLast4 = a.actor.last4;
    c.cardFingerprint = a.actor.fingerprint;
    c.cardIin = issuerIdentification(c.cardBrand, c.cardCountry, c.cardFingerprint);
    // Orders of their own numbering, so that the ordinary orders keep theirs.
    const qint64 order = 500000 + qint64(m_fraudLabels.size());
    c.description = "Order #" + std::to_string(order);
    c.metadataJson = "{\"order_id\":\"ORD-" + std::to_string(order) + "\",\"ip\":\"" + a.actor.ip
                     + "\",\"ip_country\":\"" + a.actor.ipCountry + "\"}";
    c.riskScore = int(std::clamp(a.riskCenter + random.normal() * 15.0, 0.0, 99.0));
    c.riskLevel = c.riskScore >= 75 ? "highest" : c.riskScore >= 65 ? "elevated" : "normal";

    if (c.riskLevel == "highest" && random.chance(0.8)) {
        markBlockedByStripe(c);
    } else if (random.chance(a.declineChance)) {
        // A stolen card is often reported already: the issuer says so.
        const bool reported = a.fraud && random.chance(0.4);
        const Decline &decline = kDeclines[size_t(random.below(std::size(kDeclines)))];
        if (reported)
            markDeclined(c, "card_declined", "stolen_card", "Your card was declined.");
        else
            markDeclined(c, decline.failureCode, decline.declineReason, decline.message);
    }
    if (c.status == "failed") {
        auto json = recordEvent(random, t, "charge.failed", c);
        m_fraudLabels.push_back(
            {m_charges->add(std::move(c), std::move(json)), a.fraud, a.scenario});
        return;
    }
    const int index = settleCharge(std::move(c), t, random);
    m_fraudLabels.push_back({index, a.fraud, a.scenario});
    if (random.chance(a.disputeChance)) {
        const qint64 at = t + random.between(a.disputeAfterMin, a.disputeAfterMax);
        m_events.push(Event{at, m_eventSequence++, EventKind::Dispute, index, true});
    }
}

void World::runFraud(qint64 t)
{
    if (!m_fraudAttempts->empty() && m_fraudAttempts->front().time == t) {
        std::pop_heap(m_fraudAttempts->begin(), m_fraudAttempts->end(), FraudAttemptLater{});
        const FraudAttempt attempt = std::move(m_fraudAttempts->back());
        m_fraudAttempts->pop_back();
        fraudAttempt(attempt);
    } else {
        startScenario(t);
    }
}

} // namespace paydeck::sandbox
