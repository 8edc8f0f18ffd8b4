#include "fraud_desk.h"

#include "fraud_monitor.h"
#include "fraud_refund.h"
#include "fraud_rules.h"
#include "rule_lists.h"
#include "secrets/source_secrets.h"
#include "store/session.h"
#include "store/store_writer.h"

namespace paydeck::fraud {

FraudDesk::FraudDesk(QString storePath,
                     store::StoreWriter *writer,
                     std::shared_ptr<secrets::SecretStore> secrets,
                     QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_writer(writer)
    , m_secrets(std::move(secrets))
    , m_calls(new QueuedCalls(this))
{
    qRegisterMetaType<paydeck::fraud::ReviewList>();
    qRegisterMetaType<paydeck::fraud::ReviewDetail>();
    qRegisterMetaType<paydeck::fraud::ReviewCounts>();
    qRegisterMetaType<paydeck::fraud::Investigation>();
    qRegisterMetaType<paydeck::store::ReviewQuery>();
    qRegisterMetaType<paydeck::store::ReviewChange>();
    qRegisterMetaType<std::vector<paydeck::store::ReviewChange>>();
    qRegisterMetaType<paydeck::store::FraudReview>();
}

FraudDesk::~FraudDesk() = default;

bool FraudDesk::ensureSession()
{
    if (m_session)
        return true;
    auto session = store::openSession(m_storePath, store::Access::ReadOnly);
    if (!session) {
        emit failed(session.error());
        return false;
    }
    m_session = std::move(session.value());
    return true;
}

void FraudDesk::watchQueue(const store::ReviewQuery &query)
{
    m_query = query;
    readQueue();
}

void FraudDesk::readQueue()
{
    if (!m_query || !ensureSession())
        return;
    auto reviews = m_session->fraud().reviews(*m_query);
    auto counts = m_session->fraud().reviewCounts();
    if (!reviews || !counts) {
        emit failed(reviews ? counts.error() : reviews.error());
        return;
    }
    ReviewCounts out;
    for (const auto &[status, count] : counts.value()) {
        if (status == "open")
            out.open = count;
        else if (status == "needs_info")
            out.needsInfo = count;
        else if (status == "approved")
            out.approved = count;
        else if (status == "fraudulent")
            out.fraudulent = count;
    }
    emit queueChanged(reviews.value(), out);
}

std::optional<ReviewDetail> FraudDesk::readDetail(qint64 sourceId, const std::string &charge)
{
    if (!ensureSession())
        return std::nullopt;
    auto reviews = m_session->fraud().reviewsOfCharge(charge);
    auto history = m_session->fraud().reviewHistory(sourceId, charge);
    if (!reviews || !history) {
        emit failed(reviews ? history.error() : reviews.error());
        return std::nullopt;
    }
    for (const store::FraudReview &review : reviews.value())
        if (review.sourceId == sourceId)
            return ReviewDetail{review, history.value()};
    emit failed(tr("%1 is not in the review queue").arg(QString::fromStdString(charge)));
    return std::nullopt;
}

void FraudDesk::openReview(qint64 sourceId, const QString &charge)
{
    if (auto detail = readDetail(sourceId, charge.toStdString()))
        emit reviewOpened(*detail);
}

void FraudDesk::change(const store::ReviewChange &change)
{
    changeAll({change});
}

void FraudDesk::changeAll(const std::vector<store::ReviewChange> &changes)
{
    if (changes.empty())
        return;
    m_writer->submitJob(
        [changes](store::Session &session) -> Result<void> {
            for (const store::ReviewChange &change : changes) {
                // One transaction: a refusal rolls back the ones before it.
                if (auto changed = session.fraud().changeReview(change); !changed)
                    return makeError(changed.error());
            }
            return {};
        },
        [this, post = m_calls->poster(), first = changes.front()](const Result<void> &done) {
            // On the writer thread: read the outcome back on the desk's own.
            post([this, first, done] {
                if (!done) {
                    emit failed(done.error());
                    return;
                }
                if (auto detail = readDetail(first.sourceId, first.charge))
                    emit changed(*detail);
            });
        },
        store::ChangeSet::FraudReviews);
}

void FraudDesk::refund(const store::FraudReview &review, const QString &who, const QString &note)
{
    if (!ensureSession())
        return;
    std::optional<store::SourceConfig> source
        = m_resolver ? m_resolver(review.sourceId) : std::nullopt;
    const bool resolved = source.has_value();
    for (const store::SourceConfig &s : m_session->sources().all())
        if (s.id == review.sourceId && !source)
            source = s;
    if (!source) {
        emit failed(tr("the source of %1 is not configured any more")
                        .arg(QString::fromStdString(review.charge)));
        return;
    }
    if (m_secrets && !resolved) {
        if (auto kept = secrets::loadSecrets(*m_secrets, *source); !kept) {
            emit failed(kept.error());
            return;
        }
    }
    m_refund = std::make_unique<FraudRefund>(*source, m_writer);
    connect(
        m_refund.get(),
        &FraudRefund::finished,
        this,
        [this, review](const QString &refundId, const QString &error) {
            if (error.isEmpty())
                emit refunded(QString::fromStdString(review.charge), refundId);
            else
                emit failed(error);
            if (auto detail = readDetail(review.sourceId, review.charge))
                emit changed(*detail);
        },
        Qt::QueuedConnection);
    m_refund->start(review, who, note);
}

void FraudDesk::block(const QString &kind, const QString &value, const QString &who)
{
    auto version = std::make_shared<int>(0);
    m_writer->submitJob(
        [kind, value, who, version](store::Session &session) -> Result<void> {
            auto active = session.fraud().activeRules();
            if (!active)
                return makeError(active.error());
            const QString text
                = active.value() ? active.value()->text : FraudRuleSet::defaultText();
            auto changed = blockEntity(text, kind, value);
            if (!changed)
                return makeError(changed.error());
            auto saved = session.fraud().saveRules(changed.value(), who);
            if (!saved)
                return makeError(saved.error());
            *version = saved.value();
            return {};
        },
        [this, post = m_calls->poster(), kind, value, version](const Result<void> &done) {
            post([this, kind, value, version, done] {
                if (done)
                    emit blocked(kind, value, *version);
                else
                    emit failed(done.error());
            });
        },
        store::ChangeSet::FraudRules);
}

void FraudDesk::applyChange(const store::ChangeSet &change)
{
    if (change.touches(store::ChangeSet::FraudReviews))
        readQueue();
}

void FraudDesk::investigate(const QString &entity)
{
    const auto key = EntityKey::parse(entity);
    if (!key) {
        emit failed(tr("'%1' is not card:…, email:…, ip:…, customer:… or bin:…").arg(entity));
        return;
    }
    if (!ensureSession())
        return;
    store::ReadSnapshot snapshot(*m_session);
    // The IPs as the rules in force read them from the metadata.
    const auto rules = rulesInForce(*m_session);
    auto view = viewEntity(*m_session, *key, rules ? rules.value().metadataKeys() : MetadataKeys{});
    if (!view) {
        emit failed(view.error());
        return;
    }
    Investigation out{std::move(view.value()), {}};
    // Earlier decisions and notes on any of its charges (an IP of a burst has hundreds: the
    // first thousand are shown).
    for (const EntityCharge &charge : out.view.charges) {
        if (out.reviews.size() >= 1000)
            break;
        auto reviews = m_session->fraud().reviewsOfCharge(charge.facts.id);
        if (!reviews) {
            emit failed(reviews.error());
            return;
        }
        for (store::FraudReview &review : reviews.value())
            if (review.sourceId == charge.facts.sourceId)
                out.reviews.push_back(std::move(review));
    }
    emit investigated(out);
}

} // namespace paydeck::fraud
