#include "fraud_monitor.h"

#include "store/object_repository.h"
#include "store/session.h"
#include "store/store_writer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace paydeck::fraud {

Result<FraudRuleSet> rulesInForce(store::Session &session)
{
    auto active = session.fraud().activeRules();
    if (!active)
        return makeError(active.error());
    if (!active.value())
        return FraudRuleSet::parse(FraudRuleSet::defaultText());
    auto parsed = FraudRuleSet::parse(active.value()->text);
    if (!parsed)
        return makeError(QStringLiteral("fraud rules version %1: %2")
                             .arg(active.value()->version)
                             .arg(parsed.error()));
    return parsed;
}

store::ReviewCandidate reviewCandidate(const ScoredCharge &scored, const RuleVerdict &verdict)
{
    const ChargeFacts &c = scored.facts;
    store::ReviewCandidate r;
    r.sourceId = c.sourceId;
    r.charge = c.id;
    r.created = c.created;
    r.amount = c.amount;
    r.currency = c.currency;
    r.declined = c.declined;
    r.cardFingerprint = c.cardFingerprint;
    r.cardLast4 = c.cardLast4;
    r.email = c.email;
    r.ip = c.ip;
    r.customer = c.customer;
    r.score = scored.risk.score;
    r.action = actionName(verdict.action).toStdString();
    if (verdict.rule)
        r.rule = verdict.rule->text.toStdString();
    QJsonArray reasons;
    for (const Reason &reason : scored.risk.reasons)
        reasons.append(
            QJsonObject{{QStringLiteral("code"), reason.code},
                        {QStringLiteral("weight"), std::round(reason.weight * 100) / 100},
                        {QStringLiteral("text"), reason.text}});
    r.reasons = QJsonDocument(reasons).toJson(QJsonDocument::Compact).toStdString();
    return r;
}

