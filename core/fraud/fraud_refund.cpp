#include "fraud_refund.h"

#include "providers/provider.h"
#include "store/session.h"
#include "store/store_writer.h"
#include "sync/source_provider.h"

namespace paydeck::fraud {

std::string refundIdempotencyKey(qint64 sourceId, const std::string &charge)
{
    return "paydeck-fraud-refund-" + std::to_string(sourceId) + "-" + charge;
}

FraudRefund::FraudRefund(store::SourceConfig source, store::StoreWriter *writer, QObject *parent)
    : QObject(parent), m_source(std::move(source)), m_writer(writer), m_calls(new QueuedCalls(this))
{}

FraudRefund::~FraudRefund() = default;

void FraudRefund::start(const store::FraudReview &review, const QString &who, const QString &note)
{
    const QString charge = QString::fromStdString(review.charge);
    if (review.declined) {
        emit finished(
            {}, tr("%1 was declined: no money moved, there is nothing to refund").arg(charge));
        return;
    }
    if (!review.refund.empty()) {
        emit finished(
            {},
            tr("%1 was refunded already (%2)").arg(charge, QString::fromStdString(review.refund)));
        return;
    }
    m_provider = providers::makeProvider(sync::providerConfigOf(m_source));
    const Result<void> prepared
        = m_provider ? m_provider->prepare()
                     : Result<void>(makeError(
                         tr("Paydeck does not know the provider \"%1\"").arg(m_source.kind)));
    if (!prepared) {
        emit finished({}, tr("source \"%1\": %2").arg(m_source.name, prepared.error()));
        return;
    }
    providers::RefundRequest request;
    request.charge = review.charge;
    request.reason = "fraudulent";
    request.idempotencyKey = refundIdempotencyKey(review.sourceId, review.charge);
    m_provider->createRefund(
        request, [this, review, who, note](providers::Answer<providers::ObjectPage> answer) {
            if (!answer) {
                emit finished(
                    {},
                    tr("refund of %1 at \"%2\": %3")
                        .arg(QString::fromStdString(review.charge), m_source.name, answer.error()));
                return;
            }
            if (answer.value().refunds.empty()) {
                emit finished({},
                              tr("refund of %1 at \"%2\": the answer holds no refund")
                                  .arg(QString::fromStdString(review.charge), m_source.name));
                return;
            }
            record(review, who, note, answer.value().refunds.front().id);
        });
}

void FraudRefund::record(const store::FraudReview &review,
                         const QString &who,
                         const QString &note,
                         const std::string &refundId)
{
    auto change = std::make_shared<store::ReviewChange>();
    change->sourceId = review.sourceId;
    change->charge = review.charge;
    change->who = who.toStdString();
    change->kind = "refunded";
    change->note = note.toStdString();
    change->refund = refundId;
    const QString id = QString::fromStdString(refundId);
    m_writer->submitJob(
        [change](store::Session &session) -> Result<void> {
            // The provider acted: the refund is recorded on the review as it is now, whoever
            // changed it meanwhile.
            auto current = session.fraud().reviewsOfCharge(change->charge);
            if (!current)
                return makeError(current.error());
            for (const store::FraudReview &r : current.value())
                if (r.sourceId == change->sourceId)
                    change->expectedVersion = r.version;
            auto changed = session.fraud().changeReview(*change);
            if (!changed)
                return makeError(changed.error());
            return {};
        },
        [this, post = m_calls->poster(), id, charge = review.charge](const Result<void> &done) {
            post([this, id, charge, done] {
                if (done)
                    emit finished(id, {});
                else
                    emit finished(id,
                                  tr("%1 was refunded at the provider (%2) but the review could "
                                     "not record it: %3")
                                      .arg(QString::fromStdString(charge), id, done.error()));
            });
        },
        store::ChangeSet::FraudReviews);
}

} // namespace paydeck::fraud
