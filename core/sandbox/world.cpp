#include "world.h"

#include "card_issuers.h"
#include "sandbox_time.h"
#include "world_catalog.h"
#include "world_table.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <limits>
#include <mutex>

namespace paydeck::sandbox {

World::World(SandboxOptions options)
    : m_options(options)
    , m_random(options.seed)
    , m_bts(std::make_unique<Table<BalanceTransaction>>())
    , m_charges(std::make_unique<Table<Charge>>())
    , m_refunds(std::make_unique<Table<Refund>>())
    , m_payouts(std::make_unique<Table<Payout>>())
    , m_disputes(std::make_unique<Table<Dispute>>())
    , m_events_log(std::make_unique<Table<EventRecord>>())
    , m_fraudRandom(options.seed ^ 0x46524155442d3031ULL) // a stream of its own ("FRAUD-01")
    , m_apiRandom(options.seed ^ 0x4150492d57524954ULL)   // what API calls create ("API-WRIT")
    , m_fraudAttempts(std::make_unique<std::vector<FraudAttempt>>())
{
    if (m_options.anchor <= 0)
        m_options.anchor = QDateTime::currentSecsSinceEpoch() / 60 * 60;
    m_options.historyDays = std::max(1, m_options.historyDays);
}

World::~World() = default;

void World::generate(qint64 now)
{
    std::unique_lock lock(m_lock);
    // A customer base with stable cards, so that repeat buyers and card fingerprints look real.
    const int customerCount = 5000;
    m_customers.reserve(customerCount);
    for (int i = 0; i < customerCount; ++i) {
        Customer c;
        c.id = m_random.id("cus");
        const std::string first = kFirstNames[m_random.below(std::size(kFirstNames))];
        const std::string last = kLastNames[m_random.below(std::size(kLastNames))];
        c.name = first + ' ' + last;
        std::string local = first + '.' + m_random.digits(3);
        std::transform(local.begin(), local.end(), local.begin(), [](unsigned char ch) {
            return char(std::tolower(ch));
        });
        c.email = local + "@example.com";
        double pick = m_random.uniform();
        const CurrencyProfile *profile = &kProfiles[0];
        for (const auto &candidate : kProfiles) {
            if (pick < candidate.weight) {
                profile = &candidate;
                break;
            }
            pick -= candidate.weight;
        }
        c.currency = profile->code;
        // Most cards come from the currency's home country; some travel.
        c.country = m_random.chance(0.9) ? profile->country : (m_random.chance(0.5) ? "FR" : "BR");
        const double brand = m_random.uniform();
        c.brand = brand < 0.55   ? "visa"
                  : brand < 0.85 ? "mastercard"
                  : brand < 0.95 ? "amex"
                                 : (c.currency == "jpy" ? "jcb" : "discover");
        c.funding = m_random.chance(0.65) ? "credit" : "debit";
        c.last4 = m_random.digits(4);
        c.fingerprint = m_random.id("fp").substr(3, 16);
        c.risk = m_random.chance(0.03) ? 0.6 : m_random.uniform() * 0.2;
        // One address each, in the shared address space (RFC 6598), at home: no draw from the
        // seeded stream, so the rest of the world stays as it was.
        c.ip = "100." + std::to_string(64 + i / 65536) + '.' + std::to_string(i / 256 % 256) + '.'
               + std::to_string(i % 256);
        c.ipCountry = profile->country;
        m_customers.push_back(std::move(c));
    }

    m_historyStart = startOfDay(m_options.anchor) - qint64(m_options.historyDays) * kDay;
    m_clock = m_historyStart;
    m_nextMidnight = m_historyStart;
    const qint64 period = m_options.anchor - m_historyStart;
    if (m_options.incidents) {
        m_incidents = *m_options.incidents;
    } else {
        // Built in: a card-testing burst (80 attempts 9 s apart) late in the history, and an
        // issuer's outage two days back, in the busy afternoon (UTC) when it hurts most.
        const qint64 cardTesting = m_historyStart + qint64(double(period) * 0.62);
        const qint64 declineSpike = startOfDay(m_options.anchor) - 2 * kDay + 14 * 3600;
        m_incidents = {{"card_testing", cardTesting, cardTesting + 80 * 9},
                       {"decline_spike", declineSpike, declineSpike + 90 * 60}};
        m_incidents.insert(
            m_incidents.end(), m_options.extraIncidents.begin(), m_options.extraIncidents.end());
    }
    std::sort(m_incidents.begin(), m_incidents.end(), [](const Incident &a, const Incident &b) {
        return a.from < b.from;
    });
    m_dailyAttemptTarget = 400;
    scheduleNextAttempt(m_clock, true);
    scheduleNextScenario(m_clock, true);
    runUntil(m_options.anchor, true);

    if (m_options.backfillCount > 0) {
        // Top up to the exact count with payments in the last minute of the history.
        // Top up to the exact count with payments spread over the history's last hour.
        const qint64 missing = m_options.backfillCount - qint64(m_bts->size());
        const qint64 step = std::max<qint64>(1, 3600 / std::max<qint64>(1, missing * 11 / 10));
        qint64 t = std::max(m_clock, m_options.anchor - 3600);
        while (m_bts->size() < size_t(m_options.backfillCount)) {
            chargeAttempt(t, false);
            t = std::max(m_clock, std::min(t + step, m_options.anchor - 1));
        }
    }
    m_clock = m_options.anchor;
    scheduleNextAttempt(m_clock, false);
    scheduleNextScenario(m_clock, false);
    if (m_options.ratePerMinute > 0 && now > m_options.anchor) {
        // Catch up with what a live sandbox would have generated since the anchor, at most
        // two weeks of it (older gaps keep their scheduled refunds, payouts and disputes).
        const qint64 catchUpFrom = std::max(m_options.anchor, now - 14 * kDay);
        if (catchUpFrom > m_options.anchor)
            m_nextAttempt = catchUpFrom;
        runUntil(now, false);
    }
    serializeDirty();
}

bool World::advanceTo(qint64 now)
{
    if (m_options.ratePerMinute <= 0)
        return false;
    std::unique_lock lock(m_lock);
    if (now <= m_clock)
        return false;
    runUntil(now, false);
    ++m_version;
    return serializeDirty();
}

bool World::historyFull() const
{
    return m_options.backfillCount > 0 && m_bts->size() >= size_t(m_options.backfillCount);
}

double World::attemptsPerSecond(qint64 t, bool history) const
{
    if (!history)
        return m_options.ratePerMinute / 60.0 * (incidentAt("volume_drop", t) ? 0.15 : 1.0);
    const double rate = m_dailyAttemptTarget / kDay / kMeanDiurnal * diurnal(t) * weekly(t);
    return incidentAt("volume_drop", t) ? rate * 0.15 : rate;
}

void World::scheduleNextAttempt(qint64 after, bool history)
{
    if (!history) {
        const double rate = attemptsPerSecond(after, false);
        m_nextAttempt = rate > 0 ? after + std::max<qint64>(1, qint64(m_random.exponential(rate)))
                                 : std::numeric_limits<qint64>::max();
        return;
    }
    // Thinning: candidates at the peak rate, kept with the ratio of the actual rate.
    const double peak = m_dailyAttemptTarget / kDay / kMeanDiurnal;
    qint64 t = after;
    for (;;) {
        t += std::max<qint64>(1, qint64(std::llround(m_random.exponential(peak))));
        if (m_random.uniform() * peak <= attemptsPerSecond(t, true))
            break;
    }
    m_nextAttempt = t;
}

void World::runUntil(qint64 end, bool history)
{
    m_inHistory = history;
    while (!(history && historyFull())) {
        const qint64 nextEvent
            = m_events.empty() ? std::numeric_limits<qint64>::max() : m_events.top().time;
        const qint64 nextFraud = nextFraudTime();
        const qint64 t = std::min({m_nextAttempt, nextEvent, m_nextMidnight, nextFraud});
        if (t > end)
            break;
        m_clock = t;
        if (t == m_nextMidnight) {
            midnight(t);
            m_nextMidnight += kDay;
            if (history && m_options.backfillCount > 0) {
                // Steer the daily volume so that the history ends with the requested count:
                // the days left weighted by their traffic (an anchor at 13:00 leaves the quiet
                // morning, not half a day's volume), else the rest piles up in the last minutes.
                double remainingDays = 0;
                double dayWeight = weekly(t);
                for (qint64 at = t; at < end; at += 600) {
                    if (at % kDay < 600)
                        dayWeight = weekly(at); // once a day: it is the weekday's
                    remainingDays += diurnal(at) * dayWeight / kMeanDiurnal * 600.0 / kDay;
                }
                remainingDays = std::max(0.02, remainingDays);
                const double remaining = double(m_options.backfillCount) - double(m_bts->size());
                const double perAttempt
                    = 0.93 + 0.06 + double(kProfiles.size()) / std::max(1.0, m_dailyAttemptTarget);
                m_dailyAttemptTarget = std::max(1.0, remaining / remainingDays / perAttempt);
            }
        } else if (t == nextEvent) {
            const Event event = m_events.top();
            m_events.pop();
            switch (event.kind) {
            case EventKind::Refund:
                refund(t, event.index);
                break;
            case EventKind::Dispute:
                openDispute(t, event.index, event.planted);
                break;
            case EventKind::DisputeUpdate:
                advanceDispute(t, event.index, event.planted);
                break;
            }
        } else if (t == nextFraud) {
            runFraud(t);
        } else {
            while (m_nextBurst < m_incidents.size()
                   && (m_incidents[m_nextBurst].kind != "card_testing"
                       || m_incidents[m_nextBurst].to <= t)) {
                ++m_nextBurst; // not a burst, or one that ended before the world got there
            }
            if (m_nextBurst < m_incidents.size() && t >= m_incidents[m_nextBurst].from) {
                // Card testing: one fraudster tries stolen cards for $1, 9 seconds apart.
                const Incident &burst = m_incidents[m_nextBurst++];
                m_burstRemaining = int(std::max<qint64>(1, (burst.to - t) / 9));
            }
            if (m_burstRemaining > 0) {
                --m_burstRemaining;
                chargeAttempt(t, true);
                m_nextAttempt = t + 9;
            } else {
                chargeAttempt(t, false);
                scheduleNextAttempt(t, history);
            }
        }
    }
    if (!(history && historyFull()))
        m_clock = std::max(m_clock, end);
}

bool World::incidentAt(const char *kind, qint64 t) const
{
    return std::any_of(m_incidents.begin(), m_incidents.end(), [&](const Incident &i) {
        return i.kind == kind && t >= i.from && t < i.to;
    });
}

bool Incident::known(const std::string &kind)
{
    for (const char *name : {"decline_spike",
                             "card_testing",
                             "refund_spike",
                             "dispute_wave",
                             "volume_drop",
                             "api_outage",
                             "webhook_silence",
                             "payout_missing"}) {
        if (kind == name)
            return true;
    }
    return false;
}

void World::chargeAttempt(qint64 t, bool cardTesting)
{
    if (incidentAt("dispute_wave", t) && m_charges->size() > 0 && m_random.chance(0.5)) {
        // A dispute wave: a fraud ring's stolen cards come back as chargebacks, on payments of
        // the last weeks, within minutes of each other.
        const qint64 recent = std::min<qint64>(qint64(m_charges->size()), 3000);
        const int index = int(qint64(m_charges->size()) - 1 - m_random.below(recent));
        if (m_charges->rows.at(size_t(index)).status == "succeeded")
            m_events.push(
                Event{t + 1 + m_random.below(120), m_eventSequence++, EventKind::Dispute, index});
    }
    Charge c;
    c.id = m_random.id("ch");
    c.created = t;
    c.paymentIntent = m_random.id("pi");
    const Customer *customer = nullptr;
    if (cardTesting) {
        c.currency = "usd";
        c.amount = 100;
        c.cardBrand = m_random.chance(0.7) ? "visa" : "mastercard";
        c.cardCountry = m_random.chance(0.5) ? "US" : "GB";
        c.cardFunding = "credit";
        c.cardLast4 = m_random.digits(4);
        c.cardFingerprint = m_random.id("fp").substr(3, 16);
        c.cardIin = testedRangeIdentification(c.cardBrand);
        c.description = "Donation";
        c.metadataJson = R"({"ip":"185.220.101.47","ip_country":"DE"})";
    } else {
        customer = &m_customers[size_t(m_random.below(qint64(m_customers.size())))];
        const CurrencyProfile &profile = profileOf(customer->currency);
        c.currency = customer->currency;
        c.customer = customer->id;
        c.email = customer->email;
        c.customerName = customer->name;
        c.cardBrand = customer->brand;
        c.cardCountry = customer->country;
        c.cardFunding = customer->funding;
        c.cardLast4 = customer->last4;
        c.cardFingerprint = customer->fingerprint;
        c.cardIin = issuerIdentification(c.cardBrand, c.cardCountry, c.cardFingerprint);
        // Basket sizes are log-normal around $45.
        const double usd
            = std::clamp(std::exp(std::log(45.0) + 0.9 * m_random.normal()), 1.0, 5000.0);
        double minor = usd * profile.perUsd * std::pow(10.0, profile.exponent);
        if (profile.exponent == 3)
            minor = std::round(minor / 10.0) * 10.0; // Stripe wants BHD amounts in whole 10 fils
        c.amount = std::max<qint64>(profile.exponent == 0 ? 50 : 50, qint64(std::llround(minor)));
        const qint64 order = ++m_orderNumber;
        c.description = "Order #" + std::to_string(order);
        c.metadataJson = "{\"order_id\":\"ORD-" + std::to_string(order) + "\",\"ip\":\""
                         + customer->ip + "\",\"ip_country\":\"" + customer->ipCountry + "\"}";
    }

    const double baseRisk = cardTesting ? 0.7 : customer->risk;
    c.riskScore = int(std::clamp(baseRisk * 100.0 + m_random.normal() * 8.0, 0.0, 99.0));
    c.riskLevel = c.riskScore >= 75 ? "highest" : c.riskScore >= 65 ? "elevated" : "normal";

    double declineProbability = cardTesting ? 0.85 : 0.055 + baseRisk * 0.1;
    const bool spike = incidentAt("decline_spike", t);
    if (spike)
        declineProbability = 0.6;
    const bool declined = m_random.chance(declineProbability);
    if (declined) {
        if (c.riskLevel == "highest" && !spike) {
            markBlockedByStripe(c);
        } else {
            const Decline *decline = &kDeclines[0];
            if (spike) {
                decline = &kDeclines[5];
            } else if (cardTesting) {
                decline = m_random.chance(0.6) ? &kDeclines[3] : &kDeclines[1];
            } else {
                double pick = m_random.uniform();
                for (const auto &candidate : kDeclines) {
                    if (pick < candidate.weight) {
                        decline = &candidate;
                        break;
                    }
                    pick -= candidate.weight;
                }
            }
            markDeclined(c, decline->failureCode, decline->declineReason, decline->message);
        }
        auto json = recordEvent(m_random, t, "charge.failed", c);
        const int index = m_charges->add(std::move(c), std::move(json));
        if (cardTesting)
            m_fraudLabels.push_back({index, true, "card_testing"});
        return;
    }

    const int chargeIndex = settleCharge(std::move(c), t, m_random);
    if (cardTesting)
        m_fraudLabels.push_back({chargeIndex, true, "card_testing"});

    const bool refundSpike = incidentAt("refund_spike", t);
    const double refundChance = cardTesting ? 0.0 : (refundSpike ? 0.5 : 0.05);
    if (m_random.chance(refundChance)) {
        // A refund spike (a shipping failure, a broken product) refunds within the hour.
        const qint64 at
            = refundSpike ? t + 60 + m_random.below(3600) : t + 3600 + m_random.below(10 * kDay);
        m_events.push(Event{at, m_eventSequence++, EventKind::Refund, chargeIndex});
    } else if (!cardTesting && m_random.chance(0.004 + baseRisk * 0.02)) {
        const qint64 at = t + 3 * kDay + m_random.below(27 * kDay);
        m_events.push(Event{at, m_eventSequence++, EventKind::Dispute, chargeIndex});
    }
}

/// A charge that succeeded: captured, its fee, its pending balance transaction; returns its index.
int World::settleCharge(Charge c, qint64 t, Random &random)
{
    c.status = "succeeded";
    c.paid = true;
    c.captured = true;
    c.amountCaptured = c.amount;
    c.outcomeType = "authorized";
    c.networkStatus = "approved_by_network";
    c.sellerMessage = "Payment complete.";

    const CurrencyProfile &profile = profileOf(c.currency);
    const bool international = c.cardCountry != "US";
    // 2.9% + fixed, +1.5% for international cards; JPY has no fixed part but 3.6%.
    const double percent = (profile.exponent == 0 ? 3.6 : 2.9) + (international ? 1.5 : 0.0);
    qint64 fee = qint64(std::llround(double(c.amount) * percent / 100.0)) + profile.fixedFee;
    if (profile.exponent == 3)
        fee = (fee + 5) / 10 * 10;

    BalanceTransaction bt;
    bt.id = random.id("txn");
    bt.amount = c.amount;
    bt.currency = c.currency;
    bt.fee = fee;
    bt.feeDetails.push_back(FeeDetail{fee, c.currency, "stripe_fee", "Stripe processing fees", {}});
    bt.net = c.amount - fee;
    bt.status = "pending";
    bt.type = "charge";
    bt.reportingCategory = "charge";
    bt.created = t;
    bt.availableOn = startOfDay(t) + 2 * kDay;
    bt.source = c.id;
    bt.description = c.description;
    c.balanceTransaction = bt.id;
    auto json = recordEvent(random, t, "charge.succeeded", c);
    const int chargeIndex = m_charges->add(std::move(c), std::move(json));
    addBalanceTransaction(std::move(bt));
    return chargeIndex;
}

int World::addBalanceTransaction(BalanceTransaction bt)
{
    const int index = m_bts->add(bt);
    const Unsettled unsettled{index, bt.availableOn, bt.net};
    m_unpaid[bt.currency].push_back(unsettled);
    if (bt.status == "pending")
        m_pendingBts.push_back(unsettled);
    return index;
}

void World::refund(qint64 t, int chargeIndex)
{
    Charge charge = m_charges->rows.at(size_t(chargeIndex));
    if (charge.disputed || charge.amountRefunded >= charge.amount)
        return;
    const bool full = m_random.chance(0.7);
    qint64 amount = full ? charge.amount
                         : std::max<qint64>(1, charge.amount * m_random.between(10, 60) / 100);
    if (profileOf(charge.currency).exponent == 3)
        amount = std::max<qint64>(10, amount / 10 * 10);
    amount = std::min(amount, charge.amount - charge.amountRefunded);

    static const char *const reasons[] = {"requested_by_customer", "duplicate", "fraudulent"};
    addRefund(m_random, t, chargeIndex, amount, [this] {
        return reasons[m_random.chance(0.85) ? 0 : m_random.between(1, 2)];
    });
}

std::string World::addRefund(Random &random,
                             qint64 t,
                             int chargeIndex,
                             qint64 amount,
                             const std::function<const char *()> &reason)
{
    Charge charge = m_charges->rows.at(size_t(chargeIndex));
    Refund r;
    r.id = random.id("re");
    r.amount = amount;
    r.currency = charge.currency;
    r.charge = charge.id;
    r.status = "succeeded";
    r.reason = reason();
    r.created = t;
    r.metadataJson = "{}";

    BalanceTransaction bt;
    bt.id = random.id("txn");
    bt.amount = -amount;
    bt.currency = charge.currency;
    bt.net = -amount;
    bt.status = "available";
    bt.type = "refund";
    bt.reportingCategory = "refund";
    bt.created = t;
    bt.availableOn = t;
    bt.source = r.id;
    bt.description = "REFUND FOR CHARGE (" + charge.description + ")";
    r.balanceTransaction = bt.id;

    charge.amountRefunded += amount;
    charge.refunded = charge.amountRefunded == charge.amount;
    m_charges->put(chargeIndex, charge);
    m_charges->setJson(chargeIndex, recordEvent(random, t, "charge.refunded", charge));
    std::string id = r.id;
    m_refunds->add(std::move(r));
    addBalanceTransaction(std::move(bt));
    return id;
}

void World::openDispute(qint64 t, int chargeIndex, bool planted)
{
    // A planted dispute (a fraud scenario's) draws from the scenarios' stream and is fraudulent.
    Random &random = planted ? m_fraudRandom : m_random;
    Charge charge = m_charges->rows.at(size_t(chargeIndex));
    if (charge.amountRefunded > 0 || charge.disputed)
        return;
    const qint64 disputeFee = profileOf(charge.currency).disputeFee;
    Dispute d;
    d.id = random.id("dp");
    d.amount = charge.amount;
    d.currency = charge.currency;
    d.charge = charge.id;
    d.status = "needs_response";
    static const char *const reasons[] = {"fraudulent",
                                          "fraudulent",
                                          "fraudulent",
                                          "product_not_received",
                                          "duplicate",
                                          "subscription_canceled",
                                          "unrecognized"};
    d.reason = planted ? "fraudulent" : reasons[random.below(std::size(reasons))];
    // An ordinary customer disputing as "fraudulent" is friendly fraud: labelled, not fraud.
    if (!planted && d.reason == "fraudulent")
        m_fraudLabels.push_back({chargeIndex, false, "friendly_fraud"});
    d.created = t;
    d.evidenceDueBy = startOfDay(t) + 8 * kDay - 1;
    d.metadataJson = "{}";

    BalanceTransaction bt;
    bt.id = random.id("txn");
    bt.amount = -charge.amount;
    bt.currency = charge.currency;
    bt.fee = disputeFee;
    bt.feeDetails.push_back(
        FeeDetail{disputeFee, charge.currency, "stripe_fee", "Dispute fee", {}});
    bt.net = -charge.amount - disputeFee;
    bt.status = "available";
    bt.type = "adjustment";
    bt.reportingCategory = "dispute";
    bt.created = t;
    bt.availableOn = t;
    bt.source = d.id;
    bt.description = "Chargeback withdrawal for " + charge.id;
    d.balanceTransactions.push_back(bt.id);

    charge.disputed = true;
    m_charges->put(chargeIndex, charge);
    auto json = recordEvent(random, t, "charge.dispute.created", d);
    const int disputeIndex = m_disputes->add(std::move(d), std::move(json));
    addBalanceTransaction(std::move(bt));
    m_events.push(
        Event{t + 7 * kDay, m_eventSequence++, EventKind::DisputeUpdate, disputeIndex, planted});
}

void World::advanceDispute(qint64 t, int disputeIndex, bool planted)
{
    Random &random = planted ? m_fraudRandom : m_random;
    Dispute d = m_disputes->rows.at(size_t(disputeIndex));
    if (d.status == "needs_response") {
        d.status = "under_review";
        m_events.push(Event{
            t + 45 * kDay, m_eventSequence++, EventKind::DisputeUpdate, disputeIndex, planted});
    } else if (d.status == "under_review") {
        const bool won = random.chance(0.35);
        d.status = won ? "won" : "lost";
        if (won) {
            BalanceTransaction bt;
            bt.id = random.id("txn");
            bt.amount = d.amount;
            bt.currency = d.currency;
            bt.net = d.amount;
            bt.status = "available";
            bt.type = "adjustment";
            bt.reportingCategory = "dispute_reversal";
            bt.created = t;
            bt.availableOn = t;
            bt.source = d.id;
            bt.description = "Chargeback reversal for " + d.charge;
            d.balanceTransactions.push_back(bt.id);
            addBalanceTransaction(std::move(bt));
        }
    }
    m_disputes->put(disputeIndex, d);
    m_disputes->setJson(
        disputeIndex,
        recordEvent(random,
                    t,
                    d.status == "under_review" ? "charge.dispute.updated" : "charge.dispute.closed",
                    d));
}

void World::midnight(qint64 t)
{
    // Funds become available, then each currency's available balance is paid out.
    std::vector<Unsettled> stillPending;
    BalanceTransaction bt;
    for (const Unsettled &pending : m_pendingBts) {
        if (pending.availableOn > t) {
            stillPending.push_back(pending);
            continue;
        }
        m_bts->rows.read(size_t(pending.index), bt);
        bt.status = "available";
        m_bts->put(pending.index, bt);
    }
    m_pendingBts.swap(stillPending);
    std::vector<int> stillInTransit;
    for (const int index : m_inTransitPayouts) {
        Payout p = m_payouts->rows.at(size_t(index));
        if (p.arrivalDate <= t) {
            p.status = "paid";
            m_payouts->put(index, p);
            m_payouts->setJson(index, recordEvent(m_random, t, "payout.paid", p));
        } else {
            stillInTransit.push_back(index);
        }
    }
    m_inTransitPayouts.swap(stillInTransit);
    if (t == m_historyStart)
        return; // nothing to pay out before the first day
    for (const auto &profile : kProfiles)
        payout(t, profile.code);
}

void World::payout(qint64 t, const std::string &currency)
{
    auto &unpaid = m_unpaid[currency];
    qint64 sum = 0;
    std::vector<int> settled;
    std::vector<Unsettled> remaining;
    for (const Unsettled &candidate : unpaid) {
        if (candidate.availableOn <= t) {
            sum += candidate.net;
            settled.push_back(candidate.index);
        } else {
            remaining.push_back(candidate);
        }
    }
    if (settled.empty() || sum <= 0 || (m_inHistory && historyFull()))
        return;
    unpaid.swap(remaining);

    const qint64 at = t; // objects are created in time order, so all payouts at the day's start
    Payout p;
    p.id = m_random.id("po");
    p.amount = sum;
    p.currency = currency;
    p.created = at;
    p.arrivalDate = arrivalDate(at);
    p.status = "in_transit";
    p.type = "bank_account";
    p.method = "standard";
    p.automatic = true;
    p.description = "STRIPE PAYOUT";
    p.destination = "ba_"
                    + std::string(currency == "usd" ? "1PaydeckUSDaccount000000"
                                                    : "1PaydeckMultiCurrency000");
    p.metadataJson = "{}";

    BalanceTransaction bt;
    bt.id = m_random.id("txn");
    bt.amount = -sum;
    bt.currency = currency;
    bt.net = -sum;
    bt.status = "available";
    bt.type = "payout";
    bt.reportingCategory = "payout";
    bt.created = at;
    bt.availableOn = at;
    bt.source = p.id;
    bt.description = "STRIPE PAYOUT";
    p.balanceTransaction = bt.id;

    auto &members = m_btsByPayout[p.id];
    BalanceTransaction member; // unpacked into, one row at a time
    for (const int index : settled) {
        m_bts->rows.read(size_t(index), member);
        member.payout = p.id;
        m_bts->put(index, member);
        members.push_back(index);
    }
    auto json = recordEvent(m_random, at, "payout.created", p);
    const int payoutIndex = m_payouts->add(std::move(p), std::move(json));
    m_inTransitPayouts.push_back(payoutIndex);
    const int btIndex = m_bts->add(std::move(bt));
    (void)btIndex; // a payout's own transaction is not part of a later payout
}

void World::recordEvent(Random &random,
                        qint64 t,
                        const char *type,
                        std::shared_ptr<const std::string> objectJson)
{
    EventRecord event;
    event.id = random.id("evt");
    event.created = t;
    event.type = type;
    event.objectJson = std::move(objectJson);
    m_events_log->add(std::move(event));
}

template<typename T>
std::shared_ptr<const std::string>
World::recordEvent(Random &random, qint64 t, const char *type, const T &object)
{
    // Stripe keeps events for 30 days; so does the sandbox (and saves memory on long histories).
    if (t < m_options.anchor - 30 * kDay)
        return {};
    auto json = std::make_shared<const std::string>(toStripeJson(object));
    recordEvent(random, t, type, json);
    return json;
}

bool World::serializeDirty()
{
    bool any = m_bts->serializeDirty();
    any |= m_charges->serializeDirty();
    any |= m_refunds->serializeDirty();
    any |= m_payouts->serializeDirty();
    any |= m_disputes->serializeDirty();
    any |= m_events_log->serializeDirty();
    return any;
}

} // namespace paydeck::sandbox