FraudMonitor::FraudMonitor(QString storePath,
                           store::StoreWriter *writer,
                           std::optional<MetadataKeys> keys,
                           QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_writer(writer)
    , m_fixedKeys(std::move(keys))
    , m_calls(new QueuedCalls(this))
{}

FraudMonitor::~FraudMonitor() = default;

bool FraudMonitor::reloadRules()
{
    auto rules = rulesInForce(*m_session);
    if (!rules) {
        emit failed(rules.error()); // the rules judged so far stay in force
        return false;
    }
    m_rules = std::move(rules.value());
    return true;
}

namespace {
bool sameKeys(const MetadataKeys &a, const MetadataKeys &b)
{
    return a.ip == b.ip && a.ipCountry == b.ipCountry;
}
} // namespace

bool FraudMonitor::readEverything()
{
    m_tracker = VelocityTracker();
    m_charges = 0;
    m_lastArrival = 0;
    m_latest = 0;
    m_waitingAfter = -1;
    std::vector<store::ReviewCandidate> none; // an empty tracker reads everything as history
    return readArrivals(none) >= 0;
}

void FraudMonitor::rekeyIfRulesSayOtherwise()
{
    const MetadataKeys wanted = m_fixedKeys.value_or(m_rules.metadataKeys());
    if (sameKeys(wanted, m_keys))
        return;
    m_keys = wanted;
    if (m_started && readEverything())
        settle();
}

void FraudMonitor::reloadRates()
{
    auto rates = storedRates(*m_session);
    if (!rates) {
        emit failed(rates.error()); // the rates read so far stay
        return;
    }
    m_rates = std::move(rates.value());
}

void FraudMonitor::start()
{
    auto session = store::openSession(m_storePath, store::Access::ReadOnly);
    if (!session) {
        emit failed(session.error());
        return;
    }
    m_session = std::move(session.value());
    if (!reloadRules())
        m_rules = FraudRuleSet::parse(FraudRuleSet::defaultText()).value();
    m_keys = m_fixedKeys.value_or(m_rules.metadataKeys());
    reloadRates();
    m_settleTimer = new QTimer(this);
    m_settleTimer->setSingleShot(true);
    connect(m_settleTimer, &QTimer::timeout, this, &FraudMonitor::settle);
    // The stored history: all of it waits (nothing is news before the start), then the part
    // after the scoring mark is scored.
    std::vector<store::ReviewCandidate> none;
    if (readArrivals(none) < 0)
        return;
    m_started = true;
    settle();
    emit ready(m_charges);
}

int FraudMonitor::readArrivals(std::vector<store::ReviewCandidate> &candidates)
{
    const qint64 readAfter = m_lastArrival;
    const qint64 newsFrom = m_latest - kLateSeconds;
    // News needs history before it: nothing is news before the start, on an empty tracker, or
    // while something waits (what comes next may be what it waits for).
    const bool mayBeNews = m_started && m_waitingAfter < 0 && m_latest > 0;
    bool historyArrived = m_latest == 0; // on an empty tracker everything is history
    std::vector<ChargeFacts> news;       // kept only while all that came may be news
    qint64 read = 0;
    store::ReadSnapshot snapshot(*m_session);
    auto scanned = m_session->objects().scanChargesArrivedAfter(
        readAfter,
        std::numeric_limits<qint64>::min(),
        chargeFactFields(),
        [&](qint64 arrival, qint64 sourceId, Charge &&c) {
            m_lastArrival = std::max(m_lastArrival, arrival);
            ChargeFacts facts = chargeFacts(c, sourceId, m_keys);
            m_latest = std::max(m_latest, facts.created);
            m_tracker.add(facts); // a charge read twice (a bulk load's duplicate) counts once
            ++read;
            historyArrived = historyArrived || facts.created < newsFrom;
            if (historyArrived || !mayBeNews)
                news.clear();
            else
                news.push_back(std::move(facts));
            return true;
        });
    if (!scanned) {
        emit failed(scanned.error());
        return -1;
    }
    m_charges += read;
    if (read == 0)
        return 0;
    if (historyArrived || !mayBeNews) {
        if (m_waitingAfter < 0)
            m_waitingAfter = readAfter;
        // History keeps the wait going while it comes; news alone does not (a busy live feed
        // would otherwise never let a backfill's end be scored).
        if (historyArrived && m_started)
            m_settleTimer->start(kSettleMs);
        return 0;
    }
    for (const ChargeFacts &facts : news)
        score(facts, candidates);
    return int(news.size());
}

void FraudMonitor::score(const ChargeFacts &facts, std::vector<store::ReviewCandidate> &candidates)
{
    ScoredCharge scored;
    scored.facts = facts;
    scoreCharge(scored, m_tracker, m_rates);
    const RuleVerdict verdict = m_rules.judge(scored);
    if (verdict.action != Action::Allow)
        candidates.push_back(reviewCandidate(scored, verdict));
}

void FraudMonitor::settle()
{
    if (!m_started || m_waitingAfter < 0)
        return;
    m_settleTimer->stop();
    std::vector<store::ReviewCandidate> candidates;
    if (readArrivals(candidates) < 0) // what came since the last change, into the tracker
        return;
    auto mark = m_session->fraud().scoredThrough();
    if (!mark) {
        emit failed(mark.error());
        return;
    }
    // A store never scored queues only the flagged charges of its last days (older ones are
    // history); afterwards what waits from a day before the mark on (a charge created a little
    // before it may have arrived late: queueing is idempotent). The tracker holds the whole
    // history, so each is scored as in time order.
    const bool firstScoring = mark.value() <= 0;
    const qint64 from = firstScoring ? m_latest - kFirstQueueDays * 86400 : mark.value() - 86400;
    const qint64 readThrough = m_lastArrival;
    bool more = false;
    int scoredCount = 0;
    store::ReadSnapshot snapshot(*m_session);
    auto scanned = m_session->objects().scanChargesArrivedAfter(
        m_waitingAfter, from, chargeFactFields(), [&](qint64 arrival, qint64 sourceId, Charge &&c) {
            if (arrival > readThrough) {
                more = true; // committed since the tracker's read: it waits for the next
                return true;
            }
            score(chargeFacts(c, sourceId, m_keys), candidates);
            ++scoredCount;
            return true;
        });
    if (!scanned) {
        emit failed(scanned.error());
        return; // what waits stays waiting: the next settling tries again
    }
    m_waitingAfter = more ? readThrough : -1;
    if (more)
        m_settleTimer->start(kSettleMs);
    emit chargesScored(scoredCount, int(candidates.size()));
    queue(std::move(candidates), m_latest);
}

void FraudMonitor::applyChange(const store::ChangeSet &change)
{
    if (!m_started)
        return;
    if (change.touches(store::ChangeSet::FraudRules) && reloadRules())
        rekeyIfRulesSayOtherwise(); // the rules judge what comes next; what is queued stays
    if (change.touches(store::ChangeSet::Rates))
        reloadRates();
    if (!change.touches(store::ChangeSet::Objects) || !change.touches(ObjectType::Charge))
        return;
    std::vector<store::ReviewCandidate> candidates;
    const int scoredCount = readArrivals(candidates);
    if (scoredCount > 0) {
        emit chargesScored(scoredCount, int(candidates.size()));
        queue(std::move(candidates), m_latest);
    }
}

void FraudMonitor::queue(std::vector<store::ReviewCandidate> candidates, qint64 scoredThrough)
{
    if (!m_writer)
        return;
    QStringList ids;
    for (const store::ReviewCandidate &c : candidates)
        ids << QString::fromStdString(c.charge);
    auto shared = std::make_shared<std::vector<store::ReviewCandidate>>(std::move(candidates));
    m_writer->submitJob(
        [shared, scoredThrough](store::Session &session) -> Result<void> {
            auto added = session.fraud().addReviews(*shared, scoredThrough);
            if (!added)
                return makeError(added.error());
            return {};
        },
        [this, post = m_calls->poster(), ids](const Result<void> &done) {
            // On the writer thread: the answer goes to the monitor's own.
            post([this, ids, done] {
                if (!done)
                    emit failed(done.error());
                else if (!ids.isEmpty())
                    emit queued(ids);
            });
        },
        store::ChangeSet::FraudReviews);
}

} // namespace paydeck::fraud
