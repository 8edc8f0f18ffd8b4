#include "notification_center.h"

#include "secrets/secret_store.h"
#include "store/session.h"
#include "store/store_writer.h"

namespace paydeck::alerts {

NotificationCenter::NotificationCenter(QString storePath,
                                       store::StoreWriter *writer,
                                       std::shared_ptr<secrets::SecretStore> secrets,
                                       QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_writer(writer)
    , m_secrets(std::move(secrets))
    , m_notifier(new AlertNotifier({}, this))
{
    qRegisterMetaType<QList<TargetSettings>>();
    qRegisterMetaType<QList<store::DeliveryRecord>>();
    qRegisterMetaType<store::DeliveryRecord>();
    qRegisterMetaType<std::vector<NotificationTarget>>();
    connect(m_notifier, &AlertNotifier::delivered, this, &NotificationCenter::record);
}

void NotificationCenter::useTargets(std::vector<NotificationTarget> targets)
{
    m_fixed = true;
    m_notifier->setTargets(targets);
}

Result<std::vector<NotificationTarget>> NotificationCenter::loadTargets()
{
    auto session = store::openSession(m_storePath, store::Access::ReadOnly);
    if (!session)
        return makeError(session.error());
    auto stored = session.value()->alerts().targets();
    if (!stored)
        return makeError(stored.error());
    std::vector<NotificationTarget> targets;
    for (const store::StoredTarget &s : stored.value()) {
        NotificationTarget t;
        t.url = QUrl(s.url);
        t.slack = s.slack;
        t.groupBy = s.groupBy;
        t.groupWaitSeconds = s.groupWaitSeconds;
        if (m_secrets) {
            auto secret = m_secrets->read(store::notificationSecretName(s.url));
            if (!secret)
                return makeError(secret.error());
            t.secret = secret.value().toUtf8();
        }
        targets.push_back(std::move(t));
    }
    return targets;
}

void NotificationCenter::start()
{
    if (m_fixed)
        return;
    auto targets = loadTargets();
    if (!targets) {
        emit failed(targets.error());
        return;
    }
    m_notifier->setTargets(targets.value());
}

void NotificationCenter::saveTargets(const QList<TargetSettings> &targets, const QString &who)
{
    std::vector<store::StoredTarget> stored;
    for (const TargetSettings &t : targets) {
        if (auto ok = checkTargetUrl(QUrl(t.target.url)); !ok) {
            emit failed(ok.error());
            return;
        }
        if (t.target.groupWaitSeconds < 0) {
            emit failed(tr("%1: the group wait cannot be negative").arg(t.target.url));
            return;
        }
        stored.push_back(t.target);
    }
    // The secrets first: a target is never kept without the secret it was given.
    for (const TargetSettings &t : targets) {
        if (!t.newSecret)
            continue;
        if (!m_secrets) {
            emit failed(
                tr("No secret store: the signing secret of %1 cannot be kept").arg(t.target.url));
            return;
        }
        if (auto ok = m_secrets->write(store::notificationSecretName(t.target.url), *t.newSecret);
            !ok) {
            emit failed(ok.error());
            return;
        }
    }
    if (!m_writer) {
        emit failed(tr("Notification targets cannot be changed here: the store is read-only."));
        return;
    }
    m_writer->submitJob(
        [stored, who](store::Session &s) { return s.alerts().saveTargets(stored, who); },
        [this](const Result<void> &done) {
            QMetaObject::invokeMethod(this, [this, done] {
                if (!done) {
                    emit failed(done.error());
                    return;
                }
                start();
                emit saved();
            });
        },
        store::ChangeSet::Alerts);
}

void NotificationCenter::requestSettings(int logLimit)
{
    auto session = store::openSession(m_storePath, store::Access::ReadOnly);
    if (!session) {
        emit failed(session.error());
        return;
    }
    auto stored = session.value()->alerts().targets();
    auto log = session.value()->alerts().deliveries(logLimit);
    if (!stored || !log) {
        emit failed(!stored ? stored.error() : log.error());
        return;
    }
    QList<TargetSettings> targets;
    for (const store::StoredTarget &s : stored.value()) {
        TargetSettings t;
        t.target = s;
        if (m_secrets) {
            auto secret = m_secrets->read(store::notificationSecretName(s.url));
            t.hasSecret = secret && !secret.value().isEmpty();
        }
        targets.append(t);
    }
    emit settingsReady(targets,
                       QList<store::DeliveryRecord>(log.value().begin(), log.value().end()));
}

void NotificationCenter::record(const Delivery &d)
{
    const store::DeliveryRecord r{
        d.at, d.target, d.group, d.status, d.attempt, d.httpStatus, d.error, d.delivered};
    emit delivered(r);
    if (!m_writer)
        return;
    // Published on no domain: the log is read when it is looked at.
    m_writer->submitJob([r](store::Session &s) { return s.alerts().recordDeliveries({r}); },
                        [this](const Result<void> &done) {
                            if (!done)
                                QMetaObject::invokeMethod(
                                    this, [this, e = done.error()] { emit failed(e); });
                        });
}

} // namespace paydeck::alerts
