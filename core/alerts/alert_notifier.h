#pragma once

// Alerts leave Paydeck as webhooks: each transition to Firing or from it (Resolved) is grouped
// with the others of its group (the values of the target's group-by labels) that arrive within
// the group wait, sent as one JSON POST signed like Stripe's webhooks —
//   Paydeck-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>." + body)>
// — retried with backoff when the target fails, and repeated while the group still fires. A
// silenced alert is not sent. Every attempt is kept in the delivery log. Nothing here waits:
// an unreachable target never holds up evaluation.

#include "alert_service.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <map>

namespace paydeck::alerts {

struct NotificationTarget
{
    QUrl url;           // https:// (verified), or http:// on loopback only
    QByteArray secret;  // the HMAC key; empty: unsigned
    bool slack = false; // Slack's incoming-webhook shape: {"text": …}
    QStringList groupBy{QStringLiteral("team")};
    qint64 groupWaitSeconds = 30;
    qint64 repeatSeconds = 4 * 3600;
    int maxAttempts = 5;
    int firstRetryMs = 1000; // doubled each time
};

/// Refuses a URL alerts may not go to: https:// (verified), or http:// on loopback only —
/// alerts name customers' payments.
Result<void> checkTargetUrl(const QUrl &url);

/// One attempt to deliver one notification.
struct Delivery
{
    QString target, group;
    QString status; // firing | resolved
    int attempt = 0;
    int httpStatus = 0; // 0: no answer
    QString error;
    qint64 at = 0;
    bool delivered = false;
};

class AlertNotifier : public QObject
{
    Q_OBJECT
public:
    explicit AlertNotifier(std::vector<NotificationTarget> targets, QObject *parent = nullptr);
    /// The JSON a target receives for these alerts (tests; the documentation's example).
    static QByteArray payload(const NotificationTarget &target,
                              const QString &status,
                              const QMap<QString, QString> &group,
                              const std::vector<AlertView> &alerts,
                              qint64 now);
    const std::vector<Delivery> &deliveries() const { return m_log; }

public slots:
    /// Sends to these from now on (what waits for a group or a retry is dropped).
    void setTargets(const std::vector<paydeck::alerts::NotificationTarget> &targets);
    /// The service's latest snapshot: who fires, who is silenced.
    void onSnapshot(const paydeck::alerts::AlertSnapshot &snapshot);
    void onTransitions(const QList<paydeck::alerts::Transition> &transitions);

signals:
    void delivered(const paydeck::alerts::Delivery &delivery);

private:
    struct Group
    {
        QMap<QString, QString> labels;
        std::vector<QString> firing, resolved; // rule ids waiting to be sent
        qint64 lastSent = 0;
        bool waiting = false;
    };
    QString groupKey(const NotificationTarget &target,
                     const AlertRule &rule,
                     QMap<QString, QString> &labels) const;
    void flush(size_t target, const QString &key);
    void
    send(size_t target, const QString &group, const QString &status, QByteArray body, int attempt);
    void repeat();
    const AlertView *view(const QString &ruleId) const;

    std::vector<NotificationTarget> m_targets;
    std::vector<std::map<QString, Group>> m_groups; // per target, by group key
    AlertSnapshot m_snapshot;
    QNetworkAccessManager *m_network;
    QTimer *m_repeat;
    std::vector<Delivery> m_log;
    quint64 m_generation = 0; // raised when the targets are replaced
};

} // namespace paydeck::alerts

Q_DECLARE_METATYPE(paydeck::alerts::Delivery)
