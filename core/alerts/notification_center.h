#pragma once

// The notifier with its targets kept: where alerts go is configured once (in the GUI's alert
// centre, or on the command line) and kept in the store, each target's signing secret in the
// secret store; every attempt to send goes into the store's delivery log. Lives on the alerts'
// thread beside the AlertService, whose snapshots and transitions it is fed.

#include "alert_notifier.h"
#include "store/alert_repository.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace paydeck::secrets {
class SecretStore;
}
namespace paydeck::store {
class StoreWriter;
}

namespace paydeck::alerts {

/// A target as the settings show and change it.
struct TargetSettings
{
    store::StoredTarget target;
    bool hasSecret = false;           // one is kept (never shown)
    std::optional<QString> newSecret; // to keep: nullopt; to remove: empty
};

class NotificationCenter : public QObject
{
    Q_OBJECT
public:
    NotificationCenter(QString storePath,
                       store::StoreWriter *writer,
                       std::shared_ptr<secrets::SecretStore> secrets,
                       QObject *parent = nullptr);
    AlertNotifier *notifier() const { return m_notifier; }
    /// Targets given on the command line: sent to instead of the stored ones.
    void useTargets(std::vector<NotificationTarget> targets);

public slots:
    /// Reads the stored targets and their secrets (unless targets were given).
    void start();
    /// Checks, then keeps the targets (and their secrets) and sends to them from now on.
    void saveTargets(const QList<paydeck::alerts::TargetSettings> &targets, const QString &who);
    /// The targets and the newest `logLimit` delivery attempts (answered by settingsReady).
    void requestSettings(int logLimit);

signals:
    void settingsReady(const QList<paydeck::alerts::TargetSettings> &targets,
                       const QList<paydeck::store::DeliveryRecord> &log);
    void saved();
    void delivered(const paydeck::store::DeliveryRecord &delivery);
    void failed(const QString &message);

private:
    Result<std::vector<NotificationTarget>> loadTargets();
    void record(const Delivery &delivery);

    QString m_storePath;
    store::StoreWriter *m_writer;
    std::shared_ptr<secrets::SecretStore> m_secrets;
    AlertNotifier *m_notifier;
    bool m_fixed = false;
};

} // namespace paydeck::alerts

Q_DECLARE_METATYPE(paydeck::alerts::TargetSettings)
Q_DECLARE_METATYPE(paydeck::store::DeliveryRecord)
