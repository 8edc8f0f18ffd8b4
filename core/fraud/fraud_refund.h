#pragma once

// "Refund as fraudulent": a reviewed charge refunded through its source's provider
// (POST /v1/refunds, reason fraudulent, an Idempotency-Key that is the same for every try of
// the same review — a retry, a second click or a rerun is the same refund, never a second), then
// recorded on the review with the provider's refund id. The refund itself arrives with the next
// sync, like any other.

#include "store/fraud_repository.h"
#include "store/sources.h"

#include "util/queued_calls.h"

#include <QObject>
#include <QString>

#include <memory>

namespace paydeck::providers {
class Provider;
}
namespace paydeck::store {
class StoreWriter;
}

namespace paydeck::fraud {

/// The idempotency key of a review's refund.
std::string refundIdempotencyKey(qint64 sourceId, const std::string &charge);

/// Lives on a thread with an event loop (the provider's callbacks run there); keep it until
/// `finished`.
class FraudRefund : public QObject
{
    Q_OBJECT
public:
    FraudRefund(store::SourceConfig source, store::StoreWriter *writer, QObject *parent = nullptr);
    ~FraudRefund() override;

    /// Refunds `review`'s charge (what is left of it) and records who did it, with `note`.
    void start(const store::FraudReview &review, const QString &who, const QString &note);

signals:
    /// The provider's refund id, or an error naming the charge and what failed (then nothing
    /// was recorded; if the provider refunded but recording failed, the error says so).
    void finished(const QString &refundId, const QString &error);

private:
    void record(const store::FraudReview &review,
                const QString &who,
                const QString &note,
                const std::string &refundId);

    store::SourceConfig m_source;
    store::StoreWriter *m_writer;
    std::unique_ptr<providers::Provider> m_provider;
    QueuedCalls *m_calls; // the writer's answer, dropped if this is gone by then
};

} // namespace paydeck::fraud
