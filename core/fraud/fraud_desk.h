#pragma once

// The analyst's desk behind the fraud screen, on its own thread: the review queue as asked for
// (kept current from the change feed), one review with its history, people's changes written
// through the store's single writer, refunds through the provider, and list entries added to
// the rules in force. The screen never touches the store.

#include "entity_view.h"
#include "store/change_feed.h"
#include "store/fraud_repository.h"
#include "store/sources.h"
#include "util/queued_calls.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace paydeck::secrets {
class SecretStore;
}
namespace paydeck::store {
class Session;
class StoreWriter;
} // namespace paydeck::store

namespace paydeck::fraud {

class FraudRefund;

using ReviewList = std::vector<store::FraudReview>;

/// One review as the screen shows it.
struct ReviewDetail
{
    store::FraudReview review;
    std::vector<store::ReviewEvent> history;
};

/// An entity under investigation: its charges and links, and what analysts decided about any of
/// its charges (reviews with their notes).
struct Investigation
{
    EntityView view;
    ReviewList reviews;
};

/// Reviews by status, for the Overview and the navigation.
struct ReviewCounts
{
    qint64 open = 0, needsInfo = 0, approved = 0, fraudulent = 0;
};

class FraudDesk : public QObject
{
    Q_OBJECT
public:
    FraudDesk(QString storePath,
              store::StoreWriter *writer,
              std::shared_ptr<secrets::SecretStore> secrets,
              QObject *parent = nullptr);
    ~FraudDesk() override;

    /// Where a source's configuration with its key comes from (by default the store and the
    /// secret store; the GUI asks its sync service, which also knows the embedded sandbox's).
    using SourceResolver = std::function<std::optional<store::SourceConfig>(qint64 sourceId)>;
    void setSourceResolver(SourceResolver resolver) { m_resolver = std::move(resolver); }

public slots:
    /// Answers with `queueChanged` now and after every change of the queue.
    void watchQueue(const paydeck::store::ReviewQuery &query);
    void openReview(qint64 sourceId, const QString &charge);
    /// A person's change on the version they saw (answered by `changed` or `failed`).
    void change(const paydeck::store::ReviewChange &change);
    /// Several reviews changed at once (a burst decided together), all or none: if one was
    /// changed meanwhile by someone else, nothing is written and `failed` says which and who.
    /// Answered by `changed` with the first of them.
    void changeAll(const std::vector<paydeck::store::ReviewChange> &changes);
    /// Refunds the review's charge as fraudulent at its source (answered by `refunded` or
    /// `failed`); the caller has asked the person to confirm.
    void refund(const paydeck::store::FraudReview &review, const QString &who, const QString &note);
    /// Blocks a card, e-mail or IP (`kind`) from now on: a new version of the rules.
    void block(const QString &kind, const QString &value, const QString &who);
    void applyChange(const paydeck::store::ChangeSet &change);
    /// Opens `card:FP`, `email:E`, `ip:IP` or `customer:ID` (answered by `investigated`).
    void investigate(const QString &entity);

signals:
    void investigated(const paydeck::fraud::Investigation &investigation);
    void queueChanged(const paydeck::fraud::ReviewList &reviews,
                      const paydeck::fraud::ReviewCounts &counts);
    void reviewOpened(const paydeck::fraud::ReviewDetail &detail);
    void changed(const paydeck::fraud::ReviewDetail &detail);
    void refunded(const QString &charge, const QString &refundId);
    void blocked(const QString &kind, const QString &value, int rulesVersion);
    void failed(const QString &message);

private:
    bool ensureSession();
    void readQueue();
    std::optional<ReviewDetail> readDetail(qint64 sourceId, const std::string &charge);

    QString m_storePath;
    store::StoreWriter *m_writer;
    std::shared_ptr<secrets::SecretStore> m_secrets;
    std::unique_ptr<store::Session> m_session;
    std::optional<store::ReviewQuery> m_query;
    std::unique_ptr<FraudRefund> m_refund;
    SourceResolver m_resolver;
    QueuedCalls *m_calls; // the writer's answers, dropped if the desk is gone by then
};

} // namespace paydeck::fraud

Q_DECLARE_METATYPE(paydeck::fraud::ReviewList)
Q_DECLARE_METATYPE(paydeck::fraud::ReviewDetail)
Q_DECLARE_METATYPE(paydeck::fraud::ReviewCounts)
Q_DECLARE_METATYPE(paydeck::fraud::Investigation)
Q_DECLARE_METATYPE(paydeck::store::ReviewQuery)
Q_DECLARE_METATYPE(paydeck::store::ReviewChange)
Q_DECLARE_METATYPE(std::vector<paydeck::store::ReviewChange>)
Q_DECLARE_METATYPE(paydeck::store::FraudReview)
