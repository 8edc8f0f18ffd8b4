#pragma once

#include "cli_common.h"

#include <QThread>

#include <memory>
#include <vector>

namespace paydeck::alerts {
class AlertNotifier;
class AlertService;
class NotificationCenter;
struct NotificationTarget;
} // namespace paydeck::alerts

namespace paydeck::cli {

/// --notify-url URL (repeatable) [--notify-secret S | --notify-secret-file F]
/// [--notify-slack] [--notify-group-by LABEL,…] [--notify-group-wait SECONDS].
Result<std::vector<alerts::NotificationTarget>> parseNotificationTargets(Arguments &args);

/// The alert service and its notifier on their own thread, fed by the writer's commits.
struct Alerting
{
    /// `targets` from the command line; none: the targets kept in the store, with their
    /// secrets from `secrets`.
    Alerting(const QString &storePath,
             store::StoreWriter &writer,
             std::vector<alerts::NotificationTarget> targets,
             std::shared_ptr<secrets::SecretStore> secrets);
    ~Alerting();
    Q_DISABLE_COPY_MOVE(Alerting)
    QThread thread;
    alerts::AlertService *service = nullptr;
    alerts::NotificationCenter *notifications = nullptr;
    alerts::AlertNotifier *notifier = nullptr; // the center's
};

} // namespace paydeck::cli
