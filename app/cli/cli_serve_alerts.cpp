// `paydeck-cli serve` judges the alert rules as it syncs and sends what fires to webhooks.
#include "cli_serve_alerts.h"

#include "alerts/alert_notifier.h"
#include "alerts/alert_service.h"
#include "alerts/notification_center.h"
#include "store/store_writer.h"

#include <QHostAddress>

#include <cstdio>

namespace paydeck::cli {

Result<std::vector<alerts::NotificationTarget>> parseNotificationTargets(Arguments &args)
{
    const QStringList urls = args.values(QStringLiteral("--notify-url"));
    const auto secretText = args.value(QStringLiteral("--notify-secret"));
    const auto secretFile = args.value(QStringLiteral("--notify-secret-file"));
    const bool slack = args.flag(QStringLiteral("--notify-slack"));
    const auto groupBy = args.value(QStringLiteral("--notify-group-by"));
    const auto wait = args.value(QStringLiteral("--notify-group-wait"));
    auto secret
        = secretFromOptions(secretText, secretFile, "PAYDECK_NOTIFY_SECRET", tr("--notify-secret"));
    if (!secret)
        return makeError(secret.error());
    std::vector<alerts::NotificationTarget> targets;
    for (const QString &text : urls) {
        alerts::NotificationTarget target;
        target.url = QUrl(text);
        // Alerts name customers' payments: encrypted and verified, or not leaving the machine.
        if (!alerts::checkTargetUrl(target.url))
            return makeError(tr("--notify-url %1: https://, or http:// on loopback").arg(text));
        target.secret = secret.value().toUtf8();
        target.slack = slack;
        if (groupBy)
            target.groupBy = groupBy->split(u',', Qt::SkipEmptyParts);
        if (wait) {
            bool ok = false;
            target.groupWaitSeconds = wait->toLongLong(&ok);
            if (!ok || target.groupWaitSeconds < 0)
                return makeError(tr("--notify-group-wait wants seconds, got \"%1\"").arg(*wait));
        }
        targets.push_back(target);
    }
    if (targets.empty() && (secretText || secretFile || slack || groupBy || wait))
        return makeError(tr("the --notify-… options need --notify-url"));
    return targets;
}

Alerting::Alerting(const QString &storePath,
                   store::StoreWriter &writer,
                   std::vector<alerts::NotificationTarget> targets,
                   std::shared_ptr<secrets::SecretStore> secrets)
{
    thread.setObjectName(QStringLiteral("alerts"));
    service = new alerts::AlertService(storePath, &writer);
    // Targets on the command line, else those kept in the store (set in the GUI).
    notifications = new alerts::NotificationCenter(storePath, &writer, std::move(secrets));
    if (!targets.empty())
        notifications->useTargets(std::move(targets));
    notifier = notifications->notifier();
    service->moveToThread(&thread);
    notifications->moveToThread(&thread);
    QObject::connect(&writer,
                     &store::StoreWriter::committed,
                     service,
                     &alerts::AlertService::applyChange,
                     Qt::QueuedConnection);
    QObject::connect(
        service, &alerts::AlertService::evaluated, notifier, &alerts::AlertNotifier::onSnapshot);
    QObject::connect(service,
                     &alerts::AlertService::transitioned,
                     notifier,
                     &alerts::AlertNotifier::onTransitions);
    QObject::connect(service,
                     &alerts::AlertService::transitioned,
                     service,
                     [](const QList<alerts::Transition> &transitions) {
                         for (const alerts::Transition &t : transitions)
                             std::fprintf(stderr,
                                          "paydeck-cli: alert %s: %s → %s\n",
                                          qPrintable(t.ruleId),
                                          alerts::stateName(t.from),
                                          alerts::stateName(t.to));
                     });
    QObject::connect(
        notifier, &alerts::AlertNotifier::delivered, notifier, [](const alerts::Delivery &d) {
            // The delivery log, one line an attempt.
            std::fprintf(stderr,
                         "paydeck-cli: notification %s to %s, attempt %d: %s\n",
                         qPrintable(d.status),
                         qPrintable(d.target),
                         d.attempt,
                         d.delivered ? "delivered" : qPrintable(d.error));
        });
    QObject::connect(service, &alerts::AlertService::failed, service, [](const QString &message) {
        std::fprintf(stderr, "paydeck-cli: alerts: %s\n", qPrintable(message));
    });
    QObject::connect(&thread, &QThread::finished, service, &QObject::deleteLater);
    QObject::connect(notifications,
                     &alerts::NotificationCenter::failed,
                     notifications,
                     [](const QString &message) {
                         std::fprintf(
                             stderr, "paydeck-cli: notifications: %s\n", qPrintable(message));
                     });
    QObject::connect(&thread, &QThread::finished, notifications, &QObject::deleteLater);
    thread.start();
    QMetaObject::invokeMethod(
        notifications, &alerts::NotificationCenter::start, Qt::QueuedConnection);
    QMetaObject::invokeMethod(service, &alerts::AlertService::start, Qt::QueuedConnection);
}

Alerting::~Alerting()
{
    thread.quit();
    thread.wait();
}

} // namespace paydeck::cli
