#include "fraud_monitor.h"

#include "store/object_repository.h"
#include "store/session.h"
#include "store/store_writer.h"

#include <QDateTime>
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
                           MetadataKeys keys,
                           QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_writer(writer)
    , m_keys(std::move(keys))
    , m_relay(std::make_shared<FraudQueueRelay>())
{
    connect(m_relay.get(), &FraudQueueRelay::queued, this, &FraudMonitor::queued);
    connect(m_relay.get(), &FraudQueueRelay::failed, this, &FraudMonitor::failed);
}

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

void FraudMonitor::reloadRates()
{
    auto rates = storedRates(*m_session);
    if (!rates) {
        emit failed(rates.error()); // the rates read so far stay
        return;
    }
    m_rates = std::move(rates.value());
}

bool FraudMonitor::seen(qint64 sourceId, const std::string &id)
{
    const quint64 key = quint64(std::hash<std::string>{}(id)) * 1000003u ^ quint64(sourceId);
    return !m_seen.insert(key).second;
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
    reloadRates();
    m_settleTimer = new QTimer(this);
    m_settleTimer->setSingleShot(true);
    connect(m_settleTimer, &QTimer::timeout, this, &FraudMonitor::settle);
    if (replayHistory()) {
        m_started = true;
        emit ready(qint64(m_seen.size()));
    }
}

bool FraudMonitor::replayHistory()
{
    auto mark = m_session->fraud().scoredThrough();
    if (!mark) {
        emit failed(mark.error());
        return false;
    }
    // A store never scored queues only the flagged charges of its last days (older ones are
    // history); afterwards everything after the mark (a charge created a little before it may
    // have arrived late: queueing is idempotent).
    const bool firstScoring = mark.value() <= 0;
    m_tracker = VelocityTracker();
    m_seen.clear();
    m_latest = 0;
    m_unsettled = 0;
    std::vector<store::ReviewCandidate> candidates;
    const int scoredCount
        = scan(std::numeric_limits<qint64>::min(),
               std::numeric_limits<qint64>::max(),
               firstScoring ? std::numeric_limits<qint64>::min() : mark.value() - 86400,
               candidates);
    if (scoredCount < 0)
        return false;
    if (firstScoring)
        std::erase_if(candidates, [&](const store::ReviewCandidate &c) {
            return c.created < m_latest - kFirstQueueDays * 86400;
        });
    emit chargesScored(scoredCount, int(candidates.size()));
    queue(std::move(candidates), m_latest);
    return true;
}

void FraudMonitor::settle()
{
    if (!m_started || m_unsettled == 0)
        return;
    m_unsettled = 0;
    m_unsettledSince.invalidate();
    replayHistory();
}

void FraudMonitor::applyChange(const store::ChangeSet &change)
{
    if (!m_started)
        return;
    if (change.touches(store::ChangeSet::FraudRules))
        reloadRules(); // judges what comes next; what is queued stays
    if (change.touches(store::ChangeSet::Rates))
        reloadRates();
    if (!change.touches(store::ChangeSet::Objects) || !change.touches(ObjectType::Charge)
        || change.createdFrom == 0)
        return;
    std::vector<store::ReviewCandidate> candidates;
    const int scoredCount
        = scan(change.createdFrom, change.createdTo + 1, std::nullopt, candidates);
    if (scoredCount > 0) {
        emit chargesScored(scoredCount, int(candidates.size()));
        queue(std::move(candidates), m_latest);
    }
    if (m_unsettled > 0) {
        // Settled once the feed is quiet (a backfill has ended), or every so often meanwhile.
        if (!m_unsettledSince.isValid())
            m_unsettledSince.start();
        const qint64 waited = m_unsettledSince.elapsed();
        m_settleTimer->start(
            int(std::max<qint64>(0, std::min<qint64>(kSettleMs, kMaxUnsettledMs - waited))));
    }
}

int FraudMonitor::scan(qint64 from,
                       qint64 to,
                       std::optional<qint64> scoreFrom,
                       std::vector<store::ReviewCandidate> &candidates)
{
    // Live (no scoreFrom): a charge is scored at once when it is news — newer than what was
    // seen, with history before it. Anything older is history arriving (a backfill walks back
    // in time): scoring it now would count only what came before it in arrival, not in time;
    // it waits for the replay that settles it.
    const bool settled = m_unsettled == 0 && m_latest > 0;
    int scoredCount = 0;
    ScoredCharge scored;
    store::ReadSnapshot snapshot(*m_session);
    auto scanned = m_session->objects().scanCharges(from, to, [&](qint64 sourceId, Charge &&c) {
        if (seen(sourceId, c.id))
            return true; // scored when it first came
        scored.facts = chargeFacts(c, sourceId, m_keys);
        const bool score = scoreFrom ? scored.facts.created >= *scoreFrom
                                     : settled && scored.facts.created >= m_latest - kLateSeconds;
        if (!scoreFrom && !score)
            ++m_unsettled;
        m_latest = std::max(m_latest, scored.facts.created);
        if (score) {
            scored.features = m_tracker.features(scored.facts);
            scored.risk = assessRisk(scored.facts, scored.features);
            convertToEur(scored, m_rates);
            const RuleVerdict verdict = m_rules.judge(scored);
            scored.action = verdict.action;
            ++scoredCount;
            if (verdict.action != Action::Allow)
                candidates.push_back(reviewCandidate(scored, verdict));
        }
        m_tracker.add(scored.facts);
        return true;
    });
    if (!scanned) {
        emit failed(scanned.error());
        return -1;
    }
    return scoredCount;
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
        [relay = m_relay, ids](const Result<void> &done) {
            // On the writer thread: the relay's signals reach the monitor queued.
            if (!done)
                emit relay->failed(done.error());
            else if (!ids.isEmpty())
                emit relay->queued(ids);
        },
        store::ChangeSet::FraudReviews);
}

} // namespace paydeck::fraud
