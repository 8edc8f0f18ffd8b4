#pragma once

#include "cli_common.h"

#include <QThread>

#include <vector>

namespace paydeck::alerts {
class AlertNotifier;
class AlertService;
struct NotificationTarget;
} // namespace paydeck::alerts

namespace paydeck::cli {

/// --notify-url URL (repeatable) [--notify-secret S | --notify-secret-file F]
/// [--notify-slack] [--notify-group-by LABEL,…] [--notify-group-wait SECONDS].
Result<std::vector<alerts::NotificationTarget>> parseNotificationTargets(Arguments &args);

/// The alert service and its notifier on their own thread, fed by the writer's commits.
struct Alerting
{
    Alerting(const QString &storePath,
             store::StoreWriter &writer,
             std::vector<alerts::NotificationTarget> targets);
    ~Alerting();
    Q_DISABLE_COPY_MOVE(Alerting)
    QThread thread;
    alerts::AlertService *service = nullptr;
    alerts::AlertNotifier *notifier = nullptr;
};

} // namespace paydeck::cli
